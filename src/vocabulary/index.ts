/**
 * The game's core vocabulary, declared once: the five tips and their effects, the values a story's
 * memory holds and the rule for a memory variable's name, and language codes. Every room imports these
 * from here (story, scoring, game, progress, analysis, i18n, the build scripts), so a shape-alike copy
 * can never drift. Pure constants, types and predicates; imports nothing.
 */

// ── The five tips ────────────────────────────────────────────────────────────────────────────────

/** The five relationship-networking tips, numbered as the game numbers them (docs/authoring.md). */
export type TipId = 1 | 2 | 3 | 4 | 5;
export const TIPS: readonly TipId[] = [1, 2, 3, 4, 5];

export function isTipId(v: unknown): v is TipId {
  return typeof v === 'number' && (TIPS as readonly number[]).includes(v);
}

/** How a choice moves each tip. Absent tips are unaffected. Values are whole numbers in ±MAX_EFFECT. */
export type TipEffects = Partial<Record<TipId, number>>;

/** The largest size of a single effect; an effect is a non-zero whole number in -MAX..+MAX. */
export const MAX_EFFECT = 3;

/** A total for every tip (a play's score, a best score). */
export type TipTotals = Record<TipId, number>;

/** The lowest and highest total a player can reach on one tip, over every path of a story. */
export interface TipRange {
  readonly min: number;
  readonly max: number;
}
export type TipRanges = Record<TipId, TipRange>;

// ── Trust per person ─────────────────────────────────────────────────────────────────────────────

/**
 * Misner's stages of trust, as the debrief names them (docs/rubric.md, "Trust per person"): wary of
 * you, sees you, finds you credible, would refer you. Scoring computes them; the words are i18n's.
 */
export const TRUST_STAGES = ['wary', 'visible', 'credible', 'referable'] as const;
export type TrustStage = (typeof TRUST_STAGES)[number];

// ── Time pressure ────────────────────────────────────────────────────────────────────────────────

/**
 * How a choice was made on a timed choice point (issue 15, docs/authoring.md "Time pressure"): chosen
 * by the player while the countdown ran (`timed`), or taken by the story when it ran out (`ran-out`).
 * A choice made without a countdown has no pressure at all.
 */
export const PRESSURES = ['timed', 'ran-out'] as const;
export type Pressure = (typeof PRESSURES)[number];

/** One choice of a play's path made under time pressure: `step` is its position in the path. */
export interface PressureMark {
  readonly step: number;
  readonly pressure: Pressure;
}

/** The pressure of the choice at `step`, if it was made under any. */
export function pressureAt(
  marks: readonly PressureMark[] | undefined,
  step: number,
): Pressure | undefined {
  return marks?.find((m) => m.step === step)?.pressure;
}

// ── Memory across scenarios ──────────────────────────────────────────────────────────────────────

/** A value an ink `mem_*` variable can hold. */
export type MemoryValue = string | number | boolean;

/** Memory values by variable name: what a story starts with, or leaves behind. */
export type MemoryValues = Readonly<Record<string, MemoryValue>>;

export const MEMORY_PREFIX = 'mem_';

/**
 * The one rule for a remembered variable's name: `mem_` and 1 to 80 word characters (an ink variable
 * name; the cap keeps stored keys small). Stories, storage, imports and the analyzer all ask this.
 */
export const MEMORY_NAME_PATTERN = /^mem_\w{1,80}$/;

export function isMemoryName(name: string): boolean {
  return MEMORY_NAME_PATTERN.test(name);
}

/** A value memory may hold: text, a boolean or a finite number. */
export function isMemoryValue(v: unknown): v is MemoryValue {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v));
}

// ── Languages ────────────────────────────────────────────────────────────────────────────────────

/** The languages the game speaks: its interface and its stories. */
export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

/** One of the game's own languages (`en`, `nl`). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * A well-formed language tag in the BCP 47 shape we accept (`en`, `nl-BE`, `fr`): a language the game
 * may not speak yet, as stored in settings or in an imported profile. Not the same question as isLang.
 */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && LANGUAGE_TAG_PATTERN.test(value);
}
