/**
 * The debrief: where the player stands on each tip relative to what this scenario makes possible,
 * and the moments that decided it. Presentation (words, charts) belongs to the UI.
 */
import { netEffect, overallShare, strongestOption, tipShare, totalsOf } from './scorecard.ts';
import { trustLines, type TrustLine } from './trust.ts';
import {
  TIPS,
  type Moment,
  type Pressure,
  type ScoredOption,
  type TipId,
  type TipRanges,
} from './types.ts';

export interface TipResult {
  readonly tip: TipId;
  readonly score: number;
  readonly min: number;
  readonly max: number;
  /** Where the score sits between min (0) and max (1); null when the scenario does not score this tip. */
  readonly share: number | null;
}

export type Verdict = 'best' | 'good' | 'weak';

export interface MomentReview {
  /** Which choice of the play this was (0 for the first): the place to replay it from. */
  readonly position: number;
  readonly prompt: string;
  readonly chosen: ScoredOption;
  readonly net: number;
  readonly verdict: Verdict;
  /** The strongest option that was on offer, when the player did not take one as strong. */
  readonly stronger: ScoredOption | null;
  /** How much stronger that option was (its net effect minus the chosen one's); 0 when none was. */
  readonly gap: number;
  /** Made on a timed choice point (absent when there was no countdown). */
  readonly pressure?: Pressure;
}

export interface Debrief {
  readonly tips: readonly TipResult[];
  /** Share of the whole possible range reached, 0..1; null when nothing in the scenario is scored. */
  readonly overall: number | null;
  /** Every scored moment, in the order played. */
  readonly moments: readonly MomentReview[];
  /**
   * Trust per person along the path played (empty when the story tags none; absent in a debrief
   * made before trust was tracked).
   */
  readonly trust?: readonly TrustLine[];
  /**
   * Choices made on a timed choice point, scored or not: how many (`timed`, those where time ran out
   * included) and how many the story took when time ran out (`ranOut`). Absent when none was timed.
   */
  readonly pressure?: { readonly timed: number; readonly ranOut: number };
}

function review(m: Moment, position: number): MomentReview {
  const net = netEffect(m.chosen.effects);
  const strongest = strongestOption(m.offered);
  const bestNet = strongest ? netEffect(strongest.effects) : net;
  const base = {
    position,
    prompt: m.prompt,
    chosen: m.chosen,
    net,
    ...(m.pressure ? { pressure: m.pressure } : {}),
  };
  if (net >= bestNet) return { ...base, verdict: 'best', stronger: null, gap: 0 };
  return {
    ...base,
    verdict: net > 0 ? 'good' : 'weak',
    stronger: strongest,
    gap: bestNet - net,
  };
}

/** A moment matters to the debrief when any option on offer moved a tip. */
function isScored(m: Moment): boolean {
  return m.offered.some((o) => Object.keys(o.effects).length > 0);
}

export function buildDebrief(moments: readonly Moment[], ranges: TipRanges): Debrief {
  const totals = totalsOf(moments);
  const timed = moments.filter((m) => m.pressure !== undefined).length;
  const ranOut = moments.filter((m) => m.pressure === 'ran-out').length;
  const tips = TIPS.map((tip): TipResult => {
    const { min, max } = ranges[tip];
    const score = totals[tip];
    return { tip, score, min, max, share: tipShare(score, ranges[tip]) };
  });
  return {
    tips,
    overall: overallShare(totals, ranges),
    moments: moments.flatMap((m, i) => (isScored(m) ? [review(m, i)] : [])),
    trust: trustLines(moments),
    ...(timed > 0 ? { pressure: { timed, ranOut } } : {}),
  };
}

/** How a share of the possible range reads in words: the debrief judges the main lesson by it. */
export type Standing = 'strong' | 'fair' | 'weak';

/** Three quarters of what the scenario allowed is strong; under half is weak. */
export function standingOf(share: number): Standing {
  return share >= 0.75 ? 'strong' : share >= 0.5 ? 'fair' : 'weak';
}

/**
 * The moments most worth practising: those where a stronger option was on offer, the biggest
 * differences first (the earlier moment wins a tie), at most `count`, returned in the order played.
 */
export function practiceMoments(debrief: Debrief, count = 3): MomentReview[] {
  return debrief.moments
    .filter((m) => m.stronger !== null && m.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.position - b.position)
    .slice(0, count)
    .sort((a, b) => a.position - b.position);
}
