/**
 * The LMS adapter: one object per LMS session that watches the plays the application layer opens and
 * tells the LMS about them (report.ts), keeps the resume data current (suspend.ts), and ends the
 * session cleanly. It never sees a screen: it is handed each play as the game layer's session events.
 *
 * Without an LMS, or with one that fails, the adapter becomes a no-op that says so once (`unrecorded`)
 * and the game plays on.
 */
import { rangesForMemory, type MemoryValues, type SessionEvents } from '../game/index.ts';
import type { TypedEmitter } from '../events/index.ts';
import { totalsOf, type Moment, type TipId, type TipRanges } from '../scoring/index.ts';
import type { ScenarioInfo, StoryChoice } from '../story/index.ts';
import { LmsChannel, findApi, type ScormVersion, type WindowLike } from './api.ts';
import { LmsReporter, type LmsStart, type OptionFact } from './report.ts';
import { decodeSuspend, encodeSuspend, type SuspendState } from './suspend.ts';

/** What the adapter needs to know about one play, whoever opened it. */
export interface ObservedPlay {
  readonly events: Pick<TypedEmitter<SessionEvents>, 'on'>;
  readonly scenario: { readonly id: string; readonly lang: string; readonly version: string };
  /** The moments recorded so far (the whole path's at the end). */
  readonly moments: readonly Moment[];
  /** The `mem_*` values the story started with (known once `started` has fired). */
  readonly startMemory: MemoryValues;
  /** The ranges a play from that memory is measured against. */
  ranges(): TipRanges;
  /** The path the play resumes from (empty for a fresh play). */
  readonly resumedPath: readonly number[];
}

export interface LmsAdapterOptions {
  readonly window: WindowLike;
  /** The SCORM version the package was built for: its API is looked for first. */
  readonly version: ScormVersion;
  /** The pass mark (0..1) the package was built with; the LMS's own value wins when it sets one. */
  readonly masteryThreshold: number;
  readonly tipNames: (lang: string) => Readonly<Record<TipId, string>>;
  readonly now?: () => number;
}

/** Why progress is not being recorded: no LMS at all, or one that stopped answering. */
export type Unrecorded =
  { readonly reason: 'no-lms' } | { readonly reason: 'lms-failed'; readonly detail: string };

export class LmsAdapter {
  private readonly channel: LmsChannel | null;
  private reporter: LmsReporter | null = null;
  private start: LmsStart | null = null;
  private readonly sessionStart: number;
  private readonly now: () => number;
  private lang = 'en';
  private unrecordedSaid = false;
  private readonly unrecordedListeners: ((why: Unrecorded) => void)[] = [];
  private pendingUnrecorded: Unrecorded | null = null;
  private detachPlay: (() => void) | null = null;
  private closed = false;

  constructor(private readonly options: LmsAdapterOptions) {
    this.now = options.now ?? (() => Date.now());
    this.sessionStart = this.now();
    const found = findApi(options.window, options.version);
    this.channel = found ? new LmsChannel(found) : null;
    if (!this.channel) {
      this.say({ reason: 'no-lms' });
      return;
    }
    this.channel.onFailure((detail) => this.say({ reason: 'lms-failed', detail }));
    if (!this.channel.initialize()) return;
    this.reporter = new LmsReporter(this.channel, options.tipNames(this.lang), () => this.lang);
    this.start = this.reporter.readStart();
  }

  /** The SCORM version of the LMS found, or null when there is none. */
  get version(): ScormVersion | null {
    return this.channel?.version ?? null;
  }

  /** Whether what the learner does is reaching an LMS. */
  get recording(): boolean {
    return this.channel?.active ?? false;
  }

  /** The learner's language as the LMS knows it ('' when it does not say). */
  get preferredLanguage(): string {
    return this.start?.language ?? '';
  }

  /**
   * The saved place to come back to, when the LMS says this session resumes one and its data is
   * ours and readable. A version check against the current story is the caller's (the resume flow
   * already tells the learner when a story changed).
   */
  resumeState(): SuspendState | null {
    if (!this.start) return null;
    if (this.start.suspendData === '') return null;
    return decodeSuspend(this.start.suspendData);
  }

  /** Called once, at once if it already happened: the learner must be told progress is not recorded. */
  onUnrecorded(listener: (why: Unrecorded) => void): void {
    this.unrecordedListeners.push(listener);
    if (this.pendingUnrecorded) listener(this.pendingUnrecorded);
  }

  private say(why: Unrecorded): void {
    if (this.unrecordedSaid) return;
    this.unrecordedSaid = true;
    this.pendingUnrecorded = why;
    for (const l of this.unrecordedListeners) l(why);
  }

  /** Watches one play until it ends; a new play replaces the one before. */
  observe(play: ObservedPlay): void {
    this.detachPlay?.();
    this.lang = play.scenario.lang;
    const reporter = this.reporter;
    if (!reporter || this.closed) return;
    const path: number[] = [];
    let shownAt = this.now();
    let offered: readonly StoryChoice[] = [];
    const suspend = () =>
      encodeSuspend({
        lang: play.scenario.lang,
        version: play.scenario.version,
        memory: play.startMemory,
        path,
      });
    const offs = [
      play.events.on('started', ({ resumed }) => {
        path.splice(0, path.length, ...(resumed ? play.resumedPath : []));
        reporter.started(suspend(), play.scenario.id);
      }),
      play.events.on('beat', (beat) => {
        shownAt = this.now();
        offered = beat.choices;
      }),
      play.events.on('choice-made', ({ choice, moment }) => {
        path.push(choice.index);
        const options = offered.map(optionOf);
        const chosen = options.find((o) => o.index === choice.index) ?? optionOf(choice, 0);
        reporter.decided(
          {
            scenario: play.scenario.id,
            point: pointOf(choice, path.length),
            chosen,
            offered: options.length > 0 ? options : [chosen],
            prompt: moment.prompt,
            latencyMs: this.now() - shownAt,
            at: new Date(this.now()),
          },
          suspend(),
        );
      }),
      play.events.on('ended', () => {
        reporter.ended({
          totals: totalsOf(play.moments),
          ranges: play.ranges(),
          masteryThreshold: this.start?.masteryThreshold ?? this.options.masteryThreshold,
        });
      }),
    ];
    this.detachPlay = () => {
      for (const off of offs) off();
      this.detachPlay = null;
    };
  }

  /** The learner chose to start over after a story changed: forget the old resume data. */
  discardResume(): void {
    this.reporter?.restarted();
  }

  /** Session time and Terminate/LMSFinish; safe to call more than once (pagehide, then unload). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.detachPlay?.();
    this.reporter?.close(this.now() - this.sessionStart);
  }
}

/**
 * The choice point: ink's weave container of the choice (its source path without the last part);
 * without one (a choice built by hand in a test), the decision's place along the path.
 */
function pointOf(choice: StoryChoice, ordinal: number): string {
  const source = choice.source ?? '';
  const cut = source.lastIndexOf('.');
  return cut > 0 ? source.slice(0, cut) : `decision-${ordinal}`;
}

function optionOf(choice: StoryChoice, position: number): OptionFact & { index: number } {
  const source = choice.source ?? '';
  const cut = source.lastIndexOf('.');
  return {
    id: cut > 0 ? source.slice(cut + 1) : `o${choice.index}`,
    index: choice.index,
    position,
    effects: choice.effects,
  };
}

/** The adapter's view of a GameSession: what a play opened by the application layer exposes. */
export function observedSession(
  session: {
    readonly events: Pick<TypedEmitter<SessionEvents>, 'on'>;
    readonly moments: readonly Moment[];
    readonly startMemory: MemoryValues;
  },
  scenario: Pick<
    ScenarioInfo,
    'id' | 'lang' | 'version' | 'ranges' | 'rangesByMemory' | 'memoryDefaults'
  >,
  resumedPath: readonly number[] = [],
): ObservedPlay {
  return {
    events: session.events,
    scenario,
    get moments() {
      return session.moments;
    },
    get startMemory() {
      return session.startMemory;
    },
    ranges: () => rangesForMemory(scenario, session.startMemory),
    resumedPath,
  };
}
