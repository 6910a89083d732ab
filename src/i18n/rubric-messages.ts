/**
 * The words the debrief needs to explain a play with the rubric (docs/rubric.md): each act's name and
 * its rubric line, and the trust-per-person panel. One typed dictionary per language, like the rest
 * of src/i18n; the act ids are the rubric's (src/story/rubric.ts), and a unit test checks that every
 * act has words in every language.
 */
import type { TrustStage } from '../vocabulary/index.ts';

export interface ActWords {
  readonly name: string;
  /** One line a facilitator can read out: what the act is and what it does to the tips. */
  readonly line: string;
}

/** What a context modifier (docs/rubric.md, "Modifiers") changes about an act, in a few words. */
export interface ModifierWords {
  /** Said after the act's name: "Pitch, asked for". */
  readonly qualifier: string;
  /** Replaces the act's rubric line, which the modifier has made untrue ("never a tip gained"). */
  readonly line: string;
}

export interface RubricMessages {
  readonly acts: Readonly<Record<string, ActWords>>;
  /** Keyed `key: value` as the story writes it (`asked: yes`): every modifier of the rubric. */
  readonly modifiers: Readonly<Record<string, ModifierWords>>;
  /** "Act: Pitch", shown with a moment. */
  readonly actLabel: string;
  readonly trustTitle: string;
  readonly trustIntro: string;
  readonly stages: Readonly<Record<TrustStage, string>>;
  /** "Turned by: …" */
  readonly turnedBy: string;
  /** Said when a person's trust fell and was won back. */
  readonly repaired: string;
  /** Accessible summary of one person's line, e.g. "Kurt Mertens: from 0 to 3, credible". */
  readonly trustSummary: (name: string, final: number, stage: string) => string;
}
