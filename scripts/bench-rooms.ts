/**
 * `npm run bench:rooms`: the room server under simulated phones, with SQLite and with PostgreSQL.
 *
 *   1. one room, 200 phones (--phones), several choice points (--rounds);
 *   2. 50 rooms of 30 phones (--rooms, --room-size) voting at the same time;
 *   3. optionally a soak (--soak=SECONDS): the 50 rooms keep playing; server memory sampled throughout.
 *
 * For each: p50/p95/max latency from a vote to the projector's count, from Reveal to each phone's
 * revealed view; the server process's CPU (from /proc) and resident memory; and the tally check —
 * after reveal every option's count must equal the votes the phones last sent (zero lost, zero
 * duplicated). The server runs as its own process (server/main.ts), so its CPU and memory are its own;
 * the phones share this process. On a loaded machine the latencies include waiting for a CPU: the
 * script prints the load average with the figures.
 *
 *   --storage=sqlite|postgres|both (both)   --database-url=URL (else a throwaway cluster)
 *   --phones=200 --rooms=50 --room-size=30 --rounds=3 --soak=0
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import type { RoomView, ServerMessage } from '../src/rooms/index.ts';
import { freshSchema, startCluster, type Cluster } from './pg-cluster.ts';

const { values: args } = parseArgs({
  options: {
    storage: { type: 'string', default: 'both' },
    'database-url': { type: 'string' },
    phones: { type: 'string', default: '200' },
    rooms: { type: 'string', default: '50' },
    'room-size': { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    soak: { type: 'string', default: '0' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
const PHONES = Number(args.phones);
const ROOMS = Number(args.rooms);
const ROOM_SIZE = Number(args['room-size']);
const ROUNDS = Number(args.rounds);
const SOAK_S = Number(args.soak);
const OPTIONS = 4;
/** Phones spread their votes over this window, as a room does after the facilitator opens a choice. */
const VOTE_WINDOW_MS = 2000;

const ROOT = resolve(import.meta.dirname, '..');

// ---- The server process --------------------------------------------------------------------------

interface Server {
  readonly ws: string;
  readonly proc: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      // The benchmark's phones all come from one address and one process.
      MINGLE_LIMITS: JSON.stringify({
        roomsPerAddressPerHour: 100_000,
        messagesPerSecond: 100,
        burst: 200,
      }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    proc.once('exit', (c) => fail(new Error(`server exited ${c}: ${out}`)));
  });
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  return {
    ws: `${url.replace(/^http/, 'ws')}/rooms`,
    proc,
    async stop() {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

/** CPU seconds (user + system) and resident memory of a process, from /proc. */
function usage(pid: number): { cpu: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpu: ticks / 100, rssMb: Number(rss?.[1] ?? 0) / 1024 };
}

// ---- Simulated clients ---------------------------------------------------------------------------

class Sim {
  readonly socket: WebSocket;
  private readonly handlers = new Set<(m: ServerMessage, at: number) => void>();

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data: Buffer) => {
      const at = performance.now();
      const m = JSON.parse(data.toString()) as ServerMessage;
      for (const h of [...this.handlers]) h(m, at);
    });
  }

  static open(url: string): Promise<Sim> {
    const s = new WebSocket(url, { perMessageDeflate: false });
    return new Promise((ok, fail) => {
      s.once('open', () => ok(new Sim(s)));
      s.once('error', fail);
    });
  }

  on(h: (m: ServerMessage, at: number) => void): () => void {
    this.handlers.add(h);
    return () => this.handlers.delete(h);
  }

  send(m: unknown): void {
    this.socket.send(JSON.stringify(m));
  }

  next<T extends ServerMessage>(
    test: (m: ServerMessage) => m is T,
    timeoutMs = 60_000,
  ): Promise<T> {
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => {
        off();
        fail(new Error('timed out waiting for the server'));
      }, timeoutMs);
      const off = this.on((m) => {
        if (test(m)) {
          clearTimeout(timer);
          off();
          ok(m);
        }
      });
    });
  }
}

interface Room {
  readonly projector: Sim;
  readonly code: string;
  readonly phones: Sim[];
}

async function openRoom(url: string, size: number): Promise<Room> {
  const projector = await Sim.open(url);
  const welcomed = projector.next(
    (m): m is Extract<ServerMessage, { type: 'welcome' }> => m.type === 'welcome',
  );
  projector.send({ type: 'create', scenario: { id: 'hard-seller', lang: 'en' }, title: 'Bench' });
  const { code } = await welcomed;
  const phones: Sim[] = [];
  for (let i = 0; i < size; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, size - i) }, async () => {
        const phone = await Sim.open(url);
        const w = phone.next((m) => m.type === 'welcome' || m.type === 'error');
        phone.send({ type: 'join', code });
        const answer = await w;
        if (answer.type !== 'welcome') throw new Error(`join refused: ${JSON.stringify(answer)}`);
        return phone;
      }),
    );
    phones.push(...batch);
  }
  return { projector, code, phones };
}

interface RoundResult {
  readonly voteToCount: number[];
  readonly revealToPhone: number[];
  readonly lost: number;
  readonly duplicated: number;
}

const isView = (m: ServerMessage): m is Extract<ServerMessage, { type: 'view' }> =>
  m.type === 'view';

/** One choice point: present, phones vote (a tenth change their minds), reveal, check, continue. */
async function playRound(room: Room, id: string): Promise<RoundResult> {
  const { projector, phones } = room;
  const point = {
    id,
    prompt: 'Which would you do?',
    options: Array.from({ length: OPTIONS }, (_, i) => ({
      index: i,
      text: `Option ${i}`,
      effects: { 1: i - 1 },
      why: 'Because.',
    })),
    discuss: 'Why?',
  };
  const seen = phones.map((p) =>
    p.next(
      (m): m is Extract<ServerMessage, { type: 'view' }> =>
        isView(m) && m.view.round?.choicePointId === id,
    ),
  );
  projector.send({ type: 'present', point });
  await Promise.all(seen);

  // The projector's count over time.
  const countAt: { voted: number; at: number }[] = [];
  const offCount = projector.on((m, at) => {
    if (m.type === 'count' && m.choicePointId === id) countAt.push({ voted: m.voted, at });
  });
  const expected = new Map<number, number>();
  const sentAt: number[] = [];
  let rid = 1;
  const acks = phones.map((phone, i) => {
    const first = Math.floor(Math.random() * OPTIONS);
    const change = Math.random() < 0.1;
    const last = change ? (first + 1) % OPTIONS : first;
    expected.set(i, last);
    return new Promise<void>((done, fail) => {
      const delay = Math.random() * VOTE_WINDOW_MS;
      setTimeout(() => {
        const r1 = rid++;
        const r2 = rid++;
        let waiting = change ? 2 : 1;
        const off = phone.on((m) => {
          if ((m.type === 'ack' || m.type === 'error') && (m.rid === r1 || m.rid === r2)) {
            if (m.type === 'error') fail(new Error(`vote refused: ${m.code}`));
            if (--waiting === 0) {
              off();
              done();
            }
          }
        });
        sentAt.push(performance.now());
        phone.send({ type: 'vote', rid: r1, choicePointId: id, index: first });
        if (change) phone.send({ type: 'vote', rid: r2, choicePointId: id, index: last });
      }, delay);
    });
  });
  await Promise.all(acks);
  // Let the last count arrive.
  const t0 = performance.now();
  while (!countAt.some((c) => c.voted >= phones.length) && performance.now() - t0 < 30_000) {
    await new Promise((r) => setTimeout(r, 5));
  }
  offCount();
  sentAt.sort((a, b) => a - b);
  const voteToCount: number[] = [];
  for (let k = 1; k <= phones.length; k++) {
    const reached = countAt.find((c) => c.voted >= k);
    const sent = sentAt[k - 1];
    if (reached && sent !== undefined) voteToCount.push(Math.max(0, reached.at - sent));
  }

  // Reveal → each phone.
  const revealStart = performance.now();
  const revealed = phones.map((p) =>
    p
      .next(
        (m): m is Extract<ServerMessage, { type: 'view' }> =>
          isView(m) && m.view.phase === 'revealed',
      )
      .then((_m) => performance.now() - revealStart),
  );
  const projectorView = projector.next(
    (m): m is Extract<ServerMessage, { type: 'view' }> => isView(m) && m.view.phase === 'revealed',
  );
  projector.send({ type: 'reveal', choicePointId: id });
  const revealToPhone = await Promise.all(revealed);
  const view: RoomView = (await projectorView).view;
  const want = Array.from({ length: OPTIONS }, () => 0);
  for (const v of expected.values()) want[v] = (want[v] ?? 0) + 1;
  const got = view.round?.tally ?? [];
  let lost = 0;
  let duplicated = 0;
  want.forEach((w, i) => {
    const g = got[i] ?? 0;
    if (g < w) lost += w - g;
    if (g > w) duplicated += g - w;
  });
  const story = projector.next(
    (m): m is Extract<ServerMessage, { type: 'view' }> => isView(m) && m.view.phase === 'story',
  );
  projector.send({ type: 'continue', choicePointId: id, how: 'majority' });
  await story;
  return { voteToCount, revealToPhone, lost, duplicated };
}

// ---- Figures -------------------------------------------------------------------------------------

/** The largest value; a loop, because spreading a soak's hundreds of thousands of samples overflows the stack. */
function largest(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function ms(v: number): string {
  return `${v.toFixed(0)} ms`;
}

interface Figures {
  storage: string;
  label: string;
  votes: number;
  voteP50: number;
  voteP95: number;
  voteMax: number;
  revealP50: number;
  revealP95: number;
  revealMax: number;
  lost: number;
  duplicated: number;
  cpuPct: number;
  rssMb: number;
}

let currentStorage = '';

function figures(
  label: string,
  results: RoundResult[],
  cpuSeconds: number,
  wallSeconds: number,
  rssMb: number,
): Figures {
  const votes = results.flatMap((r) => r.voteToCount);
  const reveals = results.flatMap((r) => r.revealToPhone);
  return {
    storage: currentStorage,
    label,
    votes: votes.length,
    voteP50: pct(votes, 50),
    voteP95: pct(votes, 95),
    voteMax: largest(votes),
    revealP50: pct(reveals, 50),
    revealP95: pct(reveals, 95),
    revealMax: largest(reveals),
    lost: results.reduce((a, r) => a + r.lost, 0),
    duplicated: results.reduce((a, r) => a + r.duplicated, 0),
    cpuPct: (100 * cpuSeconds) / wallSeconds,
    rssMb,
  };
}

function print(f: Figures): void {
  console.log(
    `  ${f.label.padEnd(34)} vote→projector p50 ${ms(f.voteP50)}, p95 ${ms(f.voteP95)}, max ${ms(f.voteMax)} (${f.votes} votes); ` +
      `reveal→phone p50 ${ms(f.revealP50)}, p95 ${ms(f.revealP95)}, max ${ms(f.revealMax)}; ` +
      `lost ${f.lost}, duplicated ${f.duplicated}; server CPU ${f.cpuPct.toFixed(0)} % of a core, RSS ${f.rssMb.toFixed(0)} MB`,
  );
}

async function measure(
  server: Server,
  label: string,
  run: () => Promise<RoundResult[]>,
): Promise<Figures> {
  const pid = server.proc.pid ?? 0;
  const before = usage(pid);
  let peak = before.rssMb;
  const sampler = setInterval(() => (peak = Math.max(peak, usage(pid).rssMb)), 250);
  const t0 = performance.now();
  const results = await run();
  const wall = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const after = usage(pid);
  const f = figures(label, results, after.cpu - before.cpu, wall, Math.max(peak, after.rssMb));
  print(f);
  return f;
}

async function benchStorage(
  kind: 'sqlite' | 'postgres',
  env: Record<string, string>,
): Promise<Figures[]> {
  currentStorage = kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  console.log(`\n${kind === 'sqlite' ? 'SQLite (embedded, synchronous=FULL)' : 'PostgreSQL'}:`);
  const server = await startServer(env);
  const out: Figures[] = [];
  try {
    const big = await openRoom(server.ws, PHONES);
    out.push(
      await measure(server, `1 room × ${PHONES} phones, ${ROUNDS} rounds`, async () => {
        const results: RoundResult[] = [];
        for (let r = 0; r < ROUNDS; r++) results.push(await playRound(big, `big-${r}`));
        return results;
      }),
    );
    for (const p of [big.projector, ...big.phones]) p.socket.close();

    const rooms: Room[] = [];
    for (let i = 0; i < ROOMS; i += 10) {
      rooms.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, ROOMS - i) }, () => openRoom(server.ws, ROOM_SIZE)),
        )),
      );
    }
    out.push(
      await measure(
        server,
        `${ROOMS} rooms × ${ROOM_SIZE} phones at once, ${ROUNDS} rounds`,
        async () => {
          const results: RoundResult[] = [];
          for (let r = 0; r < ROUNDS; r++) {
            results.push(...(await Promise.all(rooms.map((room) => playRound(room, `many-${r}`)))));
          }
          return results;
        },
      ),
    );

    if (SOAK_S > 0) {
      const pid = server.proc.pid ?? 0;
      const samples: { t: number; rss: number }[] = [];
      const start = performance.now();
      const sampler = setInterval(
        () => samples.push({ t: (performance.now() - start) / 1000, rss: usage(pid).rssMb }),
        5000,
      );
      let round = 0;
      const results: RoundResult[] = [];
      const cpu0 = usage(pid).cpu;
      while ((performance.now() - start) / 1000 < SOAK_S) {
        results.push(...(await Promise.all(rooms.map((room) => playRound(room, `soak-${round}`)))));
        round++;
      }
      clearInterval(sampler);
      const wall = (performance.now() - start) / 1000;
      const f = figures(
        `soak ${wall.toFixed(0)} s (${round} rounds × ${ROOMS} rooms)`,
        results,
        usage(pid).cpu - cpu0,
        wall,
        largest(samples.map((s) => s.rss)),
      );
      print(f);
      const warm = samples.filter((s) => s.t >= Math.min(30, SOAK_S / 4));
      const first = warm[0]?.rss ?? NaN;
      const last = warm.at(-1)?.rss ?? NaN;
      console.log(
        `  soak memory: RSS ${samples.map((s) => s.rss.toFixed(0)).join(', ')} MB (every 5 s); ` +
          `after warm-up ${first.toFixed(0)} → ${last.toFixed(0)} MB`,
      );
      out.push(f);
    }
    for (const room of rooms) for (const p of [room.projector, ...room.phones]) p.socket.close();
  } finally {
    await server.stop();
  }
  return out;
}

async function main(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), 'mingle-bench-dist-'));
  // The real page: the server sends its Content-Security-Policy and refuses a page without one.
  copyFileSync(join(ROOT, 'index.html'), join(dist, 'index.html'));
  mkdirSync(join(dist, 'assets'));
  const [l1, l5] = loadavg();
  console.log(
    `rooms benchmark: ${PHONES} phones in one room; ${ROOMS} rooms × ${ROOM_SIZE}; ${ROUNDS} rounds each; ` +
      `soak ${SOAK_S} s; votes spread over ${VOTE_WINDOW_MS} ms; load average ${l1?.toFixed(1)} / ${l5?.toFixed(1)}`,
  );
  const all: Figures[] = [];
  let cluster: Cluster | null = null;
  try {
    if (args.storage === 'sqlite' || args.storage === 'both') {
      const data = mkdtempSync(join(tmpdir(), 'mingle-bench-data-'));
      try {
        all.push(...(await benchStorage('sqlite', { MINGLE_DIST: dist, MINGLE_DATA_DIR: data })));
      } finally {
        rmSync(data, { recursive: true, force: true });
      }
    }
    if (args.storage === 'postgres' || args.storage === 'both') {
      let base = args['database-url'] ?? process.env.DATABASE_URL ?? '';
      if (!base) {
        const c = await startCluster();
        if (typeof c === 'string') throw new Error(`PostgreSQL: ${c}`);
        cluster = c;
        base = c.url;
      }
      const schema = await freshSchema(base);
      try {
        all.push(
          ...(await benchStorage('postgres', { MINGLE_DIST: dist, DATABASE_URL: schema.url })),
        );
      } finally {
        await schema.drop();
      }
    }
  } finally {
    cluster?.stop();
    rmSync(dist, { recursive: true, force: true });
  }
  const bad = all.filter((f) => f.lost > 0 || f.duplicated > 0);
  const big = all.filter((f) => f.label.startsWith('1 room'));
  console.log(
    `\ntarget p95 vote→projector ≤ 250 ms in the ${PHONES}-phone room: ` +
      big.map((f) => `${ms(f.voteP95)} (${f.storage})`).join(', ') +
      `; lost or duplicated votes: ${bad.length === 0 ? 'none' : bad.map((f) => f.label).join(', ')}`,
  );
  if (bad.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
