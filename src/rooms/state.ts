/**
 * A workshop room's state and the events that change it. Pure data: the server keeps one RoomState per
 * room and stores its events; the hand-count mode runs the same machine in the browser with no server.
 * Times are epoch milliseconds carried by the events themselves, so replaying a room's events gives the
 * same state on any machine, at any time (docs/rooms.md).
 */
import type { TipEffects } from '../scoring/index.ts';
import type { Lang as RoomLang } from '../vocabulary/index.ts';

/**
 * A room's story is in one of the game's languages (src/vocabulary); each phone picks its own UI
 * language.
 */
export { LANGS as ROOM_LANGS, type Lang as RoomLang } from '../vocabulary/index.ts';

/**
 * `live`: phones vote through the room server. `hands`: no server and no phones; the facilitator types
 * the show of hands per option, and everything after (reveal, continue, debrief, export) is the same.
 */
export type RoomMode = 'live' | 'hands';

/** Sizes every part of a room is held to, here and in the message schemas. */
export const ROOM_LIMITS = {
  participants: 500,
  options: 8,
  nickname: 24,
  title: 120,
  scenarioId: 64,
  choicePointId: 160,
  prompt: 2000,
  optionText: 500,
  why: 1000,
  discuss: 1000,
  scene: 120,
  ending: 120,
  /** Decisions, jumps and endings kept per room; a room past it only accepts `end` and `close`. */
  history: 500,
  /** A show of hands per option. */
  hands: 10_000,
  countdownMinMs: 1_000,
  countdownMaxMs: 15 * 60_000,
  /** Largest tip effect a story may carry (src/story's MAX_EFFECT, with margin). */
  effect: 9,
} as const;

/** How long a room lives after its last change, unless the facilitator deletes it sooner. */
export const ROOM_TTL_MS = 24 * 60 * 60_000;

export type Phase =
  /** Created; no choice point yet (the story's opening lines may be playing on the projector). */
  | 'lobby'
  /** The story plays on the projector between two choice points. */
  | 'story'
  /** A choice point is open: phones vote. */
  | 'voting'
  /** The split is shown, with each option's tip effects; waiting for the facilitator to continue. */
  | 'revealed'
  /** The story reached an ending: the room debrief. Votes are over; the room stays readable. */
  | 'ended'
  /** Deleted by the facilitator: nothing more happens, the server forgets the room. */
  | 'closed';

/** One option at a choice point; `index` is the story's own choice index (what `choose` takes). */
export interface RoomOption {
  readonly index: number;
  readonly text: string;
  readonly effects: TipEffects;
  readonly why: string | null;
}

/** A choice point as the projector's story presents it. Effects, why and discuss stay hidden until reveal. */
export interface ChoicePoint {
  /** Stable within the story (the projector's own id: a path or a knot); opaque to the room. */
  readonly id: string;
  /** The last thing said before the choice. */
  readonly prompt: string;
  readonly options: readonly RoomOption[];
  /** The story's `# discuss:` prompt for the facilitator, if any. */
  readonly discuss: string | null;
}

export type Countdown =
  | { readonly status: 'off' }
  | { readonly status: 'running'; readonly durationMs: number; readonly endsAt: number }
  | { readonly status: 'paused'; readonly durationMs: number; readonly remainingMs: number }
  /** Ran out or was skipped: voting is closed, the facilitator reveals. */
  | { readonly status: 'over'; readonly durationMs: number };

export interface Participant {
  readonly id: string;
  readonly nickname: string | null;
  readonly joinedAt: number;
  /** A hash of the secret the phone keeps to rejoin as itself; never sent to anyone. */
  readonly tokenHash: string;
}

/** The open choice point with its votes. */
export interface Round {
  /** 1 for the room's first choice point, then one more than the decisions taken so far. */
  readonly step: number;
  readonly point: ChoicePoint;
  /** Participant id → option index. Never leaves the server before reveal, and never per person. */
  readonly votes: Readonly<Record<string, number>>;
  /** Hand-count mode: the facilitator's count per option (same order as `point.options`). */
  readonly hands: readonly number[] | null;
  readonly countdown: Countdown;
  /** Votes per option (same order as `point.options`), fixed at reveal; null before. */
  readonly tally: readonly number[] | null;
  readonly openedAt: number;
}

/** How a room left a choice point. */
export type ContinueHow = 'majority' | 'override';

export interface Decision {
  readonly kind: 'decision';
  readonly step: number;
  readonly point: ChoicePoint;
  /** Votes (or hands) per option, in `point.options` order. */
  readonly tally: readonly number[];
  /** How many voted (the tally's sum). */
  readonly voters: number;
  /** Option indexes with the most votes; empty when nobody voted. */
  readonly majority: readonly number[];
  /** The option index the story continued with. */
  readonly chosen: number;
  readonly how: ContinueHow;
  /** True when `how` is majority and the majority was a tie, settled by the tie rule. */
  readonly tieBroken: boolean;
  readonly at: number;
}

export interface Jump {
  readonly kind: 'jump';
  /** The scene (an ink knot or stitch) the facilitator jumped to. */
  readonly to: string;
  readonly at: number;
}

export interface Ending {
  readonly kind: 'end';
  /** The story's `ending:` id, or null when it names none. */
  readonly ending: string | null;
  readonly at: number;
}

export type HistoryEntry = Decision | Jump | Ending;

export interface ScenarioRef {
  readonly id: string;
  readonly lang: RoomLang;
}

/**
 * Where the projector's story stands: the scene it last jumped to (null: from the start) and the
 * option indexes chosen since. A projector that reloads replays it to come back to the same line.
 */
export interface StoryPosition {
  readonly from: string | null;
  readonly path: readonly number[];
}

export interface RoomState {
  readonly roomId: string;
  /** The join code (docs/rooms.md); empty in hand-count mode. */
  readonly code: string;
  readonly mode: RoomMode;
  readonly scenario: ScenarioRef;
  readonly title: string | null;
  /** A hash of the facilitator's secret token; empty in hand-count mode. */
  readonly facilitatorTokenHash: string;
  readonly createdAt: number;
  /** The time of the last event; the room expires `ttlMs` after it. */
  readonly updatedAt: number;
  readonly ttlMs: number;
  readonly phase: Phase;
  readonly participants: Readonly<Record<string, Participant>>;
  readonly round: Round | null;
  readonly history: readonly HistoryEntry[];
  readonly position: StoryPosition;
  /** How many events built this state (the first, `created`, makes it 1). */
  readonly rev: number;
}

/** What can happen to a room. The server adds ids and times; the reducer decides whether it may. */
export type RoomEvent =
  | {
      readonly type: 'created';
      readonly at: number;
      readonly roomId: string;
      readonly code: string;
      readonly mode: RoomMode;
      readonly scenario: ScenarioRef;
      readonly title: string | null;
      readonly facilitatorTokenHash: string;
      readonly ttlMs: number;
    }
  | {
      readonly type: 'joined';
      readonly at: number;
      readonly participantId: string;
      readonly tokenHash: string;
      readonly nickname: string | null;
    }
  | {
      readonly type: 'renamed';
      readonly at: number;
      readonly participantId: string;
      readonly nickname: string | null;
    }
  /** The participant left on purpose (a dropped connection is not leaving). */
  | { readonly type: 'left'; readonly at: number; readonly participantId: string }
  /** The facilitator removed a participant (an unwelcome nickname, a stray phone). */
  | { readonly type: 'removed'; readonly at: number; readonly participantId: string }
  | { readonly type: 'presented'; readonly at: number; readonly point: ChoicePoint }
  | {
      readonly type: 'voted';
      readonly at: number;
      readonly participantId: string;
      readonly choicePointId: string;
      readonly index: number;
    }
  | {
      readonly type: 'hands';
      readonly at: number;
      readonly choicePointId: string;
      readonly counts: readonly number[];
    }
  | {
      readonly type: 'countdown';
      readonly at: number;
      readonly action: 'start' | 'pause' | 'resume' | 'skip';
      /** Only for `start`. */
      readonly durationMs?: number;
    }
  | { readonly type: 'revealed'; readonly at: number; readonly choicePointId: string }
  | {
      readonly type: 'continued';
      readonly at: number;
      readonly choicePointId: string;
      readonly how: ContinueHow;
      /** The option for `override`; ignored for `majority`. */
      readonly index?: number;
    }
  | { readonly type: 'jumped'; readonly at: number; readonly to: string }
  | { readonly type: 'ended'; readonly at: number; readonly ending: string | null }
  | { readonly type: 'closed'; readonly at: number };

export type RoomEventType = RoomEvent['type'];
