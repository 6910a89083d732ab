/**
 * The WebSocket side of a room (docs/rooms.md): one connection that says who it is (create, host or
 * join), keeps its secret token, and comes back by itself after a drop with back-off (0.5 s doubling
 * to 10 s, with jitter). A request stays pending until the server acknowledges it (an `ack` means it is
 * stored) and is sent again after a reconnect; votes and presents are idempotent on the server, so a
 * request sent twice counts once.
 */
import {
  ROOMS_PATH,
  normalizeCode,
  parseServerMessage,
  type ChoicePoint,
  type ClientMessageInput,
  type ContinueHow,
  type RoomView,
  type ScenarioRef,
  type ServerMessage,
} from '../rooms/index.ts';
import {
  Listeners,
  RoomRefusal,
  type CountdownAction,
  type FacilitatorLink,
  type LinkStatus,
} from './link.ts';

type Hello =
  | { readonly kind: 'create'; readonly scenario: ScenarioRef; readonly title: string | null }
  | { readonly kind: 'host'; readonly code: string; readonly token: string }
  | {
      readonly kind: 'join';
      readonly code: string;
      readonly token: string | null;
      readonly nickname: string | null;
    };

interface Pending {
  readonly message: ClientMessageInput & { rid: number };
  resolve(): void;
  reject(e: Error): void;
}

/** Where the secrets are kept: the facilitator's for this tab only, a phone's for this browser. */
export interface TokenStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

function storageStore(get: () => Storage): TokenStore {
  return {
    get: (key) => {
      try {
        return get().getItem(key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        get().setItem(key, value);
      } catch {
        // Blocked storage: the room still works, a reload just cannot come back to it.
      }
    },
    remove: (key) => {
      try {
        get().removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

export const hostTokens: TokenStore = storageStore(() => window.sessionStorage);
export const phoneTokens: TokenStore = storageStore(() => window.localStorage);
export const hostKey = (code: string): string => `mingle.room.host.${code}`;
export const phoneKey = (code: string): string => `mingle.room.phone.${code}`;

/** The room server's WebSocket address on the page's own origin. */
export function roomsUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${ROOMS_PATH}`;
}

export interface SocketOptions {
  readonly url?: string;
  /** For tests: how a socket is made. */
  readonly socket?: (url: string) => WebSocket;
  readonly random?: () => number;
}

/** One room connection, for either side. */
export class RoomSocket {
  private ws: WebSocket | null = null;
  private current: RoomView | null = null;
  private state: LinkStatus = 'connecting';
  private nextRid = 1;
  private readonly pending = new Map<number, Pending>();
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private welcomed: ((m: Extract<ServerMessage, { type: 'welcome' }>) => void) | null = null;
  private refused: ((e: RoomRefusal) => void) | null = null;
  readonly listeners = new Listeners();
  /** The join code, once known. */
  code: string | null = null;
  participantId: string | null = null;
  gone: string | null = null;

  constructor(
    private hello: Hello,
    private readonly tokens: TokenStore,
    private readonly options: SocketOptions = {},
  ) {}

  /** Connects and resolves with the first welcome; rejects when the room refuses us. */
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.welcomed = () => resolve();
      this.refused = (e) => reject(e);
      this.connect();
    });
  }

  view(): RoomView | null {
    return this.current;
  }

  status(): LinkStatus {
    return this.state;
  }

  private setStatus(s: LinkStatus): void {
    if (this.state === s) return;
    this.state = s;
    this.listeners.emit();
  }

  private connect(): void {
    if (this.closed) return;
    let ws: WebSocket;
    try {
      const url = this.options.url ?? roomsUrl();
      ws = this.options.socket ? this.options.socket(url) : new WebSocket(url);
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.send(this.helloMessage());
    });
    ws.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      const message = parseServerMessage(event.data);
      if (message) this.receive(message);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.retry();
    });
    ws.addEventListener('error', () => {
      // 'close' follows; reconnecting happens there.
    });
  }

  private retry(): void {
    if (this.closed || this.gone) return;
    this.attempts += 1;
    // Before the first welcome, a room server that is not there is "offline" at once: the screens
    // offer the hand-count mode instead of a spinner.
    this.setStatus(this.current ? 'reconnecting' : this.attempts >= 3 ? 'offline' : 'connecting');
    const base = Math.min(10_000, 500 * 2 ** Math.min(this.attempts - 1, 5));
    const jitter = (this.options.random ?? Math.random)() * 0.3 * base;
    this.timer = setTimeout(() => this.connect(), base + jitter);
  }

  private helloMessage(): ClientMessageInput {
    const h = this.hello;
    switch (h.kind) {
      case 'create':
        return { type: 'create', scenario: h.scenario, title: h.title };
      case 'host':
        return { type: 'host', code: h.code, token: h.token };
      case 'join':
        // Coming back with a token keeps the nickname the room already has, unless a new one is given.
        if (h.token && h.nickname === null) return { type: 'join', code: h.code, token: h.token };
        return h.token
          ? { type: 'join', code: h.code, token: h.token, nickname: h.nickname }
          : { type: 'join', code: h.code, nickname: h.nickname };
    }
  }

  private receive(m: ServerMessage): void {
    switch (m.type) {
      case 'welcome': {
        this.attempts = 0;
        this.code = m.code;
        this.current = m.view;
        if (m.participantId) this.participantId = m.participantId;
        if (this.hello.kind === 'create' && m.token) {
          this.tokens.set(hostKey(m.code), m.token);
          this.hello = { kind: 'host', code: m.code, token: m.token };
        } else if (this.hello.kind === 'join' && m.token) {
          this.tokens.set(phoneKey(m.code), m.token);
          // Later reconnects are the same participant, with the nickname the room already has.
          this.hello = { ...this.hello, token: m.token, nickname: null };
        }
        this.setStatus('open');
        // Requests the server had not acknowledged before the drop go again.
        for (const p of this.pending.values()) this.send(p.message);
        this.welcomed?.(m);
        this.welcomed = null;
        this.refused = null;
        this.listeners.emit();
        return;
      }
      case 'view':
        this.current = m.view;
        this.listeners.emit();
        return;
      case 'count': {
        const v = this.current;
        if (!v) return;
        const round =
          v.round && m.choicePointId === v.round.choicePointId
            ? { ...v.round, voted: m.voted, eligible: m.participants }
            : v.round;
        this.current = { ...v, participants: m.participants, round };
        this.listeners.emit();
        return;
      }
      case 'ack': {
        const p = this.pending.get(m.rid);
        this.pending.delete(m.rid);
        p?.resolve();
        return;
      }
      case 'error': {
        const refusal = new RoomRefusal(m.code, m.message);
        if (m.rid !== undefined && this.pending.has(m.rid)) {
          const p = this.pending.get(m.rid);
          this.pending.delete(m.rid);
          p?.reject(refusal);
          return;
        }
        // An error to our hello: the room is not there (any more), or we may not come in.
        if (!this.current || this.welcomed) {
          this.closed = true;
          this.setStatus('gone');
          this.gone = m.code;
          this.refused?.(refusal);
          this.refused = null;
          this.welcomed = null;
          this.ws?.close();
        }
        return;
      }
      case 'gone':
        this.gone = m.reason;
        this.closed = true;
        this.setStatus('gone');
        for (const p of this.pending.values()) p.reject(new RoomRefusal('closed', m.reason));
        this.pending.clear();
        this.listeners.emit();
        return;
      case 'pong':
        return;
    }
  }

  private send(message: ClientMessageInput): void {
    const ws = this.ws;
    if (!ws || ws.readyState !== 1) return;
    try {
      ws.send(JSON.stringify(message));
    } catch {
      // The close handler reconnects and sends the pending requests again.
    }
  }

  /** Sends a request; resolves on the server's ack (stored), rejects on its refusal. */
  request(message: ClientMessageInput): Promise<void> {
    if (this.closed) return Promise.reject(new RoomRefusal('closed', 'the room is closed'));
    const rid = this.nextRid++;
    const withRid = { ...message, rid };
    return new Promise((resolve, reject) => {
      this.pending.set(rid, { message: withRid, resolve, reject });
      if (this.state === 'open') this.send(withRid);
    });
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close();
    this.ws = null;
    for (const p of this.pending.values()) p.reject(new RoomRefusal('closed', 'closed'));
    this.pending.clear();
  }
}

/** The projector's link to a room on the server. */
export class ServerRoom implements FacilitatorLink {
  readonly mode = 'live' as const;
  private constructor(readonly socket: RoomSocket) {}

  /** A new room for a scenario. */
  static async create(
    scenario: ScenarioRef,
    title: string | null,
    options: SocketOptions = {},
  ): Promise<ServerRoom> {
    const socket = new RoomSocket({ kind: 'create', scenario, title }, hostTokens, options);
    await socket.open();
    return new ServerRoom(socket);
  }

  /** Back to a room this tab created (a reload of the projector); null when it holds no token. */
  static async host(code: string, options: SocketOptions = {}): Promise<ServerRoom | null> {
    const c = normalizeCode(code);
    const token = hostTokens.get(hostKey(c));
    if (!token) return null;
    const socket = new RoomSocket({ kind: 'host', code: c, token }, hostTokens, options);
    await socket.open();
    return new ServerRoom(socket);
  }

  get code(): string {
    return this.socket.code ?? '';
  }

  view(): RoomView | null {
    return this.socket.view();
  }
  status(): LinkStatus {
    return this.socket.status();
  }
  subscribe(listener: () => void): () => void {
    return this.socket.listeners.add(listener);
  }
  present(point: ChoicePoint): Promise<void> {
    return this.socket.request({
      type: 'present',
      point: { ...point, options: point.options.map((o) => ({ ...o })) },
    });
  }
  hands(): Promise<void> {
    return Promise.reject(new RoomRefusal('wrong-mode', 'phones vote in a live room'));
  }
  countdown(action: CountdownAction, durationMs?: number): Promise<void> {
    return this.socket.request(
      durationMs === undefined
        ? { type: 'countdown', action }
        : { type: 'countdown', action, durationMs },
    );
  }
  reveal(choicePointId: string): Promise<void> {
    return this.socket.request({ type: 'reveal', choicePointId });
  }
  continueWith(choicePointId: string, how: ContinueHow, index?: number): Promise<void> {
    return this.socket.request(
      index === undefined
        ? { type: 'continue', choicePointId, how }
        : { type: 'continue', choicePointId, how, index },
    );
  }
  jump(to: string): Promise<void> {
    return this.socket.request({ type: 'jump', to });
  }
  end(ending: string | null): Promise<void> {
    return this.socket.request({ type: 'end', ending });
  }
  remove(participantId: string): Promise<void> {
    return this.socket.request({ type: 'remove', participantId });
  }
  async destroy(): Promise<void> {
    const code = this.code;
    await this.socket.request({ type: 'delete' });
    hostTokens.remove(hostKey(code));
    this.socket.close();
  }
  close(): void {
    this.socket.close();
  }
}

/** A phone's link to a room. */
export class PhoneLink {
  private constructor(readonly socket: RoomSocket) {}

  /** Whether this browser has joined the room with this code before (and so can come back as itself). */
  static knows(code: string): boolean {
    return phoneTokens.get(phoneKey(normalizeCode(code))) !== null;
  }

  static async join(
    code: string,
    nickname: string | null,
    options: SocketOptions = {},
  ): Promise<PhoneLink> {
    const c = normalizeCode(code);
    const token = phoneTokens.get(phoneKey(c));
    const socket = new RoomSocket({ kind: 'join', code: c, token, nickname }, phoneTokens, options);
    await socket.open();
    return new PhoneLink(socket);
  }

  view(): RoomView | null {
    return this.socket.view();
  }
  status(): LinkStatus {
    return this.socket.status();
  }
  subscribe(listener: () => void): () => void {
    return this.socket.listeners.add(listener);
  }
  vote(choicePointId: string, index: number): Promise<void> {
    return this.socket.request({ type: 'vote', choicePointId, index });
  }
  rename(nickname: string | null): Promise<void> {
    return this.socket.request({ type: 'rename', nickname });
  }
  async leave(): Promise<void> {
    const code = this.socket.code;
    await this.socket.request({ type: 'leave' });
    if (code) phoneTokens.remove(phoneKey(code));
    this.socket.close();
  }
  close(): void {
    this.socket.close();
  }
}
