/**
 * `npm run serve`: the built game (`dist/`) and the workshop rooms from one process on one port.
 *
 *   PORT (8080)   HOST (0.0.0.0: phones on the same network can join)
 *   DATABASE_URL  PostgreSQL; else SQLite in MINGLE_DATA_DIR (./data)
 *   MINGLE_ROOM_TTL_MS      how long a room lives after its last change (24 hours)
 *   MINGLE_TRUST_PROXY=1    behind your own reverse proxy: take the address from X-Forwarded-For
 *   MINGLE_DIST             the folder to serve (./dist)
 *   MINGLE_LIMITS           JSON overriding server/limits.ts's DEFAULT_LIMITS (e.g. for a benchmark)
 *
 * Prints `listening on http://HOST:PORT` once ready (tests read it; PORT=0 picks a free port).
 * SIGTERM/SIGINT close the connections and the database cleanly; a crash loses nothing acknowledged.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { staticFiles } from './http.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { attachRooms } from './rooms-server.ts';
import { describeStorage, openStorage } from './storage/index.ts';

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number, not "${raw}"`);
  return n;
}

function limitsFromEnv(): Partial<Limits> {
  const raw = process.env.MINGLE_LIMITS;
  if (!raw) return {};
  const given = JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const key of Object.keys(DEFAULT_LIMITS)) {
    const v = given[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !(v > 0))
      throw new Error(`MINGLE_LIMITS.${key} must be a positive number`);
    out[key] = v;
  }
  return out;
}

async function main(): Promise<void> {
  const dist = resolve(process.env.MINGLE_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error(`serve: no built game in ${dist}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  const host = process.env.HOST ?? '0.0.0.0';
  let files: ReturnType<typeof staticFiles>;
  try {
    files = staticFiles(dist);
  } catch (e) {
    console.error(`serve: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  const storage = await openStorage(process.env);
  const http = createServer(files);
  const ttl = positive('MINGLE_ROOM_TTL_MS', 24 * 60 * 60_000);
  const rooms = attachRooms(http, {
    storage,
    ttlMs: ttl,
    trustProxy: process.env.MINGLE_TRUST_PROXY === '1',
    limits: limitsFromEnv(),
  });
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(port, host, ok);
  });
  const address = http.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  console.log(`mingle: rooms kept in ${describeStorage(process.env)}`);
  console.log(`mingle: listening on http://${shown}:${address.port}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await rooms.close();
      http.closeAllConnections();
      await new Promise<void>((ok) => http.close(() => ok()));
      await storage.close();
      process.exit(0);
    })();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(`serve: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
