import { describe, expect, it } from 'vitest';
import {
  MAX_CLIENT_MESSAGE_BYTES,
  MESSAGES_BY_ROLE,
  ROOM_LIMITS,
  cleanNickname,
  isCode,
  normalizeCode,
  parseClientMessage,
  parseServerMessage,
  type ClientMessageInput,
} from '../../../src/rooms/index.ts';

const token = 'A'.repeat(43);

function parse(msg: unknown): ReturnType<typeof parseClientMessage> {
  return parseClientMessage(JSON.stringify(msg));
}

const point = {
  id: 'p.1',
  prompt: 'Hi',
  options: [{ index: 0, text: 'Hello', effects: { 1: 2, 5: -1 }, why: null }],
  discuss: null,
};

describe('client messages', () => {
  it('accept every message kind in its documented shape', () => {
    const all: ClientMessageInput[] = [
      { type: 'create', scenario: { id: 'hard-seller', lang: 'nl' }, title: 'Club' },
      { type: 'host', code: 'abc-def', token },
      { type: 'join', code: 'ABC DEF', nickname: '  An  ', rid: 3 },
      { type: 'join', code: 'ABCDEF', token },
      { type: 'ping' },
      { type: 'present', point },
      { type: 'countdown', action: 'start', durationMs: 30_000 },
      { type: 'countdown', action: 'skip' },
      { type: 'reveal', choicePointId: 'p.1' },
      { type: 'continue', choicePointId: 'p.1', how: 'override', index: 0 },
      { type: 'jump', to: 'follow_up' },
      { type: 'end', ending: null },
      { type: 'remove', participantId: 'x' },
      { type: 'delete' },
      { type: 'vote', choicePointId: 'p.1', index: 0 },
      { type: 'rename', nickname: null },
      { type: 'leave' },
    ];
    for (const m of all) expect(parse(m), JSON.stringify(m)).toMatchObject({ ok: true });
    const types = new Set(all.map((m) => m.type));
    for (const list of Object.values(MESSAGES_BY_ROLE))
      for (const t of list) expect(types.has(t)).toBe(true);
  });

  it('normalise join codes and nicknames', () => {
    const r = parse({ type: 'join', code: 'abc def', nickname: '  Jan\u202e  de\tVries ' });
    expect(r).toEqual({
      ok: true,
      message: { type: 'join', code: 'ABCDEF', nickname: 'Jan de Vries' },
    });
    expect(normalizeCode('ab-cd ef')).toBe('ABCDEF');
    expect(isCode('ABCDE0')).toBe(false); // no zero, no O, no one, no I
    expect(cleanNickname('   ')).toBeNull();
    expect(cleanNickname('x'.repeat(40))).toHaveLength(ROOM_LIMITS.nickname);
    expect(cleanNickname('<b>An</b>')).toBe('<b>An</b>'); // kept as text; screens render text only
  });

  it('refuse bad JSON, unknown types, unknown fields, oversize fields and oversize frames', () => {
    expect(parseClientMessage('{')).toMatchObject({ ok: false, reason: 'not JSON' });
    expect(parse({ type: 'hack' })).toMatchObject({ ok: false });
    expect(parse({ type: 'ping', extra: 1 })).toMatchObject({ ok: false });
    expect(parse({ type: 'vote', choicePointId: 'x', index: -1, rid: 9 })).toMatchObject({
      ok: false,
      rid: 9,
    });
    expect(parse({ type: 'vote', choicePointId: 'x', index: 1.5 })).toMatchObject({ ok: false });
    expect(parse({ type: 'join', code: 'ABCDEF', nickname: 'x'.repeat(500) })).toMatchObject({
      ok: false,
    });
    expect(parse({ type: 'host', code: 'ABCDEF', token: 'short' })).toMatchObject({ ok: false });
    expect(parse({ type: 'join', code: 'AB' })).toMatchObject({ ok: false });
    expect(parse({ type: 'create', scenario: { id: '../etc', lang: 'en' } })).toMatchObject({
      ok: false,
    });
    expect(parse({ type: 'create', scenario: { id: 'x', lang: 'fr' } })).toMatchObject({
      ok: false,
    });
    const many = {
      ...point,
      options: Array.from({ length: 9 }, (_, i) => ({ ...point.options[0], index: i })),
    };
    expect(parse({ type: 'present', point: many })).toMatchObject({ ok: false });
    const effects = { ...point, options: [{ ...point.options[0], effects: { 6: 1 } }] };
    expect(parse({ type: 'present', point: effects })).toMatchObject({ ok: false });
    const huge = JSON.stringify({ type: 'ping', pad: 'x'.repeat(MAX_CLIENT_MESSAGE_BYTES) });
    expect(parseClientMessage(huge)).toEqual({ ok: false, reason: 'message too large' });
  });

  it('give reasons that never echo the input', () => {
    const r = parse({ type: 'join', code: '<script>alert(1)</script>' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toContain('<script>');
  });
});

describe('server messages', () => {
  it('parse what the server sends and reject anything else', () => {
    expect(parseServerMessage(JSON.stringify({ type: 'pong', now: 5 }))).toEqual({
      type: 'pong',
      now: 5,
    });
    expect(
      parseServerMessage(JSON.stringify({ type: 'error', code: 'forbidden', message: 'no' })),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      parseServerMessage(JSON.stringify({ type: 'error', code: 'nope', message: 'no' })),
    ).toBeNull();
    expect(parseServerMessage('garbage')).toBeNull();
  });
});
