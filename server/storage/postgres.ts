/**
 * PostgreSQL engine (DATABASE_URL): the same tables as the embedded engine, and LISTEN/NOTIFY so that
 * every server instance on the database hears about the events the others append. Each append is one
 * statement (so one round trip and one implicit transaction): bump the room's sequence number if it is
 * still the expected one, insert the events, and notify — all or nothing. The notification is delivered
 * at commit, so a listener always finds the events it is told about.
 */
import pg from 'pg';
import type { RoomEvent, RoomState } from '../../src/rooms/index.ts';
import type { CreatedEvent, RoomNotice, RoomStorage, StoredEvent } from './types.ts';

const CHANNEL = 'mingle_rooms';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS mingle_rooms (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  seq BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  snapshot TEXT,
  snapshot_seq BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS mingle_rooms_expiry ON mingle_rooms (expires_at);
CREATE TABLE IF NOT EXISTS mingle_events (
  room_id TEXT NOT NULL REFERENCES mingle_rooms (id) ON DELETE CASCADE,
  seq BIGINT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
);
`;

const APPEND = `
WITH up AS (
  UPDATE mingle_rooms
     SET seq = $1, expires_at = $2,
         snapshot = COALESCE($6, snapshot),
         snapshot_seq = CASE WHEN $6::text IS NULL THEN snapshot_seq ELSE $1 END
   WHERE id = $3 AND seq = $4
   RETURNING id
), ins AS (
  INSERT INTO mingle_events (room_id, seq, body)
  SELECT $3, s, b FROM unnest($5::text[]) WITH ORDINALITY AS t(b, s0), LATERAL (SELECT $4 + s0 AS s) x
   WHERE EXISTS (SELECT 1 FROM up)
  RETURNING 1
), n AS (
  SELECT pg_notify('${CHANNEL}', $3 || ':' || $1::text) FROM up
)
SELECT (SELECT count(*) FROM up)::int AS updated, (SELECT count(*) FROM ins)::int AS inserted,
       (SELECT count(*) FROM n)::int AS notified`;

const CREATE = `
WITH gone AS (
  DELETE FROM mingle_rooms WHERE code = $2 AND expires_at <= $5
), r AS (
  INSERT INTO mingle_rooms (id, code, seq, expires_at) VALUES ($1, $2, 1, $3)
  ON CONFLICT (code) DO NOTHING RETURNING id
), e AS (
  INSERT INTO mingle_events (room_id, seq, body) SELECT id, 1, $4 FROM r RETURNING 1
)
SELECT (SELECT count(*) FROM r)::int AS created, (SELECT count(*) FROM e)::int AS events`;

export interface PostgresOptions {
  readonly connectionString: string;
  readonly poolSize?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<RoomStorage> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
  });
  pool.on('error', (err) => console.error('rooms: PostgreSQL pool error:', err.message));
  // Two instances starting together must not both create the tables.
  const setup = await pool.connect();
  try {
    await setup.query('BEGIN');
    await setup.query('SELECT pg_advisory_xact_lock(727001)');
    await setup.query(SCHEMA);
    await setup.query('COMMIT');
  } catch (err) {
    await setup.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    setup.release();
  }

  const listeners: ((n: RoomNotice) => void)[] = [];
  let listener: pg.Client | null = null;
  let closed = false;
  let retry = 500;

  const emit = (n: RoomNotice): void => {
    for (const l of listeners) l(n);
  };

  async function listen(): Promise<void> {
    const client = new pg.Client({ connectionString: options.connectionString });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const cut = msg.payload.lastIndexOf(':');
      const roomId = msg.payload.slice(0, cut);
      const tail = msg.payload.slice(cut + 1);
      if (tail === 'deleted') emit({ roomId, kind: 'deleted' });
      else emit({ roomId, kind: 'events', seq: Number(tail) });
    });
    client.on('error', (err) => {
      console.error('rooms: PostgreSQL listener lost:', err.message);
      void client.end().catch(() => undefined);
      if (listener === client) listener = null;
      if (!closed) setTimeout(() => void reconnect(), retry);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
    retry = 500;
  }

  async function reconnect(): Promise<void> {
    if (closed || listener) return;
    try {
      await listen();
      // Notifications sent while we were away are lost: tell the hub to re-read every room it holds.
      emit({ roomId: '*', kind: 'events', seq: 0 });
    } catch {
      retry = Math.min(retry * 2, 10_000);
      setTimeout(() => void reconnect(), retry);
    }
  }

  await listen();

  const rows = async (roomId: string, seq: number): Promise<StoredEvent[]> => {
    const r = await pool.query<{ seq: string; body: string }>(
      'SELECT seq, body FROM mingle_events WHERE room_id = $1 AND seq > $2 ORDER BY seq',
      [roomId, seq],
    );
    return r.rows.map((row) => ({
      seq: Number(row.seq),
      event: JSON.parse(row.body) as RoomEvent,
    }));
  };

  return {
    kind: 'postgres',
    async create(event: CreatedEvent, expiresAt: number) {
      const r = await pool.query<{ created: number }>(CREATE, [
        event.roomId,
        event.code,
        expiresAt,
        JSON.stringify(event),
        event.at,
      ]);
      return r.rows[0]?.created === 1;
    },
    async findByCode(code, now) {
      const r = await pool.query<{ id: string }>(
        'SELECT id FROM mingle_rooms WHERE code = $1 AND expires_at > $2',
        [code, now],
      );
      return r.rows[0]?.id ?? null;
    },
    async load(roomId) {
      const r = await pool.query<{ snapshot: string | null; snapshot_seq: string }>(
        'SELECT snapshot, snapshot_seq FROM mingle_rooms WHERE id = $1',
        [roomId],
      );
      const row = r.rows[0];
      if (!row) return null;
      const snapshot = row.snapshot
        ? { state: JSON.parse(row.snapshot) as RoomState, seq: Number(row.snapshot_seq) }
        : null;
      return { snapshot, events: await rows(roomId, snapshot?.seq ?? 0) };
    },
    eventsAfter: rows,
    async append(roomId, expectedSeq, events, expiresAt, snapshot) {
      const r = await pool.query<{ updated: number }>(APPEND, [
        expectedSeq + events.length,
        expiresAt,
        roomId,
        expectedSeq,
        events.map((e) => JSON.stringify(e)),
        snapshot ? JSON.stringify(snapshot) : null,
      ]);
      return r.rows[0]?.updated === 1;
    },
    async delete(roomId) {
      await pool.query(
        `WITH d AS (DELETE FROM mingle_rooms WHERE id = $1 RETURNING id)
         SELECT pg_notify('${CHANNEL}', id || ':deleted') FROM d`,
        [roomId],
      );
    },
    async sweep(now) {
      const r = await pool.query<{ id: string }>(
        `WITH d AS (DELETE FROM mingle_rooms WHERE expires_at <= $1 RETURNING id)
         SELECT id, pg_notify('${CHANNEL}', id || ':deleted') FROM d`,
        [now],
      );
      return r.rows.map((row) => row.id);
    },
    onNotice(l) {
      listeners.push(l);
    },
    async close() {
      closed = true;
      const l = listener;
      listener = null;
      await l?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
