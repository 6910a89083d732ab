/**
 * The scoring model's own types. They match the story domain's shapes structurally, so scoring needs
 * no import from anywhere: it is a pure model that a test can drive with plain objects.
 */
export type TipId = 1 | 2 | 3 | 4 | 5;
export const TIPS: readonly TipId[] = [1, 2, 3, 4, 5];

export type TipEffects = Partial<Record<TipId, number>>;
export type TipTotals = Record<TipId, number>;

/** One option at a choice point, as the player saw it. */
export interface ScoredOption {
  readonly text: string;
  readonly effects: TipEffects;
  readonly why: string | null;
}

/** A choice point the player went through. */
export interface Moment {
  /** The last thing said before the choice, to remind the player where they were. */
  readonly prompt: string;
  readonly chosen: ScoredOption;
  readonly offered: readonly ScoredOption[];
}

/** The lowest and highest total a player can reach on one tip in one scenario (from the analyzer). */
export interface TipRange {
  readonly min: number;
  readonly max: number;
}
export type TipRanges = Record<TipId, TipRange>;
