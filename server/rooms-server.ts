/**
 * The rooms' WebSocket endpoint, attachable to any Node HTTP server: our own (server/main.ts) or Vite's
 * dev server (server/vite-plugin.ts). It owns the connection rules — origin check, frame size, rate
 * limits, attempt limits, which role may send what — and hands valid commands to the RoomHub.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  MAX_CLIENT_MESSAGE_BYTES,
  MESSAGES_BY_ROLE,
  ROOMS_PATH,
  ROOM_TTL_MS,
  parseClientMessage,
  type ClientMessage,
  type ServerMessage,
} from '../src/rooms/index.ts';
import { RoomHub, type Peer } from './hub.ts';
import { DEFAULT_LIMITS, Guards, TokenBucket, type Limits } from './limits.ts';
import type { RoomStorage } from './storage/types.ts';

export interface RoomsOptions {
  readonly storage: RoomStorage;
  readonly ttlMs?: number;
  /** How often expired rooms are swept; at most a minute, and at least twice per TTL. */
  readonly sweepEveryMs?: number;
  readonly limits?: Partial<Limits>;
  /** Trust X-Forwarded-For for the client's address (only behind your own reverse proxy). */
  readonly trustProxy?: boolean;
  /** Origins allowed besides the server's own (e.g. a dev setup on another port). */
  readonly allowedOrigins?: readonly string[];
  /** Room server log lines; console by default. */
  readonly log?: (line: string) => void;
}

export interface RoomsServer {
  readonly hub: RoomHub;
  /** Stops accepting, closes every connection and the hub (not the storage, not the HTTP server). */
  close(): Promise<void>;
}

/** A client that stops answering pings for this long is dropped. */
const HEARTBEAT_MS = 30_000;
/** A client that does not read what we send is dropped past this much backlog. */
const MAX_BACKLOG = 4 * 1024 * 1024;

function addressOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = req.headers['x-forwarded-for'];
    const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Same-origin check: browsers send Origin on WebSocket upgrades; other clients (tests, bench) do not. */
function originAllowed(req: IncomingMessage, extra: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (extra.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function attachRooms(http: Server, options: RoomsOptions): RoomsServer {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const guards = new Guards(limits);
  const ttlMs = options.ttlMs ?? ROOM_TTL_MS;
  const log = options.log ?? ((line: string) => console.log(line));
  const hub = new RoomHub(options.storage, { ttlMs });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_CLIENT_MESSAGE_BYTES,
    perMessageDeflate: false,
  });
  const alive = new WeakMap<WebSocket, boolean>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== ROOMS_PATH) return; // someone else's (Vite's HMR socket)
    if (!originAllowed(req, options.allowedOrigins ?? [])) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => connection(ws, req));
  };
  http.on('upgrade', onUpgrade);

  function connection(ws: WebSocket, req: IncomingMessage): void {
    const address = addressOf(req, options.trustProxy ?? false);
    const bucket = new TokenBucket(limits.burst, limits.messagesPerSecond, Date.now());
    let drops = 0;
    let bad = 0;
    let failedJoins = 0;
    let lastRateError = 0;
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));

    const peer: Peer = {
      role: 'none',
      roomId: null,
      participantId: null,
      send(message: ServerMessage) {
        if (ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > MAX_BACKLOG) {
          ws.terminate();
          return;
        }
        ws.send(JSON.stringify(message));
      },
      close(code, reason) {
        if (ws.readyState === ws.OPEN) ws.close(code, reason);
      },
    };
    const send = peer.send.bind(peer);

    const attemptsBlocked = (now: number): boolean =>
      failedJoins >= limits.failedJoinsPerConnection ||
      guards.failedByAddress.blocked(address, now) ||
      guards.failedEverywhere.blocked('*', now);

    const failedAttempt = (rid: number | undefined, now: number): void => {
      failedJoins++;
      guards.failedByAddress.add(address, now);
      guards.failedEverywhere.add('*', now);
      send({ type: 'error', rid, code: 'not-found', message: 'no room with that code and key' });
      if (failedJoins >= limits.failedJoinsPerConnection) ws.close(4008, 'too many attempts');
    };

    async function handle(msg: ClientMessage): Promise<void> {
      const now = Date.now();
      const rid = msg.rid;
      switch (msg.type) {
        case 'ping':
          send({ type: 'pong', ...(rid === undefined ? {} : { rid }), now });
          return;
        case 'create':
          if (guards.roomsByAddress.blocked(address, now)) {
            send({ type: 'error', rid, code: 'too-many-attempts', message: 'too many new rooms' });
            return;
          }
          guards.roomsByAddress.add(address, now);
          await hub.create(peer, msg.scenario, msg.title ?? null, rid);
          return;
        case 'host':
        case 'join': {
          if (attemptsBlocked(now)) {
            send({ type: 'error', rid, code: 'too-many-attempts', message: 'too many attempts' });
            return;
          }
          const found =
            msg.type === 'host'
              ? await hub.host(peer, msg.code, msg.token, rid)
              : await hub.join(peer, msg.code, msg.token, msg.nickname, rid);
          if (!found) failedAttempt(rid, now);
          return;
        }
        default:
          hub.command(peer, msg);
      }
    }

    ws.on('message', (data: RawData, isBinary: boolean) => {
      const now = Date.now();
      if (!bucket.take(now)) {
        drops++;
        if (drops >= limits.dropsBeforeClose) {
          ws.close(4029, 'rate limit');
          return;
        }
        if (now - lastRateError > 1000) {
          lastRateError = now;
          send({ type: 'error', code: 'rate-limited', message: 'slow down' });
        }
        return;
      }
      const text = isBinary ? null : rawText(data);
      const parsed = text === null ? null : parseClientMessage(text);
      if (!parsed || !parsed.ok) {
        bad++;
        send({
          type: 'error',
          ...(parsed && !parsed.ok && parsed.rid !== undefined ? { rid: parsed.rid } : {}),
          code: 'bad-message',
          message: parsed && !parsed.ok ? parsed.reason : 'text frames only',
        });
        if (bad >= limits.badBeforeClose) ws.close(4002, 'too many bad messages');
        return;
      }
      const msg = parsed.message;
      const allowed = MESSAGES_BY_ROLE[peer.role] as readonly string[];
      if (!allowed.includes(msg.type)) {
        send({
          type: 'error',
          rid: msg.rid,
          code: 'forbidden',
          message: `${msg.type} is not yours to send`,
        });
        return;
      }
      handle(msg).catch((e: unknown) => {
        log(`rooms: ${msg.type} failed: ${e instanceof Error ? e.message : String(e)}`);
        send({ type: 'error', rid: msg.rid, code: 'unavailable', message: 'try again' });
      });
    });
    ws.on('close', () => hub.detach(peer));
    ws.on('error', () => ws.terminate());
  }

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const sweepEvery = options.sweepEveryMs ?? Math.max(250, Math.min(60_000, Math.floor(ttlMs / 2)));
  const sweeper = setInterval(() => {
    guards.prune(Date.now());
    hub
      .sweep()
      .catch((e: unknown) =>
        log(`rooms: sweep failed: ${e instanceof Error ? e.message : String(e)}`),
      );
  }, sweepEvery);
  sweeper.unref();

  return {
    hub,
    async close() {
      http.off('upgrade', onUpgrade);
      clearInterval(heartbeat);
      clearInterval(sweeper);
      await hub.close();
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
