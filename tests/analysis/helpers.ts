/**
 * Shared by the analyzer tests: compiling ink held in memory (through the same compileInk the build
 * uses), and a brute-force oracle that plays every path of a small story one by one, with no
 * deduplication at all, to check the analyzer's figures against.
 */
import { Story } from 'inkjs';
import { compileInk } from '../../src/story/compile.ts';
import { parseChoiceTags } from '../../src/story/tags.ts';
import { TIPS, type TipId } from '../../src/story/types.ts';

/** Compiles `main` (and any INCLUDEd `files`) from memory; throws StorySourceError like the build. */
export function compile(main: string, files: Record<string, string> = {}): string {
  const all: Record<string, string> = { 'main.ink': main, ...files };
  return compileInk('main.ink', {
    resolve: (name) => name,
    read: (path) => {
      const text = all[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  }).json;
}

export interface BruteForce {
  readonly paths: number;
  readonly min: Record<TipId, number>;
  readonly max: Record<TipId, number>;
  readonly endings: Set<string>;
}

/** Plays every path (up to `limit` of them) from `memory`; only for small acyclic stories. */
export function bruteForce(
  json: string,
  limit = 200_000,
  memory: Readonly<Record<string, string | number | boolean>> = {},
): BruteForce {
  const story = new Story(json);
  for (const [name, value] of Object.entries(memory)) story.variablesState.$(name, value);
  const min = {} as Record<TipId, number>;
  const max = {} as Record<TipId, number>;
  for (const t of TIPS) {
    min[t] = Number.POSITIVE_INFINITY;
    max[t] = Number.NEGATIVE_INFINITY;
  }
  const endings = new Set<string>();
  let paths = 0;
  const walk = (totals: Record<TipId, number>, ending: string | null): void => {
    while (story.canContinue) {
      story.Continue();
      for (const tag of story.currentTags ?? []) {
        const m = /^ending:\s*(\S+)/.exec(tag);
        if (m?.[1]) ending = m[1];
      }
    }
    const choices = story.currentChoices;
    if (choices.length === 0) {
      if (++paths > limit) throw new Error('too many paths for brute force');
      endings.add(ending ?? '?');
      for (const t of TIPS) {
        min[t] = Math.min(min[t], totals[t]);
        max[t] = Math.max(max[t], totals[t]);
      }
      return;
    }
    const saved = story.state.toJson();
    for (const c of choices) {
      story.state.LoadJson(saved);
      const effects = parseChoiceTags(c.tags ?? []).effects;
      const next = { ...totals };
      for (const t of TIPS) next[t] += effects[t] ?? 0;
      story.ChooseChoiceIndex(c.index);
      walk(next, null);
    }
  };
  walk({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, null);
  return { paths, min, max, endings };
}

/** Replays `path` and returns the tip totals it reaches, or throws if the path is not playable. */
export function replay(json: string, path: readonly number[]): Record<TipId, number> {
  const story = new Story(json);
  const totals: Record<TipId, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const index of path) {
    while (story.canContinue) story.Continue();
    const choice = story.currentChoices.find((c) => c.index === index);
    if (!choice) throw new Error(`no choice ${index} here`);
    const effects = parseChoiceTags(choice.tags ?? []).effects;
    for (const t of TIPS) totals[t] += effects[t] ?? 0;
    story.ChooseChoiceIndex(index);
  }
  while (story.canContinue) story.Continue();
  if (story.currentChoices.length > 0)
    throw new Error('the path stops at a choice point, not at an end');
  return totals;
}
