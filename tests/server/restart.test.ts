/**
 * Nothing acknowledged is lost: the server is killed with SIGKILL in the middle of a vote, started
 * again on the same database, and the room, its history and every acknowledged vote are back — with
 * the embedded SQLite file and with PostgreSQL. Phones rejoin with their tokens and keep their votes.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshSchema } from '../../scripts/pg-cluster.ts';
import {
  Client,
  createRoom,
  fixtureDist,
  joinRoom,
  point,
  removeDir,
  startServer,
  tempDir,
} from './helpers.ts';

const dist = fixtureDist();
afterAll(() => removeDir(dist));

async function killMidVote(env: Record<string, string>): Promise<void> {
  let server = await startServer({ MINGLE_DIST: dist, ...env });
  const { facilitator, code, token } = await createRoom(server.ws);
  // A first decision, so there is history to come back.
  const phones = await Promise.all(
    Array.from({ length: 12 }, (_, i) => joinRoom(server.ws, code, { nickname: `P${i}` })),
  );
  await facilitator.request({ type: 'present', point: point('h1') });
  await Promise.all(
    phones.map((p) => p.phone.request({ type: 'vote', choicePointId: 'h1', index: 1 })),
  );
  await facilitator.request({ type: 'reveal', choicePointId: 'h1' });
  await facilitator.request({ type: 'continue', choicePointId: 'h1', how: 'majority' });
  await facilitator.request({ type: 'present', point: point('h2', 4) });

  // Mid-vote: every phone sends a vote; we kill the server as soon as half are acknowledged.
  const acked = new Map<number, number>();
  const answers = phones.map((p, i) =>
    p.phone.request({ type: 'vote', choicePointId: 'h2', index: i % 4 }).then((a) => {
      if (a.type === 'ack') acked.set(i, i % 4);
    }),
  );
  const t0 = Date.now();
  while (acked.size < phones.length / 2 && Date.now() - t0 < 30_000) {
    await new Promise((r) => setTimeout(r, 2));
  }
  await server.kill9();
  const ackedAtKill = new Map(acked);
  await Promise.race([Promise.all(answers), new Promise((r) => setTimeout(r, 200))]);
  for (const p of phones) p.phone.close();
  facilitator.close();
  expect(ackedAtKill.size).toBeGreaterThanOrEqual(phones.length / 2);

  server = await startServer({ MINGLE_DIST: dist, ...env });
  try {
    const back = await Client.open(server.ws);
    back.send({ type: 'host', code, token });
    const w = await back.waitFor((m) => m.type === 'welcome');
    if (w.type !== 'welcome') throw new Error('no welcome');
    expect(w.view.participants).toBe(12);
    expect(w.view.history).toHaveLength(1);
    expect(w.view.history[0]).toMatchObject({ kind: 'decision', chosen: 1, tally: [0, 12, 0] });
    expect(w.view.round?.choicePointId).toBe('h2');
    expect(w.view.round?.voted).toBeGreaterThanOrEqual(ackedAtKill.size);

    // Phones rejoin with their tokens: same participants, and each acknowledged vote is theirs.
    for (const [i, p] of phones.entries()) {
      const again = await joinRoom(server.ws, code, { token: p.token });
      expect(again.participantId).toBe(p.participantId);
      if (ackedAtKill.has(i)) expect(again.view.round?.myVote).toBe(ackedAtKill.get(i));
      again.phone.close();
    }
    expect(await back.request({ type: 'reveal', choicePointId: 'h2' })).toMatchObject({
      type: 'ack',
    });
    const v = await back.view((x) => x.phase === 'revealed');
    const tally = v.round?.tally ?? [];
    for (const [, index] of ackedAtKill) expect(tally[index]).toBeGreaterThan(0);
    expect(tally.reduce((a, b) => a + b, 0)).toBe(v.round?.voted);
    back.close();
  } finally {
    await server.stop();
  }
}

describe('kill -9 mid-vote and restart', () => {
  it('loses nothing with SQLite', async () => {
    const data = tempDir('mingle-restart-');
    try {
      await killMidVote({ MINGLE_DATA_DIR: data });
    } finally {
      removeDir(data);
    }
  });

  const pgUrl = inject('pgUrl');
  it.skipIf(!pgUrl)(
    `loses nothing with PostgreSQL${pgUrl ? '' : ` (skipped: ${inject('pgMissing')})`}`,
    async () => {
      const schema = await freshSchema(pgUrl);
      try {
        await killMidVote({ DATABASE_URL: schema.url });
      } finally {
        await schema.drop();
      }
    },
  );
});
