/**
 * The LMS adapter: one object per LMS session, and the LMS's place in the application layer
 * (src/game/play.ts). It hands out two things for the plays it should keep:
 *
 * - `record`, a PlayRecord: the LMS is the record. It offers the play saved in `cmi.suspend_data` to
 *   continue, marks the attempt incomplete and resumable when a play begins, keeps the resume data
 *   current after every choice (suspend.ts), and lets it go when the play ends or is left;
 * - `observer`, a PlayObserver: it reports what the learner does (report.ts), one interaction per
 *   decision and, at the ending, the score, the five tip objectives, completion and success.
 *
 * The record writes without committing after a choice; the decision's interaction that follows it
 * commits both, so each decision costs the LMS one Commit (some LMSs make it a synchronous request).
 *
 * Without an LMS, or with one that fails, both become no-ops that say so once (`onUnrecorded`) and
 * the game plays on.
 */
import type {
  MemoryValues,
  PlayObserver,
  PlayRecord,
  PlayRecording,
  SavedPlay,
} from '../game/index.ts';
import type { TipId } from '../scoring/index.ts';
import type { PressureMark } from '../vocabulary/index.ts';
import type { StoryChoice } from '../story/index.ts';
import { LmsChannel, findApi, type ScormVersion, type WindowLike } from './api.ts';
import { LmsReporter, type LmsStart, type OptionFact } from './report.ts';
import { decodeSuspend, encodeSuspend, suspendLimit } from './suspend.ts';

export interface LmsAdapterOptions {
  readonly window: WindowLike;
  /** The SCORM version the package was built for: its API is looked for first. */
  readonly version: ScormVersion;
  /** The scenario this launch (this SCO) plays: what the resume data belongs to. */
  readonly scenario: string;
  /** The pass mark (0..1) the package was built with; the LMS's own value wins when it sets one. */
  readonly masteryThreshold: number;
  readonly tipNames: (lang: string) => Readonly<Record<TipId, string>>;
  readonly now?: () => number;
  /** Where to say that resume data had to be dropped (it outgrew the LMS's limit). */
  readonly warn?: (message: string) => void;
}

/** Why progress is not being recorded: no LMS at all, or one that stopped answering. */
export type Unrecorded =
  { readonly reason: 'no-lms' } | { readonly reason: 'lms-failed'; readonly detail: string };

export class LmsAdapter {
  /** The LMS as the application layer's record: resume data in, resume data out. */
  readonly record: PlayRecord;
  /** What the LMS is told while a play runs: each decision, and the ending. */
  readonly observer: PlayObserver;

  private readonly channel: LmsChannel | null;
  private reporter: LmsReporter | null = null;
  private start: LmsStart | null = null;
  private saved: SavedPlay | null = null;
  private readonly sessionStart: number;
  private readonly now: () => number;
  private lang = 'en';
  private unrecordedSaid = false;
  private readonly unrecordedListeners: ((why: Unrecorded) => void)[] = [];
  private pendingUnrecorded: Unrecorded | null = null;
  private closed = false;

  constructor(private readonly options: LmsAdapterOptions) {
    this.now = options.now ?? (() => Date.now());
    this.sessionStart = this.now();
    this.record = this.makeRecord();
    this.observer = this.makeObserver();
    const found = findApi(options.window, options.version);
    this.channel = found ? new LmsChannel(found) : null;
    if (!this.channel) {
      this.say({ reason: 'no-lms' });
      return;
    }
    this.channel.onFailure((detail) => this.say({ reason: 'lms-failed', detail }));
    if (!this.channel.initialize()) return;
    this.reporter = new LmsReporter(this.channel, options.tipNames, () => this.lang);
    this.start = this.reporter.readStart();
    const state = this.start.suspendData === '' ? null : decodeSuspend(this.start.suspendData);
    this.saved = state ? { scenario: options.scenario, ...state } : null;
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
   * The play saved in the LMS's resume data, when it is ours and readable (null for none, for
   * another format, or for damaged data: the learner starts fresh). Whether it still fits the story
   * is the application layer's one resume check.
   */
  resumeState(): SavedPlay | null {
    return this.saved;
  }

  /** Called once, at once if it already happened: the learner must be told progress is not recorded. */
  onUnrecorded(listener: (why: Unrecorded) => void): void {
    this.unrecordedListeners.push(listener);
    if (this.pendingUnrecorded) listener(this.pendingUnrecorded);
  }

  /** Session time and Terminate/LMSFinish; safe to call more than once (pagehide, then unload). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.reporter?.close(this.now() - this.sessionStart);
  }

  private say(why: Unrecorded): void {
    if (this.unrecordedSaid) return;
    this.unrecordedSaid = true;
    this.pendingUnrecorded = why;
    for (const l of this.unrecordedListeners) l(why);
  }

  /** The resume data for a path, or '' when it would not fit the LMS (no resume beats a refusal). */
  private suspendData(
    play: { readonly lang: string; readonly version: string; readonly memory: MemoryValues },
    path: readonly number[],
    pressure: readonly PressureMark[],
  ): string {
    const data = encodeSuspend({
      lang: play.lang,
      version: play.version,
      memory: play.memory,
      path,
      pressure,
    });
    const limit = suspendLimit(this.reporter?.version ?? this.options.version);
    if (data.length <= limit) return data;
    this.options.warn?.(
      `Mingle: resume data of ${data.length} characters exceeds ${limit}; dropped`,
    );
    return '';
  }

  private makeRecord(): PlayRecord {
    return {
      // Each SCO is on its own (SCORM lets no SCO read another's data): stories start from defaults.
      memory: () => ({}),
      saved: () => this.saved,
      begin: (play): PlayRecording => {
        this.lang = play.lang;
        const reporter = this.reporter;
        if (!reporter || this.closed) return { choice() {}, finish() {}, abandon() {} };
        // The timed choices' marks go with the path, as in the local record (src/game/record.ts).
        let marks: readonly PressureMark[] = play.resumed?.pressure ?? [];
        reporter.started(
          this.suspendData(play, play.resumed?.path ?? [], marks),
          this.options.scenario,
        );
        let done = false;
        const close = () => {
          done = true;
          this.saved = null;
        };
        return {
          choice: (_index, path, pressure) => {
            if (done) return;
            if (pressure) marks = [...marks, { step: path.length - 1, pressure }];
            reporter.suspend(this.suspendData(play, path, marks));
          },
          // The observer's `ended` follows at once with the scores, the status and the commit.
          finish: () => {
            if (done) return;
            close();
            reporter.suspend('');
          },
          // Left on purpose (or the story broke): nothing to come back to.
          abandon: () => {
            if (done) return;
            close();
            reporter.forget();
          },
        };
      },
      discard: () => {
        this.saved = null;
        this.reporter?.forget();
      },
    };
  }

  private makeObserver(): PlayObserver {
    let scenario = this.options.scenario;
    let prompt = '';
    return {
      started: (start) => {
        scenario = start.scenario;
        prompt = '';
      },
      beat: (beat) => {
        const last = beat.lines.at(-1);
        if (last) prompt = last.text;
      },
      decision: (d) => {
        const offered = d.offered.map(optionOf);
        const chosen = offered.find((o) => o.index === d.chosen.index) ?? optionOf(d.chosen, 0);
        this.reporter?.decided({
          scenario,
          point: d.point ?? `decision-${d.position + 1}`,
          chosen,
          offered: offered.length > 0 ? offered : [chosen],
          prompt,
          latencyMs: d.latencyMs,
          at: new Date(this.now()),
        });
      },
      ended: (e) => {
        this.reporter?.ended({
          totals: e.totals,
          ranges: e.ranges,
          masteryThreshold: this.start?.masteryThreshold ?? this.options.masteryThreshold,
        });
      },
    };
  }
}

/**
 * An option as the LMS names it: its rubric act and the last part of ink's path of the choice
 * (`mingle.51`), so a manager reading the LMS's report sees what the learner did, and the same option
 * keeps one name for every learner whatever else was on offer. A story without acts gives the path
 * part alone.
 */
function optionOf(choice: StoryChoice, position: number): OptionFact & { index: number } {
  const source = choice.source ?? '';
  const cut = source.lastIndexOf('.');
  const tail = cut > 0 ? source.slice(cut + 1) : `o${choice.index}`;
  return {
    id: choice.act ? `${choice.act}.${tail}` : tail,
    index: choice.index,
    position,
    effects: choice.effects,
  };
}
