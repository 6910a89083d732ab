/**
 * The embedded engine: one SQLite file (better-sqlite3) in the data directory, in WAL mode.
 * `synchronous=FULL` by default: a commit is on disk before the server acknowledges it, so neither a
 * `kill -9` nor a power cut loses an acknowledged vote. (`MINGLE_SQLITE_SYNC=normal` trades the power-cut
 * guarantee for speed; a killed process still loses nothing.) Several processes may open the same file:
 * appends stay consistent through the sequence check, but only PostgreSQL tells the other processes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { RoomEvent, RoomState } from '../../src/rooms/index.ts';
import type { CreatedEvent, RoomStorage, StoredEvent, StoredRoom } from './types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  seq INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  snapshot TEXT,
  snapshot_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS rooms_expiry ON rooms (expires_at);
CREATE TABLE IF NOT EXISTS events (
  room_id TEXT NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
) WITHOUT ROWID;
`;

export interface SqliteOptions {
  readonly file: string;
  readonly synchronous?: 'full' | 'normal';
}

export function openSqlite(options: SqliteOptions): RoomStorage {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insertRoom = db.prepare(
    'INSERT INTO rooms (id, code, seq, expires_at) VALUES (?, ?, 1, ?) ON CONFLICT (code) DO NOTHING',
  );
  const insertEvent = db.prepare('INSERT INTO events (room_id, seq, body) VALUES (?, ?, ?)');
  const byCode = db.prepare<[string, number], { id: string }>(
    'SELECT id FROM rooms WHERE code = ? AND expires_at > ?',
  );
  const roomRow = db.prepare<
    [string],
    { seq: number; snapshot: string | null; snapshot_seq: number }
  >('SELECT seq, snapshot, snapshot_seq FROM rooms WHERE id = ?');
  const after = db.prepare<[string, number], { seq: number; body: string }>(
    'SELECT seq, body FROM events WHERE room_id = ? AND seq > ? ORDER BY seq',
  );
  const bump = db.prepare('UPDATE rooms SET seq = ?, expires_at = ? WHERE id = ? AND seq = ?');
  const snap = db.prepare('UPDATE rooms SET snapshot = ?, snapshot_seq = ? WHERE id = ?');
  const del = db.prepare('DELETE FROM rooms WHERE id = ?');
  const expired = db.prepare<[number], { id: string }>(
    'SELECT id FROM rooms WHERE expires_at <= ?',
  );

  const createTx = db.transaction((event: CreatedEvent, expiresAt: number): boolean => {
    // A live room holding the code blocks it; an expired one gives it up.
    db.prepare('DELETE FROM rooms WHERE code = ? AND expires_at <= ?').run(event.code, event.at);
    if (insertRoom.run(event.roomId, event.code, expiresAt).changes === 0) return false;
    insertEvent.run(event.roomId, 1, JSON.stringify(event));
    return true;
  });

  const appendOne = (
    roomId: string,
    expectedSeq: number,
    events: readonly RoomEvent[],
    expiresAt: number,
    snapshot: RoomState | null,
  ): boolean => {
    const last = expectedSeq + events.length;
    if (bump.run(last, expiresAt, roomId, expectedSeq).changes === 0) return false;
    events.forEach((e, i) => insertEvent.run(roomId, expectedSeq + 1 + i, JSON.stringify(e)));
    if (snapshot) snap.run(JSON.stringify(snapshot), last, roomId);
    return true;
  };

  // Group commit: every append asked for in one turn of the event loop (from any room) goes into one
  // transaction, so one disk sync covers them all. better-sqlite3 is synchronous, and a sync per room
  // would hold the whole server for as many syncs as there are busy rooms.
  interface Queued {
    readonly args: Parameters<typeof appendOne>;
    readonly done: (ok: boolean) => void;
    readonly fail: (e: unknown) => void;
  }
  let queue: Queued[] = [];
  const flushTx = db.transaction((batch: readonly Queued[]) =>
    batch.map((q) => appendOne(...q.args)),
  );
  const flush = (): void => {
    const batch = queue;
    queue = [];
    try {
      const results = flushTx(batch);
      batch.forEach((q, i) => q.done(results[i] ?? false));
    } catch (e) {
      for (const q of batch) q.fail(e);
    }
  };

  const sweepTx = db.transaction((now: number): string[] => {
    const ids = expired.all(now).map((r) => r.id);
    for (const id of ids) del.run(id);
    return ids;
  });

  const rows = (roomId: string, seq: number): StoredEvent[] =>
    after.all(roomId, seq).map((r) => ({ seq: r.seq, event: JSON.parse(r.body) as RoomEvent }));

  return {
    kind: 'sqlite',
    create: (event, expiresAt) => Promise.resolve(createTx(event, expiresAt)),
    findByCode: (code, now) => Promise.resolve(byCode.get(code, now)?.id ?? null),
    load(roomId): Promise<StoredRoom | null> {
      const row = roomRow.get(roomId);
      if (!row) return Promise.resolve(null);
      const snapshot = row.snapshot
        ? { state: JSON.parse(row.snapshot) as RoomState, seq: row.snapshot_seq }
        : null;
      return Promise.resolve({ snapshot, events: rows(roomId, snapshot?.seq ?? 0) });
    },
    eventsAfter: (roomId, seq) => Promise.resolve(rows(roomId, seq)),
    append: (roomId, expectedSeq, events, expiresAt, snapshot) =>
      new Promise<boolean>((done, fail) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ args: [roomId, expectedSeq, events, expiresAt, snapshot], done, fail });
      }),
    delete(roomId) {
      del.run(roomId);
      return Promise.resolve();
    },
    sweep: (now) => Promise.resolve(sweepTx(now)),
    onNotice() {
      // One process, no one else to hear from.
    },
    close() {
      if (queue.length > 0) flush();
      db.close();
      return Promise.resolve();
    },
  };
}
