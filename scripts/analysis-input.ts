/**
 * Whether a path can be read as an ink story at all. Kept apart from the checks proper, which load
 * the ink compiler, so that an unreadable input is reported at once, with one line and exit status 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

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
