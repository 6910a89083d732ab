/**
 * Two server processes on one PostgreSQL serve the same room: a vote sent to instance A reaches the
 * projector connected to instance B (LISTEN/NOTIFY), the reveal on B reaches phones on A, and votes
 * sent to both at once are all counted exactly once.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshSchema } from '../../scripts/pg-cluster.ts';
import {
  createRoom,
  fixtureDist,
  joinRoom,
  point,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers.ts';

const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)(
  `two instances on one PostgreSQL${pgUrl ? '' : ` (skipped: ${inject('pgMissing')})`}`,
  () => {
    const dist = fixtureDist();
    let a: ServerProcess;
    let b: ServerProcess;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const schema = await freshSchema(pgUrl);
      drop = schema.drop;
      [a, b] = await Promise.all([
        startServer({ MINGLE_DIST: dist, DATABASE_URL: schema.url }),
        startServer({ MINGLE_DIST: dist, DATABASE_URL: schema.url }),
      ]);
    });

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await drop?.();
      removeDir(dist);
    });

    it('shows a vote sent to A on the projector connected to B', async () => {
      const { facilitator, code } = await createRoom(b.ws);
      const onA = await joinRoom(a.ws, code, { nickname: 'Via A' });
      const joined = await facilitator.view((v) => v.participants === 1);
      expect(joined.people?.[0]?.nickname).toBe('Via A');
      await facilitator.request({ type: 'present', point: point('x1') });
      await onA.phone.view((v) => v.round?.choicePointId === 'x1');
      expect(
        await onA.phone.request({ type: 'vote', choicePointId: 'x1', index: 2 }),
      ).toMatchObject({
        type: 'ack',
      });
      expect(
        await facilitator.waitFor(
          (m) =>
            (m.type === 'count' || m.type === 'view') &&
            (m.type === 'count' ? m.voted === 1 : m.view.round?.voted === 1),
        ),
      ).toBeTruthy();
      await facilitator.request({ type: 'reveal', choicePointId: 'x1' });
      const seen = await onA.phone.view((v) => v.phase === 'revealed');
      expect(seen.round?.tally).toEqual([0, 0, 1]);
      facilitator.close();
      onA.phone.close();
    });

    it('counts votes sent to both instances at once exactly once each', async () => {
      const { facilitator, code } = await createRoom(a.ws);
      const phones = await Promise.all(
        Array.from({ length: 30 }, (_, i) => joinRoom(i % 2 ? a.ws : b.ws, code)),
      );
      await facilitator.request({ type: 'present', point: point('x2', 3) });
      await Promise.all(phones.map((p) => p.phone.view((v) => v.round?.choicePointId === 'x2')));
      const answers = await Promise.all(
        phones.map((p, i) => p.phone.request({ type: 'vote', choicePointId: 'x2', index: i % 3 })),
      );
      expect(answers.every((x) => x.type === 'ack')).toBe(true);
      // Some change their minds, on both instances.
      await Promise.all(
        phones
          .slice(0, 6)
          .map((p) => p.phone.request({ type: 'vote', choicePointId: 'x2', index: 0 })),
      );
      await facilitator.request({ type: 'reveal', choicePointId: 'x2' });
      const v = await facilitator.view((x) => x.phase === 'revealed');
      // 30 phones, i % 3; then phones 0–5 all vote 0: option 0 gets 10 + (1, 2, 4, 5 of 0–5) = 14.
      expect(v.round?.tally).toEqual([14, 8, 8]);
      expect(v.participants).toBe(30);
      facilitator.close();
      for (const p of phones) p.phone.close();
    });
  },
);
