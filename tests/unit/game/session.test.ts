import { describe, expect, it } from 'vitest';
import { GameSession, InMemoryStore, type SessionEvents } from '../../../src/game/index.ts';
import { BROKEN, PARTY, scenarioFrom } from './fixtures.ts';

/** Records every event a session emits, in order. */
function record(session: GameSession) {
  const log: { type: keyof SessionEvents; payload: unknown }[] = [];
  const types: (keyof SessionEvents)[] = ['beat', 'choice-made', 'ended', 'failed'];
  for (const type of types) session.events.on(type, (payload) => log.push({ type, payload }));
  return log;
}

describe('GameSession', () => {
  const party = scenarioFrom(PARTY);

  it('emits the first beat with its lines, tags and choices', () => {
    const session = new GameSession(party, new InMemoryStore());
    const beats: SessionEvents['beat'][] = [];
    session.events.on('beat', (b) => beats.push(b));
    session.start();
    expect(session.state).toBe('playing');
    expect(beats).toHaveLength(1);
    const [beat] = beats;
    expect(beat?.lines.map((l) => l.text)).toEqual([
      'Ann waves at you.',
      "Hi, I'm Ann. What do you do?",
    ]);
    expect(beat?.lines[0]?.scene).toBe('reception');
    expect(beat?.lines[1]).toMatchObject({ speaker: 'ann', mood: 'pleased' });
    expect(beat?.choices.map((c) => c.text)).toEqual([
      'Ask about her bakery',
      'Pitch your product',
    ]);
    expect(beat?.ended).toBe(false);
  });

  it('records a moment per choice with the prompt, the option taken and the options offered', () => {
    const session = new GameSession(party, new InMemoryStore());
    const made: SessionEvents['choice-made'][] = [];
    session.events.on('choice-made', (m) => made.push(m));
    session.start();
    session.choose(1);
    expect(made).toHaveLength(1);
    expect(session.moments).toHaveLength(1);
    const moment = session.moments[0];
    expect(moment?.prompt).toBe("Hi, I'm Ann. What do you do?");
    expect(moment?.chosen).toEqual({
      text: 'Pitch your product',
      effects: { 1: -2, 5: -1 },
      why: 'She did not ask to be sold to.',
    });
    expect(moment?.offered.map((o) => o.text)).toEqual([
      'Ask about her bakery',
      'Pitch your product',
    ]);
    expect(session.beat?.lines[0]).toMatchObject({
      text: 'Let me tell you what I sell.',
      speaker: 'you',
    });
  });

  it('ends with a debrief, the ending id and the path, in that event order', () => {
    const session = new GameSession(party, new InMemoryStore());
    const log = record(session);
    session.start();
    session.choose(1);
    session.choose(1);
    expect(session.state).toBe('ended');
    expect(log.map((e) => e.type)).toEqual([
      'beat',
      'choice-made',
      'beat',
      'choice-made',
      'beat',
      'ended',
    ]);
    const ended = log.at(-1)?.payload as SessionEvents['ended'];
    expect(ended.ending).toBe('cold');
    expect(ended.path).toEqual([1, 1]);
    const tip1 = ended.debrief.tips.find((t) => t.tip === 1);
    expect(tip1).toMatchObject({ score: -2, min: -2, max: 0, share: 0 });
    expect(ended.debrief.tips.find((t) => t.tip === 3)?.share).toBeNull();
    // The pitch was weak; the question about the bakery was the stronger option on offer.
    const first = ended.debrief.moments[0];
    expect(first?.verdict).toBe('weak');
    expect(first?.stronger?.text).toBe('Ask about her bakery');
  });

  it('reaches the best ending with every tip at its maximum', () => {
    const session = new GameSession(party, new InMemoryStore());
    let ended: SessionEvents['ended'] | null = null;
    session.events.on('ended', (e) => (ended = e));
    session.start();
    session.choose(0);
    session.choose(0);
    expect(ended).not.toBeNull();
    const result = ended as unknown as SessionEvents['ended'];
    expect(result.ending).toBe('warm');
    expect(result.debrief.overall).toBe(1);
    expect(result.debrief.moments.every((m) => m.verdict === 'best')).toBe(true);
  });

  it('ignores a choice that is not on offer, and choices after the end', () => {
    const session = new GameSession(party, new InMemoryStore());
    const log = record(session);
    session.start();
    session.choose(7);
    expect(log).toHaveLength(1);
    session.choose(0);
    session.choose(0);
    const count = log.length;
    session.choose(0);
    expect(log).toHaveLength(count);
  });

  it('refuses to start twice', () => {
    const session = new GameSession(party, new InMemoryStore());
    session.start();
    expect(() => session.start()).toThrow(/cannot start/);
  });

  it('saves the mem_* variables at the end and nothing else', () => {
    const store = new InMemoryStore();
    const session = new GameSession(party, store);
    let memory: unknown = null;
    session.events.on('ended', (e) => (memory = e.memory));
    session.start();
    session.choose(0);
    session.choose(0);
    expect(memory).toEqual({ mem_met_ann: true, mem_name: '' });
    expect(store.load()).toEqual({ mem_met_ann: true, mem_name: '' });
  });

  it('starts a story with remembered mem_* values, ignoring names it does not declare', () => {
    const store = new InMemoryStore({ mem_name: 'Bob', mem_other: 3 });
    const session = new GameSession(party, store);
    session.start();
    expect(session.beat?.lines[0]?.text).toBe('Welcome back, Bob.');
    session.choose(1);
    session.choose(0);
    // The story's own value comes back; the undeclared memory is kept, not dropped.
    expect(store.load()).toEqual({ mem_name: 'Bob', mem_other: 3, mem_met_ann: false });
  });

  it('turns a story runtime error into a failed event, not an exception', () => {
    const session = new GameSession(scenarioFrom(BROKEN), new InMemoryStore());
    const log = record(session);
    session.start();
    expect(() => session.choose(0)).not.toThrow();
    expect(session.state).toBe('failed');
    const failed = log.at(-1);
    expect(failed?.type).toBe('failed');
    const payload = failed?.payload as SessionEvents['failed'];
    expect(payload.kind).toBe('runtime');
    expect(payload.detail).toMatch(/missing_function/);
    expect(log.some((e) => e.type === 'ended')).toBe(false);
  });

  it('turns a story that cannot be loaded into a failed load event', () => {
    const session = new GameSession({ ...party, json: '{"not":"ink"}' }, new InMemoryStore());
    const log = record(session);
    session.start();
    expect(session.state).toBe('failed');
    expect(log.map((e) => e.type)).toEqual(['failed']);
    expect((log[0]?.payload as SessionEvents['failed']).kind).toBe('load');
  });
});
