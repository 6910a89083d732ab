/**
 * What the game keeps of the analyzer's starting memories: for each start, which `mem_` variables are
 * at their default and which are set, with the per-tip ranges a player starting there can reach, and
 * the story's own default for each variable named. The build (scripts/ink/scenario.ts) and the
 * Studio's check (src/studio/check.ts) both make a scenario's `rangesByMemory` with this one rule, so
 * a play-tested draft is scored exactly like a bundled scenario.
 */
import { TIPS, type TipRanges } from '../vocabulary/index.ts';
import type { MemoryTipRanges, StoryVariables } from '../story/types.ts';
import type { Memory } from './types.ts';

/** One starting memory and the ranges reachable from it (a tip missing from `ranges` reads 0 to 0). */
export interface MemoryStartRanges {
  readonly memory: Memory;
  readonly ranges: Readonly<Partial<Record<keyof TipRanges, { min: number; max: number }>>>;
}

/**
 * Each start's memory as default/set, over every `mem_` variable any start varies (the first start
 * is the story's own defaults, so a variable absent from a start is at its default there).
 * `defaultOf` gives the story's own starting value of a variable (from its compiled story).
 */
export function memoryClasses(
  starts: readonly MemoryStartRanges[],
  defaultOf: (name: string) => unknown,
): { rangesByMemory: MemoryTipRanges[]; memoryDefaults: StoryVariables } {
  const names = [...new Set(starts.flatMap((s) => Object.keys(s.memory)))].sort();
  if (names.length === 0) return { rangesByMemory: [], memoryDefaults: {} };
  const memoryDefaults: Record<string, string | number | boolean> = {};
  for (const name of names) {
    const value = defaultOf(name);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      memoryDefaults[name] = value;
  }
  const rangesByMemory = starts.map(({ memory, ranges }) => {
    const r = {} as Record<keyof TipRanges, { min: number; max: number }>;
    for (const tip of TIPS) r[tip] = { min: ranges[tip]?.min ?? 0, max: ranges[tip]?.max ?? 0 };
    return {
      memory: Object.fromEntries(names.map((n) => [n, n in memory ? 'set' : 'default'] as const)),
      ranges: r,
    };
  });
  return { rangesByMemory, memoryDefaults };
}
