/**
 * Compiles ink source to the JSON the runtime plays, and checks our tag grammar on every file it read.
 * It pulls in inkjs's compiler, so only build tools, tests and the analyzer import this module: never
 * the game's initial bundle (see vite.config.ts).
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { StorySourceError, type Diagnostic } from './diagnostics.ts';
import { ENDING_UNUSED, lintInkSource, type LintOptions } from './lint.ts';

/**
 * Reads ink files for one story. `resolve` turns an INCLUDE's name into a path (ink resolves every
 * INCLUDE from the story's own folder, so `from` is always the story's entry file); `read` returns a
 * path's text or throws an Error whose message says why not, which becomes the INCLUDE's error.
 */
export interface InkFileLoader {
  resolve(name: string, from: string): string;
  read(path: string): string;
}

export interface CompiledStory {
  /** The runtime JSON, as the string inkjs produced. */
  readonly json: string;
  /** Every file the compile read, the entry first (for file watching). */
  readonly files: readonly string[];
  readonly warnings: readonly Diagnostic[];
}

const INK_MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING): '([^']*)' line (\d+): ([\s\S]*)$/;

/** Turns one of inkjs's messages ("ERROR: 'a.ink' line 3: …") into a Diagnostic. */
export function parseInkMessage(message: string, fallbackFile: string): Diagnostic {
  const m = INK_MESSAGE.exec(message.trim());
  if (!m) {
    const severity = /^(ERROR|RUNTIME ERROR)/.test(message) ? 'error' : 'warning';
    return { file: fallbackFile, line: 0, severity, message: message.replace(/^[A-Z ]+:\s*/, '') };
  }
  const kind = m[1] ?? 'ERROR';
  const text = (m[4] ?? '').split('\n')[0] ?? '';
  return {
    file: m[2] || fallbackFile,
    line: Number(m[3]),
    severity: kind.includes('ERROR') ? 'error' : 'warning',
    message: text.replace(/\s+$/, ''),
  };
}

/**
 * Compiles `entry`, reading it and its INCLUDEs through `loader`. Throws StorySourceError, with file
 * and line for each problem, when ink or our tag grammar rejects the source.
 */
export function compileInk(
  entry: string,
  loader: InkFileLoader,
  lint: LintOptions = {},
): CompiledStory {
  const files: string[] = [entry];
  const sources = new Map<string, string>();
  /** The path each INCLUDE name resolved to: ink names an included file by what the INCLUDE said. */
  const resolved = new Map<string, string>([[entry, entry]]);
  /** Which file first included each file, for naming an include loop. */
  const includedBy = new Map<string, string>();
  const read = (path: string): string => {
    let text = sources.get(path);
    if (text === undefined) {
      text = loader.read(path);
      sources.set(path, text);
      if (!files.includes(path)) files.push(path);
    }
    return text;
  };
  let entrySource: string;
  try {
    entrySource = read(entry);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new StorySourceError([{ file: entry, line: 0, severity: 'error', message }]);
  }
  if (entrySource.trim() === '') {
    throw new StorySourceError([
      { file: entry, line: 0, severity: 'error', message: 'the story file is empty' },
    ]);
  }
  const fileHandler = {
    // ink asks once for the story's own name (with no including file), then once per INCLUDE.
    ResolveInkFilename: (name: string, from?: string | null) => {
      if (from == null && name === entry) return entry;
      const path = loader.resolve(name, entry);
      if (!resolved.has(name)) resolved.set(name, path);
      return path;
    },
    LoadInkFileContents: (path: string, from?: string | null) => {
      const parent = resolved.get(from ?? entry) ?? entry;
      if (!includedBy.has(path) && path !== entry) includedBy.set(path, parent);
      return read(path);
    },
  };
  const compiler = new Compiler(
    entrySource,
    new CompilerOptions(entry, [], false, null, fileHandler),
  );
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    json = story.ToJson() ?? null;
  } catch {
    // inkjs throws a bare "Compilation failed."; the real messages are in compiler.errors, read below.
  }
  const inkDiagnostics = [...compiler.errors, ...compiler.warnings].map((m) => {
    const d = parseInkMessage(m, entry);
    // ink names a diagnostic's file by the INCLUDE's own words; name the file as it is on disk.
    const file = resolved.get(d.file) ?? d.file;
    return { ...d, file, message: explainInkMessage(m, d.message, file, includedBy) };
  });
  const linted = files.map((f) => lintInkSource(f, sources.get(f) ?? '', lint));
  // An ending declared in the story's header may be written in a file it includes.
  const endingsUsed = new Set(linted.flatMap((r) => r.endings));
  const tagDiagnostics = linted.flatMap((r) =>
    r.diagnostics.filter((d) => !endingsUsed.has(ENDING_UNUSED.exec(d.message)?.[1] ?? '\0')),
  );
  const all = [...inkDiagnostics, ...tagDiagnostics];
  const errors = all.filter((d) => d.severity === 'error');
  if (json === null || errors.length > 0) {
    if (errors.length === 0) {
      errors.push({
        file: entry,
        line: 0,
        severity: 'error',
        message: 'ink could not compile the story',
      });
    }
    throw new StorySourceError([...errors, ...all.filter((d) => d.severity === 'warning')]);
  }
  return { json, files, warnings: all.filter((d) => d.severity === 'warning') };
}

/** The start of every include-loop message, for tools that treat a loop apart. */
export const INCLUDE_LOOP = 'include loop:';

/**
 * Words ink's messages about INCLUDEs the way an author needs them: a file that could not be read
 * says which and why (the loader's reason), and a loop names the files in it, from the story on.
 */
function explainInkMessage(
  raw: string,
  message: string,
  file: string,
  includedBy: ReadonlyMap<string, string>,
): string {
  const failed = /Failed to load: '([\s\S]*)'\.\nError:\s*(?:[A-Za-z]*Error: )?([^\n]*)/.exec(raw);
  if (failed) return `INCLUDE ${failed[1] ?? ''}: ${failed[2]?.trim() || 'it could not be read'}`;
  const loop = /Recursive INCLUDE detected: '([^']*)' is already open/.exec(raw);
  if (loop?.[1]) {
    const again = loop[1];
    const chain = [again];
    for (let at: string | undefined = file; at !== undefined && at !== again;) {
      chain.splice(1, 0, at);
      at = includedBy.get(at);
      if (chain.length > 64) break;
    }
    chain.push(again);
    return `${INCLUDE_LOOP} ${again} is included again while it is still being read (${chain.join(' -> ')})`;
  }
  return message;
}
