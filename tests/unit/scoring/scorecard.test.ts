/** What scoring hands the screens, so they never compute a score themselves. */
import { describe, expect, it } from 'vitest';
import { buildDebrief, choiceNet, movedTips, tipShare } from '../../../src/scoring/index.ts';

describe('scoring for the screens', () => {
  it('gives a choice’s net effect, and whether it is scored at all', () => {
    expect(choiceNet({ 1: 2, 5: -1 })).toEqual({ net: 1, scored: true });
    expect(choiceNet({ 2: 1, 3: -1 })).toEqual({ net: 0, scored: true });
    expect(choiceNet({})).toEqual({ net: 0, scored: false });
  });

  it('lists the tips a choice moves, in tip order', () => {
    expect(movedTips({ 5: 1, 1: -2 })).toEqual([1, 5]);
    expect(movedTips({})).toEqual([]);
  });

  it('places a score in its range with one rule for a tip not at stake', () => {
    expect(tipShare(1, { min: -1, max: 3 })).toBe(0.5);
    expect(tipShare(9, { min: -1, max: 3 })).toBe(1);
    expect(tipShare(-5, { min: -1, max: 3 })).toBe(0);
    expect(tipShare(0, { min: 0, max: 0 })).toBeNull();
    // An inverted range cannot be reached either: not at stake, rather than a nonsense share.
    expect(tipShare(0, { min: 2, max: 1 })).toBeNull();
  });

  it('the debrief’s shares follow the same rule', () => {
    const flat = { min: 0, max: 0 };
    const debrief = buildDebrief([], {
      1: { min: -2, max: 2 },
      2: flat,
      3: { min: 2, max: 1 },
      4: flat,
      5: flat,
    });
    expect(debrief.tips.map((t) => t.share)).toEqual([0.5, null, null, null, null]);
  });
});
