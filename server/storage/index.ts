/**
 * Opens the storage the environment asks for: PostgreSQL when DATABASE_URL is set, else the embedded
 * SQLite file `rooms.sqlite` in the data directory (MINGLE_DATA_DIR, default `./data`).
 */
import { join, resolve } from 'node:path';
import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { RoomStorage } from './types.ts';

export type { RoomStorage } from './types.ts';

export interface StorageEnv {
  readonly DATABASE_URL?: string;
  readonly MINGLE_DATA_DIR?: string;
  readonly MINGLE_SQLITE_SYNC?: string;
}

export async function openStorage(env: StorageEnv): Promise<RoomStorage> {
  if (env.DATABASE_URL) return openPostgres({ connectionString: env.DATABASE_URL });
  const dir = resolve(env.MINGLE_DATA_DIR ?? 'data');
  return openSqlite({
    file: join(dir, 'rooms.sqlite'),
    synchronous: env.MINGLE_SQLITE_SYNC === 'normal' ? 'normal' : 'full',
  });
}

/** Where the rooms are kept, for a start-up line (never the password). */
export function describeStorage(env: StorageEnv): string {
  if (env.DATABASE_URL) {
    try {
      const u = new URL(env.DATABASE_URL);
      return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
    } catch {
      return 'PostgreSQL';
    }
  }
  return `SQLite in ${resolve(env.MINGLE_DATA_DIR ?? 'data')}`;
}
