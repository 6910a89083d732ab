/**
 * A client's connection to the room server that survives the network: it reconnects by itself with
 * back-off (0.5 s doubling to 10 s, with jitter), enters the room again with the token it was given
 * (`host` for the facilitator, `join` with the phone's token), and re-sends the requests the server had
 * not acknowledged. Works with the browser's WebSocket and with the `ws` package (tests, benchmark):
 * the caller passes the constructor. No DOM, no storage: the screen keeps the tokens where it likes.
 */
import { parseServerMessage, type ClientMessageInput, type ServerMessage } from './protocol.ts';
import type { Lang } from '../vocabulary/index.ts';

/**
 * An event handler type checked like a method (bivariantly), so that both the browser's handlers
 * (taking DOM events) and the `ws` package's (taking its own event classes) fit.
 */
type Handler<E> = { handle(event: E): void }['handle'];

/** The part of a WebSocket this needs (the browser's and the `ws` package's both fit). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onclose: Handler<{ code: number }> | null;
  onerror: Handler<unknown> | null;
}

export type ConnectionStatus = 'connecting' | 'open' | 'waiting' | 'closed';

/** How the connection (re)enters its room. */
export type Entry =
  | {
      readonly type: 'create';
      readonly scenario: { id: string; lang: Lang };
      readonly title?: string | null;
    }
  | { readonly type: 'host'; readonly code: string; readonly token: string }
  | {
      readonly type: 'join';
      readonly code: string;
      readonly token?: string;
      readonly nickname?: string | null;
    };

export type Answer = Extract<ServerMessage, { type: 'ack' | 'error' | 'pong' }>;

export interface ConnectionOptions {
  readonly url: string;
  readonly socket: (url: string) => SocketLike;
  /** Every message from the server (welcome, view, count, gone, and answers too). */
  readonly onMessage: (message: ServerMessage) => void;
  readonly onStatus?: (status: ConnectionStatus) => void;
  /** Called with the secret to keep when the server hands one out (after create, and on each join). */
  readonly onToken?: (entry: Entry) => void;
  readonly random?: () => number;
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
}

/** Close codes after which coming back is pointless: the room is gone, or the server refuses us. */
const FINAL_CLOSE_CODES = new Set([4000, 4001, 4002, 4008, 4029]);

interface Pending {
  readonly message: ClientMessageInput & { rid: number };
  readonly resolve: (answer: Answer) => void;
}

export class RoomConnection {
  private socket: SocketLike | null = null;
  private entry: Entry;
  private entered = false;
  private stopped = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextRid = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly options: ConnectionOptions,
    entry: Entry,
  ) {
    this.entry = entry;
    this.connect();
  }

  /** The current way back into the room (the tokens in it are secrets). */
  get credentials(): Entry {
    return this.entry;
  }

  /**
   * Sends a command and resolves with the server's answer (`ack` or `error`). A command sent while
   * the connection is down, or not acknowledged before it dropped, is sent again after re-entering.
   */
  request(message: ClientMessageInput): Promise<Answer> {
    const rid = this.nextRid++;
    const full = { ...message, rid };
    return new Promise((resolve) => {
      this.pending.set(rid, { message: full, resolve });
      if (this.entered) this.write(full);
    });
  }

  /** Stops for good (the screen is closed, or the facilitator deleted the room). */
  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.socket?.close(1000, 'bye');
    this.socket = null;
    this.status('closed');
  }

  private status(s: ConnectionStatus): void {
    this.options.onStatus?.(s);
  }

  private write(message: unknown): void {
    if (this.socket && this.socket.readyState === 1) this.socket.send(JSON.stringify(message));
  }

  private connect(): void {
    if (this.stopped) return;
    this.status('connecting');
    const socket = this.options.socket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.write(this.entry);
    };
    socket.onmessage = (event) => {
      const text = typeof event.data === 'string' ? event.data : String(event.data);
      const message = parseServerMessage(text);
      if (message) this.receive(message);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.entered = false;
      if (this.stopped || FINAL_CLOSE_CODES.has(event.code)) {
        this.stopped = true;
        this.status('closed');
        return;
      }
      this.retry();
    };
    socket.onerror = () => {
      // A close event follows; that is where we decide.
    };
  }

  private retry(): void {
    const min = this.options.minDelayMs ?? 500;
    const max = this.options.maxDelayMs ?? 10_000;
    const base = Math.min(max, min * 2 ** this.attempt);
    const delay = base / 2 + (base / 2) * (this.options.random ?? Math.random)();
    this.attempt++;
    this.status('waiting');
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect();
    }, delay);
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'welcome') {
      this.entered = true;
      this.attempt = 0;
      if (message.token) {
        this.entry =
          message.role === 'facilitator'
            ? { type: 'host', code: message.code, token: message.token }
            : { type: 'join', code: message.code, token: message.token };
        this.options.onToken?.(this.entry);
      }
      this.status('open');
      this.options.onMessage(message);
      for (const p of [...this.pending.values()].sort((a, b) => a.message.rid - b.message.rid)) {
        this.write(p.message);
      }
      return;
    }
    if (message.type === 'ack' || message.type === 'error' || message.type === 'pong') {
      const p = message.rid === undefined ? undefined : this.pending.get(message.rid);
      if (p) {
        this.pending.delete(message.rid ?? -1);
        p.resolve(message);
      }
    }
    if (message.type === 'gone') this.stopped = true;
    this.options.onMessage(message);
  }
}
