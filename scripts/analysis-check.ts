/**
 * Checks one story file for `npm run stories:check`: reads it (telling an unreadable input apart from
 * a broken story), compiles it with our tag checks, runs the analyzer and pins each finding to a file
 * and line. Everything here returns data; printing is the caller's job.
 */
import { basename, dirname, relative, resolve } from 'node:path';
import {
  analyzeStory,
  type AnalysisOptions,
  type AnalysisReport,
  type Problem,
} from '../src/analysis/index.ts';
import { rubricFigures, rubricProblems, type RubricFigures } from '../src/analysis/rubric.ts';
import { rubricEnforced } from '../src/story/rubric.ts';
import { compileInk, INCLUDE_LOOP } from '../src/story/compile.ts';
import { StorySourceError, type Diagnostic } from '../src/story/diagnostics.ts';
import { unreadableReason } from './analysis-input.ts';
import { SourceIndex } from '../src/analysis/source-index.ts';
import { nodeInkLoader } from './ink/node-loader.ts';

/** One thing an author should look at, with where to look. */
export interface Finding {
  readonly file: string;
  /** 1-based; 0 when it belongs to the whole file. */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  /** `compile` for ink's and the tag checker's messages, else the analyzer's problem kind. */
  readonly kind: 'compile' | Problem['kind'] | 'parity' | 'rubric';
  readonly message: string;
  /** The choices (0-based indices) that reach it from the start, when known. */
  readonly path: number[] | null;
  /** The remembered values `path` starts from, when not the story's defaults. */
  readonly memory?: Readonly<Record<string, string | number | boolean>> | null;
}

export interface StoryCheck {
  /** The file as given, relative to the project root when inside it. */
  readonly file: string;
  readonly lang: string;
  readonly id: string;
  /** `unreadable`: the input could not be read as a story at all (exit status 2). */
  readonly status: 'ok' | 'errors' | 'unreadable';
  /** For `unreadable`: one line saying why. */
  readonly message: string | null;
  readonly findings: Finding[];
  /** Null when the story did not compile. */
  readonly report: AnalysisReport | null;
  /** Every file the story read, entry first. */
  readonly files: string[];
  /** The rubric's figures (docs/rubric.md), null when the story did not compile. */
  readonly rubric: RubricFigures | null;
  /** Whether the rubric is enforced on this story (false while it is pending conversion). */
  readonly rubricEnforced: boolean;
}

export type CheckOptions = Pick<
  AnalysisOptions,
  'maxStates' | 'maxSeconds' | 'maxMemoryMB' | 'memoryUsed'
>;

function result(file: string, fields: Partial<StoryCheck>): StoryCheck {
  return {
    file,
    lang: basename(dirname(file)),
    id: basename(file, '.ink'),
    status: 'ok',
    message: null,
    findings: [],
    report: null,
    files: [file],
    rubric: null,
    rubricEnforced: rubricEnforced(file),
    ...fields,
  };
}

const unreadable = (file: string, message: string): StoryCheck =>
  result(file, { status: 'unreadable', message });

export function checkStory(path: string, root: string, options: CheckOptions = {}): StoryCheck {
  const absolute = resolve(root, path);
  const shown = relative(root, absolute).startsWith('..') ? absolute : relative(root, absolute);
  const reason = unreadableReason(absolute, root);
  if (reason !== null) return unreadable(shown, `${shown}: ${reason}`);

  const loader = nodeInkLoader(root, shown);
  let compiled;
  try {
    compiled = compileInk(shown, loader);
  } catch (e) {
    if (!(e instanceof StorySourceError)) return unreadable(shown, `${shown}: ${messageOf(e)}`);
    const loop = e.diagnostics.find((d) => d.message.startsWith(INCLUDE_LOOP));
    if (loop) {
      // compileInk names the INCLUDE that closes the loop and the files in it, as paths from the root.
      const where = loop.line > 0 ? `${loop.file}:${loop.line}` : loop.file;
      return unreadable(shown, `${shown}: ${where}: ${loop.message}`);
    }
    return result(shown, { status: 'errors', findings: e.diagnostics.map(fromDiagnostic) });
  }

  let report: AnalysisReport;
  try {
    report = analyzeStory(compiled.json, options);
  } catch (e) {
    const finding: Finding = {
      file: shown,
      line: 0,
      severity: 'error',
      kind: 'runtime-error',
      message: `the analyzer could not run the story: ${messageOf(e)}`,
      path: null,
    };
    return result(shown, { status: 'errors', findings: [finding], files: [...compiled.files] });
  }
  const index = new SourceIndex(shown, compiled.files, loader);
  const rubric = rubricFigures(report);
  const findings: Finding[] = [
    ...report.problems.map((p) => locate(p, index)),
    ...compiled.warnings.map(fromDiagnostic),
    ...(rubricEnforced(shown) ? rubricFindings(shown, report, rubric, index) : []),
  ];
  const status = findings.some((f) => f.severity === 'error') ? 'errors' : 'ok';
  return result(shown, { status, findings, report, rubric, files: [...compiled.files] });
}

/** What the rubric asks of a converted story beyond its acts and bands (docs/rubric.md). */
function rubricFindings(
  file: string,
  report: AnalysisReport,
  figures: RubricFigures,
  index: SourceIndex,
): Finding[] {
  return rubricProblems(report, figures).map((p) => ({
    ...(p.place !== null && p.choice !== null
      ? index.choice(p.place, p.choice)
      : { file, line: 0 }),
    severity: 'error',
    kind: 'rubric',
    message: p.message,
    path: p.path,
    memory: p.memory,
  }));
}

function fromDiagnostic(d: Diagnostic): Finding {
  const { file, line, severity, message } = d;
  return { file, line, severity, kind: 'compile', message, path: null };
}

function locate(p: Problem, index: SourceIndex): Finding {
  let where = index.place(p.place);
  if (p.choice !== null && p.place !== null) where = index.choice(p.place, p.choice);
  return {
    ...where,
    severity: p.severity,
    kind: p.kind,
    message: p.message,
    path: p.path,
    memory: p.memory,
  };
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
