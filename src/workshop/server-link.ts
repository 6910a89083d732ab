/**
 * The workshop screens' side of a room (docs/rooms.md). The transport is src/rooms' RoomConnection: it
 * says who it is (create, host or join), comes back by itself after a drop with back-off, re-sends the
 * requests the server had not acknowledged (an `ack` means stored; votes and presents are idempotent on
 * the server, so a request sent twice counts once) and stops for good on the close codes after which
 * coming back is pointless. On top of it this file keeps what the screens need: the room's current
 * view, a status in the screens' words, the secret tokens in this browser, and refusals as errors.
 */
import {
  RoomConnection,
  ROOMS_PATH,
  normalizeCode,
  type ChoicePoint,
  type ClientMessageInput,
  type ConnectionStatus,
  type ContinueHow,
  type Entry,
  type RoomView,
  type ScenarioRef,
  type ServerMessage,
  type SocketLike,
} from '../rooms/index.ts';
import {
  Listeners,
  RoomRefusal,
  type CountdownAction,
  type FacilitatorLink,
  type LinkStatus,
} from './link.ts';

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
  readonly socket?: (url: string) => SocketLike;
  readonly random?: () => number;
}

/** Failed tries before the first welcome after which the screens call the server offline. */
const OFFLINE_AFTER = 3;

interface Waiting {
  resolve(): void;
  reject(e: Error): void;
}

/** One room connection, for either side. */
export class RoomSocket {
  private connection: RoomConnection | null = null;
  private current: RoomView | null = null;
  private state: LinkStatus = 'connecting';
  private failures = 0;
  private closed = false;
  private welcomed: (() => void) | null = null;
  private refused: ((e: RoomRefusal) => void) | null = null;
  private readonly waiting = new Set<Waiting>();
  readonly listeners = new Listeners();
  /** The join code, once known. */
  code: string | null = null;
  participantId: string | null = null;
  gone: string | null = null;

  constructor(
    private readonly entry: Entry,
    private readonly tokens: TokenStore,
    private readonly options: SocketOptions = {},
  ) {}

  /** Connects and resolves with the first welcome; rejects when the room refuses us. */
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.welcomed = resolve;
      this.refused = reject;
      const make = this.options.socket ?? ((url: string): SocketLike => new WebSocket(url));
      try {
        this.connection = new RoomConnection(
          {
            url: this.options.url ?? roomsUrl(),
            socket: make,
            onMessage: (m) => this.receive(m),
            onStatus: (s) => this.transport(s),
            onToken: (e) => this.keep(e),
            ...(this.options.random ? { random: this.options.random } : {}),
          },
          this.entry,
        );
      } catch {
        // A socket that cannot even be made (a malformed address): offline, as the screens say it.
        this.end('offline', new RoomRefusal('offline', 'no room server'));
      }
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

  /** The transport's status, in the screens' words. */
  private transport(s: ConnectionStatus): void {
    if (this.closed) return;
    switch (s) {
      case 'open':
        this.failures = 0;
        this.setStatus('open');
        return;
      case 'connecting':
        return;
      case 'waiting':
        this.failures += 1;
        // Before the first welcome, a room server that is not there is "offline" soon: the screens
        // offer the hand-count mode instead of a spinner.
        this.setStatus(
          this.current ? 'reconnecting' : this.failures >= OFFLINE_AFTER ? 'offline' : 'connecting',
        );
        return;
      case 'closed':
        // The server closed us for good (the room is gone, or it refuses this client).
        this.end('closed', new RoomRefusal('closed', 'the room is closed'));
        return;
    }
  }

  /** A secret handed out by the server, kept where this side keeps its secrets. */
  private keep(entry: Entry): void {
    if (entry.type === 'host') this.tokens.set(hostKey(entry.code), entry.token);
    else if (entry.type === 'join' && entry.token)
      this.tokens.set(phoneKey(entry.code), entry.token);
  }

  private receive(m: ServerMessage): void {
    switch (m.type) {
      case 'welcome':
        this.code = m.code;
        this.current = m.view;
        if (m.participantId) this.participantId = m.participantId;
        this.setStatus('open');
        this.welcomed?.();
        this.welcomed = null;
        this.refused = null;
        this.listeners.emit();
        return;
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
      case 'error':
        // An error with a request id answers that request (see request); one without answers our
        // hello: the room is not there (any more), or we may not come in.
        if (m.rid === undefined && (!this.current || this.welcomed)) {
          this.end(m.code, new RoomRefusal(m.code, m.message));
        }
        return;
      case 'gone':
        this.end(m.reason, new RoomRefusal('closed', m.reason));
        return;
      case 'ack':
      case 'pong':
        return;
    }
  }

  /** The room is over for this client: every waiting request and the opening are refused. */
  private end(reason: string, refusal: RoomRefusal): void {
    if (this.closed) return;
    this.closed = true;
    this.gone = reason;
    this.connection?.close();
    this.connection = null;
    this.refused?.(refusal);
    this.refused = null;
    this.welcomed = null;
    for (const w of this.waiting) w.reject(refusal);
    this.waiting.clear();
    this.setStatus(reason === 'offline' ? 'offline' : 'gone');
    this.listeners.emit();
  }

  /** Sends a request; resolves on the server's ack (stored), rejects on its refusal. */
  request(message: ClientMessageInput): Promise<void> {
    const connection = this.connection;
    if (this.closed || !connection) {
      return Promise.reject(new RoomRefusal('closed', 'the room is closed'));
    }
    return new Promise((resolve, reject) => {
      const w: Waiting = { resolve, reject };
      this.waiting.add(w);
      void connection.request(message).then((answer) => {
        if (!this.waiting.delete(w)) return;
        if (answer.type === 'error') reject(new RoomRefusal(answer.code, answer.message));
        else resolve();
      });
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection?.close();
    this.connection = null;
    for (const w of this.waiting) w.reject(new RoomRefusal('closed', 'closed'));
    this.waiting.clear();
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
    const socket = new RoomSocket({ type: 'create', scenario, title }, hostTokens, options);
    await socket.open();
    return new ServerRoom(socket);
  }

  /** Back to a room this tab created (a reload of the projector); null when it holds no token. */
  static async host(code: string, options: SocketOptions = {}): Promise<ServerRoom | null> {
    const c = normalizeCode(code);
    const token = hostTokens.get(hostKey(c));
    if (!token) return null;
    const socket = new RoomSocket({ type: 'host', code: c, token }, hostTokens, options);
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
    // Coming back with a token keeps the nickname the room already has, unless a new one is given.
    const entry: Entry =
      token && nickname === null
        ? { type: 'join', code: c, token }
        : token
          ? { type: 'join', code: c, token, nickname }
          : { type: 'join', code: c, nickname };
    const socket = new RoomSocket(entry, phoneTokens, options);
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
