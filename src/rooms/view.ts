/**
 * What each side of a room may see. The server sends views, never the raw state: before reveal nobody
 * (not even the projector) gets the split, each option's tip effects, its "why" or the discussion prompt,
 * so nothing can herd the room by accident; a phone sees its own vote and nobody else's; nobody ever sees
 * who voted what, or any token. The hand-count mode draws the facilitator's view of its local state.
 */
import type { TipEffects } from '../scoring/index.ts';
import { countVotes, expiresAt, votedCount, votingOpen } from './machine.ts';
import type {
  HistoryEntry,
  Phase,
  RoomMode,
  RoomState,
  ScenarioRef,
  StoryPosition,
} from './state.ts';

export type Role = 'facilitator' | 'participant';

export interface OptionView {
  readonly index: number;
  readonly text: string;
  /** Present once revealed. */
  readonly effects?: TipEffects;
  readonly why?: string | null;
}

export interface CountdownView {
  readonly status: 'off' | 'running' | 'paused' | 'over';
  readonly durationMs: number;
  /** Left at the view's `now`; a client counts down from it with its own clock. */
  readonly remainingMs: number;
}

export interface RoundView {
  readonly step: number;
  readonly choicePointId: string;
  readonly prompt: string;
  readonly options: readonly OptionView[];
  /** The story's discussion prompt; null until revealed (and when the story has none). */
  readonly discuss: string | null;
  /** How many have voted (hand-count mode: the hands counted so far). */
  readonly voted: number;
  /** How many could vote: the participants in the room. */
  readonly eligible: number;
  /** Whether a vote sent now would still count. */
  readonly open: boolean;
  readonly countdown: CountdownView;
  readonly revealed: boolean;
  /** Votes per option in `options` order; null until revealed, except the hand counts for the facilitator. */
  readonly tally: readonly number[] | null;
  /** A phone's own vote (an option index), null when it has not voted; absent for the facilitator. */
  readonly myVote?: number | null;
}

export interface ParticipantEntry {
  readonly id: string;
  readonly nickname: string | null;
}

export interface RoomView {
  readonly role: Role;
  readonly code: string;
  readonly mode: RoomMode;
  readonly scenario: ScenarioRef;
  readonly title: string | null;
  readonly phase: Phase;
  /** How many have joined (connected or not). */
  readonly participants: number;
  /** Facilitator only: who joined, for the lobby and for removing a stray phone. */
  readonly people?: readonly ParticipantEntry[];
  /** Participant only: this phone. */
  readonly me?: ParticipantEntry;
  readonly round: RoundView | null;
  /** Decisions, jumps and the ending so far: all revealed, so complete with effects. */
  readonly history: readonly HistoryEntry[];
  readonly position: StoryPosition;
  readonly expiresAt: number;
  readonly rev: number;
  /** The sender's clock when the view was made. */
  readonly now: number;
}

function countdownAt(state: RoomState, now: number): CountdownView {
  const c = state.round?.countdown ?? { status: 'off' as const };
  switch (c.status) {
    case 'off':
      return { status: 'off', durationMs: 0, remainingMs: 0 };
    case 'running': {
      const left = Math.max(0, c.endsAt - now);
      return left > 0
        ? { status: 'running', durationMs: c.durationMs, remainingMs: left }
        : { status: 'over', durationMs: c.durationMs, remainingMs: 0 };
    }
    case 'paused':
      return { status: 'paused', durationMs: c.durationMs, remainingMs: c.remainingMs };
    case 'over':
      return { status: 'over', durationMs: c.durationMs, remainingMs: 0 };
  }
}

function roundView(
  state: RoomState,
  role: Role,
  participantId: string | null,
  now: number,
): RoundView | null {
  const r = state.round;
  if (!r) return null;
  const revealed = r.tally !== null;
  const view: RoundView = {
    step: r.step,
    choicePointId: r.point.id,
    prompt: r.point.prompt,
    options: r.point.options.map((o) =>
      revealed
        ? { index: o.index, text: o.text, effects: o.effects, why: o.why }
        : { index: o.index, text: o.text },
    ),
    discuss: revealed ? r.point.discuss : null,
    voted: votedCount(r),
    eligible: Object.keys(state.participants).length,
    open: state.phase === 'voting' && votingOpen(r, now),
    countdown: countdownAt(state, now),
    revealed,
    tally: revealed ? r.tally : role === 'facilitator' && r.hands ? countVotes(r) : null,
  };
  if (role === 'participant') {
    return { ...view, myVote: participantId ? (r.votes[participantId] ?? null) : null };
  }
  return view;
}

/** The view one side of the room gets at `now`. */
export function viewOf(
  state: RoomState,
  role: Role,
  participantId: string | null,
  now: number,
): RoomView {
  const base = {
    role,
    code: state.code,
    mode: state.mode,
    scenario: state.scenario,
    title: state.title,
    phase: state.phase,
    participants: Object.keys(state.participants).length,
    round: roundView(state, role, participantId, now),
    history: state.history,
    position: state.position,
    expiresAt: expiresAt(state),
    rev: state.rev,
    now,
  };
  if (role === 'facilitator') {
    return {
      ...base,
      people: Object.values(state.participants).map((p) => ({ id: p.id, nickname: p.nickname })),
    };
  }
  const p = participantId ? state.participants[participantId] : undefined;
  return p ? { ...base, me: { id: p.id, nickname: p.nickname } } : base;
}
