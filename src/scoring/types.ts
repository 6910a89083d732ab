/**
 * The scoring model's own types. Tips, effects, totals and ranges come from the shared vocabulary
 * (src/vocabulary, which imports nothing), so scoring stays a pure model a test drives with plain objects.
 */
import type { Pressure, TipEffects } from '../vocabulary/index.ts';

export {
  TIPS,
  type TipId,
  type TipEffects,
  type TipTotals,
  type TipRange,
  type TipRanges,
  type Pressure,
  type PressureMark,
} from '../vocabulary/index.ts';

/** One option at a choice point, as the player saw it. */
export interface ScoredOption {
  readonly text: string;
  readonly effects: TipEffects;
  readonly why: string | null;
  /** The rubric act of the option (docs/rubric.md); absent in stories not yet converted. */
  readonly act?: string;
  /** Context modifiers on the act, e.g. `{ asked: 'yes' }` (docs/rubric.md); absent when none. */
  readonly modifiers?: Readonly<Record<string, string>>;
  /** How the option moves named characters' trust; absent when it moves none. */
  readonly trust?: readonly { readonly person: string; readonly delta: number }[];
}

/** A choice point the player went through. */
export interface Moment {
  /** The last thing said before the choice, to remind the player where they were. */
  readonly prompt: string;
  readonly chosen: ScoredOption;
  readonly offered: readonly ScoredOption[];
  /** Made on a timed choice point: chosen against the clock, or taken when time ran out. */
  readonly pressure?: Pressure;
}
