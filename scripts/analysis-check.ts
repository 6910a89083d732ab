/**
 * Checks one story file for `npm run stories:check`: reads it (telling an unreadable input apart from
 * a broken story), compiles it with our tag checks, runs the analyzer and pins each finding to a file
 * and line. Everything here returns data; printing is the caller's job.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { analyzeStory, type AnalysisReport, type Problem } from '../src/analysis/index.ts';
import { compileInk } from '../src/story/compile.ts';
import { StorySourceError, type Diagnostic } from '../src/story/diagnostics.ts';
import { SourceIndex } from './analysis-source.ts';
import { nodeInkLoader } from './ink/node-loader.ts';

/** One thing an author should look at, with where to look. */
export interface Finding {
  readonly file: string;
  /** 1-based; 0 when it belongs to the whole file. */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  /** `compile` for ink's and the tag checker's messages, else the analyzer's problem kind. */
  readonly kind: 'compile' | Problem['kind'] | 'parity';
  readonly message: string;
  /** The choices (0-based indices) that reach it from the start, when known. */
  readonly path: number[] | null;
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
}

export interface CheckOptions {
  readonly maxStates?: number;
}

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
    ...fields,
  };
}

const unreadable = (file: string, message: string): StoryCheck =>
  result(file, { status: 'unreadable', message });

/** Why `path` cannot be read as an ink story, or null when it can be. */
export function unreadableReason(path: string): string | null {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 'no such file';
  }
  if (stat.isDirectory()) return 'it is a directory, not an ink file';
  if (extname(path) !== '.ink') return 'not an ink file (ink stories end in .ink)';
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return `cannot be read (${e instanceof Error ? e.message : String(e)})`;
  }
  if (bytes.includes(0)) return 'a binary file, not ink text';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8 text';
  }
  if (bytes.toString('utf8').trim() === '') return 'the file is empty';
  return null;
}

export function checkStory(path: string, root: string, options: CheckOptions = {}): StoryCheck {
  const absolute = resolve(root, path);
  const shown = relative(root, absolute).startsWith('..') ? absolute : relative(root, absolute);
  const reason = unreadableReason(absolute);
  if (reason !== null) return unreadable(shown, `${shown}: ${reason}`);

  const loader = nodeInkLoader(root);
  let compiled;
  try {
    compiled = compileInk(shown, loader);
  } catch (e) {
    if (!(e instanceof StorySourceError)) return unreadable(shown, `${shown}: ${messageOf(e)}`);
    const loop = e.diagnostics.find((d) => /Recursive INCLUDE/.test(d.message));
    if (loop) {
      const where = loop.line > 0 ? `${loop.file}:${loop.line}` : loop.file;
      return unreadable(
        shown,
        `${where}: include loop: ${loop.message.replace(/^Recursive INCLUDE detected: /, '')}`,
      );
    }
    return result(shown, {
      status: 'errors',
      findings: e.diagnostics.map((d) => fromDiagnostic(d, root)),
    });
  }

  let report: AnalysisReport;
  try {
    report = analyzeStory(compiled.json, { maxStates: options.maxStates });
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
  const findings: Finding[] = [
    ...report.problems.map((p) => locate(p, index)),
    ...compiled.warnings.map((d) => fromDiagnostic(d, root)),
  ];
  const status = findings.some((f) => f.severity === 'error') ? 'errors' : 'ok';
  return result(shown, { status, findings, report, files: [...compiled.files] });
}

function fromDiagnostic(d: Diagnostic, root: string): Finding {
  let message = d.message;
  const missing = /^Failed to load: '([^']*)'/.exec(message);
  if (missing?.[1]) {
    const target = resolve(root, dirname(d.file), missing[1]);
    const why = unreadableReason(target) ?? 'it could not be compiled';
    message = `INCLUDE ${missing[1]}: ${why}`;
  }
  return { file: d.file, line: d.line, severity: d.severity, kind: 'compile', message, path: null };
}

function locate(p: Problem, index: SourceIndex): Finding {
  let where = index.place(p.place);
  if (p.choice !== null && p.place !== null) where = index.choice(p.place, p.choice);
  return { ...where, severity: p.severity, kind: p.kind, message: p.message, path: p.path };
}

function messageOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
