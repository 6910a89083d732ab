/**
 * One play of one scenario: drives the StoryRunner, records a Moment at every choice point and, at the
 * end, builds the debrief. Pure TypeScript (no DOM, no Phaser), so it is tested headlessly; the UI and
 * the scenes only listen to its events.
 *
 * A story that breaks while playing (StoryRuntimeError) ends the session with a `failed` event; the
 * session never lets an exception escape to the screen.
 */
import { TypedEmitter } from '../events/index.ts';
import { buildDebrief, type Debrief, type Moment, type ScoredOption } from '../scoring/index.ts';
import {
  StoryRunner,
  StoryRuntimeError,
  type Beat,
  type CompiledScenario,
  type StoryChoice,
  type StoryLine,
} from '../story/index.ts';
import { declaredMemory, memoryFor, type MemoryStore, type MemoryValues } from './memory.ts';
import { rangesForMemory } from './ranges.ts';

/**
 * Why a session failed; the UI turns it into words in the player's language. `internal` is a bug in
 * the game rather than in the story: it still ends the scenario politely instead of freezing it.
 */
export type FailureKind = 'load' | 'runtime' | 'internal';

export interface SessionEvents {
  /** Lines to show, then the choices on offer (none when `ended`). */
  beat: Beat;
  'choice-made': { readonly choice: StoryChoice; readonly moment: Moment };
  ended: {
    readonly debrief: Debrief;
    /** The `ending:` id of the ending reached, or null when the story marked none. */
    readonly ending: string | null;
    readonly path: readonly number[];
    /** The `mem_*` values the story left behind (already saved to the memory store). */
    readonly memory: MemoryValues;
  };
  failed: {
    readonly kind: FailureKind;
    /** The story engine's own words, for the scenario's author; never shown as a stack trace. */
    readonly detail: string;
  };
  /** The story has started (fresh, or resumed from a saved path); comes before the first `beat`. */
  started: { readonly resumed: boolean };
  /**
   * A resumed session's transcript so far (the lines and the choices of the replayed path), sent once
   * before the `beat` that carries the current line and its choices, so a screen can show it at once.
   */
  restored: { readonly entries: readonly TranscriptEntry[] };
}

/** One item of a replayed transcript: a line of the story, or the text of a choice the player took. */
export type TranscriptEntry =
  | { readonly kind: 'line'; readonly line: StoryLine }
  | { readonly kind: 'choice'; readonly text: string };

/** A saved place to come back to: the memory the story started with and the choices taken since. */
export interface ResumePoint {
  readonly memory: MemoryValues;
  readonly path: readonly number[];
}

export type SessionState = 'ready' | 'playing' | 'ended' | 'failed';

function asOption(c: StoryChoice): ScoredOption {
  return { text: c.text, effects: c.effects, why: c.why };
}

export class GameSession {
  readonly events = new TypedEmitter<SessionEvents>();
  private runner: StoryRunner | null = null;
  private current: Beat | null = null;
  private lastLine: StoryLine | null = null;
  private ending: string | null = null;
  private readonly recorded: Moment[] = [];
  private status: SessionState = 'ready';
  private initial: MemoryValues = {};

  /** With `resume`, start() replays the saved path (silently, no `choice-made`) instead of starting fresh. */
  constructor(
    readonly scenario: CompiledScenario,
    private readonly memory: MemoryStore,
    private readonly resume: ResumePoint | null = null,
  ) {}

  /** The `mem_*` values the story was started with (what a saved run needs to be replayed). */
  get startMemory(): MemoryValues {
    return this.initial;
  }

  get state(): SessionState {
    return this.status;
  }

  /** The moments recorded so far, one per choice made. */
  get moments(): readonly Moment[] {
    return this.recorded;
  }

  /** The beat on screen now (null before start and after a failure). */
  get beat(): Beat | null {
    return this.current;
  }

  /** Starts the story with remembered `mem_*` values and emits the first beat. */
  start(): void {
    if (this.status !== 'ready') throw new Error(`a session cannot start when ${this.status}`);
    this.status = 'playing';
    try {
      this.initial = memoryFor(this.scenario.json, this.resume?.memory ?? this.memory.load());
      this.runner = new StoryRunner(this.scenario.json, this.initial);
    } catch (e) {
      this.fail('load', e);
      return;
    }
    if (this.resume) {
      const entries = this.replay(this.runner, this.resume.path);
      if (!entries) return;
      this.events.emit('started', { resumed: true });
      this.events.emit('restored', { entries });
    } else {
      this.events.emit('started', { resumed: false });
    }
    this.advance();
  }

  /**
   * Replays a saved path, recording its moments as if it had just been played, so the scores come
   * out the same. A choice that is not on offer fails the session: the caller checks the path first
   * (run.ts, `checkReplay`), so this only guards against resuming into nonsense.
   */
  private replay(runner: StoryRunner, path: readonly number[]): TranscriptEntry[] | null {
    const entries: TranscriptEntry[] = [];
    for (const index of path) {
      try {
        const beat = runner.continue();
        for (const line of beat.lines) {
          this.lastLine = line;
          if (line.ending) this.ending = line.ending;
          entries.push({ kind: 'line', line });
        }
        const choice = beat.choices.find((c) => c.index === index);
        if (!choice) throw new StoryRuntimeError(`the saved choice ${index + 1} is not on offer`);
        this.recorded.push({
          prompt: this.lastLine?.text ?? '',
          chosen: asOption(choice),
          offered: beat.choices.map(asOption),
        });
        runner.choose(index);
        entries.push({ kind: 'choice', text: choice.text });
      } catch (e) {
        this.fail('runtime', e);
        return null;
      }
    }
    return entries;
  }

  /** Takes the choice with ink index `index` (as given in the beat's choices). */
  choose(index: number): void {
    if (this.status !== 'playing' || !this.runner || !this.current) return;
    const offered = this.current.choices;
    const choice = offered.find((c) => c.index === index);
    if (!choice) return;
    const moment: Moment = {
      prompt: this.lastLine?.text ?? '',
      chosen: asOption(choice),
      offered: offered.map(asOption),
    };
    try {
      this.runner.choose(index);
    } catch (e) {
      this.fail('runtime', e);
      return;
    }
    this.recorded.push(moment);
    this.events.emit('choice-made', { choice, moment });
    this.advance();
  }

  private advance(): void {
    const runner = this.runner;
    if (!runner) return;
    let beat: Beat;
    try {
      beat = runner.continue();
    } catch (e) {
      this.fail('runtime', e);
      return;
    }
    for (const line of beat.lines) {
      this.lastLine = line;
      if (line.ending) this.ending = line.ending;
    }
    this.current = beat;
    this.events.emit('beat', beat);
    if (beat.ended) this.finish(runner);
  }

  private finish(runner: StoryRunner): void {
    this.status = 'ended';
    const memory: Record<string, string | number | boolean> = {};
    for (const name of declaredMemory(this.scenario.json)) {
      const value = runner.variable(name);
      if (value !== null) memory[name] = value;
    }
    this.memory.save(memory);
    this.events.emit('ended', {
      // Measured against what this player could reach from the memory they started with.
      debrief: buildDebrief(this.recorded, rangesForMemory(this.scenario, this.initial)),
      ending: this.ending,
      path: [...runner.path],
      memory,
    });
  }

  private fail(kind: FailureKind, e: unknown): void {
    const isStoryError = e instanceof StoryRuntimeError;
    this.status = 'failed';
    this.current = null;
    this.events.emit('failed', {
      kind: isStoryError ? kind : 'internal',
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}
