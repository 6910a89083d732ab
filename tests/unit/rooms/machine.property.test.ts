import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  replay,
  viewOf,
  type ChoicePoint,
  type RoomEvent,
  type RoomState,
} from '../../../src/rooms/index.ts';

const points: ChoicePoint[] = ['a', 'b'].map((id) => ({
  id,
  prompt: id,
  options: [0, 1, 2].map((index) => ({
    index,
    text: `o${index}`,
    effects: { 1: index - 1 },
    why: null,
  })),
  discuss: null,
}));

const who = fc.constantFrom('p0', 'p1', 'p2', 'p3');
const pointId = fc.constantFrom('a', 'b');
const at = fc.integer({ min: 0, max: 100_000 });
const event: fc.Arbitrary<RoomEvent> = fc.oneof(
  fc.record({
    type: fc.constant('joined' as const),
    at,
    participantId: who,
    tokenHash: fc.constant('h'),
    nickname: fc.constant(null),
  }),
  fc.record({ type: fc.constant('left' as const), at, participantId: who }),
  fc.record({ type: fc.constant('presented' as const), at, point: fc.constantFrom(...points) }),
  fc.record({
    type: fc.constant('voted' as const),
    at,
    participantId: who,
    choicePointId: pointId,
    index: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    type: fc.constant('countdown' as const),
    at,
    action: fc.constantFrom('start' as const, 'pause' as const, 'resume' as const, 'skip' as const),
    durationMs: fc.constant(5_000),
  }),
  fc.record({ type: fc.constant('revealed' as const), at, choicePointId: pointId }),
  fc.record({
    type: fc.constant('continued' as const),
    at,
    choicePointId: pointId,
    how: fc.constantFrom('majority' as const, 'override' as const),
    index: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ type: fc.constant('jumped' as const), at, to: fc.constant('scene') }),
);

const created: RoomEvent = {
  type: 'created',
  at: 0,
  roomId: 'r',
  code: 'ABCDEF',
  mode: 'live',
  scenario: { id: 's', lang: 'en' },
  title: null,
  facilitatorTokenHash: 'f',
  ttlMs: 10 ** 9,
};

describe('room state machine (property)', () => {
  it('keeps one vote per participant, counts only participants, and replays what it accepted', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        let state = (applyEvent(null, created) as { ok: true; state: RoomState }).state;
        const accepted: RoomEvent[] = [created];
        for (const e of events) {
          const r = applyEvent(state, e);
          if (!r.ok) continue;
          state = r.state;
          accepted.push(e);
          const round = state.round;
          if (round) {
            for (const [p, index] of Object.entries(round.votes)) {
              expect(state.participants[p]).toBeDefined();
              expect(round.point.options.some((o) => o.index === index)).toBe(true);
            }
            const v = viewOf(state, 'facilitator', null, e.at);
            expect(v.round?.voted ?? 0).toBeLessThanOrEqual(v.participants);
            if (round.tally) expect(round.tally.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4);
          }
          for (const h of state.history) {
            if (h.kind === 'decision')
              expect(h.point.options.some((o) => o.index === h.chosen)).toBe(true);
          }
        }
        expect(state.rev).toBe(accepted.length);
        const again = replay(accepted);
        expect(again.ok && again.state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
