/**
 * The debrief's ranges follow the memory a play started with: classing remembered values as the
 * analyzer does (at the default, or set), picking the matching per-memory ranges, falling back to the
 * union, and a whole session measured against the ranges of its own starting memory.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryStore } from '../../../src/game/memory.ts';
import { classifyMemory, rangesForMemory } from '../../../src/game/ranges.ts';
import { GameSession, type SessionEvents } from '../../../src/game/session.ts';
import type { MemoryTipRanges, TipRanges } from '../../../src/story/index.ts';
import { scenarioFrom } from './fixtures.ts';

const flat = (tip3: { min: number; max: number }): TipRanges => ({
  1: { min: 0, max: 0 },
  2: { min: 0, max: 0 },
  3: tip3,
  4: { min: 0, max: 0 },
  5: { min: 0, max: 0 },
});

const UNION = flat({ min: -1, max: 3 });
const BY_MEMORY: MemoryTipRanges[] = [
  { memory: { mem_promised: 'default', mem_met: 'default' }, ranges: flat({ min: -1, max: 0 }) },
  { memory: { mem_promised: 'default', mem_met: 'set' }, ranges: flat({ min: -1, max: 1 }) },
  { memory: { mem_promised: 'set', mem_met: 'default' }, ranges: flat({ min: -1, max: 3 }) },
  { memory: { mem_promised: 'set', mem_met: 'set' }, ranges: flat({ min: 0, max: 3 }) },
];
const DEFAULTS = { mem_promised: '', mem_met: false };
const info = { ranges: UNION, rangesByMemory: BY_MEMORY, memoryDefaults: DEFAULTS };

describe('classifyMemory', () => {
  it('calls a value absent or equal to the default "default", anything else "set"', () => {
    expect(classifyMemory(DEFAULTS, {})).toEqual({ mem_promised: 'default', mem_met: 'default' });
    expect(classifyMemory(DEFAULTS, { mem_promised: '', mem_met: true })).toEqual({
      mem_promised: 'default',
      mem_met: 'set',
    });
    expect(classifyMemory(DEFAULTS, { mem_promised: 'Ann', mem_met: false })).toEqual({
      mem_promised: 'set',
      mem_met: 'default',
    });
    // A number counts as set whatever its value, as long as it is not the default.
    expect(classifyMemory({ mem_visits: 0 }, { mem_visits: 4 })).toEqual({ mem_visits: 'set' });
    expect(classifyMemory({ mem_visits: 0 }, { mem_visits: 0 })).toEqual({ mem_visits: 'default' });
    // Values of variables the analyzer did not vary are ignored.
    expect(classifyMemory(DEFAULTS, { mem_other: true })).toEqual({
      mem_promised: 'default',
      mem_met: 'default',
    });
  });
});

describe('rangesForMemory', () => {
  it('picks the ranges of the matching starting memory', () => {
    expect(rangesForMemory(info, {})[3]).toEqual({ min: -1, max: 0 });
    expect(rangesForMemory(info, { mem_met: true })[3]).toEqual({ min: -1, max: 1 });
    expect(rangesForMemory(info, { mem_promised: 'Bo' })[3]).toEqual({ min: -1, max: 3 });
    expect(rangesForMemory(info, { mem_promised: 'Bo', mem_met: true })[3]).toEqual({
      min: 0,
      max: 3,
    });
  });

  it('falls back to the union when there are no per-memory ranges or none matches', () => {
    expect(rangesForMemory({ ranges: UNION }, { mem_met: true })).toBe(UNION);
    expect(rangesForMemory({ ranges: UNION, rangesByMemory: [] }, {})).toBe(UNION);
    const partial = { ...info, rangesByMemory: BY_MEMORY.slice(0, 1) };
    expect(rangesForMemory(partial, { mem_met: true })).toBe(UNION);
  });
});

const PROMISE = `
# title: Promise
# summary: Keeping a promise, if you made one.
# main: tip3
VAR mem_promised = ""
Bo is here. # speaker: bo
* { mem_promised != "" } [Make the introduction you promised # tip3 +3 # why: You said you would.]
  You introduce Bo to {mem_promised}.
* [Talk about the weather # tip3 -1 # why: Nothing to follow up on.]
  It is grey.
- Bo nods. # ending: done
-> END
`;

describe('a session measures a play against its own starting memory', () => {
  const scenario = {
    ...scenarioFrom(PROMISE, flat({ min: -1, max: 3 })),
    rangesByMemory: [
      { memory: { mem_promised: 'default' as const }, ranges: flat({ min: -1, max: -1 }) },
      { memory: { mem_promised: 'set' as const }, ranges: flat({ min: -1, max: 3 }) },
    ],
    memoryDefaults: { mem_promised: '' },
  };
  const play = (store: InMemoryStore): SessionEvents['ended'] => {
    const session = new GameSession(scenario, store);
    let ended: SessionEvents['ended'] | null = null;
    session.events.on('ended', (e) => (ended = e));
    session.start();
    const last = session.beat?.choices.at(-1);
    if (last) session.choose(last.index);
    if (!ended) throw new Error('the session did not end');
    return ended;
  };

  it('without the promise, the weather was the best there was', () => {
    const tip3 = play(new InMemoryStore()).debrief.tips.find((t) => t.tip === 3);
    expect(tip3).toMatchObject({ score: -1, min: -1, max: -1 });
  });

  it('with the promise, the same choice is measured against keeping it', () => {
    const tip3 = play(new InMemoryStore({ mem_promised: 'Ann' })).debrief.tips.find(
      (t) => t.tip === 3,
    );
    expect(tip3).toMatchObject({ score: -1, min: -1, max: 3, share: 0 });
  });
});
