/**
 * The server tests' tools: a real server process (`server/main.ts` through tsx, on a free port, killed
 * by the test that started it) and a small WebSocket client that queues what it receives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import type { ClientMessageInput, RoomView, ServerMessage } from '../../src/rooms/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A minimal built game: the server tests check serving and headers, not the game itself. Its page is
 * the real index.html, whose Content-Security-Policy the server sends as a header.
 */
export function fixtureDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mingle-dist-'));
  copyFileSync(join(ROOT, 'index.html'), join(dir, 'index.html'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1);');
  return dir;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface ServerProcess {
  readonly url: string;
  readonly ws: string;
  readonly proc: ChildProcess;
  readonly output: () => string;
  /** SIGKILL: no goodbye, no flush. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    proc.stdout?.on('data', (d: Buffer) => {
      log += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(log);
      if (m?.[1]) ok(m[1]);
    });
    proc.once('exit', (code) => fail(new Error(`server exited (${code}): ${log}`)));
  });
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  return {
    url,
    ws: `${url.replace(/^http/, 'ws')}/rooms`,
    proc,
    output: () => log,
    async kill9() {
      proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}

type Msg = ServerMessage;

export class Client {
  readonly socket: WebSocket;
  readonly received: Msg[] = [];
  private readonly waiters: { test: (m: Msg) => boolean; ok: (m: Msg) => void }[] = [];
  private rid = 1000;
  closed: Promise<{ code: number; reason: string }>;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    this.closed = new Promise((ok) =>
      socket.on('close', (code, reason) => ok({ code, reason: reason.toString() })),
    );
    socket.on('message', (data: Buffer) => {
      const m = JSON.parse(data.toString()) as Msg;
      this.received.push(m);
      for (const w of [...this.waiters]) {
        if (w.test(m)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.ok(m);
        }
      }
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<Client> {
    const socket = new WebSocket(url, { headers });
    return new Promise((ok, fail) => {
      socket.once('open', () => ok(new Client(socket)));
      socket.once('error', fail);
    });
  }

  send(message: ClientMessageInput | Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  sendRaw(text: string): void {
    this.socket.send(text);
  }

  /** The first message (already received or still to come) that passes `test`. */
  waitFor<T extends Msg>(test: (m: Msg) => m is T, timeoutMs?: number): Promise<T>;
  waitFor(test: (m: Msg) => boolean, timeoutMs?: number): Promise<Msg>;
  waitFor(test: (m: Msg) => boolean, timeoutMs = 20_000): Promise<Msg> {
    const seen = this.received.find(test);
    if (seen) {
      this.received.splice(this.received.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((ok, fail) => {
      const timer = setTimeout(
        () =>
          fail(new Error(`no matching message; got ${JSON.stringify(this.received).slice(-600)}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        ok: (m) => {
          clearTimeout(timer);
          this.received.splice(this.received.indexOf(m), 1);
          ok(m);
        },
      });
    });
  }

  /** Sends with a fresh rid and waits for its ack or error. */
  async request(
    message: ClientMessageInput,
  ): Promise<Extract<Msg, { type: 'ack' }> | Extract<Msg, { type: 'error' }>> {
    const rid = this.rid++;
    this.send({ ...message, rid });
    const answer = await this.waitFor(
      (m) => (m.type === 'ack' || m.type === 'error') && m.rid === rid,
    );
    return answer as Extract<Msg, { type: 'ack' }> | Extract<Msg, { type: 'error' }>;
  }

  /** The next view whose predicate holds (older views are dropped). */
  async view(test: (v: RoomView) => boolean = () => true): Promise<RoomView> {
    const m = await this.waitFor(
      (x) => (x.type === 'view' || x.type === 'welcome') && test(x.view),
    );
    return (m as Extract<Msg, { type: 'view' }>).view;
  }

  close(): void {
    this.socket.close();
  }
}

export const point = (id: string, n = 3) => ({
  id,
  prompt: `Choice ${id}`,
  options: Array.from({ length: n }, (_, i) => ({
    index: i,
    text: `Option ${i}`,
    effects: { 1: i - 1 },
    why: `Because ${i}`,
  })),
  discuss: `Discuss ${id}`,
});

export async function createRoom(
  url: string,
): Promise<{ facilitator: Client; code: string; token: string }> {
  const facilitator = await Client.open(url);
  facilitator.send({ type: 'create', scenario: { id: 'hard-seller', lang: 'en' }, title: 'Test' });
  const w = await facilitator.waitFor((m) => m.type === 'welcome');
  if (w.type !== 'welcome' || !w.token) throw new Error('no welcome');
  return { facilitator, code: w.code, token: w.token };
}

export async function joinRoom(
  url: string,
  code: string,
  extra: { token?: string; nickname?: string } = {},
): Promise<{ phone: Client; token: string; participantId: string; view: RoomView }> {
  const phone = await Client.open(url);
  phone.send({ type: 'join', code, ...extra });
  const w = await phone.waitFor((m) => m.type === 'welcome' || m.type === 'error');
  if (w.type !== 'welcome' || !w.token || !w.participantId) {
    throw new Error(`join failed: ${JSON.stringify(w)}`);
  }
  return { phone, token: w.token, participantId: w.participantId, view: w.view };
}
