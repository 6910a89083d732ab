/**
 * Time and abuse: rooms expire a set time after their last change, a flooding connection is slowed
 * then closed, and guessing join codes is stopped per connection and per address.
 * One server with a short room lifetime; the tests run in order (the last one blocks our address).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const dist = fixtureDist();
const data = tempDir('mingle-limits-');
const TTL = 1500;

beforeAll(async () => {
  server = await startServer({
    MINGLE_DIST: dist,
    MINGLE_DATA_DIR: data,
    MINGLE_ROOM_TTL_MS: String(TTL),
  });
});

afterAll(async () => {
  await server.stop();
  removeDir(dist);
  removeDir(data);
});

describe('limits', () => {
  it('expires a room a set time after its last change, telling everyone in it', async () => {
    const { facilitator, code } = await createRoom(server.ws);
    const { phone } = await joinRoom(server.ws, code);
    await facilitator.request({ type: 'present', point: point('e1') });
    // Activity keeps it alive past one lifetime…
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, TTL / 3));
      expect(
        await phone.request({ type: 'vote', choicePointId: 'e1', index: i % 3 }),
      ).toMatchObject({ type: 'ack' });
    }
    // …and silence ends it.
    expect(await phone.waitFor((m) => m.type === 'gone', 10_000)).toMatchObject({
      reason: 'expired',
    });
    expect(await facilitator.waitFor((m) => m.type === 'gone', 10_000)).toMatchObject({
      reason: 'expired',
    });
    const late = await Client.open(server.ws);
    late.send({ type: 'join', code });
    expect(await late.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'not-found' });
    late.close();
  });

  it('slows a flooding connection, then closes it', async () => {
    const c = await Client.open(server.ws);
    for (let i = 0; i < 60; i++) c.send({ type: 'ping', rid: i });
    expect(await c.waitFor((m) => m.type === 'error' && m.code === 'rate-limited')).toBeTruthy();
    const pongs = c.received.filter((m) => m.type === 'pong').length;
    expect(pongs).toBeLessThan(60);
    for (let i = 0; i < 200; i++) c.send({ type: 'ping' });
    expect((await c.closed).code).toBe(4029);
  });

  it('stops guessing join codes: per connection, then per address', async () => {
    const guesser = await Client.open(server.ws);
    for (let i = 0; i < 5; i++) {
      guesser.send({ type: 'join', code: `ZZZZZ${'23456'[i]}` });
      expect(await guesser.waitFor((m) => m.type === 'error')).toMatchObject({ code: 'not-found' });
    }
    expect((await guesser.closed).code).toBe(4008);
    // Fresh connections from the same address: 20 misses in ten minutes, then refused outright.
    let refused = false;
    for (let round = 0; round < 6 && !refused; round++) {
      const c = await Client.open(server.ws);
      for (let i = 0; i < 5 && !refused; i++) {
        c.send({ type: 'join', code: `YYYY${'23456789'[round]}${'23456'[i]}` });
        const e = await c.waitFor((m) => m.type === 'error');
        refused = e.type === 'error' && e.code === 'too-many-attempts';
      }
      c.close();
    }
    expect(refused).toBe(true);
  });
});
