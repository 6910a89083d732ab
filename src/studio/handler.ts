/**
 * The worker's side of the protocol: a plain function (no worker, no DOM), so it is tested in Node;
 * ./worker.ts only wires it to `postMessage`. It imports the ink compiler, so only the worker's chunk
 * ever contains it.
 */
import { compileInk } from '../story/compile.ts';
import { StorySourceError, type Diagnostic } from '../story/index.ts';
import { analyzeDraft, reportOf } from './check.ts';
import { pairFindings } from './pair.ts';
import {
  FILE_NAME,
  parseRequest,
  type CheckProgress,
  type Finding,
  type StudioFile,
  type StudioResponse,
} from './protocol.ts';

/** A compile diagnostic as a finding of the check, pinned to its line in the story or its file. */
function finding(d: Diagnostic, entry: string): Finding {
  return {
    severity: d.severity,
    kind: 'compile',
    message: d.message,
    ...(d.code !== undefined ? { code: d.code, params: d.params ?? {} } : {}),
    line: d.line,
    ...(d.file === entry ? {} : { file: d.file }),
  };
}

/** Why an INCLUDE's name is not one of the scenario's files, in the words an author needs. */
export function notAFile(name: string): string {
  return /[/\\:]/.test(name)
    ? 'not a file of this scenario: INCLUDE names another file of the same scenario and language by its plain name (no folder, no web address)'
    : 'not a file of this scenario: add a file of that name to this language first (Add file, beside the editor)';
}

/**
 * Compiles and tag-lints the story: every diagnostic ink and our tag grammar have, with its line. A
 * scenario written in the Studio is held to the rubric from its first line (docs/rubric.md), as a
 * bundled one is; `rubric: false` is only for the check, which analyses a story whose acts are still
 * missing so that its author sees every problem at once.
 */
export function compileFiles(
  files: readonly StudioFile[],
  rubric = true,
): {
  ok: boolean;
  diagnostics: Diagnostic[];
  json: string | null;
} {
  const byName = new Map(files.map((f) => [f.name, f.text]));
  const entry = files[0]?.name ?? 'story.ink';
  try {
    const compiled = compileInk(
      entry,
      {
        // Only the files of this scenario: a name with a folder, a URL or anything unknown is refused.
        resolve: (name) => name.trim(),
        read: (name) => {
          const text = byName.get(name);
          if (text === undefined || !FILE_NAME.test(name)) throw new Error(notAFile(name));
          return text;
        },
      },
      { rubric },
    );
    return { ok: true, diagnostics: [...compiled.warnings], json: compiled.json };
  } catch (e) {
    if (e instanceof StorySourceError)
      return { ok: false, diagnostics: [...e.diagnostics], json: null };
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      diagnostics: [{ file: entry, line: 0, severity: 'error', message }],
      json: null,
    };
  }
}

/** At most one progress message per this many milliseconds (the page redraws on each). */
export const PROGRESS_EVERY_MS = 200;

/**
 * Answers one message from the page. Never throws: a bad message gets a 'refused' answer. While a
 * check explores, `progress` is given how far it has come, at most every PROGRESS_EVERY_MS.
 */
export function handleRequest(
  data: unknown,
  now: () => number = () => performance.now(),
  progress?: (message: StudioResponse) => void,
): StudioResponse {
  const parsed = parseRequest(data);
  if (!parsed.ok) return { type: 'refused', id: parsed.id, reason: parsed.reason };
  const { request } = parsed;
  const started = now();
  const { ok, diagnostics, json } = compileFiles(request.files);
  if (request.type === 'compile') {
    return { type: 'compiled', id: request.id, ok, diagnostics, ms: now() - started };
  }
  // A story that breaks only the rubric is still analysed (its dead ends matter as much); the rubric's
  // errors then lead the findings, and no play-test is offered until they are fixed.
  const analysed = ok ? json : compileFiles(request.files, false).json;
  const entry = request.files[0]?.name ?? '';
  const compileFindings: Finding[] = ok
    ? diagnostics.map((d) => finding(d, entry))
    : diagnostics.filter((d) => d.severity === 'error').map((d) => finding(d, entry));
  let lastProgress = Number.NEGATIVE_INFINITY;
  const onProgress = (p: CheckProgress) => {
    const t = now();
    if (t - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = t;
    progress?.({ type: 'progress', id: request.id, ...p });
  };
  const analysis =
    analysed !== null ? analyzeDraft(analysed, progress ? { onProgress } : {}) : null;
  let report =
    analysed !== null && analysis !== null
      ? reportOf(analysis, analysed, request.files[0]?.text ?? '', request.lang ?? 'en', {
          before: compileFindings,
          entry,
          files: new Map(request.files.map((f) => [f.name, f.text])),
        })
      : null;
  // The language pair: the other version is analysed too and the two compared. Its findings follow
  // the story's own and never withhold the play-test (each version plays on its own).
  if (report && analysis && request.pair) {
    const pair = request.pair;
    const other = compileFiles(pair.files, false);
    const parity = pairFindings(
      { lang: request.lang ?? 'en', files: request.files, report: analysis, diagnostics },
      {
        lang: pair.lang,
        files: pair.files,
        report: other.json !== null ? analyzeDraft(other.json) : null,
        diagnostics: other.diagnostics,
      },
    );
    report = { ...report, findings: [...report.findings, ...parity] };
  }
  return { type: 'checked', id: request.id, diagnostics, report, ms: now() - started };
}
