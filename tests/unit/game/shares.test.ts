/**
 * A profile's history on the share scale (src/game/shares.ts, issue 17 item 8): each attempt is measured
 * against the ranges of its own scenario and starting memory, so scenarios with different ranges can
 * be read side by side, and the trend compares each scenario only with itself.
 */
import { describe, expect, it } from 'vitest';
import { shareHistory } from '../../../src/game/index.ts';
import type { Attempt, Profile, TipTotals } from '../../../src/progress/index.ts';
import type { ScenarioInfo, TipRanges } from '../../../src/story/index.ts';

const WIDE: TipRanges = {
  1: { min: -10, max: 10 },
  2: { min: 0, max: 10 },
  3: { min: 0, max: 0 },
  4: { min: 0, max: 0 },
  5: { min: 0, max: 0 },
};
const NARROW: TipRanges = {
  1: { min: 0, max: 2 },
  2: { min: 0, max: 0 },
  3: { min: 0, max: 0 },
  4: { min: 0, max: 0 },
  5: { min: -2, max: 2 },
};

function info(id: string, ranges: TipRanges, extra: Partial<ScenarioInfo> = {}): ScenarioInfo {
  return {
    id,
    lang: 'en',
    meta: { title: id, summary: '', mainTip: 1, cast: [], endings: [] },
    ranges,
    tipsScored: [1, 2, 5],
    version: 'v',
    ...extra,
  };
}

let clock = 0;
function attempt(
  scenario: string,
  totals: Partial<TipTotals> | null,
  extra: Partial<Attempt> = {},
): Attempt {
  clock += 1000;
  return {
    id: `a${clock}`,
    scenario,
    lang: 'en',
    version: 'v',
    startedAt: clock - 500,
    endedAt: clock,
    status: totals ? 'completed' : 'abandoned',
    ending: totals ? 'end' : null,
    totals: totals ? { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, ...totals } : null,
    path: [],
    ...extra,
  };
}

const profile = (attempts: Attempt[]) =>
  ({ id: 'p', nickname: 'Ana', attempts, best: {}, memory: {} }) as unknown as Profile;

describe('shareHistory', () => {
  it('measures every finished attempt against its own scenario, and compares each scenario only with itself', () => {
    const catalogue = [info('wide', WIDE), info('narrow', NARROW)];
    // Alternating scenarios: raw tip 1 goes 0, 2, 10, 2 — a zigzag on one raw axis — while each
    // scenario on its own gets better.
    const history = shareHistory(
      profile([
        attempt('wide', { 1: 0, 2: 0 }), // (10 + 0) / 30
        attempt('narrow', { 1: 1, 5: 0 }), // (1 + 2) / 6
        attempt('narrow', null), // abandoned: not measured
        attempt('wide', { 1: 10, 2: 5 }), // (20 + 5) / 30
        attempt('narrow', { 1: 2, 5: 2 }), // (2 + 4) / 6
        attempt('gone', { 1: 3 }), // no longer in the catalogue: not measured
      ]),
      catalogue,
    );
    expect(history.attempts.map((m) => [m.attempt.scenario, m.overall])).toEqual([
      ['wide', 10 / 30],
      ['narrow', 0.5],
      ['wide', 25 / 30],
      ['narrow', 1],
    ]);
    expect(history.attempts[0]?.tips).toEqual({ 1: 0.5, 2: 0, 3: null, 4: null, 5: null });
    // The most recently played scenario first.
    expect(history.scenarios.map((s) => s.scenario)).toEqual(['narrow', 'wide']);
    const wide = history.scenarios[1];
    expect(wide?.first.overall).toBe(10 / 30);
    expect(wide?.latest.overall).toBe(25 / 30);
    expect(wide?.tipBest).toEqual({ 1: 1, 2: 0.5, 3: null, 4: null, 5: null });
    expect(history.trend?.scenarios).toBe(2);
    expect(history.trend?.replayed).toBe(2);
    expect(history.trend?.standing).toBeCloseTo((25 / 30 + 1) / 2);
    expect(history.trend?.change).toBeCloseTo((25 / 30 - 10 / 30 + (1 - 0.5)) / 2);
  });

  it('has no change to tell before a scenario is played twice, and nothing at all without a finished play', () => {
    const catalogue = [info('wide', WIDE), info('narrow', NARROW)];
    const once = shareHistory(
      profile([attempt('wide', { 1: 10 }), attempt('narrow', { 1: 2 })]),
      catalogue,
    );
    expect(once.trend).toMatchObject({ scenarios: 2, replayed: 0, change: null });
    expect(once.scenarios.map((s) => s.best.overall)).toEqual([(2 + 2) / 6, 20 / 30]);
    expect(shareHistory(profile([attempt('wide', null)]), catalogue)).toEqual({
      attempts: [],
      scenarios: [],
      trend: null,
    });
  });

  it('uses the ranges of the memory an attempt started with, as its debrief did', () => {
    const remembered: TipRanges = { ...NARROW, 1: { min: 0, max: 4 } };
    const catalogue = [
      info('narrow', NARROW, {
        memoryDefaults: { mem_met: false },
        rangesByMemory: [
          { memory: { mem_met: 'default' }, ranges: NARROW },
          { memory: { mem_met: 'set' }, ranges: remembered },
        ],
      }),
    ];
    const history = shareHistory(
      profile([
        attempt('narrow', { 1: 2, 5: 2 }),
        attempt('narrow', { 1: 2, 5: 2 }, { memory: { mem_met: true } }),
      ]),
      catalogue,
    );
    expect(history.attempts.map((m) => m.tips[1])).toEqual([1, 0.5]);
  });
});
