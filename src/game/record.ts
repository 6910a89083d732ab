/**
 * Where a play is kept: the pluggable record behind src/game/play.ts. A play tells its record when it
 * begins, after every choice, and how it ended; the record decides what that means. Three kinds exist
 * or are planned, and the play cannot tell them apart:
 *
 * - `progressRecord(store)`: the local progress store (profiles, history, resume after a reload);
 * - `memoryRecord()`: nothing outlives the page (tests, a projector, storage refused);
 * - an external one written against PlayRecord, e.g. a learning platform's run-time, where the
 *   platform is the record and resume data lives in its own suspend data.
 *
 * The memory a story leaves behind is written exactly once, by `finish`, together with the attempt.
 */
import type { Pressure, PressureMark, TipTotals } from '../scoring/index.ts';
import { pressureAt } from '../vocabulary/index.ts';
import type { MemoryValues } from './memory.ts';
import { sanitizeMemory } from './memory.ts';

/**
 * A place in a play to come back to: replaying `path` from `memory` through the same story version
 * lands on the same line with the same scores. The local store's Run fits this shape.
 */
export interface SavedPlay {
  /** The record's own name for the run, if it keeps several (the local store's run id). */
  readonly id?: string;
  readonly scenario: string;
  readonly lang: string;
  /** The story version the path was taken in (ScenarioInfo.version). */
  readonly version: string;
  /** The `mem_*` values the story was started with. */
  readonly memory: MemoryValues;
  readonly path: readonly number[];
  /** The choices of `path` made under time pressure; absent when none was. */
  readonly pressure?: readonly PressureMark[];
}

/** What a record hears when a play begins. */
export interface PlayBegin {
  readonly scenario: string;
  readonly lang: string;
  readonly version: string;
  /** The `mem_*` values the story started with (what a saved play needs to be replayed). */
  readonly memory: MemoryValues;
  /** The saved play this one continues, or null for a fresh start. */
  readonly resumed: SavedPlay | null;
}

/** What a record hears when a play reaches an ending. */
export interface PlayFinish {
  readonly ending: string | null;
  readonly totals: TipTotals;
  /** The `mem_*` values the story left behind: the one write of memory per play. */
  readonly memory: MemoryValues;
  readonly path: readonly number[];
}

/** Where plays are kept. One record serves many plays, one at a time or side by side. */
export interface PlayRecord {
  /** The remembered `mem_*` values a fresh play starts with. */
  memory(): MemoryValues;
  /** The unfinished play this record offers to continue, or null. */
  saved(): SavedPlay | null;
  /** A play has started (fresh or resumed); the recording follows it to its end. */
  begin(play: PlayBegin): PlayRecording;
  /** The saved play will not be continued (the player restarts it, or lets it go). */
  discard(saved: SavedPlay): void;
}

/** One play being kept. Calls after `finish` or `abandon` are ignored. */
export interface PlayRecording {
  /**
   * A choice was made; `path` is every choice so far, this one included; `pressure` when it was made
   * on a timed choice point (a record that keeps no such thing may ignore it).
   */
  choice(index: number, path: readonly number[], pressure?: Pressure): void;
  finish(end: PlayFinish): void;
  /** The play was left before its end (on purpose, or because the story broke). */
  abandon(totals: TipTotals | null, path: readonly number[]): void;
  /**
   * The player keeps the play for later: it stays saved and resumable, and starting another play does
   * not abandon it. Optional: a record that keeps only one play may treat it as a plain stop.
   */
  setAside?(): void;
}

type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** What the local record needs from the progress store (ProgressStore fits it structurally). */
export interface RunPort {
  startRun(options: {
    readonly scenario: string;
    readonly lang: string;
    readonly version: string;
    readonly memory?: MemoryValues;
  }): Outcome<{ readonly id: string }>;
  resumeRun(runId: string): { readonly id: string } | null;
  recordChoice(choiceIndex: number, pressure?: Pressure): Outcome<unknown>;
  finishRun(options: {
    readonly ending: string | null;
    readonly totals: TipTotals;
    readonly memory?: MemoryValues;
  }): Outcome<unknown>;
  abandonRun(runId: string, totals: TipTotals | null): unknown;
  /** This tab stops playing its live run; the run stays saved for later. */
  setAsideRun?(): unknown;
}

/** The progress store as a whole record: the run port, remembered memory and the saved run. */
export interface ProgressPort extends RunPort {
  memory(): MemoryValues;
  savedRun(): (SavedPlay & { readonly id: string }) | null;
}

/**
 * One play kept in the progress store: a run saved at the start and after every choice, finished into
 * the history (with the memory) or abandoned with its scores so far.
 */
export class ProgressRecording implements PlayRecording {
  private runId: string | null = null;
  private done = false;

  constructor(
    private readonly port: RunPort,
    play: PlayBegin,
  ) {
    const resumedId = play.resumed?.id;
    if (resumedId !== undefined) {
      this.runId = this.port.resumeRun(resumedId)?.id ?? null;
      if (this.runId !== null) return;
      // The saved run vanished (another tab finished it): record this play as a new run instead.
    }
    const started = this.port.startRun({
      scenario: play.scenario,
      lang: play.lang,
      version: play.version,
      memory: play.memory,
    });
    this.runId = started.ok ? started.value.id : null;
    if (!started.ok) return;
    // A resumed play whose saved run is gone: its replayed choices belong in the new run too.
    for (const [step, index] of (play.resumed?.path ?? []).entries())
      this.port.recordChoice(index, pressureAt(play.resumed?.pressure, step));
  }

  /** The run's id in the store (null if the store refused to start one). */
  get id(): string | null {
    return this.runId;
  }

  /** Whether the run still counts as in progress (not finished, not abandoned). */
  get open(): boolean {
    return this.runId !== null && !this.done;
  }

  choice(index: number, _path?: readonly number[], pressure?: Pressure): void {
    if (this.open) this.port.recordChoice(index, pressure);
  }

  finish(end: PlayFinish): void {
    if (!this.open) return;
    this.port.finishRun({ ending: end.ending, totals: end.totals, memory: end.memory });
    this.done = true;
  }

  abandon(totals: TipTotals | null): void {
    if (this.runId !== null && !this.done) this.port.abandonRun(this.runId, totals);
    this.done = true;
  }

  setAside(): void {
    if (this.runId !== null && !this.done) this.port.setAsideRun?.();
    this.done = true;
  }
}

/** The local progress store as a play record. */
export function progressRecord(store: ProgressPort): PlayRecord {
  return {
    memory: () => store.memory(),
    saved: () => store.savedRun(),
    begin: (play) => new ProgressRecording(store, play),
    discard: (saved) => {
      if (saved.id !== undefined) store.abandonRun(saved.id, null);
    },
  };
}

/**
 * A record that keeps everything in this page only: memory carries from one play to the next and the
 * last unfinished play can be continued until the page goes away. Nothing touches browser storage.
 */
export function memoryRecord(initial: MemoryValues = {}): PlayRecord & {
  /** What is remembered now (for tests and for a caller that hands memory on elsewhere). */
  readonly remembered: () => MemoryValues;
} {
  let memory: MemoryValues = sanitizeMemory(initial);
  let unfinished: SavedPlay | null = null;
  return {
    memory: () => memory,
    remembered: () => memory,
    saved: () => unfinished,
    begin(play) {
      let mine: SavedPlay | null = {
        scenario: play.scenario,
        lang: play.lang,
        version: play.version,
        memory: play.memory,
        path: play.resumed?.path ?? [],
        ...(play.resumed?.pressure ? { pressure: play.resumed.pressure } : {}),
      };
      unfinished = mine;
      const close = () => {
        if (unfinished === mine) unfinished = null;
        mine = null;
      };
      return {
        choice(_index, path, pressure) {
          if (!mine) return;
          const marks = [
            ...(mine.pressure ?? []),
            ...(pressure ? [{ step: path.length - 1, pressure }] : []),
          ];
          const next: SavedPlay = {
            ...mine,
            path: [...path],
            ...(marks.length > 0 ? { pressure: marks } : {}),
          };
          if (unfinished === mine) unfinished = next;
          mine = next;
        },
        finish(end) {
          if (!mine) return;
          memory = { ...memory, ...sanitizeMemory(end.memory) };
          close();
        },
        abandon() {
          close();
        },
      };
    },
    discard(saved) {
      if (unfinished && unfinished.scenario === saved.scenario && unfinished.lang === saved.lang)
        unfinished = null;
    },
  };
}
