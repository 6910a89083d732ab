/**
 * Keeping a session on record without the play layer: a RunRecorder listens to one GameSession and
 * keeps it in the progress store through a ProgressRecording (./record.ts), so a reload lands on the
 * same line and every finished play joins the profile's history. The game's own entry points go
 * through src/game/play.ts, which does the same for any record; this stays for callers (and tests)
 * that drive a bare session.
 */
import { totalsOf } from '../scoring/index.ts';
import type { CompiledScenario } from '../story/index.ts';
import type { MemoryValues } from './memory.ts';
import { ProgressRecording, type RunPort } from './record.ts';
import { GameSession } from './session.ts';

export type { RunPort } from './record.ts';

/** The scenario a run belongs to, as the catalogue knows it. */
export interface RunScenario {
  readonly id: string;
  readonly lang: string;
  readonly version: string;
}

export class RunRecorder {
  private recording: ProgressRecording | null = null;
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
      events.on('choice-made', ({ choice, moment }) =>
        this.recording?.choice(choice.index, this.session.path, moment.pressure),
      ),
      events.on('ended', ({ ending, memory, path }) => {
        this.recording?.finish({ ending, totals: totalsOf(this.session.moments), memory, path });
        this.done = true;
        this.detach();
      }),
      events.on('failed', () => this.abandon()),
    ];
  }

  /** The id of the run being recorded (null before the session starts, or if the store refused it). */
  get id(): string | null {
    return this.recording?.id ?? null;
  }

  /** Whether the run still counts as in progress (not finished, not abandoned). */
  get open(): boolean {
    return !this.done && (this.recording?.open ?? false);
  }

  /**
   * The player left on purpose (restart, another scenario, back to the title): the run goes into
   * the history as abandoned, with its scores so far. A finished run is left alone.
   */
  abandon(): void {
    if (!this.done) this.recording?.abandon(totalsOf(this.session.moments));
    this.done = true;
    this.detach();
  }

  /** Stops listening without touching the record (the page is going away: the run stays resumable). */
  detach(): void {
    for (const off of this.off.splice(0)) off();
  }

  private onStart(resumed: boolean): void {
    const saved = resumed && this.resumed !== null ? this.resumed : null;
    this.recording = new ProgressRecording(this.port, {
      scenario: this.scenario.id,
      lang: this.scenario.lang,
      version: this.scenario.version,
      memory: this.session.startMemory,
      resumed: saved
        ? {
            ...this.scenario,
            scenario: this.scenario.id,
            memory: {},
            id: saved.id,
            path: saved.path,
          }
        : null,
    });
  }
}

/**
 * Whether a saved path still fits the current story: true only when every saved choice is still on
 * offer where it was taken and the place it leads to plays. It is the same replay a resumed session
 * makes (GameSession.prepare), so the answer cannot differ from what resuming would find. Never throws.
 */
export function checkReplay(
  scenario: CompiledScenario,
  memory: MemoryValues,
  path: readonly number[],
): boolean {
  return new GameSession(scenario, { load: () => ({}) }, { memory, path }).prepare().ok;
}
