/**
 * Plays every story under stories/ headlessly, over the real files, the way a player would: through
 * StoryRunner, one choice at a time, until every choice of the story has been taken at least once.
 * The story analyzer proves properties over all states; this test proves the game's own runtime path
 * (runner, tags, scoring, debrief) works on every choice the authors wrote.
 *
 * Heavy work (a story's compile and analysis, hundreds of playthroughs): every hook and test has an
 * explicit budget far above its usual second or two, so a busy machine slows it down but cannot fail
 * it. Vitest's default of 5 s once failed `npm test` in a clean clone on a loaded machine.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '../../scripts/ink/scenario.ts';
import { listStoryFiles } from '../../scripts/vite-plugin-ink.ts';
import { buildDebrief, type Moment } from '../../src/scoring/index.ts';
import {
  StoryRunner,
  TIPS,
  type CompiledScenario,
  type StoryVariables,
} from '../../src/story/index.ts';

const root = resolve(import.meta.dirname, '../..');
/** Per hook and per test: minutes, for work that takes seconds on an idle machine. */
const BUDGET = 300_000;
const files = listStoryFiles(resolve(root, 'stories'));

/** Memory from other scenarios, both absent and present, so both branches of every story are played. */
const MEMORIES: readonly StoryVariables[] = [
  {},
  {
    mem_promised_intro: 'Els Wouters',
    mem_met_hard_seller: true,
    mem_cards_to_assistant: true,
    mem_marleen_pitched: true,
    mem_marleen_coffee: true,
    mem_contact_name: 'Sofie Maes',
    mem_contact_need: 'mechanic',
  },
];

/** A tiny deterministic generator, so a failure replays the same way. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Playthrough {
  readonly moments: Moment[];
  readonly ending: string | null;
  readonly choicePoints: number;
}

/** One game from start to end: untaken choices first, then a random one. */
function play(json: string, memory: StoryVariables, taken: Set<string>, random: () => number): Playthrough {
  const runner = new StoryRunner(json, memory);
  const moments: Moment[] = [];
  let ending: string | null = null;
  let prompt = '';
  for (let guard = 0; guard < 500; guard++) {
    const beat = runner.continue();
    for (const line of beat.lines) {
      if (line.text) prompt = line.text;
      if (line.ending) ending = line.ending;
    }
    if (beat.ended) return { moments, ending, choicePoints: moments.length };
    const key = (c: { text: string }) => `${prompt}\u0000${c.text}`;
    const fresh = beat.choices.filter((c) => !taken.has(key(c)));
    const pool = fresh.length > 0 ? fresh : beat.choices;
    const choice = pool[Math.floor(random() * pool.length)] ?? beat.choices[0];
    if (!choice) throw new Error('a beat with neither choices nor an end');
    taken.add(key(choice));
    runner.choose(choice.index);
    moments.push({ prompt, chosen: choice, offered: beat.choices });
  }
  throw new Error('a playthrough went on for 500 choices without ending');
}

describe.each(files.map((f) => [f.slice(root.length + 1), f] as const))('%s', (_name, file) => {
  let scenario: CompiledScenario;
  beforeAll(() => {
    scenario = buildScenario(file, root).scenario;
  }, BUDGET);

  it('plays every choice at least once, and every playthrough ends with a named ending', () => {
    const random = seeded(7);
    const endings = new Set<string>();
    const choicePoints: number[] = [];
    for (const memory of MEMORIES) {
      const taken = new Set<string>();
      let stale = 0;
      for (let round = 0; round < 400 && stale < 25; round++) {
        const before = taken.size;
        const run = play(scenario.json, memory, taken, random);
        expect(run.ending, `a path ended without an "ending:" tag: ${run.moments.map((m) => m.chosen.text).join(' > ')}`).not.toBeNull();
        endings.add(run.ending ?? '');
        choicePoints.push(run.choicePoints);
        const debrief = buildDebrief(run.moments, scenario.ranges);
        for (const t of debrief.tips) {
          expect(t.score).toBeGreaterThanOrEqual(t.min);
          expect(t.score).toBeLessThanOrEqual(t.max);
        }
        stale = taken.size === before ? stale + 1 : 0;
      }
    }
    expect(endings.size).toBeGreaterThanOrEqual(3);
    const sorted = [...choicePoints].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(median, 'a typical path has at least 8 choice points').toBeGreaterThanOrEqual(8);
  }, BUDGET);

  it('declares a title, a main tip and a cast', () => {
    expect(scenario.meta.title).not.toBe('');
    expect(scenario.meta.mainTip).not.toBeNull();
    expect(scenario.meta.cast.length).toBeGreaterThan(0);
    expect(TIPS.filter((t) => scenario.ranges[t].max > scenario.ranges[t].min).length).toBeGreaterThanOrEqual(2);
  });
});

it('finds the stories', () => {
  expect(files.length).toBeGreaterThan(0);
});
