/**
 * An on-disk cache of the story analysis the build needs, in `node_modules/.cache/mingle-stories/`.
 *
 * The key is a hash of the compiled story and of the analyzer itself (every source file of
 * src/analysis and src/story, this folder's scenario summary, and the inkjs version), so an entry is
 * never stale: any change to what could change the result gives a new key. Entries are small JSON
 * files, written whole (to a temporary name, then renamed) so a reader never sees half of one; the
 * folder is safe to delete at any time. `MINGLE_STORY_CACHE=0` turns the cache off. An analysis cut
 * short by the time or memory limit is not stored: it says more about the machine than the story.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/analysis/index.ts';
import type { Memory } from '../../src/analysis/types.ts';
import type { TipRanges } from '../../src/story/types.ts';

/** What buildScenario keeps of an analysis (see scenario.ts). */
export interface StoryAnalysis {
  readonly states: number;
  readonly complete: boolean;
  /** Which limit cut the analysis short, if one did; a time or memory stop is never cached. */
  readonly stoppedBy?: 'states' | 'time' | 'memory' | null;
  readonly ranges: TipRanges;
  readonly starts: readonly { readonly memory: Memory; readonly ranges: TipRanges }[];
  readonly errors: readonly Pick<Problem, 'kind' | 'message' | 'place' | 'choice' | 'path'>[];
}

/** Bump when StoryAnalysis changes shape in a way the source hash would not show. */
const FORMAT = 2;

const versions = new Map<string, string>();

/** A hash of every file whose change could change an analysis, read once per process and root. */
export function analyzerVersion(root: string): string {
  const known = versions.get(root);
  if (known) return known;
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  const add = (file: string): void => {
    try {
      hash.update(`${file}\n`).update(readFileSync(file));
    } catch {
      hash.update(`${file} missing\n`);
    }
  };
  for (const dir of ['src/analysis', 'src/story']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.ts'));
    } catch {
      // A missing folder hashes as empty; the analyzer import would have failed first anyway.
    }
    for (const name of names.sort()) add(join(root, dir, name));
  }
  add(join(root, 'scripts/ink/scenario.ts'));
  add(join(root, 'scripts/ink/analysis-cache.ts'));
  add(join(root, 'scripts/ink/analysis-limits.ts'));
  add(join(root, 'node_modules/inkjs/package.json'));
  const version = hash.digest('hex');
  versions.set(root, version);
  return version;
}

export function cacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'mingle-stories');
}

/** The analysis of `json`, from the cache when there, else from `analyse` (then stored). */
export function cachedAnalysis(
  root: string,
  json: string,
  analyse: () => StoryAnalysis,
): StoryAnalysis {
  if (process.env.MINGLE_STORY_CACHE === '0') return analyse();
  const key = createHash('sha256').update(analyzerVersion(root)).update(json).digest('hex');
  const dir = cacheDir(root);
  const file = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoryAnalysis;
  } catch {
    // Not cached yet (or unreadable): analyse and store.
  }
  const analysis = analyse();
  // Where a time or memory limit stops depends on the machine and its load, not on the story.
  if (analysis.stoppedBy === 'time' || analysis.stoppedBy === 'memory') return analysis;
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, JSON.stringify(analysis));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return analysis;
}
