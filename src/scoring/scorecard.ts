/** Per-tip totals along the path a player took. */
import { TIPS, type Moment, type ScoredOption, type TipEffects, type TipTotals } from './types.ts';

export function zeroTotals(): TipTotals {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/** The sum of a choice's effects over all tips: how good it is overall. */
export function netEffect(effects: TipEffects): number {
  return TIPS.reduce((sum, tip) => sum + (effects[tip] ?? 0), 0);
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
