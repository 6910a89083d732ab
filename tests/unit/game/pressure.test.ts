/**
 * Time pressure on record (issue 15): a choice made on a timed choice point, or taken by the story
 * when time ran out, is kept with the run and the attempt, comes back in a resumed play, and is named
 * again when a finished attempt's debrief is rebuilt. Records written before it was kept still load.
 */
import { describe, expect, it } from 'vitest';
import {
  memoryRecord,
  Plays,
  progressRecord,
  reviewPlay,
  type Play,
} from '../../../src/game/index.ts';
import { ProgressStore, SharedMemoryStorage } from '../../../src/progress/index.ts';
import { ShapeError, readAttempt, readRun } from '../../../src/progress/validate.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { PARTY, scenarioFrom } from './fixtures.ts';

const party = scenarioFrom(PARTY);
const load = (lang: string, id: string): Promise<CompiledScenario> =>
  lang === party.lang && id === party.id ? Promise.resolve(party) : Promise.reject(new Error('no'));

function setup(backend = new SharedMemoryStorage()) {
  const store = ProgressStore.open({ backend: backend.tab() });
  if (!store.activeProfile()) store.createProfile('Ana');
  const plays = new Plays({
    catalogue: [party],
    loadScenario: load,
    record: progressRecord(store),
  });
  return { backend, store, plays };
}

async function opened(plays: Plays, resume = plays.saved()): Promise<Play> {
  const o = await plays.open({ scenario: party, resume });
  if (!o.ok) throw new Error(o.detail);
  o.play.start();
  return o.play;
}

describe('a choice made under time pressure', () => {
  it('is kept with the run and the attempt, and the debrief names it', async () => {
    const { store, plays } = setup();
    const play = await opened(plays);
    play.choose(0, 'timed');
    expect(store.savedRun()?.pressure).toEqual([{ step: 0, pressure: 'timed' }]);
    play.choose(1, 'ran-out');
    const attempt = store.activeProfile()?.attempts[0];
    expect(attempt?.path).toEqual([0, 1]);
    expect(attempt?.pressure).toEqual([
      { step: 0, pressure: 'timed' },
      { step: 1, pressure: 'ran-out' },
    ]);
    const debrief = play.result?.debrief;
    expect(debrief?.moments.map((m) => m.pressure)).toEqual(['timed', 'ran-out']);
    expect(debrief?.pressure).toEqual({ timed: 2, ranOut: 1 });
  });

  it('leaves a play without a countdown as it was: no marks anywhere', async () => {
    const { store, plays } = setup();
    const play = await opened(plays);
    play.choose(0);
    play.choose(0);
    const attempt = store.activeProfile()?.attempts[0];
    expect(attempt).not.toHaveProperty('pressure');
    expect(play.result?.debrief).not.toHaveProperty('pressure');
    expect(play.result?.debrief.moments.some((m) => 'pressure' in m)).toBe(false);
  });

  it('comes back with a resumed play, after a reload', async () => {
    const { backend, plays } = setup();
    const first = await opened(plays);
    first.choose(1, 'ran-out');
    first.detach();
    // Another page over the same storage: the saved run is read back from what was stored.
    const again = setup(backend);
    expect(again.plays.saved()?.pressure).toEqual([{ step: 0, pressure: 'ran-out' }]);
    const play = await opened(again.plays);
    play.choose(0);
    expect(play.result?.debrief.moments.map((m) => m.pressure ?? null)).toEqual(['ran-out', null]);
    expect(again.store.activeProfile()?.attempts[0]?.pressure).toEqual([
      { step: 0, pressure: 'ran-out' },
    ]);
  });

  it('is named again when a finished attempt is seen again', async () => {
    const { store, plays } = setup();
    const play = await opened(plays);
    play.choose(0);
    play.choose(0, 'timed');
    const attempt = store.activeProfile()?.attempts[0];
    if (!attempt) throw new Error('no attempt');
    const deps = { catalogue: [party], loadScenario: load, isDownloadFailure: () => false };
    const seen = await reviewPlay(deps, attempt);
    if (!seen.ok) throw new Error(seen.detail);
    expect(seen.result.debrief.moments.map((m) => m.pressure ?? null)).toEqual([null, 'timed']);
  });

  it('is kept by a record that lives in the page only', async () => {
    const record = memoryRecord();
    const plays = new Plays({ catalogue: [party], loadScenario: load, record });
    const play = await opened(plays, null);
    play.choose(0, 'ran-out');
    expect(record.saved()?.pressure).toEqual([{ step: 0, pressure: 'ran-out' }]);
  });
});

describe('stored runs and attempts', () => {
  const run = {
    id: 'r1',
    scenario: 'party',
    lang: 'en',
    version: 'v1',
    memory: {},
    path: [0, 1],
    startedAt: 1,
    updatedAt: 2,
  };
  const attempt = {
    id: 'a1',
    scenario: 'party',
    lang: 'en',
    version: 'v1',
    startedAt: 1,
    endedAt: 2,
    status: 'completed',
    ending: 'warm',
    totals: { 1: 0, 2: 2, 3: 0, 4: 0, 5: 1 },
    path: [0, 1],
  };

  it('written before time pressure existed still load, with no marks', () => {
    expect(readRun(run, 'run')).toEqual(run);
    expect(readAttempt(attempt, 'a')).not.toHaveProperty('pressure');
  });

  it('read their marks back', () => {
    const pressure = [{ step: 1, pressure: 'ran-out' }];
    expect(readRun({ ...run, pressure }, 'run').pressure).toEqual(pressure);
    expect(readAttempt({ ...attempt, pressure }, 'a').pressure).toEqual(pressure);
  });

  it.each([
    ['a step beyond the path', [{ step: 2, pressure: 'timed' }]],
    [
      'a step twice',
      [
        { step: 0, pressure: 'timed' },
        { step: 0, pressure: 'ran-out' },
      ],
    ],
    [
      'steps out of order',
      [
        { step: 1, pressure: 'timed' },
        { step: 0, pressure: 'timed' },
      ],
    ],
    ['an unknown kind', [{ step: 0, pressure: 'hurried' }]],
    ['not a list', { step: 0 }],
  ])('refuse %s', (_what, pressure) => {
    expect(() => readRun({ ...run, pressure }, 'run')).toThrow(ShapeError);
    expect(() => readAttempt({ ...attempt, pressure }, 'a')).toThrow(ShapeError);
  });
});
