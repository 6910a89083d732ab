/**
 * The bridge between the conversation and the pictures. The UI reports what the player sees (which
 * scenario, which line is being revealed, which screen is up, where the dialogue panel covers the
 * canvas); the bridge keeps that as one StageState and emits it on every change. Scenes only read
 * this state: they can start late (Phaser loads after the first screen) or not at all (no WebGL), and
 * the game plays the same either way.
 */
import { TypedEmitter } from '../events/index.ts';
import type { CastMember, Mood, StoryLine } from '../story/index.ts';

export type StageMode = 'menu' | 'conversation' | 'debrief';

/** Where the dialogue panel sits over the canvas, so the scene keeps people out from under it. */
export type PanelPlacement = 'none' | 'bottom' | 'side';

export interface StageState {
  readonly mode: StageMode;
  readonly venue: string;
  /** The scenario being played (its people may look different from a namesake elsewhere). */
  readonly scenario: string | null;
  readonly cast: readonly CastMember[];
  /** Cast ids that have come into the scene so far (by speaking or showing a mood), in cast order. */
  readonly present: readonly string[];
  /** Who is speaking now: a cast id, `you`, or null for narration and silence. */
  readonly speaker: string | null;
  readonly moods: Readonly<Record<string, Mood>>;
  readonly panel: PanelPlacement;
  /** Share of the canvas (height for `bottom`, width for `side`) that the panel covers. */
  readonly panelShare: number;
  readonly reducedMotion: boolean;
  /** The player wants the pictures (a setting): when false the stage is not started, or it stops drawing. */
  readonly pictures: boolean;
  /**
   * True from a scenario's start until its first choice (or its end) is on screen. The dialogue comes
   * first: meanwhile the stage does no heavy work (no booting, no picture decoding or uploads), so
   * nothing on the main thread holds up the first choice. Pictures follow while the player reads.
   */
  readonly starting: boolean;
}

export interface StageEvents {
  change: StageState;
}

export const DEFAULT_VENUE = 'reception';

export class StageBridge {
  readonly events = new TypedEmitter<StageEvents>();
  private current: StageState;

  constructor(reducedMotion = false) {
    this.current = {
      mode: 'menu',
      venue: DEFAULT_VENUE,
      scenario: null,
      cast: [],
      present: [],
      speaker: null,
      moods: {},
      panel: 'none',
      panelShare: 0,
      reducedMotion,
      pictures: true,
      starting: false,
    };
  }

  get state(): StageState {
    return this.current;
  }

  /** A scenario begins: its people stand in the default venue until a `scene:` tag moves them. */
  enterScenario(scenario: string, cast: readonly CastMember[]): void {
    this.update({
      mode: 'conversation',
      scenario,
      cast,
      present: [],
      venue: DEFAULT_VENUE,
      speaker: null,
      moods: {},
      starting: true,
    });
  }

  /**
   * A line is being revealed: its speaker takes the floor (and comes into the room the first time
   * they speak in person), moods and venue take effect, and people who leave are no longer drawn.
   * A speaker `via` phone or message is heard, not seen: they are not in the room. A `mood:` on a
   * narration line is the room's: everyone present takes it (a bleak ending is not met with smiles).
   */
  showLine(line: StoryLine): void {
    const { speaker } = line;
    const inCast = (id: string) => this.current.cast.some((c) => c.id === id);
    let moods: Record<string, Mood> | null = null;
    if (line.mood && speaker) moods = { ...this.current.moods, [speaker]: line.mood };
    else if (line.mood && speaker === null && this.current.present.length > 0) {
      const mood = line.mood;
      moods = { ...this.current.moods };
      for (const id of this.current.present) moods[id] = mood;
    }
    if (line.feeling)
      moods = { ...(moods ?? this.current.moods), [line.feeling.person]: line.feeling.mood };
    const away = new Set(line.leaves ?? []);
    if (speaker !== null && line.via) away.add(speaker);
    const comes = speaker !== null && !line.via && inCast(speaker);
    let present: readonly string[] = this.current.present.filter((id) => !away.has(id));
    if (comes && !present.includes(speaker)) {
      present = this.current.cast
        .map((c) => c.id)
        .filter((id) => id === speaker || present.includes(id));
    }
    const presentChanged =
      present.length !== this.current.present.length ||
      present.some((id, i) => id !== this.current.present[i]);
    this.update({
      // Someone on the phone does not take the floor on stage: nobody drawn is speaking.
      speaker: line.via ? null : speaker,
      ...(moods ? { moods } : {}),
      ...(presentChanged ? { present } : {}),
      ...(line.scene ? { venue: line.scene } : {}),
    });
  }

  /** Nobody is speaking: the player is choosing (or the conversation is over). */
  quiet(): void {
    this.update({ speaker: null, starting: false });
  }

  /** Choices are on screen: from now on the stage may do its heavy work. */
  choicesShown(): void {
    this.update({ starting: false });
  }

  setMode(mode: StageMode): void {
    this.update(
      mode === 'menu'
        ? {
            mode,
            scenario: null,
            cast: [],
            present: [],
            speaker: null,
            moods: {},
            starting: false,
          }
        : { mode, starting: false },
    );
  }

  setPanel(panel: PanelPlacement, panelShare: number): void {
    this.update({ panel, panelShare: Math.min(1, Math.max(0, panelShare)) });
  }

  setReducedMotion(reducedMotion: boolean): void {
    this.update({ reducedMotion });
  }

  setPictures(pictures: boolean): void {
    this.update({ pictures });
  }

  private update(patch: Partial<StageState>): void {
    const next = { ...this.current, ...patch };
    const changed = (Object.keys(patch) as (keyof StageState)[]).some(
      (k) => !same(next[k], this.current[k]),
    );
    if (!changed) return;
    this.current = next;
    this.events.emit('change', next);
  }
}

/** Equal for the bridge's purpose: the same value, or two empty lists or records. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const empty = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;
  return empty(a) && empty(b) && Array.isArray(a) === Array.isArray(b);
}
