/**
 * The room state machine: `applyEvent(state, event)` is the only way a room changes. It is pure (no
 * clock, no randomness, no I/O) so that the server, a second server instance replaying the same events,
 * and the browser's hand-count mode all reach the same state. A refused event leaves the state as it was
 * and says why with a stable error code (RoomErrorCode) that clients translate.
 *
 * The tie rule: when the room continues "with the majority" and two or more options share the most votes,
 * the one listed first at the choice point wins (the story's own order, lowest position). It is recorded
 * as `tieBroken` so the debrief can say so; a facilitator who prefers another tied option overrides.
 * Continuing with the majority when nobody voted is refused (`no-votes`): the facilitator overrides.
 */
import {
  ROOM_LIMITS,
  type ChoicePoint,
  type Countdown,
  type Decision,
  type HistoryEntry,
  type RoomEvent,
  type RoomState,
  type Round,
} from './state.ts';

export const ROOM_ERROR_CODES = [
  'bad-message',
  'rate-limited',
  'too-many-attempts',
  'not-found',
  'forbidden',
  'room-full',
  'not-participant',
  'no-choice-point',
  'stale-choice-point',
  'bad-option',
  'voting-closed',
  'already-revealed',
  'round-open',
  'not-revealed',
  'no-votes',
  'bad-countdown',
  'bad-hands',
  'wrong-mode',
  'history-full',
  'ended',
  'closed',
  'exists',
  'unavailable',
] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];

export interface RoomError {
  readonly code: RoomErrorCode;
  /** For logs and developers; clients show their own words for `code`. */
  readonly message: string;
}

export type ApplyResult =
  | { readonly ok: true; readonly state: RoomState }
  | { readonly ok: false; readonly error: RoomError };

function fail(code: RoomErrorCode, message: string): ApplyResult {
  return { ok: false, error: { code, message } };
}

/** A fresh room from its `created` event. */
export function createRoom(event: Extract<RoomEvent, { type: 'created' }>): RoomState {
  return {
    roomId: event.roomId,
    code: event.code,
    mode: event.mode,
    scenario: event.scenario,
    title: event.title,
    facilitatorTokenHash: event.facilitatorTokenHash,
    createdAt: event.at,
    updatedAt: event.at,
    ttlMs: event.ttlMs,
    phase: 'lobby',
    participants: {},
    round: null,
    history: [],
    position: { from: null, path: [] },
    rev: 1,
  };
}

/** When the room expires if nothing more happens. */
export function expiresAt(state: RoomState): number {
  return state.updatedAt + state.ttlMs;
}

export function isExpired(state: RoomState, now: number): boolean {
  return now >= expiresAt(state);
}

/** Whether a vote cast at `now` still counts: a choice point is open and its countdown has not run out. */
export function votingOpen(round: Round, now: number): boolean {
  const c = round.countdown;
  if (c.status === 'over') return false;
  if (c.status === 'running' && now >= c.endsAt) return false;
  return round.tally === null;
}

/** Votes per option in the choice point's order: the phones' votes, or the facilitator's hands. */
export function countVotes(round: Round): number[] {
  if (round.hands) return [...round.hands];
  const counts = round.point.options.map(() => 0);
  for (const index of Object.values(round.votes)) {
    const at = round.point.options.findIndex((o) => o.index === index);
    if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** How many have voted so far (what the projector shows before reveal). */
export function votedCount(round: Round): number {
  if (round.hands) return round.hands.reduce((a, b) => a + b, 0);
  return Object.keys(round.votes).length;
}

/** The option indexes with the most votes, in the choice point's order; empty when nobody voted. */
export function majorityOf(point: ChoicePoint, tally: readonly number[]): number[] {
  const top = Math.max(0, ...tally);
  if (top === 0) return [];
  return point.options.filter((_, i) => tally[i] === top).map((o) => o.index);
}

function withHistory(state: RoomState, entry: HistoryEntry): readonly HistoryEntry[] {
  return [...state.history, entry];
}

function remaining(c: Countdown, now: number): number {
  if (c.status === 'running') return Math.max(0, c.endsAt - now);
  if (c.status === 'paused') return c.remainingMs;
  return 0;
}

function checkPoint(point: ChoicePoint): string | null {
  if (point.options.length < 1) return 'a choice point needs at least one option';
  if (point.options.length > ROOM_LIMITS.options) return 'too many options';
  const seen = new Set<number>();
  for (const o of point.options) {
    if (seen.has(o.index)) return `option index ${o.index} appears twice`;
    seen.add(o.index);
  }
  return null;
}

/** Applies one event; on success the state's `rev` and `updatedAt` move on. */
export function applyEvent(state: RoomState | null, event: RoomEvent): ApplyResult {
  if (event.type === 'created') {
    if (state) return fail('exists', 'the room already exists');
    return { ok: true, state: createRoom(event) };
  }
  if (!state) return fail('not-found', 'no such room');
  if (state.phase === 'closed') return fail('closed', 'the room was deleted');
  const result = step(state, event);
  if (!result.ok) return result;
  return { ok: true, state: { ...result.state, updatedAt: event.at, rev: state.rev + 1 } };
}

/** Applies events in order, stopping at the first refusal (which names the event's position). */
export function replay(events: readonly RoomEvent[], from: RoomState | null = null): ApplyResult {
  let state = from;
  for (const [i, event] of events.entries()) {
    const r = applyEvent(state, event);
    if (!r.ok) return fail(r.error.code, `event ${i} (${event.type}): ${r.error.message}`);
    state = r.state;
  }
  return state ? { ok: true, state } : fail('not-found', 'no events');
}

function step(state: RoomState, event: Exclude<RoomEvent, { type: 'created' }>): ApplyResult {
  switch (event.type) {
    case 'joined': {
      if (state.mode !== 'live') return fail('wrong-mode', 'a hand-count room has no phones');
      if (state.participants[event.participantId]) return fail('exists', 'already joined');
      if (Object.keys(state.participants).length >= ROOM_LIMITS.participants) {
        return fail('room-full', 'the room is full');
      }
      return ok({
        ...state,
        participants: {
          ...state.participants,
          [event.participantId]: {
            id: event.participantId,
            nickname: event.nickname,
            joinedAt: event.at,
            tokenHash: event.tokenHash,
          },
        },
      });
    }
    case 'renamed': {
      const p = state.participants[event.participantId];
      if (!p) return fail('not-participant', 'not in this room');
      return ok({
        ...state,
        participants: { ...state.participants, [p.id]: { ...p, nickname: event.nickname } },
      });
    }
    case 'left':
    case 'removed': {
      if (!state.participants[event.participantId]) {
        return fail('not-participant', 'not in this room');
      }
      const { [event.participantId]: _gone, ...participants } = state.participants;
      let round = state.round;
      // An unrevealed vote goes with its voter; a revealed tally is history and stays.
      if (round && round.tally === null && event.participantId in round.votes) {
        const { [event.participantId]: _vote, ...votes } = round.votes;
        round = { ...round, votes };
      }
      return ok({ ...state, participants, round });
    }
    case 'presented': {
      if (state.phase === 'ended') return fail('ended', 'the story has ended');
      if (state.phase === 'voting' || state.phase === 'revealed') {
        // The projector may present the same point again after a reload: keep its votes.
        if (state.round?.point.id === event.point.id) return ok(state);
        return fail('round-open', 'continue or jump before the next choice point');
      }
      const problem = checkPoint(event.point);
      if (problem) return fail('bad-option', problem);
      if (state.history.length >= ROOM_LIMITS.history) {
        return fail('history-full', 'this room has reached its length');
      }
      const round: Round = {
        step: stepsSoFar(state) + 1,
        point: event.point,
        votes: {},
        hands: state.mode === 'hands' ? event.point.options.map(() => 0) : null,
        countdown: { status: 'off' },
        tally: null,
        openedAt: event.at,
      };
      return ok({ ...state, phase: 'voting', round });
    }
    case 'voted': {
      if (state.mode !== 'live') return fail('wrong-mode', 'a hand-count room takes no votes');
      if (!state.participants[event.participantId]) {
        return fail('not-participant', 'not in this room');
      }
      const round = openRound(state, event.choicePointId);
      if (!round.ok) return round;
      const r = round.round;
      if (!r.point.options.some((o) => o.index === event.index)) {
        return fail('bad-option', 'no such option');
      }
      if (!votingOpen(r, event.at)) return fail('voting-closed', 'voting is closed');
      if (r.votes[event.participantId] === event.index) return ok(state);
      return ok({
        ...state,
        round: { ...r, votes: { ...r.votes, [event.participantId]: event.index } },
      });
    }
    case 'hands': {
      if (state.mode !== 'hands') return fail('wrong-mode', 'only a hand-count room counts hands');
      const round = openRound(state, event.choicePointId);
      if (!round.ok) return round;
      const r = round.round;
      if (
        event.counts.length !== r.point.options.length ||
        event.counts.some((n) => !Number.isInteger(n) || n < 0 || n > ROOM_LIMITS.hands)
      ) {
        return fail('bad-hands', 'one whole count per option, 0 or more');
      }
      return ok({ ...state, round: { ...r, hands: [...event.counts] } });
    }
    case 'countdown': {
      const r = state.round;
      if (!r || state.phase !== 'voting') return fail('no-choice-point', 'no open choice point');
      const c = r.countdown;
      let next: Countdown;
      switch (event.action) {
        case 'start': {
          const d = event.durationMs;
          if (
            d === undefined ||
            !Number.isInteger(d) ||
            d < ROOM_LIMITS.countdownMinMs ||
            d > ROOM_LIMITS.countdownMaxMs
          ) {
            return fail('bad-countdown', 'a countdown lasts between 1 second and 15 minutes');
          }
          if (c.status === 'over') return fail('voting-closed', 'voting is closed');
          next = { status: 'running', durationMs: d, endsAt: event.at + d };
          break;
        }
        case 'pause':
          if (c.status !== 'running' || event.at >= c.endsAt) {
            return fail('bad-countdown', 'no running countdown');
          }
          next = {
            status: 'paused',
            durationMs: c.durationMs,
            remainingMs: remaining(c, event.at),
          };
          break;
        case 'resume':
          if (c.status !== 'paused') return fail('bad-countdown', 'no paused countdown');
          next = { status: 'running', durationMs: c.durationMs, endsAt: event.at + c.remainingMs };
          break;
        case 'skip':
          next = { status: 'over', durationMs: c.status === 'off' ? 0 : c.durationMs };
          break;
      }
      return ok({ ...state, round: { ...r, countdown: next } });
    }
    case 'revealed': {
      const r = state.round;
      if (!r) return fail('no-choice-point', 'no open choice point');
      if (r.point.id !== event.choicePointId) {
        return fail('stale-choice-point', 'that choice point is no longer open');
      }
      if (state.phase === 'revealed') return ok(state);
      if (state.phase !== 'voting') return fail('no-choice-point', 'no open choice point');
      const tally = countVotes(r);
      const countdown: Countdown =
        r.countdown.status === 'off'
          ? r.countdown
          : { status: 'over', durationMs: r.countdown.durationMs };
      return ok({ ...state, phase: 'revealed', round: { ...r, tally, countdown } });
    }
    case 'continued': {
      const r = state.round;
      if (!r) return fail('no-choice-point', 'no open choice point');
      if (r.point.id !== event.choicePointId) {
        return fail('stale-choice-point', 'that choice point is no longer open');
      }
      if (state.phase !== 'revealed' || r.tally === null) {
        return fail('not-revealed', 'reveal the votes first');
      }
      const majority = majorityOf(r.point, r.tally);
      let chosen: number;
      if (event.how === 'override') {
        if (event.index === undefined || !r.point.options.some((o) => o.index === event.index)) {
          return fail('bad-option', 'no such option');
        }
        chosen = event.index;
      } else {
        const first = majority[0];
        if (first === undefined) return fail('no-votes', 'nobody voted: choose an option');
        chosen = first;
      }
      const decision: Decision = {
        kind: 'decision',
        step: r.step,
        point: r.point,
        tally: r.tally,
        voters: r.tally.reduce((a, b) => a + b, 0),
        majority,
        chosen,
        how: event.how,
        tieBroken: event.how === 'majority' && majority.length > 1,
        at: event.at,
      };
      return ok({
        ...state,
        phase: 'story',
        round: null,
        history: withHistory(state, decision),
        position: { ...state.position, path: [...state.position.path, chosen] },
      });
    }
    case 'jumped': {
      if (state.history.length >= ROOM_LIMITS.history) {
        return fail('history-full', 'this room has reached its length');
      }
      return ok({
        ...state,
        phase: 'story',
        round: null,
        history: withHistory(state, { kind: 'jump', to: event.to, at: event.at }),
        position: { from: event.to, path: [] },
      });
    }
    case 'ended': {
      if (state.phase === 'ended') return ok(state);
      return ok({
        ...state,
        phase: 'ended',
        round: null,
        history: withHistory(state, { kind: 'end', ending: event.ending, at: event.at }),
      });
    }
    case 'closed':
      return ok({ ...state, phase: 'closed', round: null });
  }
}

function ok(state: RoomState): ApplyResult {
  return { ok: true, state };
}

function stepsSoFar(state: RoomState): number {
  return state.history.filter((h) => h.kind === 'decision').length;
}

function openRound(
  state: RoomState,
  choicePointId: string,
): { ok: true; round: Round } | { ok: false; error: RoomError } {
  const r = state.round;
  if (!r) return { ok: false, error: { code: 'no-choice-point', message: 'no open choice point' } };
  if (r.point.id !== choicePointId) {
    return {
      ok: false,
      error: { code: 'stale-choice-point', message: 'that choice point is no longer open' },
    };
  }
  if (state.phase !== 'voting') {
    return { ok: false, error: { code: 'voting-closed', message: 'the votes are revealed' } };
  }
  return { ok: true, round: r };
}

/** The decisions a room took, in order (jumps and the ending left out). */
export function decisionsOf(state: Pick<RoomState, 'history'>): Decision[] {
  return state.history.filter((h): h is Decision => h.kind === 'decision');
}

/**
 * A hand-count room for the browser: no server, no phones, no secrets. The facilitator's screen applies
 * `presented`, `hands`, `revealed`, `continued`, … to it exactly as the server would.
 */
export function handCountRoom(
  scenario: RoomState['scenario'],
  title: string | null,
  at: number,
  ttlMs = Number.MAX_SAFE_INTEGER / 2,
): RoomState {
  return createRoom({
    type: 'created',
    at,
    roomId: 'local',
    code: '',
    mode: 'hands',
    scenario,
    title,
    facilitatorTokenHash: '',
    ttlMs,
  });
}
