/** Scoring's public face: the five tips, per-tip totals and the debrief. Pure: no I/O, no engine. */
export * from './types.ts';
export {
  zeroTotals,
  netEffect,
  choiceNet,
  movedTips,
  tipShare,
  overallShare,
  addEffects,
  totalsOf,
  strongestOption,
} from './scorecard.ts';
export {
  buildDebrief,
  practiceMoments,
  standingOf,
  type Standing,
  type Debrief,
  type MomentReview,
  type TipResult,
  type Verdict,
} from './debrief.ts';
export {
  trustLines,
  trustStage,
  type TrustLine,
  type TrustStage,
  type TrustStep,
} from './trust.ts';
