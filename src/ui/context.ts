/** What every screen gets: the words in the player's language and the way to the other screens. */
import type { Lang, Messages } from '../i18n/index.ts';
import type { PlayFailureKind, PlayResult, SavedPlay, StageBridge } from '../game/index.ts';
import type { ScenarioInfo } from '../story/index.ts';
import type { Attempt, Settings } from '../progress/index.ts';
import type { GameSound } from './audio.ts';

/** The outcome of one play, as the debrief screen shows it (declared by the play layer). */
export type { PlayResult };

export interface Navigation {
  title(): void;
  select(): void;
  play(info: ScenarioInfo): void;
  /** Opens a saved place in a play (the debrief's "replay from here"): a new attempt from there. */
  playFrom?(saved: SavedPlay): void;
  /** Rebuilds and shows the debrief of a finished attempt of the active profile (Progress, an address). */
  openDebriefOf?(attemptId: string): Promise<boolean>;
  debrief(result: PlayResult): void;
  /** A play could not go on; `retry` is offered when trying again may help (a network failure). */
  failure(kind: PlayFailureKind, detail: string, retry?: () => void): void;
  setLang(lang: Lang): void;
  /** The settings screen (text, feedback, motion, sound). */
  settings?(): void;
  /** The profiles screen (list, create, rename, delete, switch, export and import). */
  profiles?(): void;
  /** The active profile's history, best scores and plot. */
  progress?(): void;
  /** Continue the active profile's unfinished conversation, or explain why it cannot continue. */
  resume?(): void;
  /** Workshop rooms: the facilitator's set-up screen. */
  workshop?(): void;
  /** The Studio: write, check and play-test a scenario of one's own. */
  studio?(): void;
  /** A participant's way into a workshop room. */
  join?(code?: string | null): void;
  /**
   * Leave the conversation in progress. With `keep`, its run stays saved and the title screen offers
   * to continue it; without, it goes into the history as left before the end.
   */
  leave?(keep: boolean): void;
}

export interface UiContext {
  readonly t: Messages;
  readonly lang: Lang;
  readonly nav: Navigation;
  readonly stage: StageBridge;
  /** Read at the moment of use: the player may change the system setting mid-game. */
  reducedMotion(): boolean;
  /** The device's settings (text speed and size, coach mode, sound, motion), as stored. */
  settings(): Settings;
  updateSettings(patch: Partial<Settings>): void;
  /** Sound for lines, scored choices and the interface; absent where there is none (tests). */
  readonly sound?: GameSound;
  /**
   * The active profile's last completed attempt at this scenario in this language that ended before
   * `before` (ms since the epoch), for the debrief to compare with; null when there is none.
   */
  previousAttempt?(scenario: string, lang: string, before: number): Attempt | null;
  /**
   * The scenarios the active profile has played to their debrief, in any language: what unlocks a
   * swap on the select screen (src/game/curriculum.ts). Absent: nothing has been played.
   */
  playedScenarios?(): ReadonlySet<string>;
  /** A bundled scenario by id and language (the debrief names a swap's pair); null when there is none. */
  scenario?(id: string, lang: string): ScenarioInfo | null;
}

/** A screen, built and ready to be put on the page. */
export interface Screen {
  readonly el: HTMLElement;
  /** Where focus goes when the screen appears (its heading, usually). */
  readonly focus: HTMLElement;
  /** What the browser tab says. */
  readonly title: string;
  /** Called once the screen is on the page and focused. */
  start?(): void;
  /**
   * For a screen that draws its first content as it appears (a conversation starts its story here),
   * in place of `start`: called once the screen is on the page, before focus moves, which then moves
   * in the next frame (src/ui/app.ts, `show`). Returns what moves focus on from the heading there
   * (to the question, when the first choices are already up), or null.
   */
  draw?(): (() => void) | null;
  /** Called when the screen is taken off the page. */
  dispose?(): void;
  /**
   * Asks the player whether to leave this screen (a conversation in progress: Back would cut it
   * short), and tells `decide` the answer. Without it, Back and Forward leave at once.
   */
  askToLeave?(decide: (leave: boolean) => void): void;
}

/** "warm-exit" → "Warm exit": ending ids are kebab-case; the debrief shows them as words. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
