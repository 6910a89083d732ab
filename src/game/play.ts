/**
 * One play, the application layer: the single way to open a scenario, new or resumed, wire its session
 * to a record, let anyone watch or drive it, and hand back a PlayResult. The title screen, a deep link,
 * a workshop room and a learning platform all start plays here; no screen owns this logic.
 *
 * Opening does the one resume check: the saved story version against the catalogue, then the replay
 * of the saved path itself (GameSession.prepare). What cannot be opened comes back as a typed
 * OpenFailure, never as an exception, so every caller can say what went wrong in its own words.
 *
 * The record (./record.ts) is where the play is kept: the local progress store, nothing at all, or an
 * outside one. It hears the start, every choice and the end, and writes the story's memory once.
 * docs/architecture.md has an example for each kind of caller.
 */
import { TypedEmitter, type Handler } from '../events/index.ts';
import { totalsOf, type Debrief, type TipRanges, type TipTotals } from '../scoring/index.ts';
import type { Pressure } from '../scoring/index.ts';
import type {
  Beat,
  CompiledScenario,
  ScenarioInfo,
  StoryChoice,
  TipEffects,
} from '../story/index.ts';
import type { MemoryValues } from './memory.ts';
import { rangesForMemory } from './ranges.ts';
import type { PlayRecord, PlayRecording, SavedPlay } from './record.ts';
import { GameSession, type FailureKind, type SessionState } from './session.ts';

/** The outcome of one finished play, as the debrief shows it. */
export interface PlayResult {
  readonly info: ScenarioInfo;
  readonly debrief: Debrief;
  readonly ending: string | null;
  /** When the play began (ms since the epoch): earlier finished attempts are "previous". */
  readonly startedAt?: number;
  /** Every choice taken, in order, and the `mem_*` values the story started with: with these a
   * debrief can start the same play again at any of its moments ("replay from here"). */
  readonly path?: readonly number[];
  readonly startMemory?: MemoryValues;
}

/**
 * The place just before choice `position` of a finished play, as a saved play to open: "replay from
 * here" in the debrief. The new play replays the choices before it and offers that choice again; it is
 * a new attempt of its own. Null when the result does not carry its path (an outside caller's).
 */
export function replayPoint(result: PlayResult, position: number): SavedPlay | null {
  const { path, startMemory } = result;
  if (!path || !startMemory || position < 0 || position >= path.length) return null;
  return {
    scenario: result.info.id,
    lang: result.info.lang,
    version: result.info.version,
    memory: startMemory,
    path: path.slice(0, position),
  };
}

/** What observers of a play hear. Payloads are plain data, safe to send over a wire. */
export interface PlayEvents {
  /** The story has started (fresh or resumed); comes before the first `beat`. */
  started: {
    readonly scenario: string;
    readonly lang: string;
    readonly version: string;
    readonly resumed: boolean;
    /** The `mem_*` values the story started with. */
    readonly memory: MemoryValues;
    /** The per-tip ranges this play is measured against (they depend on the starting memory). */
    readonly ranges: TipRanges;
    /** The choices already taken (a resumed play's saved path; empty for a fresh one). */
    readonly path: readonly number[];
  };
  /** Lines to show and the choices on offer (none when the story has ended). */
  beat: Beat;
  /** A choice was made, by a screen, a room or any other caller of `choose`. */
  decision: {
    /** Where in the story the choice was offered (stable across plays; see Beat.point). */
    readonly point: string | null;
    /** How many choices came before this one in the play (0 for the first). */
    readonly position: number;
    readonly offered: readonly StoryChoice[];
    readonly chosen: StoryChoice;
    readonly effects: TipEffects;
    /** Milliseconds from the choices being offered to this choice (the reveal time included). */
    readonly latencyMs: number;
    /** Made on a timed choice point: against the clock, or taken when time ran out. */
    readonly pressure?: Pressure;
    /** Every choice so far, this one included. */
    readonly path: readonly number[];
  };
  /** The story reached an ending; the record has been told. */
  ended: {
    readonly result: PlayResult;
    readonly totals: TipTotals;
    readonly ranges: TipRanges;
    readonly path: readonly number[];
    /** The `mem_*` values the story left behind (written once, by the record). */
    readonly memory: MemoryValues;
  };
  /** The story broke while playing; the play is over and was recorded as abandoned. */
  failed: { readonly kind: FailureKind; readonly detail: string };
  /** The play was left before its end (`leave()`), and recorded as abandoned. */
  left: { readonly totals: TipTotals; readonly path: readonly number[] };
}

/** Handlers for any of a play's events; handed to `open` (or to Plays) to watch every play. */
export type PlayObserver = { readonly [K in keyof PlayEvents]?: Handler<PlayEvents[K]> };

/** Why a play could not be opened; each kind asks for a different answer from the caller. */
export type OpenFailure =
  | {
      /** No scenario with this id in this language is in the catalogue (any more). */
      readonly ok: false;
      readonly kind: 'scenario-missing';
      readonly scenario: string;
      readonly lang: string;
      readonly detail: string;
    }
  | {
      /** The saved play does not fit the story as it is now: offer a restart. */
      readonly ok: false;
      readonly kind: 'story-changed';
      readonly info: ScenarioInfo;
      readonly saved: SavedPlay;
      readonly detail: string;
    }
  | {
      /** The story could not be downloaded (offline, or the server did not answer): retry later. */
      readonly ok: false;
      readonly kind: 'network';
      readonly info: ScenarioInfo;
      readonly detail: string;
      /** Opens the same play again, with the same request. */
      retry(): Promise<OpenResult>;
    }
  | {
      /** The story arrived but cannot be played ('load', 'runtime'), or the game has a bug ('internal'). */
      readonly ok: false;
      readonly kind: FailureKind;
      readonly info: ScenarioInfo;
      readonly detail: string;
    };

export type OpenResult = { readonly ok: true; readonly play: Play } | OpenFailure;

export type OpenFailureKind = OpenFailure['kind'];

/** Why a play stopped or never started, as a failure screen tells it: a session's kinds or the network. */
export type PlayFailureKind = FailureKind | 'network';

/** What to open: a catalogue entry (or its id and language), fresh or from a saved place. */
export interface OpenRequest {
  readonly scenario: ScenarioInfo | { readonly id: string; readonly lang: string };
  /** Continue this saved play (from PlayRecord.saved(), a learning platform's suspend data, …). */
  readonly resume?: SavedPlay | null;
  /** Keep this play somewhere else than the Plays' own record. */
  readonly record?: PlayRecord;
  /** Watch this play (on top of the Plays' own observers). */
  readonly observers?: readonly PlayObserver[];
}

export interface PlaysOptions {
  readonly catalogue: readonly ScenarioInfo[];
  /** Fetches one compiled story (`virtual:scenarios`' loadScenario in the game). */
  loadScenario(lang: string, id: string): Promise<CompiledScenario>;
  /** Where plays are kept unless a request names another record. */
  readonly record: PlayRecord;
  /** Watch every play opened here. */
  readonly observers?: readonly PlayObserver[];
  /** The clock for `startedAt` and latencies (ms since the epoch). */
  now?(): number;
  /** Whether the device says it is online (navigator.onLine); a failed download is then told apart. */
  online?(): boolean;
}

/** Opens plays over one catalogue and one record: the application layer's front door. */
export class Plays {
  constructor(private readonly options: PlaysOptions) {}

  get catalogue(): readonly ScenarioInfo[] {
    return this.options.catalogue;
  }

  /** The catalogue entry for a scenario in a language, or null. */
  find(id: string, lang: string): ScenarioInfo | null {
    return this.options.catalogue.find((s) => s.id === id && s.lang === lang) ?? null;
  }

  /** The record's unfinished play, if it keeps one (what a "continue" button offers). */
  saved(record: PlayRecord = this.options.record): SavedPlay | null {
    return record.saved();
  }

  /**
   * Opens a play. The story is loaded and made ready (a saved path is replayed here, once) but not
   * started: subscribe to `play.events`, then call `play.start()` (a conversation screen does this
   * when it is on the page).
   */
  async open(request: OpenRequest): Promise<OpenResult> {
    const checked = this.check(request);
    if (!checked.ok) return checked;
    const { info } = checked;
    const { resume = null } = request;
    let scenario: CompiledScenario;
    try {
      scenario = await this.options.loadScenario(info.lang, info.id);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      if (isDownloadFailure(e, this.options.online?.() ?? true)) {
        return { ok: false, kind: 'network', info, detail, retry: () => this.open(request) };
      }
      return { ok: false, kind: 'load', info, detail };
    }
    // The story's chunk has just been run; building the story is the next big piece of work.
    await yieldToBrowser();
    const record = request.record ?? this.options.record;
    const startMemory = resume ? resume.memory : record.memory();
    const session = new GameSession(
      scenario,
      // The session only reads memory: the record writes it, once, when the play ends.
      { load: () => startMemory },
      resume
        ? {
            memory: resume.memory,
            path: resume.path,
            ...(resume.pressure ? { pressure: resume.pressure } : {}),
          }
        : null,
    );
    const ready = session.prepare();
    if (!ready.ok) {
      return resume
        ? storyChanged(info, resume, ready.detail)
        : { ok: false, kind: ready.kind, info, detail: ready.detail };
    }
    // And drawing the conversation (the caller's) the one after.
    await yieldToBrowser();
    const now = this.options.now ? () => this.options.now?.() ?? Date.now() : () => Date.now();
    const play = new Play(session, record, resume, now);
    for (const observer of [...(this.options.observers ?? []), ...(request.observers ?? [])])
      play.observe(observer);
    return { ok: true, play };
  }

  /**
   * What can be known without downloading the story: whether the scenario is in the catalogue and,
   * for a resumed play, whether it was saved against the story version there is now. `open` asks
   * this first; a caller may ask it too, to answer at once (the saved path itself is replayed by
   * `open`).
   */
  check(request: OpenRequest): { readonly ok: true; readonly info: ScenarioInfo } | OpenFailure {
    const { resume = null } = request;
    const id = resume?.scenario ?? request.scenario.id;
    const lang = resume?.lang ?? request.scenario.lang;
    const info = this.find(id, lang);
    if (!info) {
      return {
        ok: false,
        kind: 'scenario-missing',
        scenario: id,
        lang,
        detail: `no scenario ${id} in ${lang}`,
      };
    }
    if (resume && resume.version !== info.version) {
      return storyChanged(info, resume, `saved in version ${resume.version}, now ${info.version}`);
    }
    return { ok: true, info };
  }
}

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Lets the browser draw and answer input between two long pieces of work, so a story's start (its
 * chunk run, the story built from its JSON, the first conversation drawn) is three tasks, not one
 * that holds the page for all three. Only where the browser has `scheduler.yield`, whose continuation
 * goes ahead of other waiting tasks, so the first choice is not queued behind them; elsewhere (and in
 * Node) the work runs in one go, as before.
 */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : Promise.resolve();
}

function storyChanged(info: ScenarioInfo, saved: SavedPlay, detail: string): OpenFailure {
  return { ok: false, kind: 'story-changed', info, saved, detail };
}

/**
 * A story that never arrived. Browsers reject a dynamic import that could not be fetched with a
 * TypeError ("Failed to fetch dynamically imported module", "error loading dynamically imported
 * module", "Importing a module script failed"); our own loader's refusals are plain Errors.
 */
export function isDownloadFailure(e: unknown, online: boolean): boolean {
  return !online || e instanceof TypeError;
}

/** One play in progress: its session, its record, and the way for anyone to watch or drive it. */
export class Play {
  readonly events = new TypedEmitter<PlayEvents>();
  /** When the play was opened (ms since the epoch). */
  readonly startedAt: number;
  private recording: PlayRecording | null = null;
  private offeredAt: number | null = null;
  private finished: PlayResult | null = null;
  private closed = false;
  private readonly off: (() => void)[];

  constructor(
    /** The session underneath; a conversation screen renders it. */
    readonly session: GameSession,
    private readonly record: PlayRecord,
    private readonly resumed: SavedPlay | null,
    private readonly now: () => number,
  ) {
    this.startedAt = now();
    const events = session.events;
    this.off = [
      events.on('started', ({ resumed }) => this.onStarted(resumed)),
      events.on('beat', (beat) => {
        this.offeredAt = beat.choices.length > 0 ? this.now() : null;
        this.tell('beat', beat);
      }),
      events.on('choice-made', ({ choice, moment }) => this.onChoice(choice, moment.pressure)),
      events.on('ended', ({ debrief, ending, path, memory }) => {
        const totals = totalsOf(session.moments);
        this.recording?.finish({ ending, totals, memory, path });
        this.closed = true;
        this.finished = {
          info: this.info,
          debrief,
          ending,
          startedAt: this.startedAt,
          path,
          startMemory: session.startMemory,
        };
        this.tell('ended', {
          result: this.finished,
          totals,
          ranges: this.ranges,
          path,
          memory,
        });
        this.stop();
      }),
      events.on('failed', (failure) => {
        this.abandon();
        this.tell('failed', failure);
        this.stop();
      }),
    ];
  }

  /** The scenario being played, with its compiled story. */
  get info(): CompiledScenario {
    return this.session.scenario;
  }

  /** The beat on offer now (null before start and after a failure). */
  get beat(): Beat | null {
    return this.session.beat;
  }

  get state(): SessionState {
    return this.session.state;
  }

  /** The choices taken so far. */
  get path(): readonly number[] {
    return this.pathSoFar();
  }

  /** The per-tip ranges this play is measured against. */
  get ranges(): TipRanges {
    return rangesForMemory(this.info, this.session.startMemory);
  }

  /** The result once the play has ended, else null. */
  get result(): PlayResult | null {
    return this.finished;
  }

  /** Subscribes every handler in `observer`; returns the function that unsubscribes them. */
  observe(observer: PlayObserver): () => void {
    const offs: (() => void)[] = [];
    const on = <K extends keyof PlayEvents>(type: K) => {
      const handler = observer[type];
      if (handler) offs.push(this.events.on(type, handler));
    };
    for (const type of ['started', 'beat', 'decision', 'ended', 'failed', 'left'] as const)
      on(type);
    return () => offs.forEach((off) => off());
  }

  /** Starts the story (once; later calls do nothing). A screen usually calls this when shown. */
  start(): void {
    if (this.session.state === 'ready') this.session.start();
  }

  /**
   * Takes the choice with ink index `index` from the beat on offer, whoever decides it (a player's
   * click, a room's vote, a facilitator). Returns false when no such choice is on offer now.
   */
  choose(index: number, pressure?: Pressure): boolean {
    const beat = this.session.beat;
    if (this.session.state !== 'playing' || !beat?.choices.some((c) => c.index === index))
      return false;
    this.session.choose(index, pressure);
    return true;
  }

  /**
   * The player left before the end (another screen, a restart): recorded as abandoned with the scores
   * so far. A finished play is left alone.
   */
  leave(): void {
    if (this.closed) return;
    const totals = totalsOf(this.session.moments);
    const path = this.pathSoFar();
    this.abandon();
    this.tell('left', { totals, path });
    this.stop();
  }

  /**
   * The player keeps the play for later (issue 17): nothing is abandoned, the record keeps it
   * resumable and another play will not push it out.
   */
  setAside(): void {
    if (this.closed) return;
    this.recording?.setAside?.();
    this.closed = true;
    this.stop();
  }

  /** Stops listening without touching the record (the page is going away: the play stays resumable). */
  detach(): void {
    this.closed = true;
    this.stop();
  }

  private onStarted(resumed: boolean): void {
    const memory = this.session.startMemory;
    this.recording = this.record.begin({
      scenario: this.info.id,
      lang: this.info.lang,
      version: this.info.version,
      memory,
      resumed: resumed ? this.resumed : null,
    });
    this.tell('started', {
      scenario: this.info.id,
      lang: this.info.lang,
      version: this.info.version,
      resumed,
      memory,
      ranges: this.ranges,
      path: this.pathSoFar(),
    });
  }

  private onChoice(chosen: StoryChoice, pressure: Pressure | undefined): void {
    const path = this.pathSoFar();
    // The session announces a choice before it moves on, so its beat is still the one offered.
    const beat = this.session.beat;
    this.recording?.choice(chosen.index, path, pressure);
    this.tell('decision', {
      point: beat?.point ?? null,
      position: path.length - 1,
      offered: beat?.choices ?? [],
      chosen,
      effects: chosen.effects,
      latencyMs: this.offeredAt === null ? 0 : Math.max(0, this.now() - this.offeredAt),
      ...(pressure ? { pressure } : {}),
      path,
    });
  }

  /**
   * Tells the observers. One that throws must not break the play (a learning platform's bookkeeping
   * is never a reason to freeze the conversation): its error is reported after the play moved on.
   */
  private tell<K extends keyof PlayEvents>(type: K, payload: PlayEvents[K]): void {
    try {
      this.events.emit(type, payload);
    } catch (e) {
      queueMicrotask(() => {
        throw e;
      });
    }
  }

  private abandon(): void {
    if (this.closed) return;
    this.closed = true;
    this.recording?.abandon(totalsOf(this.session.moments), this.pathSoFar());
  }

  private stop(): void {
    for (const off of this.off.splice(0)) off();
  }

  /** The saved path plus the choices made since (the session's moments count both). */
  private pathSoFar(): readonly number[] {
    return this.session.path;
  }
}
