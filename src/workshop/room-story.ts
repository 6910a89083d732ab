/**
 * The story as a room plays it: the projector drives it choice by choice with the room's decisions,
 * and a phone replays the room's position in its own language to show the same choice point in its
 * own words. It plays from the story's own starting memory: a room is not anybody's profile, so it
 * neither reads nor writes cross-scenario memory.
 */
import {
  StoryRunner,
  type Beat,
  type CompiledScenario,
  type StoryChoice,
  type StoryLine,
} from '../story/index.ts';
import type { ChoicePoint, StoryPosition } from '../rooms/index.ts';

/** The discussion prompt the story gives a choice point (`# discuss:`), when it gives one. */
export function discussOf(beat: Beat): string | null {
  const fromBeat = (beat as { readonly discuss?: unknown }).discuss;
  if (typeof fromBeat === 'string' && fromBeat.trim() !== '') return fromBeat.trim();
  for (let i = beat.lines.length - 1; i >= 0; i--) {
    const d = (beat.lines[i] as { readonly discuss?: unknown }).discuss;
    if (typeof d === 'string' && d.trim() !== '') return d.trim();
  }
  for (const c of beat.choices) {
    const d = (c as { readonly discuss?: unknown }).discuss;
    if (typeof d === 'string' && d.trim() !== '') return d.trim();
  }
  return null;
}

export class RoomStory {
  private runner: StoryRunner;
  private beatNow: Beat | null = null;
  private lastLine: StoryLine | null = null;
  private endingId: string | null = null;
  /** Every line shown since the start (or the last jump), in order. */
  readonly transcript: StoryLine[] = [];
  /** The texts of the options the room took, for the transcript. */
  private steps = 0;

  constructor(readonly scenario: CompiledScenario) {
    this.runner = new StoryRunner(scenario.json);
  }

  get beat(): Beat | null {
    return this.beatNow;
  }

  get ending(): string | null {
    return this.endingId;
  }

  get ended(): boolean {
    return this.beatNow?.ended ?? false;
  }

  scenes(): string[] {
    return this.runner.scenes();
  }

  /** Plays to the first choice point (or, with a position, back to where the room stands). */
  start(position: StoryPosition | null = null, decisions = 0): Beat {
    this.runner = new StoryRunner(this.scenario.json);
    this.transcript.length = 0;
    this.endingId = null;
    this.steps = decisions;
    if (position?.from) this.runner.goTo(position.from);
    this.advance();
    for (const index of position?.path ?? []) this.choose(index);
    return this.beatNow as Beat;
  }

  private advance(): void {
    const beat = this.runner.continue();
    for (const line of beat.lines) {
      this.transcript.push(line);
      this.lastLine = line;
      if (line.ending) this.endingId = line.ending;
    }
    this.beatNow = beat;
  }

  choose(index: number): StoryChoice {
    const choice = this.runner.choose(index);
    this.steps += 1;
    this.advance();
    return choice;
  }

  jump(scene: string): void {
    this.runner.goTo(scene);
    this.transcript.length = 0;
    this.endingId = null;
    this.advance();
  }

  /** The open choice point as the room sees it; null when the story is between choices or ended. */
  point(): ChoicePoint | null {
    const beat = this.beatNow;
    if (!beat || beat.choices.length === 0) return null;
    const path = this.runner.choicePointId() ?? 'choice';
    return {
      // Unique in the room (the same point can come back after a jump), readable in an export.
      id: `${this.steps + 1}@${path}`,
      prompt: this.lastLine?.text ?? '',
      options: beat.choices.map((c) => ({
        index: c.index,
        text: c.text,
        effects: c.effects,
        why: c.why,
      })),
      discuss: discussOf(beat),
    };
  }
}
