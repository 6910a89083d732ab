/**
 * Whether a path can be read as an ink story at all. Kept apart from the checks proper, which load
 * the ink compiler, so that an unreadable input is reported at once, with one line and exit status 2.
 * It reads through story-files.ts, the same reader the build and the dev server use.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import {
  confinementProblem,
  readStoryFile,
  StoryFileError,
  storyFolders,
} from './ink/story-files.ts';

/** Why `path` cannot be read as an ink story, or null when it can. */
export function unreadableReason(path: string, root = process.cwd()): string | null {
  const absolute = resolve(root, path);
  let stat;
  try {
    stat = statSync(absolute);
  } catch {
    return 'no such file';
  }
  if (stat.isDirectory()) return 'it is a directory, not an ink file';
  if (extname(absolute) !== '.ink') return 'not an ink file (ink stories end in .ink)';
  const outside = confinementProblem(absolute, storyFolders(root, absolute));
  if (outside) return outside;
  let text: string;
  try {
    text = readStoryFile(absolute);
  } catch (e) {
    if (e instanceof StoryFileError) return e.message;
    throw e;
  }
  if (text.trim() === '') return 'the file is empty';
  return null;
}
