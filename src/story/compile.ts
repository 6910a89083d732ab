/**
 * Compiles ink source to the JSON the runtime plays, and checks our tag grammar on every file it read.
 * It pulls in inkjs's compiler, so only build tools, tests and the analyzer import this module: never
 * the game's initial bundle (see vite.config.ts).
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { StorySourceError, type Diagnostic } from './diagnostics.ts';
import { lintInkSource, type LintOptions } from './lint.ts';

/** Reads an ink file by the name an INCLUDE gives, relative to the including file's name. */
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
  const read = (path: string): string => {
    let text = sources.get(path);
    if (text === undefined) {
      text = loader.read(path);
      sources.set(path, text);
      if (!files.includes(path)) files.push(path);
    }
    return text;
  };
  const entrySource = read(entry);
  if (entrySource.trim() === '') {
    throw new StorySourceError([
      { file: entry, line: 0, severity: 'error', message: 'the story file is empty' },
    ]);
  }
  const fileHandler = {
    ResolveInkFilename: (name: string) => loader.resolve(name, entry),
    LoadInkFileContents: (path: string) => read(path),
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
  const inkDiagnostics = [...compiler.errors, ...compiler.warnings].map((m) =>
    parseInkMessage(m, entry),
  );
  const tagDiagnostics = files.flatMap(
    (f) => lintInkSource(f, sources.get(f) ?? '', lint).diagnostics,
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
