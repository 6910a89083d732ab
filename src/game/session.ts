/**
 * One play of one scenario: drives the StoryRunner, records a Moment at every choice point and, at the
 * end, builds the debrief. Pure TypeScript (no DOM, no Phaser), so it is tested headlessly; the UI and
 * the scenes only listen to its events.
 *
 * A story that breaks while playing (StoryRuntimeError) ends the session with a `failed` event; the
 * session never lets an exception escape to the screen.
 */
import { TypedEmitter } from '../events/index.ts';
import {
  buildDebrief,
  type Debrief,
  type Moment,
  type Pressure,
  type PressureMark,
  type ScoredOption,
} from '../scoring/index.ts';
import { pressureAt } from '../vocabulary/index.ts';
import {
  answeredLine,
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
  /** The choices of `path` made under time pressure (their moments say so again); absent: none. */
  readonly pressure?: readonly PressureMark[];
}

export type SessionState = 'ready' | 'playing' | 'ended' | 'failed';

function asOption(c: StoryChoice): ScoredOption {
  const option: ScoredOption = { text: c.text, effects: c.effects, why: c.why };
  // The rubric act, its modifiers and trust changes travel with the option only when the story names them.
  return {
    ...option,
    ...(c.act !== undefined ? { act: c.act } : {}),
    ...(c.modifiers !== undefined ? { modifiers: c.modifiers } : {}),
    ...(c.trust !== undefined ? { trust: c.trust } : {}),
  };
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
  private prepared: Prepared | null = null;

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

  /** The choices taken so far (a resumed session's saved path included). */
  get path(): readonly number[] {
    return this.runner ? [...this.runner.path] : [];
  }

  /** The beat on screen now (null before start and after a failure). */
  get beat(): Beat | null {
    return this.current;
  }

  /**
   * Builds the story and, for a resumed session, replays the saved path up to the line the player
   * comes back to, without emitting anything. This replay is the one resume check: a path that no
   * longer fits the story (or a place that no longer plays) comes back as a failure here, before any
   * screen is shown. Called by start() when nobody called it first; calling it again returns the
   * same outcome.
   */
  prepare(): PrepareOutcome {
    if (this.prepared) return this.prepared.outcome;
    this.prepared = this.build();
    return this.prepared.outcome;
  }

  private build(): Prepared {
    let runner: StoryRunner;
    try {
      this.initial = memoryFor(this.scenario.json, this.resume?.memory ?? this.memory.load());
      runner = new StoryRunner(this.scenario.json, this.initial);
      // A play-test from a chosen scene (a replay of it starts there too, so its path fits).
      if (this.scenario.startAt) runner.goTo(this.scenario.startAt);
    } catch (e) {
      return failedPreparation('load', e, false);
    }
    this.runner = runner;
    let entries: TranscriptEntry[] = [];
    if (this.resume) {
      const replayed = this.replay(runner, this.resume.path);
      if (!replayed.ok) return { outcome: replayed, entries, beat: null, began: false };
      entries = replayed.entries;
    }
    try {
      // The place the player starts (or comes back to) must itself be playable.
      return { outcome: { ok: true }, entries, beat: runner.continue(), began: true };
    } catch (e) {
      // The story itself began (and a resumed one was replayed): it broke on its first line.
      return { ...failedPreparation('runtime', e, true), entries };
    }
  }

  /** Starts the story with remembered `mem_*` values and emits the first beat. */
  start(): void {
    if (this.status !== 'ready') throw new Error(`a session cannot start when ${this.status}`);
    const outcome = this.prepare();
    const prepared = this.prepared;
    this.status = 'playing';
    if (prepared?.began) {
      if (this.resume) {
        this.events.emit('started', { resumed: true });
        this.events.emit('restored', { entries: prepared.entries });
      } else {
        this.events.emit('started', { resumed: false });
      }
    }
    if (!outcome.ok || !prepared?.beat) {
      this.failWith(outcome.ok ? { kind: 'internal', detail: 'nothing to play' } : outcome);
      return;
    }
    this.show(prepared.beat);
  }

  /**
   * Replays a saved path, recording its moments as if it had just been played, so the scores come
   * out the same. A choice that is not on offer is a failure: the story has changed under the save.
   */
  private replay(
    runner: StoryRunner,
    path: readonly number[],
  ): { ok: true; entries: TranscriptEntry[] } | PrepareFailure {
    const entries: TranscriptEntry[] = [];
    for (const [position, index] of path.entries()) {
      try {
        const beat = runner.continue();
        for (const line of beat.lines) {
          this.lastLine = line;
          if (line.ending) this.ending = line.ending;
          entries.push({ kind: 'line', line });
        }
        const choice = beat.choices.find((c) => c.index === index);
        if (!choice)
          throw new StoryRuntimeError(
            `the saved choice ${index + 1} at step ${position + 1} is not on offer`,
          );
        const pressure = pressureAt(this.resume?.pressure, position);
        this.recorded.push({
          prompt: this.promptFor(beat),
          chosen: asOption(choice),
          offered: beat.choices.map(asOption),
          ...(pressure ? { pressure } : {}),
        });
        runner.choose(index);
        entries.push({ kind: 'choice', text: choice.text });
      } catch (e) {
        return failedPreparation('runtime', e, false).outcome as PrepareFailure;
      }
    }
    return { ok: true, entries };
  }

  /**
   * Takes the choice with ink index `index` (as given in the beat's choices); `pressure` says it was
   * made on a timed choice point (chosen against the clock, or taken when time ran out).
   */
  choose(index: number, pressure?: Pressure): void {
    if (this.status !== 'playing' || !this.runner || !this.current) return;
    const offered = this.current.choices;
    const choice = offered.find((c) => c.index === index);
    if (!choice) return;
    const moment: Moment = {
      prompt: this.promptFor(this.current),
      chosen: asOption(choice),
      offered: offered.map(asOption),
      ...(pressure ? { pressure } : {}),
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

  /** What the debrief quotes for a choice in `beat`: the line it answers (see story/prompt.ts). */
  private promptFor(beat: Beat): string {
    return (answeredLine(beat.lines) ?? this.lastLine)?.text ?? '';
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
    this.show(beat);
  }

  private show(beat: Beat): void {
    for (const line of beat.lines) {
      this.lastLine = line;
      if (line.ending) this.ending = line.ending;
    }
    this.current = beat;
    this.events.emit('beat', beat);
    if (beat.ended && this.runner) this.finish(this.runner);
  }

  private finish(runner: StoryRunner): void {
    this.status = 'ended';
    const memory: Record<string, string | number | boolean> = {};
    for (const name of declaredMemory(this.scenario.json)) {
      const value = runner.variable(name);
      if (value !== null) memory[name] = value;
    }
    // A play layer that writes the memory itself (src/game/play.ts, once, with the attempt) hands in
    // a store without `save`.
    this.memory.save?.(memory);
    this.events.emit('ended', {
      // Measured against what this player could reach from the memory they started with.
      debrief: buildDebrief(this.recorded, rangesForMemory(this.scenario, this.initial)),
      ending: this.ending,
      path: [...runner.path],
      memory,
    });
  }

  private fail(kind: FailureKind, e: unknown): void {
    this.failWith(failedPreparation(kind, e, true).outcome as PrepareFailure);
  }

  private failWith(failure: { readonly kind: FailureKind; readonly detail: string }): void {
    this.status = 'failed';
    this.current = null;
    this.events.emit('failed', { kind: failure.kind, detail: failure.detail });
  }
}

/** What prepare() found: the story is ready to start, or why it cannot be played. */
export type PrepareOutcome = { readonly ok: true } | PrepareFailure;
export interface PrepareFailure {
  readonly ok: false;
  readonly kind: FailureKind;
  readonly detail: string;
}

interface Prepared {
  readonly outcome: PrepareOutcome;
  readonly entries: readonly TranscriptEntry[];
  /** The beat the play starts on (or comes back to); null when the preparation failed. */
  readonly beat: Beat | null;
  /** Whether the story got as far as beginning (start() then announces it before any failure). */
  readonly began: boolean;
}

/** A story error keeps its kind; anything else is a bug in the game ('internal'). */
function failedPreparation(kind: FailureKind, e: unknown, began: boolean): Prepared {
  return {
    outcome: {
      ok: false,
      kind: e instanceof StoryRuntimeError ? kind : 'internal',
      detail: e instanceof Error ? e.message : String(e),
    },
    entries: [],
    beat: null,
    began,
  };
}
