/**
 * The clock of a timed choice point (issue 15, "Optional time pressure"). Pure timing, no DOM: the
 * conversation screen draws what it hears. It counts down from the player's chosen time, says when
 * to speak to screen readers (at the start, and at 10 and 5 seconds left: never every second), can be
 * given more time (WCAG 2.2.1: extend, as often as wanted, with one key or click), holds still while
 * something else has the player's attention (a dialog, a hidden tab), and says when time has run out.
 * What happens then is the story's rule, not the clock's: see docs/authoring.md, "Time pressure".
 */
import type { TimePressure } from '../progress/index.ts';

/** Seconds per timed choice for each setting. */
export const PRESSURE_SECONDS: Readonly<Record<TimePressure, number>> = { relaxed: 30, brisk: 15 };

/** Seconds left at which the countdown speaks, besides its start (only those below the full time). */
export const ANNOUNCE_AT: readonly number[] = [10, 5];

export interface CountdownListener {
  /** The whole seconds left changed (also once at the start): redraw the text and the bar. */
  tick(secondsLeft: number, fraction: number): void;
  /** Time for a screen reader to hear how much is left: `start`, `more` (time added) or `soon`. */
  announce(secondsLeft: number, why: 'start' | 'more' | 'soon'): void;
  /** Time ran out (once). */
  expire(): void;
}

/** The timers a countdown uses; the global ones by default (vitest's fake timers replace those). */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const globalClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Countdown {
  private readonly periodMs: number;
  /** The time all of it amounts to, "More time" included: the bar's full length. */
  private totalMs: number;
  private deadline = 0;
  /** While held: the time that was left when it stopped. */
  private heldLeft: number | null = null;
  private handle: unknown = null;
  private lastSeconds = -1;
  private readonly spoken = new Set<number>();
  private state: 'ready' | 'running' | 'held' | 'over' = 'ready';
  private expiredFlag = false;

  constructor(
    seconds: number,
    private readonly listener: CountdownListener,
    private readonly clock: Clock = globalClock,
  ) {
    this.periodMs = Math.max(1, seconds) * 1000;
    this.totalMs = this.periodMs;
  }

  /** Whether the countdown still runs or holds (not stopped, not run out). */
  get active(): boolean {
    return this.state === 'running' || this.state === 'held';
  }

  /** Whether time ran out (not stopped by a choice or a setting). */
  get expired(): boolean {
    return this.expiredFlag;
  }

  /** Milliseconds left now. */
  get remainingMs(): number {
    if (this.heldLeft !== null) return this.heldLeft;
    if (this.state !== 'running') return this.state === 'ready' ? this.totalMs : 0;
    return Math.max(0, this.deadline - this.clock.now());
  }

  start(): void {
    if (this.state !== 'ready') return;
    this.state = 'running';
    this.deadline = this.clock.now() + this.totalMs;
    this.update(false);
    this.listener.announce(Math.ceil(this.totalMs / 1000), 'start');
    this.schedule();
  }

  /** "More time": one whole period more, as often as asked, whether running or held. */
  more(): void {
    if (!this.active) return;
    this.totalMs = this.remainingMs + this.periodMs;
    if (this.heldLeft !== null) this.heldLeft = this.totalMs;
    else this.deadline = this.clock.now() + this.totalMs;
    // The warnings come again when the new time runs low.
    this.spoken.clear();
    this.update(false);
    this.listener.announce(Math.ceil(this.remainingMs / 1000), 'more');
    if (this.state === 'running') this.schedule();
  }

  /** Holds the clock (a dialog is open, the tab is hidden); `resume` goes on from the same time. */
  hold(): void {
    if (this.state !== 'running') return;
    this.heldLeft = this.remainingMs;
    this.state = 'held';
    this.clear();
  }

  resume(): void {
    if (this.state !== 'held' || this.heldLeft === null) return;
    this.deadline = this.clock.now() + this.heldLeft;
    this.heldLeft = null;
    this.state = 'running';
    this.schedule();
  }

  /** Stops for good (a choice was made, the setting was turned off, the screen went away). */
  stop(): void {
    if (this.state === 'over') return;
    this.state = 'over';
    this.heldLeft = null;
    this.clear();
  }

  private clear(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  /** Wakes up when the whole seconds left next change (or when time runs out). */
  private schedule(): void {
    this.clear();
    const left = this.remainingMs;
    const toNextSecond = left % 1000 || 1000;
    this.handle = this.clock.setTimeout(() => this.wake(), Math.min(left, toNextSecond));
  }

  private wake(): void {
    this.handle = null;
    if (this.state !== 'running') return;
    if (this.remainingMs <= 0) {
      this.state = 'over';
      this.expiredFlag = true;
      this.listener.tick(0, 0);
      this.listener.expire();
      return;
    }
    this.update(true);
    this.schedule();
  }

  private update(speak: boolean): void {
    const left = this.remainingMs;
    const seconds = Math.ceil(left / 1000);
    if (seconds !== this.lastSeconds) {
      this.lastSeconds = seconds;
      this.listener.tick(seconds, this.totalMs > 0 ? left / this.totalMs : 0);
    }
    // Only thresholds below the time given are worth a warning, each once per stretch of time.
    if (speak && ANNOUNCE_AT.includes(seconds) && !this.spoken.has(seconds)) {
      this.spoken.add(seconds);
      this.listener.announce(seconds, 'soon');
    }
  }
}
