import { describe, expect, it } from 'vitest';
import {
  agreementOf,
  applyEvent,
  decisionsOf,
  handCountRoom,
  isExpired,
  replay,
  roomMoments,
  viewOf,
  type ChoicePoint,
  type RoomEvent,
  type RoomState,
} from '../../../src/rooms/index.ts';

const T0 = 1_700_000_000_000;

const point: ChoicePoint = {
  id: 'start.0',
  prompt: 'Ilse hands you her card before you said a word.',
  options: [
    { index: 0, text: 'Ask what brought her here', effects: { 2: 2 }, why: 'A real question.' },
    { index: 1, text: 'Pitch back', effects: { 1: -2 }, why: 'She did not ask.' },
    { index: 2, text: 'Take the card and nod', effects: {}, why: null },
  ],
  discuss: 'What would you want to hear first?',
};
const next: ChoicePoint = { ...point, id: 'start.1', prompt: 'She smiles.' };

function must(state: RoomState | null, event: RoomEvent): RoomState {
  const r = applyEvent(state, event);
  if (!r.ok) throw new Error(`${event.type}: ${r.error.code} ${r.error.message}`);
  return r.state;
}

function refused(state: RoomState | null, event: RoomEvent): string {
  const r = applyEvent(state, event);
  if (r.ok) throw new Error(`${event.type} was accepted`);
  return r.error.code;
}

function room(ttlMs = 60_000): RoomState {
  return must(null, {
    type: 'created',
    at: T0,
    roomId: 'r1',
    code: 'ABCDEF',
    mode: 'live',
    scenario: { id: 'hard-seller', lang: 'en' },
    title: 'Club night',
    facilitatorTokenHash: 'fh',
    ttlMs,
  });
}

function withPeople(n: number, s = room()): RoomState {
  let state = s;
  for (let i = 0; i < n; i++) {
    state = must(state, {
      type: 'joined',
      at: T0 + 1,
      participantId: `p${i}`,
      tokenHash: `h${i}`,
      nickname: i === 0 ? 'An' : null,
    });
  }
  return state;
}

function vote(s: RoomState, who: string, index: number, at = T0 + 10, id = point.id): RoomState {
  return must(s, { type: 'voted', at, participantId: who, choicePointId: id, index });
}

describe('room state machine', () => {
  it('creates a room in the lobby and counts its events', () => {
    const s = room();
    expect(s.phase).toBe('lobby');
    expect(s.rev).toBe(1);
    const again: RoomEvent = {
      type: 'created',
      at: T0,
      roomId: 'r1',
      code: 'ABCDEF',
      mode: 'live',
      scenario: s.scenario,
      title: null,
      facilitatorTokenHash: '',
      ttlMs: 1,
    };
    expect(refused(s, again)).toBe('exists');
    const s2 = withPeople(2, s);
    expect(s2.rev).toBe(3);
    expect(Object.keys(s2.participants)).toEqual(['p0', 'p1']);
    expect(
      refused(s2, { type: 'joined', at: T0, participantId: 'p0', tokenHash: 'x', nickname: null }),
    ).toBe('exists');
  });

  it('keeps one vote per participant per choice point, changeable until reveal', () => {
    let s = withPeople(3);
    s = must(s, { type: 'presented', at: T0 + 5, point });
    expect(s.phase).toBe('voting');
    s = vote(s, 'p0', 0);
    s = vote(s, 'p1', 1);
    s = vote(s, 'p0', 1); // changes her mind
    s = vote(s, 'p0', 1); // the same vote twice is still one vote
    const before = viewOf(s, 'facilitator', null, T0 + 20);
    expect(before.round?.voted).toBe(2);
    expect(before.round?.tally).toBeNull();
    s = must(s, { type: 'revealed', at: T0 + 30, choicePointId: point.id });
    expect(s.round?.tally).toEqual([0, 2, 0]);
    expect(
      refused(s, {
        type: 'voted',
        at: T0 + 31,
        participantId: 'p2',
        choicePointId: point.id,
        index: 0,
      }),
    ).toBe('voting-closed');
  });

  it('refuses votes from strangers, for other choice points and for options not on offer', () => {
    let s = must(withPeople(1), { type: 'presented', at: T0 + 5, point });
    expect(
      refused(s, {
        type: 'voted',
        at: T0,
        participantId: 'nobody',
        choicePointId: point.id,
        index: 0,
      }),
    ).toBe('not-participant');
    expect(
      refused(s, { type: 'voted', at: T0, participantId: 'p0', choicePointId: 'old', index: 0 }),
    ).toBe('stale-choice-point');
    expect(
      refused(s, { type: 'voted', at: T0, participantId: 'p0', choicePointId: point.id, index: 7 }),
    ).toBe('bad-option');
    s = must(s, { type: 'revealed', at: T0 + 6, choicePointId: point.id });
    expect(
      refused(s, { type: 'continued', at: T0 + 7, choicePointId: point.id, how: 'majority' }),
    ).toBe('no-votes');
  });

  it('continues with the majority, and breaks a tie by the first listed option', () => {
    let s = must(withPeople(4), { type: 'presented', at: T0 + 5, point });
    s = vote(s, 'p0', 2);
    s = vote(s, 'p1', 1);
    s = vote(s, 'p2', 2);
    s = vote(s, 'p3', 1);
    expect(
      refused(s, { type: 'continued', at: T0, choicePointId: point.id, how: 'majority' }),
    ).toBe('not-revealed');
    s = must(s, { type: 'revealed', at: T0 + 30, choicePointId: point.id });
    s = must(s, { type: 'continued', at: T0 + 31, choicePointId: point.id, how: 'majority' });
    const [d] = decisionsOf(s);
    expect(d).toMatchObject({
      chosen: 1,
      how: 'majority',
      majority: [1, 2],
      tieBroken: true,
      voters: 4,
    });
    expect(s.phase).toBe('story');
    expect(s.round).toBeNull();
    expect(s.position.path).toEqual([1]);
  });

  it('records a facilitator override as such', () => {
    let s = must(withPeople(3), { type: 'presented', at: T0 + 5, point });
    s = vote(s, 'p0', 1);
    s = vote(s, 'p1', 1);
    s = vote(s, 'p2', 0);
    s = must(s, { type: 'revealed', at: T0 + 30, choicePointId: point.id });
    expect(
      refused(s, {
        type: 'continued',
        at: T0 + 31,
        choicePointId: point.id,
        how: 'override',
        index: 9,
      }),
    ).toBe('bad-option');
    s = must(s, {
      type: 'continued',
      at: T0 + 31,
      choicePointId: point.id,
      how: 'override',
      index: 0,
    });
    const [d] = decisionsOf(s);
    expect(d).toMatchObject({ chosen: 0, how: 'override', majority: [1], tieBroken: false });
    expect(agreementOf(d!)).toBeCloseTo(1 / 3);
  });

  it('numbers choice points and starts each with no votes', () => {
    let s = must(withPeople(2), { type: 'presented', at: T0 + 5, point });
    s = vote(s, 'p0', 0);
    s = must(s, { type: 'revealed', at: T0 + 6, choicePointId: point.id });
    s = must(s, { type: 'continued', at: T0 + 7, choicePointId: point.id, how: 'majority' });
    s = must(s, { type: 'presented', at: T0 + 8, point: next });
    expect(s.round?.step).toBe(2);
    expect(s.round?.votes).toEqual({});
    expect(refused(s, { type: 'presented', at: T0 + 9, point })).toBe('round-open');
    // The same point presented again (a projector that reloaded) keeps its votes.
    s = vote(s, 'p1', 2, T0 + 9, next.id);
    s = must(s, { type: 'presented', at: T0 + 10, point: next });
    expect(s.round?.votes).toEqual({ p1: 2 });
  });

  it('runs a countdown as data: start, pause, resume, run out, skip', () => {
    let s = must(withPeople(2), { type: 'presented', at: T0, point });
    expect(refused(s, { type: 'countdown', at: T0, action: 'start', durationMs: 10 })).toBe(
      'bad-countdown',
    );
    expect(refused(s, { type: 'countdown', at: T0, action: 'pause' })).toBe('bad-countdown');
    s = must(s, { type: 'countdown', at: T0, action: 'start', durationMs: 30_000 });
    expect(viewOf(s, 'participant', 'p0', T0 + 10_000).round?.countdown).toEqual({
      status: 'running',
      durationMs: 30_000,
      remainingMs: 20_000,
    });
    s = must(s, { type: 'countdown', at: T0 + 10_000, action: 'pause' });
    // Paused: the clock does not run, votes still count.
    s = vote(s, 'p0', 0, T0 + 100_000);
    expect(viewOf(s, 'facilitator', null, T0 + 100_000).round?.countdown.remainingMs).toBe(20_000);
    s = must(s, { type: 'countdown', at: T0 + 100_000, action: 'resume' });
    // Runs out at T0 + 120 000: later votes are refused, the facilitator still reveals.
    expect(
      refused(s, {
        type: 'voted',
        at: T0 + 120_000,
        participantId: 'p1',
        choicePointId: point.id,
        index: 1,
      }),
    ).toBe('voting-closed');
    s = vote(s, 'p1', 1, T0 + 119_999);
    expect(viewOf(s, 'facilitator', null, T0 + 120_000).round?.open).toBe(false);
    // Skip ends it at once.
    let t = must(withPeople(1), { type: 'presented', at: T0, point });
    t = must(t, { type: 'countdown', at: T0, action: 'skip' });
    expect(
      refused(t, {
        type: 'voted',
        at: T0 + 1,
        participantId: 'p0',
        choicePointId: point.id,
        index: 1,
      }),
    ).toBe('voting-closed');
    expect(refused(t, { type: 'countdown', at: T0, action: 'start', durationMs: 5_000 })).toBe(
      'voting-closed',
    );
  });

  it('lets a participant leave (their open vote goes) and a facilitator remove one', () => {
    let s = must(withPeople(3), { type: 'presented', at: T0, point });
    s = vote(s, 'p0', 0);
    s = vote(s, 'p1', 0);
    s = must(s, { type: 'left', at: T0 + 1, participantId: 'p0' });
    s = must(s, { type: 'removed', at: T0 + 1, participantId: 'p2' });
    expect(Object.keys(s.participants)).toEqual(['p1']);
    expect(s.round?.votes).toEqual({ p1: 0 });
    expect(refused(s, { type: 'left', at: T0 + 1, participantId: 'p0' })).toBe('not-participant');
  });

  it('jumps to a scene, ends, and closes', () => {
    let s = must(withPeople(1), { type: 'presented', at: T0, point });
    s = vote(s, 'p0', 0);
    s = must(s, { type: 'jumped', at: T0 + 1, to: 'follow_up' });
    expect(s.phase).toBe('story');
    expect(s.round).toBeNull();
    expect(s.position).toEqual({ from: 'follow_up', path: [] });
    s = must(s, { type: 'ended', at: T0 + 2, ending: 'good' });
    expect(s.phase).toBe('ended');
    expect(refused(s, { type: 'presented', at: T0 + 3, point })).toBe('ended');
    expect(s.history.map((h) => h.kind)).toEqual(['jump', 'end']);
    s = must(s, { type: 'closed', at: T0 + 4 });
    expect(refused(s, { type: 'ended', at: T0 + 5, ending: null })).toBe('closed');
  });

  it('expires a set time after its last change', () => {
    let s = room(1_000);
    expect(isExpired(s, T0 + 999)).toBe(false);
    s = withPeople(1, s); // at T0 + 1
    expect(isExpired(s, T0 + 1_000)).toBe(false);
    expect(isExpired(s, T0 + 1_001)).toBe(true);
  });

  it('replays events to the same state, and names the event a replay refuses', () => {
    const events: RoomEvent[] = [
      {
        type: 'created',
        at: T0,
        roomId: 'r',
        code: 'ABCDEF',
        mode: 'live',
        scenario: { id: 'hard-seller', lang: 'nl' },
        title: null,
        facilitatorTokenHash: 'f',
        ttlMs: 1000,
      },
      { type: 'joined', at: T0, participantId: 'a', tokenHash: 'x', nickname: null },
      { type: 'presented', at: T0, point },
      { type: 'voted', at: T0, participantId: 'a', choicePointId: point.id, index: 2 },
      { type: 'revealed', at: T0, choicePointId: point.id },
      { type: 'continued', at: T0, choicePointId: point.id, how: 'majority' },
    ];
    const a = replay(events);
    const head = replay(events.slice(0, 3));
    if (!a.ok || !head.ok) throw new Error('replay refused');
    const b = replay(events.slice(3), head.state);
    expect(b.ok && b.state).toEqual(a.state);
    expect(a.state.rev).toBe(events.length);
    const bad = replay([
      ...events,
      { type: 'voted', at: T0, participantId: 'a', choicePointId: 'x', index: 0 },
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^event 6 \(voted\)/);
  });
});

describe('views', () => {
  it('hide the split, the effects, the why and the discussion until reveal, and never say who voted what', () => {
    let s = must(withPeople(2), { type: 'presented', at: T0, point });
    s = vote(s, 'p0', 1);
    for (const role of ['facilitator', 'participant'] as const) {
      const v = viewOf(s, role, role === 'participant' ? 'p1' : null, T0);
      expect(v.round?.tally).toBeNull();
      expect(v.round?.discuss).toBeNull();
      expect(v.round?.options.every((o) => o.effects === undefined && o.why === undefined)).toBe(
        true,
      );
      expect(JSON.stringify(v)).not.toMatch(/tokenHash|"fh"|"h0"|votes/);
    }
    expect(viewOf(s, 'participant', 'p0', T0).round?.myVote).toBe(1);
    expect(viewOf(s, 'participant', 'p1', T0).round?.myVote).toBeNull();
    expect(viewOf(s, 'participant', 'p1', T0).people).toBeUndefined();
    expect(viewOf(s, 'facilitator', null, T0).people).toEqual([
      { id: 'p0', nickname: 'An' },
      { id: 'p1', nickname: null },
    ]);
    s = must(s, { type: 'revealed', at: T0, choicePointId: point.id });
    const after = viewOf(s, 'participant', 'p1', T0);
    expect(after.round?.tally).toEqual([0, 1, 0]);
    expect(after.round?.options[1]).toEqual(point.options[1]);
    expect(after.round?.discuss).toBe(point.discuss);
  });

  it('turn the history into moments for the debrief', () => {
    let s = must(withPeople(1), { type: 'presented', at: T0, point });
    s = vote(s, 'p0', 0);
    s = must(s, { type: 'revealed', at: T0, choicePointId: point.id });
    s = must(s, { type: 'continued', at: T0, choicePointId: point.id, how: 'majority' });
    s = must(s, { type: 'ended', at: T0, ending: null });
    expect(roomMoments(s.history)).toEqual([
      {
        prompt: point.prompt,
        chosen: { text: 'Ask what brought her here', effects: { 2: 2 }, why: 'A real question.' },
        offered: point.options.map((o) => ({ text: o.text, effects: o.effects, why: o.why })),
      },
    ]);
  });
});

describe('hand-count mode', () => {
  it('takes the facilitator’s counts instead of votes and shows them to the facilitator only', () => {
    let s = handCountRoom({ id: 'hard-seller', lang: 'en' }, null, T0);
    expect(
      refused(s, { type: 'joined', at: T0, participantId: 'p', tokenHash: 'h', nickname: null }),
    ).toBe('wrong-mode');
    s = must(s, { type: 'presented', at: T0, point });
    expect(refused(s, { type: 'hands', at: T0, choicePointId: point.id, counts: [1, 2] })).toBe(
      'bad-hands',
    );
    expect(refused(s, { type: 'hands', at: T0, choicePointId: point.id, counts: [1, -2, 0] })).toBe(
      'bad-hands',
    );
    s = must(s, { type: 'hands', at: T0, choicePointId: point.id, counts: [4, 7, 7] });
    expect(viewOf(s, 'facilitator', null, T0).round).toMatchObject({ voted: 18, tally: [4, 7, 7] });
    s = must(s, { type: 'revealed', at: T0, choicePointId: point.id });
    s = must(s, { type: 'continued', at: T0, choicePointId: point.id, how: 'majority' });
    expect(decisionsOf(s)[0]).toMatchObject({
      chosen: 1,
      tieBroken: true,
      voters: 18,
      tally: [4, 7, 7],
    });
  });
});
