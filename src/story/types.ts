/**
 * The story domain's own vocabulary. Everything outside `src/story/` sees these types, never inkjs.
 */

import type { TipEffects, TipId, TipRanges } from '../vocabulary/index.ts';

// The tips, their effects and ranges are the game's shared vocabulary (src/vocabulary), declared once.
export {
  TIPS,
  MAX_EFFECT,
  type TipId,
  type TipEffects,
  type TipRange,
  type TipRanges,
} from '../vocabulary/index.ts';

/** Facial expressions a character can show; the art has one drawing for each. */
export const MOODS = ['neutral', 'interested', 'uneasy', 'pleased', 'annoyed'] as const;
export type Mood = (typeof MOODS)[number];

/** One line of output: narration when `speaker` is null. */
export interface StoryLine {
  readonly text: string;
  readonly speaker: string | null;
  readonly mood: Mood | null;
  /** A venue id when the line moves the conversation to another place. */
  readonly scene: string | null;
  /** A sound id to play with this line. */
  readonly sound: string | null;
  /** Set on the line that closes an ending: the ending's id. */
  readonly ending: string | null;
  /**
   * A facilitator's discussion prompt for the choice point this line leads to (`discuss:`), for
   * workshop rooms; absent on most lines. See docs/rubric.md, "Discussion prompts".
   */
  readonly discuss?: string;
  /** `mood: els uneasy`: a named person's expression from this line on, whoever speaks it. */
  readonly feeling?: { readonly person: string; readonly mood: Mood };
  /** `via: phone` / `via: message`: the speaker is not in the room, so is heard or read, not drawn. */
  readonly via?: 'phone' | 'message';
  /** `leave: id`: people who leave the room on this line (back once they speak in person). */
  readonly leaves?: readonly string[];
}

/** How one choice moves one named character's trust in the player (`trust: kurt +1`). */
export interface TrustEffect {
  /** A cast id. */
  readonly person: string;
  readonly delta: number;
}

/** One option on offer at a choice point. */
export interface StoryChoice {
  readonly index: number;
  readonly text: string;
  readonly effects: TipEffects;
  /** The coach's reason for the effects, shown in coach mode and in the debrief. */
  readonly why: string | null;
  /**
   * ink's path of the choice (`knot.stitch.0.c-1`): the same option wherever it is offered, in one
   * compiled story. Everything before the last dot names the choice point (the analyzer's `pointId`).
   * Reports use it to recognise a decision across players (the LMS's interactions).
   */
  readonly source?: string;
  /** The rubric act the choice performs (docs/rubric.md); absent in stories not yet converted. */
  readonly act?: string;
  /** Context modifiers shifting the act's band, e.g. `{ timing: 'late' }`; absent when none. */
  readonly modifiers?: Readonly<Record<string, string>>;
  /** Trust changes for named characters; absent when none. */
  readonly trust?: readonly TrustEffect[];
  /**
   * `# timeout`: the choice the story takes when time runs out at this choice point; absent on every
   * other choice. A choice point offering such a choice may be timed (docs/authoring.md).
   */
  readonly timeout?: true;
}

/** A speaking character, declared in the story's global tags. */
export interface CastMember {
  readonly id: string;
  readonly name: string;
  /** Profession and personality, one short phrase. */
  readonly role: string;
}

/** What the story's global tags say about it. */
export interface StoryMeta {
  readonly title: string;
  readonly summary: string;
  /** The tip this scenario teaches above all, and the others it scores. */
  readonly mainTip: TipId | null;
  readonly cast: readonly CastMember[];
  /** Each ending's title in the story's language, declared at the top with `ending: id \| Title`. */
  readonly endings: readonly EndingTitle[];
  /**
   * Memory this story reads back from its own earlier plays (`remember: mem_x`); by default a
   * scenario never does (src/game/memory.ts, memoryFor). Absent when none.
   */
  readonly remember?: readonly string[];
}

export interface EndingTitle {
  readonly id: string;
  readonly title: string;
}

/** Everything that happens between two choice points. */
export interface Beat {
  readonly lines: readonly StoryLine[];
  /** Empty when the story has ended. */
  readonly choices: readonly StoryChoice[];
  readonly ended: boolean;
  /**
   * Where in the story the choices are offered (ink's container path, such as `arrival.0`): the same
   * at every play of the same story, so rooms and learning platforms can name a decision by it.
   * Absent when the story has ended.
   */
  readonly point?: string;
  /**
   * The facilitator's discussion prompt for this beat's choice point: the last `discuss:` tag among
   * its lines; absent when none.
   */
  readonly discuss?: string;
}

/** Values the game passes into a story's ink variables (cross-scenario memory). */
export type StoryVariables = Readonly<Record<string, string | number | boolean>>;

/**
 * Which side of its default a remembered (`mem_`) variable starts on. The analyzer explores one value
 * of each side (the default, and one other: true for false, a name for "", 1 for 0), since the
 * stories only ask whether something was remembered, not what.
 */
export type MemoryClass = 'default' | 'set';

/** The per-tip ranges a player can reach when starting with one kind of memory. */
export interface MemoryTipRanges {
  readonly memory: Readonly<Record<string, MemoryClass>>;
  readonly ranges: TipRanges;
}

/** What the build knows about one scenario in one language, without loading its story. */
export interface ScenarioInfo {
  /** The kebab-case scenario id, the same in every language. */
  readonly id: string;
  readonly lang: string;
  readonly meta: StoryMeta;
  /** Per-tip ranges, produced by the story analyzer at build time. */
  readonly ranges: TipRanges;
  /** Tips that at least one choice in the story moves. */
  readonly tipsScored: readonly TipId[];
  /**
   * The per-tip ranges for each starting memory the analyzer explored (see MemoryTipRanges); the
   * debrief uses the one matching the memory a play started with, `ranges` being their union.
   * Absent or empty when the story reads no memory.
   */
  readonly rangesByMemory?: readonly MemoryTipRanges[];
  /** The story's own starting value of each `mem_` variable named in `rangesByMemory`. */
  readonly memoryDefaults?: StoryVariables;
  /** A short hash of the compiled story: a save made against another version may no longer fit. */
  readonly version: string;
}

/** What importing a `.ink` file gives: its compiled JSON and what the analyzer found. */
export interface CompiledScenario extends ScenarioInfo {
  readonly json: string;
  /**
   * A Studio play-test's starting place: the scene (a top-level knot, StoryRunner.scenes) the story
   * starts at instead of its top. Absent for every scenario the game ships or saves.
   */
  readonly startAt?: string;
}

/** An ending's title in the story's language, or null when the story gives it none. */
export function endingTitle(meta: StoryMeta, id: string): string | null {
  return meta.endings.find((e) => e.id === id)?.title ?? null;
}

/**
 * The choice a story takes when time runs out at a choice point: the one offered choice tagged
 * `timeout`, or null when none is (such a choice point is never timed). The runner refuses a point
 * that offers two.
 */
export function timeoutChoice(choices: readonly StoryChoice[]): StoryChoice | null {
  return choices.find((c) => c.timeout === true) ?? null;
}
