/**
 * A room over real WebSockets against a real server process with the embedded database: joining,
 * voting, changing a vote, reveal, override, who may do what, reconnecting, deleting, bad messages,
 * and the headers on the pages the server serves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoomConnection, type ServerMessage, type SocketLike } from '../../src/rooms/index.ts';
import { directives, pagePolicy } from '../../server/csp.ts';
import {
  Client,
  createRoom,
  fixtureDist,
  joinRoom,
  point,
  removeDir,
  startServer,
  tempDir,
  type ServerProcess,
} from './helpers.ts';

let server: ServerProcess;
const dirs: string[] = [];

beforeAll(async () => {
  const dist = fixtureDist();
  const data = tempDir('mingle-rooms-');
  dirs.push(dist, data);
  server = await startServer({ MINGLE_DIST: dist, MINGLE_DATA_DIR: data });
});

afterAll(async () => {
  await server.stop();
  for (const d of dirs) removeDir(d);
});

describe('a room', () => {
  it('joins, votes, changes a vote, reveals and continues with the majority', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    const a = await joinRoom(server.ws, code.toLowerCase(), { nickname: '  An  ' });
    const b = await joinRoom(server.ws, code);
    const lobby = await facilitator.view((v) => v.participants === 2);
    expect(lobby.people?.map((p) => p.nickname).sort()).toEqual(['An', null].sort());

    expect(await facilitator.request({ type: 'present', point: point('c1') })).toMatchObject({
      type: 'ack',
    });
    const open = await a.phone.view((v) => v.round?.choicePointId === 'c1');
    expect(open.round?.options[0]).toEqual({ index: 0, text: 'Option 0' }); // no effects before reveal
    expect(open.round?.discuss).toBeNull();

    expect(await a.phone.request({ type: 'vote', choicePointId: 'c1', index: 2 })).toMatchObject({
      type: 'ack',
    });
    expect(await b.phone.request({ type: 'vote', choicePointId: 'c1', index: 0 })).toMatchObject({
      type: 'ack',
    });
    expect(await a.phone.request({ type: 'vote', choicePointId: 'c1', index: 0 })).toMatchObject({
      type: 'ack',
    });
    const mine = await a.phone.view((v) => v.round?.myVote === 0);
    expect(mine.round?.tally).toBeNull();

    const count = await facilitator.waitFor(
      (m) => m.type === 'count' && m.voted === 2 && m.choicePointId === 'c1',
    );
    expect(count).toMatchObject({ participants: 2 });
    // The projector never sees the split before reveal either.
    expect(
      facilitator.received.some(
        (m) => m.type === 'view' && m.view.round?.tally && !m.view.round.revealed,
      ),
    ).toBe(false);

    expect(await facilitator.request({ type: 'reveal', choicePointId: 'c1' })).toMatchObject({
      type: 'ack',
    });
    const revealed = await b.phone.view((v) => v.phase === 'revealed');
    expect(revealed.round?.tally).toEqual([2, 0, 0]);
    expect(revealed.round?.options[0]).toMatchObject({ effects: { 1: -1 }, why: 'Because 0' });
    expect(revealed.round?.discuss).toBe('Discuss c1');
    expect(await a.phone.request({ type: 'vote', choicePointId: 'c1', index: 1 })).toMatchObject({
      type: 'error',
      code: 'voting-closed',
    });

    expect(
      await facilitator.request({ type: 'continue', choicePointId: 'c1', how: 'majority' }),
    ).toMatchObject({ type: 'ack' });
    const after = await b.phone.view((v) => v.phase === 'story');
    expect(after.history[0]).toMatchObject({
      kind: 'decision',
      chosen: 0,
      how: 'majority',
      tally: [2, 0, 0],
    });
    expect(after.position.path).toEqual([0]);
    for (const c of [facilitator, a.phone, b.phone]) c.close();
  });

  it('records an override, and keeps phones from revealing, continuing or overriding', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    const { phone } = await joinRoom(server.ws, code);
    await facilitator.request({ type: 'present', point: point('o1') });
    await phone.request({ type: 'vote', choicePointId: 'o1', index: 1 });
    for (const msg of [
      { type: 'reveal', choicePointId: 'o1' },
      { type: 'continue', choicePointId: 'o1', how: 'override', index: 2 },
      { type: 'present', point: point('zz') },
      { type: 'delete' },
      { type: 'countdown', action: 'skip' },
    ] as const) {
      expect(await phone.request(msg), msg.type).toMatchObject({
        type: 'error',
        code: 'forbidden',
      });
    }
    // And the facilitator cannot vote.
    expect(
      await facilitator.request({ type: 'vote', choicePointId: 'o1', index: 1 }),
    ).toMatchObject({
      code: 'forbidden',
    });
    await facilitator.request({ type: 'reveal', choicePointId: 'o1' });
    expect(
      await facilitator.request({
        type: 'continue',
        choicePointId: 'o1',
        how: 'override',
        index: 2,
      }),
    ).toMatchObject({ type: 'ack' });
    const v = await phone.view((x) => x.history.length === 1);
    expect(v.history[0]).toMatchObject({ chosen: 2, how: 'override', majority: [1] });
    facilitator.close();
    phone.close();
  });

  it('runs the countdown the facilitator starts, pauses and skips', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    const { phone } = await joinRoom(server.ws, code);
    await facilitator.request({ type: 'present', point: point('t1') });
    await facilitator.request({ type: 'countdown', action: 'start', durationMs: 60_000 });
    const running = await phone.view((v) => v.round?.countdown.status === 'running');
    expect(running.round?.countdown.remainingMs).toBeGreaterThan(50_000);
    await facilitator.request({ type: 'countdown', action: 'pause' });
    await phone.view((v) => v.round?.countdown.status === 'paused');
    await facilitator.request({ type: 'countdown', action: 'skip' });
    await phone.view((v) => v.round?.countdown.status === 'over' && !v.round.open);
    expect(await phone.request({ type: 'vote', choicePointId: 't1', index: 0 })).toMatchObject({
      code: 'voting-closed',
    });
    facilitator.close();
    phone.close();
  });

  it('refuses the wrong facilitator token, and lets the right one back in', async () => {
    const { facilitator, code, token } = await createRoom(server.ws);
    facilitator.close();
    const thief = await Client.open(server.ws);
    const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    thief.send({ type: 'host', code, token: wrong });
    expect(await thief.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'not-found' });
    thief.send({ type: 'reveal', choicePointId: 'x' });
    expect(await thief.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });
    thief.close();
    const back = await Client.open(server.ws);
    back.send({ type: 'host', code, token });
    const w = await back.waitFor((m) => m.type === 'welcome');
    expect(w).toMatchObject({ role: 'facilitator', code });
    expect(w.type === 'welcome' && w.token).toBeFalsy(); // the token is given once, at create
    back.close();
  });

  it('lets a phone that drops rejoin with its token and keep its one vote', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    const first = await joinRoom(server.ws, code, { nickname: 'Bo' });
    await facilitator.request({ type: 'present', point: point('r1') });
    await first.phone.request({ type: 'vote', choicePointId: 'r1', index: 1 });
    first.phone.socket.terminate();
    const again = await joinRoom(server.ws, code, { token: first.token });
    expect(again.participantId).toBe(first.participantId);
    const v = again.view;
    expect(v.round?.myVote).toBe(1);
    expect(v.participants).toBe(1);
    await again.phone.request({ type: 'vote', choicePointId: 'r1', index: 2 });
    await facilitator.request({ type: 'reveal', choicePointId: 'r1' });
    const shown = await facilitator.view((x) => x.phase === 'revealed');
    expect(shown.round?.tally).toEqual([0, 0, 1]);
    facilitator.close();
    again.phone.close();
  });

  it('reconnects by itself with back-off and resends what was not acknowledged', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    await facilitator.request({ type: 'present', point: point('k1') });
    const seen: ServerMessage[] = [];
    const statuses: string[] = [];
    const sockets: WebSocket[] = [];
    const conn = new RoomConnection(
      {
        url: server.ws,
        socket: (url): SocketLike => {
          const s = new WebSocket(url);
          sockets.push(s);
          return s;
        },
        onMessage: (m) => seen.push(m),
        onStatus: (s) => statuses.push(s),
        minDelayMs: 50,
        maxDelayMs: 400,
      },
      { type: 'join', code, nickname: 'Cy' },
    );
    const until = async (test: () => boolean): Promise<void> => {
      for (let i = 0; i < 400 && !test(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(test()).toBe(true);
    };
    await until(() => statuses.includes('open'));
    const firstEntry = conn.credentials;
    expect(firstEntry.type === 'join' && firstEntry.token).toBeTruthy();
    sockets[0]?.terminate();
    const vote = conn.request({ type: 'vote', choicePointId: 'k1', index: 2 }); // sent while down
    expect(await vote).toMatchObject({ type: 'ack' });
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(statuses).toContain('waiting');
    await facilitator.request({ type: 'reveal', choicePointId: 'k1' });
    const v = await facilitator.view((x) => x.phase === 'revealed');
    expect(v.round?.tally).toEqual([0, 0, 1]);
    expect(v.participants).toBe(1);
    conn.close();
    facilitator.close();
  });

  it('lets the facilitator remove a phone and delete the room at once', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    const a = await joinRoom(server.ws, code, { nickname: 'Rude' });
    const b = await joinRoom(server.ws, code);
    expect(
      await facilitator.request({ type: 'remove', participantId: a.participantId }),
    ).toMatchObject({
      type: 'ack',
    });
    expect(await a.phone.waitFor((m) => m.type === 'gone')).toMatchObject({ reason: 'removed' });
    await facilitator.view((v) => v.participants === 1);
    expect(await facilitator.request({ type: 'delete' })).toMatchObject({ type: 'ack' });
    expect(await b.phone.waitFor((m) => m.type === 'gone')).toMatchObject({ reason: 'deleted' });
    expect((await b.phone.closed).code).toBe(4000);
    const late = await Client.open(server.ws);
    late.send({ type: 'join', code });
    expect(await late.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'not-found' });
    late.close();
  });
});

describe('bad messages', () => {
  it('answers each with a clear error and never echoes it', async () => {
    const c = await Client.open(server.ws);
    c.sendRaw('{not json');
    expect(await c.waitFor((m) => m.type === 'error')).toMatchObject({
      code: 'bad-message',
      message: 'not JSON',
    });
    c.send({ type: 'join', code: '<img src=x onerror=alert(1)>', rid: 4 });
    const e = await c.waitFor((m) => m.type === 'error');
    expect(e).toMatchObject({ code: 'bad-message', rid: 4 });
    expect(JSON.stringify(e)).not.toContain('<img');
    const sneaky: Record<string, unknown> = {
      type: 'vote',
      choicePointId: 'x',
      index: 0,
      sneaky: 1,
    };
    c.send(sneaky);
    expect(await c.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'bad-message' });
    c.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await c.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'bad-message' });
    c.send({ type: 'vote', choicePointId: 'x', index: 0 });
    expect(await c.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'forbidden' });
    c.close();
  });

  it('closes a connection that sends a frame over the size cap', async () => {
    const c = await Client.open(server.ws);
    c.sendRaw(JSON.stringify({ type: 'ping', pad: 'x'.repeat(40 * 1024) }));
    expect((await c.closed).code).toBe(1009);
  });

  it('closes a connection that keeps sending garbage', async () => {
    const c = await Client.open(server.ws);
    for (let i = 0; i < 25; i++) c.sendRaw('nope');
    expect((await c.closed).code).toBe(4002);
  });
});

describe('the pages', () => {
  it('carry a strict CSP and the security headers, and stay inside dist/', async () => {
    for (const path of ['/', '/join/ABCDEF', '/assets/app-1234.js', '/nope.png']) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await fetch(`${server.url}/join/ABCDEF`)).status).toBe(200);
    expect((await fetch(`${server.url}/nope.png`)).status).toBe(404);
    expect(
      (await fetch(`${server.url}/assets/app-1234.js`)).headers.get('cache-control'),
    ).toContain('immutable');
    const escape = await fetch(`${server.url}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('root:');
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it("send the page's own policy as the header, with only the header-only directives added", async () => {
    const page = pagePolicy(readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8'));
    expect(page).toBeTruthy();
    const header = (await fetch(server.url)).headers.get('content-security-policy') ?? '';
    const sent = directives(header);
    const stated = directives(page ?? '');
    for (const [name, values] of stated) expect(sent.get(name), name).toEqual(values);
    expect([...sent.keys()].filter((k) => !stated.has(k))).toEqual(['frame-ancestors']);
    expect(sent.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('refuse to serve a build whose page states no policy', async () => {
    const dist = fixtureDist();
    dirs.push(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Mingle</title>');
    await expect(startServer({ MINGLE_DIST: dist })).rejects.toThrow(
      /index\.html states no Content-Security-Policy/,
    );
  });

  it('refuses a WebSocket from another site', async () => {
    await expect(Client.open(server.ws, { Origin: 'https://evil.example' })).rejects.toThrow(/403/);
    const ok = await Client.open(server.ws, { Origin: server.url });
    ok.close();
  });
});
