/**
 * The worker's side of the protocol: a plain function (no worker, no DOM), so it is tested in Node;
 * ./worker.ts only wires it to `postMessage`. It imports the ink compiler, so only the worker's chunk
 * ever contains it.
 */
import { compileInk } from '../story/compile.ts';
import { StorySourceError, type Diagnostic } from '../story/index.ts';
import { checkStory } from './check.ts';
import { FILE_NAME, parseRequest, type StudioFile, type StudioResponse } from './protocol.ts';

/** Compiles and tag-lints the story: every diagnostic ink and our tag grammar have, with its line. */
export function compileFiles(files: readonly StudioFile[]): {
  ok: boolean;
  diagnostics: Diagnostic[];
  json: string | null;
} {
  const byName = new Map(files.map((f) => [f.name, f.text]));
  const entry = files[0]?.name ?? 'story.ink';
  try {
    const compiled = compileInk(entry, {
      // Only the files of this scenario: a name with a folder, a URL or anything unknown is refused.
      resolve: (name) => name.trim(),
      read: (name) => {
        const text = byName.get(name);
        if (text === undefined || !FILE_NAME.test(name)) {
          throw new Error('not a file of this scenario: add it to the scenario first');
        }
        return text;
      },
    });
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

/** Answers one message from the page. Never throws: a bad message gets a 'refused' answer. */
export function handleRequest(
  data: unknown,
  now: () => number = () => performance.now(),
): StudioResponse {
  const parsed = parseRequest(data);
  if (!parsed.ok) return { type: 'refused', id: parsed.id, reason: parsed.reason };
  const { request } = parsed;
  const started = now();
  const { ok, diagnostics, json } = compileFiles(request.files);
  if (request.type === 'compile') {
    return { type: 'compiled', id: request.id, ok, diagnostics, ms: now() - started };
  }
  const report =
    ok && json !== null
      ? checkStory(json, request.files[0]?.text ?? '', request.lang ?? 'en')
      : null;
  return { type: 'checked', id: request.id, diagnostics, report, ms: now() - started };
}
