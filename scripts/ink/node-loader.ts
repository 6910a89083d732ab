/**
 * Reads ink files from disk for the compiler. Paths are kept relative to `root` so that every
 * diagnostic names a file the way an author sees it (`stories/en/hard-seller.ink:42`).
 *
 * One loader serves one story (`entry`): every file it reads, the entry included, goes through
 * story-files.ts, so it is UTF-8 text (a byte-order mark dropped) and lies in the story's language
 * folder or the shared folder. A file that may not or cannot be read throws StoryFileError; ink
 * reports that at the INCLUDE line, and compileInk words it as `INCLUDE name: reason`.
 */
import { join, relative, resolve } from 'node:path';
import type { InkFileLoader } from '../../src/story/compile.ts';
import { includeNameProblem, readConfinedStoryFile, StoryFileError } from './story-files.ts';

export function nodeInkLoader(root: string, entry: string): InkFileLoader {
  const entryPath = relative(root, resolve(root, entry)) || entry;
  /** The name each INCLUDE gave, by the path it resolved to. */
  const named = new Map<string, string>();
  return {
    // ink resolves every INCLUDE relative to the story's own folder, however deeply nested.
    resolve: (name) => {
      const path = relative(root, resolve(root, entryPath, '..', name));
      if (!named.has(path)) named.set(path, name);
      return path;
    },
    read: (path) => {
      const name = named.get(path);
      const problem = name === undefined ? null : includeNameProblem(name);
      if (problem) throw new StoryFileError(problem);
      return readConfinedStoryFile(root, entryPath, resolve(root, path));
    },
  };
}

/** The absolute path of a loader path, for file watching. */
export function absoluteInkPath(root: string, path: string): string {
  return join(root, path);
}
