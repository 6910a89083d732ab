import { describe, expect, it } from 'vitest';
import {
  memoryBackend,
  scenariosPlayed,
  scoredAttempts,
  tipSeries,
} from '../../../src/progress/index.ts';
import { openStore, play, totals } from './helpers.ts';

describe('history views', () => {
  it('give one series per tip over the completed attempts, and the scenarios played', () => {
    const store = openStore(memoryBackend());
    store.createProfile('Ana');
    play(store, 'hard-seller', [0], totals(1, 2, 3, 4, 5));
    const run = store.startRun({ scenario: 'coffee', lang: 'en', version: 'v' });
    if (!run.ok) throw new Error();
    store.abandonRun(run.value.id, totals(9, 9, 9, 9, 9));
    play(store, 'hard-seller', [1], totals(2, 2, 2, 2, -1));
    play(store, 'coffee', [1], totals(0, 1, 0, 0, 0));
    const p = store.activeProfile();
    if (!p) throw new Error();

    expect(scoredAttempts(p).map((a) => a.scenario)).toEqual([
      'hard-seller',
      'hard-seller',
      'coffee',
    ]);
    expect(tipSeries(p, 'hard-seller')[5].map((pt) => pt.value)).toEqual([5, -1]);
    expect(tipSeries(p)[2].map((pt) => pt.value)).toEqual([2, 2, 1]);
    expect(scenariosPlayed(p)).toEqual(['coffee', 'hard-seller']);
  });
});
