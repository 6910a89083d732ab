/** Per-tip totals along the path a player took. */
import {
  TIPS,
  type Moment,
  type ScoredOption,
  type TipEffects,
  type TipId,
  type TipRange,
  type TipRanges,
  type TipTotals,
} from './types.ts';

export function zeroTotals(): TipTotals {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/** The sum of a choice's effects over all tips: how good it is overall. */
export function netEffect(effects: TipEffects): number {
  return TIPS.reduce((sum, tip) => sum + (effects[tip] ?? 0), 0);
}

/**
 * A choice's net effect and whether it moves any tip at all (a choice can be scored and still net to
 * zero): what a screen needs to colour a choice or to pick its sound.
 */
export function choiceNet(effects: TipEffects): { readonly net: number; readonly scored: boolean } {
  const moved = movedTips(effects);
  return { net: netEffect(effects), scored: moved.length > 0 };
}

/** The tips a choice moves (a non-zero effect), in tip order: what an effect list shows. */
export function movedTips(effects: TipEffects): TipId[] {
  return TIPS.filter((tip) => (effects[tip] ?? 0) !== 0);
}

/**
 * Where `score` sits in a tip's range: 0 at the minimum, 1 at the maximum, clamped. Null when the range
 * is empty (the scenario cannot move the tip): the one rule for "not at stake", used by the debrief's
 * TipResult.share and by every chart.
 */
export function tipShare(score: number, range: TipRange): number | null {
  const { min, max } = range;
  if (!(max > min)) return null;
  return Math.min(1, Math.max(0, (score - min) / (max - min)));
}

/**
 * The share of what the scenario allowed, over all the tips it can move: the points reached above each
 * tip's minimum over the width of all ranges together (so a wide tip weighs more than a narrow one).
 * Null when the scenario moves no tip. The debrief's "overall" and Progress's trend both use it.
 */
export function overallShare(totals: TipTotals, ranges: TipRanges): number | null {
  let reached = 0;
  let possible = 0;
  for (const tip of TIPS) {
    const { min, max } = ranges[tip];
    if (!(max > min)) continue;
    reached += totals[tip] - min;
    possible += max - min;
  }
  return possible > 0 ? Math.min(1, Math.max(0, reached / possible)) : null;
}

export function addEffects(totals: TipTotals, effects: TipEffects): TipTotals {
  const next = { ...totals };
  for (const tip of TIPS) next[tip] += effects[tip] ?? 0;
  return next;
}

export function totalsOf(moments: readonly Moment[]): TipTotals {
  return moments.reduce((t, m) => addEffects(t, m.chosen.effects), zeroTotals());
}

/** The option with the highest net effect; the first one wins a tie, as the author listed it. */
export function strongestOption(options: readonly ScoredOption[]): ScoredOption | null {
  let best: ScoredOption | null = null;
  for (const o of options)
    if (best === null || netEffect(o.effects) > netEffect(best.effects)) best = o;
  return best;
}
