/**
 * Which tip ranges a play is measured against. The analyzer works out the ranges separately for each
 * kind of memory a player can bring from earlier scenarios (docs/authoring.md, "Story checks"): a
 * player who never made a promise cannot reach the points for keeping it, so the debrief's "what this
 * scenario makes possible" must come from the ranges of the memory the play started with. Each
 * remembered variable is classed the way the analyzer picked its starts: at the story's default, or
 * set to something else.
 */
import type { MemoryClass, ScenarioInfo, StoryVariables, TipRanges } from '../story/index.ts';

/** Each of the scenario's varied `mem_` variables as 'default' or 'set', for the values given. */
export function classifyMemory(
  defaults: StoryVariables,
  values: StoryVariables,
): Record<string, MemoryClass> {
  const out: Record<string, MemoryClass> = {};
  for (const [name, fallback] of Object.entries(defaults)) {
    const value = values[name];
    out[name] = value === undefined || value === fallback ? 'default' : 'set';
  }
  return out;
}

/**
 * The ranges for a play that started with `memory` (the `mem_*` values passed into the story): the
 * matching per-memory entry, or the union `ranges` when the scenario has none that matches (a story
 * that reads no memory, or one built before per-memory ranges existed).
 */
export function rangesForMemory(
  scenario: Pick<ScenarioInfo, 'ranges' | 'rangesByMemory' | 'memoryDefaults'>,
  memory: StoryVariables,
): TipRanges {
  const entries = scenario.rangesByMemory ?? [];
  if (entries.length === 0) return scenario.ranges;
  const classes = classifyMemory(scenario.memoryDefaults ?? {}, memory);
  const match = entries.find((e) =>
    Object.entries(e.memory).every(([name, kind]) => (classes[name] ?? 'default') === kind),
  );
  return match?.ranges ?? scenario.ranges;
}
