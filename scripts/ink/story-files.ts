/**
 * The one way the story tools read an ink file from disk: `npm run stories:check`, `vite build` and
 * the dev server all come through here, so they agree on what a story file is and say the same thing
 * when one is not.
 *
 * Reading: a regular file of at most MAX_STORY_FILE_BYTES, UTF-8 text (a byte-order mark is dropped),
 * with no control characters but tab and line ends. Anything else is refused with one line saying
 * why, and where when a line can be named ("not UTF-8 text (line 3)").
 *
 * Confinement: a story `<stories>/<lang>/<id>.ink` reads files in its own language folder (and the
 * folders below it) and in the shared folder `<stories>/shared/`, and nowhere else: not by `..`, not
 * by an absolute path, not through a symbolic link, not through a linked folder. Everything a story
 * reads ends up in the public bundle, so a path outside would publish whatever file it names.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * A story file larger than this is refused. The bundled ones are 20-40 kB; compiling a 950 kB one
 * took 7 s of CPU and 430 MB, so the cap keeps a hostile or mistaken file cheap to turn away.
 */
export const MAX_STORY_FILE_BYTES = 256 * 1024;

/** The folder, next to the language folders, that every language's stories may INCLUDE from. */
export const SHARED_FOLDER = 'shared';

/** A file that cannot be read as story text; the message is the reason, without the file name. */
export class StoryFileError extends Error {
  override readonly name = 'StoryFileError';
}

/** Where the first byte that is not UTF-8 sits, as a 1-based line, or 0 when all of it is. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line++;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return line;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return line;
    i += extra + 1;
  }
  return 0;
}

/**
 * The index of the first control character in `text`, or -1. Control characters have no place in a
 * story (in a terminal some of them are commands); tab, line feed and carriage return do.
 */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return i;
  }
  return -1;
}

/**
 * Turns a story file's bytes into its text: drops a UTF-8 byte-order mark, refuses binary data,
 * other encodings and control characters, naming the line where it can.
 */
export function decodeStoryText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new StoryFileError('UTF-16 text, not UTF-8: save the file as UTF-8');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const line = countLines(body.subarray(0, nul));
    throw new StoryFileError(`a binary file, not ink text (a NUL byte on line ${line})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const line = firstInvalidUtf8Line(body);
    throw new StoryFileError(`not UTF-8 text (line ${line}): save the file as UTF-8`);
  }
  const control = firstControl(text);
  if (control >= 0) {
    const line = text.slice(0, control).split('\n').length;
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    throw new StoryFileError(
      `a control character (U+${code}) on line ${line}: not ink text, or a damaged file`,
    );
  }
  return text;
}

function countLines(bytes: Uint8Array): number {
  let line = 1;
  for (const b of bytes) if (b === 0x0a) line++;
  return line;
}

/** Reads one file as story text, or throws StoryFileError saying why it is not one. */
export function readStoryFile(absolute: string): string {
  let stat;
  try {
    stat = statSync(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new StoryFileError('no such file');
    if (code === 'ELOOP') throw new StoryFileError('a link that leads round in a circle');
    throw new StoryFileError(`cannot be read (${code ?? 'unknown error'})`);
  }
  if (stat.isDirectory()) throw new StoryFileError('it is a directory, not an ink file');
  if (!stat.isFile()) throw new StoryFileError('not a regular file');
  if (stat.size > MAX_STORY_FILE_BYTES) {
    const kb = Math.ceil(stat.size / 1024);
    throw new StoryFileError(`too large (${kb} kB; a story file may be at most 256 kB)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (e) {
    throw new StoryFileError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeStoryText(bytes);
}

/** The folders a story may read from, as shown to authors and as real paths on disk. */
export interface StoryFolders {
  /** `stories/en/` and `stories/shared/`, relative to the project root, for messages. */
  readonly shown: readonly [string, string];
  /** The same two folders, absolute (as written, links not followed). */
  readonly lexical: readonly [string, string];
  /** The same two, with the stories folder's own links followed (its children's are not). */
  readonly real: readonly [string, string];
}

/** The language folder and the shared folder of the story `entry` (absolute). */
export function storyFolders(root: string, entry: string): StoryFolders {
  const langDir = dirname(entry);
  const storiesDir = dirname(langDir);
  let realStories = storiesDir;
  try {
    realStories = realpathSync(storiesDir);
  } catch {
    // A missing stories folder: nothing under it can be read either.
  }
  const show = (dir: string) => `${relative(root, dir) || '.'}/`;
  const shared = join(storiesDir, SHARED_FOLDER);
  return {
    shown: [show(langDir), show(shared)],
    lexical: [langDir, shared],
    real: [join(realStories, basename(langDir)), join(realStories, SHARED_FOLDER)],
  };
}

const inside = (dir: string, path: string): boolean =>
  path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Why `absolute` may not be read by the story whose folders are `folders`, or null when it may.
 * Checked on the path as written and on the real path behind any links.
 */
export function confinementProblem(absolute: string, folders: StoryFolders): string | null {
  const where = `${folders.shown[0]} or ${folders.shown[1]}`;
  if (!folders.lexical.some((dir) => inside(dir, absolute)))
    return `outside the story folders: a story may only read files in ${where}`;
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return null; // a file that is not there: the reader says so
  }
  if (!folders.real.some((dir) => inside(dir, real)))
    return `a link to a file outside the story folders: a story may only read files in ${where}`;
  // A hard link has no "real path" elsewhere: it is the same file under two names, and the other
  // name may lie anywhere on the disk. Git never checks one out, so refusing them costs nothing.
  let links: number;
  try {
    const stat = statSync(real);
    links = stat.isFile() ? stat.nlink : 1;
  } catch {
    return null;
  }
  if (links > 1)
    return `a hard link (the same file has ${links} names, and the others may lie outside ${where})`;
  return null;
}

/**
 * Why the name an INCLUDE gives cannot be used, before it is even looked for, or null. The path is
 * resolved relative to the story's folder, as ink does.
 */
export function includeNameProblem(name: string): string | null {
  if (firstControl(name) >= 0) return 'the file name has a control character in it';
  if (isAbsolute(name)) return 'an absolute path: name the file relative to the story';
  if (extname(name) !== '.ink') return 'not an ink file (an INCLUDE names a .ink file)';
  return null;
}

/** Reads the story file `absolute` that `entry`'s story needs, confined to its folders. */
export function readConfinedStoryFile(root: string, entry: string, absolute: string): string {
  const problem = confinementProblem(absolute, storyFolders(root, resolve(root, entry)));
  if (problem) throw new StoryFileError(problem);
  return readStoryFile(absolute);
}
