/**
 * Reads ink files from disk for the compiler. Paths are kept relative to `root` so that every
 * diagnostic names a file the way an author sees it (`stories/en/hard-seller.ink:42`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { InkFileLoader } from '../../src/story/compile.ts';

export function nodeInkLoader(root: string): InkFileLoader {
  return {
    resolve: (name, from) => relative(root, resolve(root, dirname(from), name)),
    read: (path) => {
      const bytes = readFileSync(resolve(root, path));
      // A NUL byte means this is not a text file; ink would report nonsense about it.
      if (bytes.includes(0)) throw new Error(`${path} is not a text file`);
      return bytes.toString('utf8');
    },
  };
}

/** The absolute path of a loader path, for file watching. */
export function absoluteInkPath(root: string, path: string): string {
  return join(root, path);
}
