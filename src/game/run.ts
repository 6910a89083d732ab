/**
 * Keeping a play on record: a RunRecorder listens to one GameSession and tells the progress store
 * (through the small RunPort below) when the run starts, after every choice, and how it ended, so a
 * reload lands on the same line and every finished play joins the profile's history.
 *
 * It lives in the game domain, not in the screens, so every way of playing (keyboard, mouse, tests)
 * is recorded the same way. The port is structural: src/progress's ProgressStore fits it, and tests
 * can hand in the real store over memory.
 */
import { totalsOf, type TipTotals } from '../scoring/index.ts';
import { replayPath } from '../progress/index.ts';
import { StoryRunner, type CompiledScenario } from '../story/index.ts';
import { memoryFor, type MemoryValues } from './memory.ts';
import type { GameSession } from './session.ts';

type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** What the recorder needs from the progress store. */
export interface RunPort {
  startRun(options: {
    readonly scenario: string;
    readonly lang: string;
    readonly version: string;
    readonly memory?: MemoryValues;
  }): Outcome<{ readonly id: string }>;
  resumeRun(runId: string): { readonly id: string } | null;
  recordChoice(choiceIndex: number): Outcome<unknown>;
  finishRun(options: {
    readonly ending: string | null;
    readonly totals: TipTotals;
    readonly memory?: MemoryValues;
  }): Outcome<unknown>;
  abandonRun(runId: string, totals: TipTotals | null): unknown;
}

/** The scenario a run belongs to, as the catalogue knows it. */
export interface RunScenario {
  readonly id: string;
  readonly lang: string;
  readonly version: string;
}

export class RunRecorder {
  private runId: string | null = null;
  private done = false;
  private readonly off: (() => void)[];

  /**
   * `resumed` is the saved run a resumed session continues; without it a new run is started when
   * the session starts.
   */
  constructor(
    private readonly session: GameSession,
    private readonly port: RunPort,
    private readonly scenario: RunScenario,
    private readonly resumed: {
      readonly id: string;
      readonly path: readonly number[];
    } | null = null,
  ) {
    const events = session.events;
    this.off = [
      events.on('started', ({ resumed }) => this.onStart(resumed)),
      events.on('choice-made', ({ choice }) => {
        if (this.runId !== null) this.port.recordChoice(choice.index);
      }),
      events.on('ended', ({ ending, memory }) => {
        if (this.runId === null) return;
        this.port.finishRun({ ending, totals: totalsOf(this.session.moments), memory });
        this.done = true;
        this.detach();
      }),
      events.on('failed', () => this.abandon()),
    ];
  }

  /** The id of the run being recorded (null before the session starts, or if the store refused it). */
  get id(): string | null {
    return this.runId;
  }

  /** Whether the run still counts as in progress (not finished, not abandoned). */
  get open(): boolean {
    return this.runId !== null && !this.done;
  }

  /**
   * The player left on purpose (restart, another scenario, back to the title): the run goes into
   * the history as abandoned, with its scores so far. A finished run is left alone.
   */
  abandon(): void {
    if (this.runId !== null && !this.done) {
      this.port.abandonRun(this.runId, totalsOf(this.session.moments));
    }
    this.done = true;
    this.detach();
  }

  /** Stops listening without touching the record (the page is going away: the run stays resumable). */
  detach(): void {
    for (const off of this.off.splice(0)) off();
  }

  private onStart(resumed: boolean): void {
    if (resumed && this.resumed !== null) {
      this.runId = this.port.resumeRun(this.resumed.id)?.id ?? null;
      if (this.runId !== null) return;
      // The saved run vanished (another tab finished it): record this play as a new run instead.
    }
    const started = this.port.startRun({
      scenario: this.scenario.id,
      lang: this.scenario.lang,
      version: this.scenario.version,
      memory: this.session.startMemory,
    });
    this.runId = started.ok ? started.value.id : null;
    if (!started.ok) return;
    // A resumed play whose saved run is gone: its replayed choices belong in the new run too.
    if (resumed) for (const index of this.resumed?.path ?? []) this.port.recordChoice(index);
  }
}

/**
 * Dry-runs a saved path through the current story before resuming: true only when every saved
 * choice is still on offer where it was taken. Never throws.
 */
export function checkReplay(
  scenario: CompiledScenario,
  memory: MemoryValues,
  path: readonly number[],
): boolean {
  let runner: StoryRunner;
  try {
    runner = new StoryRunner(scenario.json, memoryFor(scenario.json, memory));
  } catch {
    return false;
  }
  const replay = replayPath(path, (index) => {
    const beat = runner.continue();
    if (!beat.choices.some((c) => c.index === index)) return false;
    runner.choose(index);
    return true;
  });
  if (!replay.ok) return false;
  try {
    // The place the player comes back to must itself be playable.
    runner.continue();
    return true;
  } catch {
    return false;
  }
}
