/**
 * The rooms this server instance holds in memory, and the one path by which they change:
 * a command becomes an event, the pure machine (src/rooms) accepts or refuses it, the storage makes it
 * durable, and only then does anyone hear about it (the sender's `ack`, everyone's `view` or `count`).
 *
 * Each room has a queue. Commands that arrive while the room is writing wait and then go together in
 * one append (a batch), which is what keeps 200 phones voting at once cheap. If another instance appended
 * first (PostgreSQL), the append is refused; the room reads what it missed and re-checks the batch.
 * A room nobody is connected to is dropped from memory after a minute; the storage still has it.
 */
import {
  applyEvent,
  expiresAt,
  isExpired,
  viewOf,
  votedCount,
  type ChoicePoint,
  type ClientMessage,
  type GoneReason,
  type RoomError,
  type RoomErrorCode,
  type RoomEvent,
  type RoomState,
  type RoomView,
  type ScenarioRef,
  type ServerMessage,
} from '../src/rooms/index.ts';
import { hashToken, newCode, newId, newToken, tokenMatches } from './secrets.ts';
import { SNAPSHOT_EVERY, type RoomNotice, type RoomStorage } from './storage/types.ts';

/** One connected client, as the hub sees it. */
export interface Peer {
  role: 'none' | 'facilitator' | 'participant';
  roomId: string | null;
  participantId: string | null;
  send(message: ServerMessage): void;
  /** Ends the connection (after the messages already sent). */
  close(code: number, reason: string): void;
}

type Outcome = { ok: true; rev: number } | { ok: false; error: RoomError };

interface Command {
  readonly kind: 'command';
  /** Turns the command into an event against the room's state at its turn, or refuses it. */
  readonly make: (state: RoomState, now: number) => RoomEvent | RoomError;
  readonly done: (outcome: Outcome, state: RoomState) => void;
}
type Task =
  Command | { readonly kind: 'sync' } | { readonly kind: 'delete'; readonly done: () => void };

interface LiveRoom {
  readonly id: string;
  state: RoomState;
  /** The number of the last stored event this state includes. */
  seq: number;
  /** The number of the last snapshot written (for SNAPSHOT_EVERY). */
  snapshotSeq: number;
  readonly peers: Set<Peer>;
  readonly tasks: Task[];
  busy: boolean;
  gone: boolean;
  /** The highest event number another instance told us about. */
  heard: number;
  countTimer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
}

export interface HubOptions {
  readonly ttlMs: number;
  readonly now?: () => number;
  /** How long a room nobody is connected to stays in memory. */
  readonly idleMs?: number;
  /** How often phones get a vote count at most (the projector gets each at once). */
  readonly countEveryMs?: number;
}

function isError(x: RoomEvent | RoomError): x is RoomError {
  return 'code' in x && !('type' in x);
}

function err(code: RoomErrorCode, message: string): RoomError {
  return { code, message };
}

export class RoomHub {
  private readonly rooms = new Map<string, LiveRoom>();
  private readonly loading = new Map<string, Promise<LiveRoom | null>>();
  private readonly now: () => number;
  private readonly idleMs: number;
  private readonly countEveryMs: number;
  private closed = false;

  constructor(
    private readonly storage: RoomStorage,
    private readonly options: HubOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.idleMs = options.idleMs ?? 60_000;
    this.countEveryMs = options.countEveryMs ?? 200;
    storage.onNotice((n) => this.notice(n));
  }

  /** Rooms in memory now (for tests and the benchmark's memory figures). */
  get loadedRooms(): number {
    return this.rooms.size;
  }

  // ---- Entering a room -----------------------------------------------------------------------

  async create(
    peer: Peer,
    scenario: ScenarioRef,
    title: string | null,
    rid?: number,
  ): Promise<void> {
    const token = newToken();
    for (let attempt = 0; attempt < 8; attempt++) {
      const at = this.now();
      const event = {
        type: 'created' as const,
        at,
        roomId: newId(),
        code: newCode(),
        mode: 'live' as const,
        scenario,
        title,
        facilitatorTokenHash: hashToken(token),
        ttlMs: this.options.ttlMs,
      };
      const r = applyEvent(null, event);
      if (!r.ok) throw new Error(r.error.message);
      if (!(await this.storage.create(event, expiresAt(r.state)))) continue; // the code was taken
      const room = this.hold(event.roomId, r.state, 1, 0);
      this.enter(room, peer, 'facilitator', null);
      peer.send({
        type: 'welcome',
        ...(rid === undefined ? {} : { rid }),
        role: 'facilitator',
        code: event.code,
        token,
        view: viewOf(room.state, 'facilitator', null, this.now()),
      });
      return;
    }
    peer.send({ type: 'error', rid, code: 'unavailable', message: 'no free join code; try again' });
  }

  /** A facilitator (re)connects with the room's code and their token. False: wrong code or token. */
  async host(peer: Peer, code: string, token: string, rid?: number): Promise<boolean> {
    const room = await this.byCode(code);
    if (!room || !tokenMatches(token, room.state.facilitatorTokenHash)) return false;
    this.enter(room, peer, 'facilitator', null);
    peer.send({
      type: 'welcome',
      ...(rid === undefined ? {} : { rid }),
      role: 'facilitator',
      code: room.state.code,
      view: viewOf(room.state, 'facilitator', null, this.now()),
    });
    return true;
  }

  /**
   * A phone joins, or rejoins with the token it got before (same participant, same vote).
   * False: no such room. Other refusals (full, ended) are sent to the peer as errors.
   */
  async join(
    peer: Peer,
    code: string,
    token: string | undefined,
    nickname: string | null,
    rid?: number,
  ): Promise<boolean> {
    const room = await this.byCode(code);
    if (!room) return false;
    const welcome = (participantId: string, secret: string): void => {
      this.enter(room, peer, 'participant', participantId);
      peer.send({
        type: 'welcome',
        ...(rid === undefined ? {} : { rid }),
        role: 'participant',
        code: room.state.code,
        participantId,
        token: secret,
        view: viewOf(room.state, 'participant', participantId, this.now()),
      });
    };
    const fresh = newToken();
    const participantId = newId();
    const tokenHash = hashToken(token ?? fresh);
    await new Promise<void>((resolve) => {
      this.enqueue(room, {
        kind: 'command',
        make: (state, at) => {
          const known = token ? findByToken(state, tokenHash) : null;
          if (known) {
            if (nickname !== null && nickname !== state.participants[known]?.nickname) {
              return { type: 'renamed', at, participantId: known, nickname };
            }
            return err('exists', known);
          }
          if (state.phase === 'closed') return err('closed', 'the room was deleted');
          return { type: 'joined', at, participantId, tokenHash: hashToken(fresh), nickname };
        },
        done: (outcome, state) => {
          const known = token ? findByToken(state, tokenHash) : null;
          if (known) welcome(known, token ?? fresh);
          else if (outcome.ok) welcome(participantId, fresh);
          else
            peer.send({
              type: 'error',
              rid,
              code: outcome.error.code,
              message: outcome.error.message,
            });
          resolve();
        },
      });
    });
    return true;
  }

  // ---- Commands from a connected peer ------------------------------------------------------------

  /** A facilitator's or a participant's command; the connection has already checked the role. */
  command(peer: Peer, msg: ClientMessage): void {
    const room = peer.roomId ? this.rooms.get(peer.roomId) : undefined;
    const rid = 'rid' in msg ? msg.rid : undefined;
    if (!room || room.gone) {
      peer.send({ type: 'error', rid, code: 'not-found', message: 'not in a room' });
      return;
    }
    if (msg.type === 'delete') {
      this.enqueue(room, {
        kind: 'delete',
        done: () => {
          if (rid !== undefined) peer.send({ type: 'ack', rid, rev: room.state.rev });
        },
      });
      return;
    }
    const make = this.eventFor(peer, msg);
    if (!make) {
      peer.send({ type: 'error', rid, code: 'forbidden', message: 'not allowed' });
      return;
    }
    this.enqueue(room, {
      kind: 'command',
      make,
      done: (outcome) => {
        if (!outcome.ok) {
          peer.send({
            type: 'error',
            rid,
            code: outcome.error.code,
            message: outcome.error.message,
          });
          return;
        }
        if (rid !== undefined) peer.send({ type: 'ack', rid, rev: outcome.rev });
        if (msg.type === 'leave') this.leave(room, peer);
      },
    });
  }

  private eventFor(
    peer: Peer,
    msg: ClientMessage,
  ): ((state: RoomState, at: number) => RoomEvent | RoomError) | null {
    const pid = peer.participantId;
    if (peer.role === 'participant' && pid) {
      switch (msg.type) {
        case 'vote':
          return (_, at) => ({
            type: 'voted',
            at,
            participantId: pid,
            choicePointId: msg.choicePointId,
            index: msg.index,
          });
        case 'rename':
          return (_, at) => ({ type: 'renamed', at, participantId: pid, nickname: msg.nickname });
        case 'leave':
          return (_, at) => ({ type: 'left', at, participantId: pid });
        default:
          return null;
      }
    }
    if (peer.role !== 'facilitator') return null;
    switch (msg.type) {
      case 'present': {
        const point: ChoicePoint = msg.point;
        return (_, at) => ({ type: 'presented', at, point });
      }
      case 'countdown':
        return (_, at) =>
          msg.durationMs === undefined
            ? { type: 'countdown', at, action: msg.action }
            : { type: 'countdown', at, action: msg.action, durationMs: msg.durationMs };
      case 'reveal':
        return (_, at) => ({ type: 'revealed', at, choicePointId: msg.choicePointId });
      case 'continue':
        return (_, at) =>
          msg.index === undefined
            ? { type: 'continued', at, choicePointId: msg.choicePointId, how: msg.how }
            : {
                type: 'continued',
                at,
                choicePointId: msg.choicePointId,
                how: msg.how,
                index: msg.index,
              };
      case 'jump':
        return (_, at) => ({ type: 'jumped', at, to: msg.to });
      case 'end':
        return (_, at) => ({ type: 'ended', at, ending: msg.ending });
      case 'remove':
        return (_, at) => ({ type: 'removed', at, participantId: msg.participantId });
      default:
        return null;
    }
  }

  /** The connection closed (the participant stays in the room, with their vote). */
  detach(peer: Peer): void {
    const room = peer.roomId ? this.rooms.get(peer.roomId) : undefined;
    peer.roomId = null;
    if (!room) return;
    room.peers.delete(peer);
    this.idleCheck(room);
  }

  // ---- The room queue ------------------------------------------------------------------------

  private enqueue(room: LiveRoom, task: Task): void {
    room.tasks.push(task);
    if (!room.busy) void this.pump(room);
  }

  private async pump(room: LiveRoom): Promise<void> {
    room.busy = true;
    try {
      while (room.tasks.length > 0 && !room.gone) {
        const tasks = room.tasks.splice(0);
        if (tasks.some((t) => t.kind === 'sync') && room.heard > room.seq) await this.catchUp(room);
        const del = tasks.find((t) => t.kind === 'delete');
        const commands = tasks.filter((t): t is Command => t.kind === 'command');
        if (commands.length > 0) await this.commit(room, commands);
        if (del) {
          await this.storage.delete(room.id);
          del.done();
          this.drop(room, 'deleted');
        }
      }
    } catch (e) {
      console.error(`rooms: room ${room.id}:`, e instanceof Error ? e.message : e);
      // Storage failed: refuse what was waiting and re-read the room before the next command.
      for (const t of room.tasks.splice(0)) {
        if (t.kind === 'command') {
          t.done({ ok: false, error: err('unavailable', 'storage unavailable') }, room.state);
        }
      }
      this.unload(room);
    } finally {
      room.busy = false;
      if (room.tasks.length > 0 && !room.gone) void this.pump(room);
      else this.idleCheck(room);
    }
  }

  private async commit(room: LiveRoom, commands: readonly Command[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const at = this.now();
      if (isExpired(room.state, at)) {
        for (const c of commands)
          c.done({ ok: false, error: err('not-found', 'expired') }, room.state);
        await this.storage.delete(room.id);
        this.drop(room, 'expired');
        return;
      }
      let state = room.state;
      const events: RoomEvent[] = [];
      const outcomes: Outcome[] = [];
      for (const c of commands) {
        const e = c.make(state, at);
        if (isError(e)) {
          outcomes.push({ ok: false, error: e });
          continue;
        }
        const r = applyEvent(state, e);
        if (!r.ok) {
          outcomes.push({ ok: false, error: r.error });
          continue;
        }
        state = r.state;
        events.push(e);
        outcomes.push({ ok: true, rev: state.rev });
      }
      if (events.length > 0) {
        const seq = room.seq + events.length;
        const snapshot = seq - room.snapshotSeq >= SNAPSHOT_EVERY ? state : null;
        const stored = await this.storage.append(
          room.id,
          room.seq,
          events,
          expiresAt(state),
          snapshot,
        );
        if (!stored) {
          if (attempt >= 20) throw new Error('append kept conflicting');
          await this.catchUp(room);
          continue;
        }
        room.state = state;
        room.seq = seq;
        if (snapshot) room.snapshotSeq = seq;
      }
      commands.forEach((c, i) =>
        c.done(outcomes[i] ?? { ok: false, error: err('unavailable', '?') }, room.state),
      );
      if (events.length > 0) this.publish(room, events);
      return;
    }
  }

  /** Reads and applies the events other instances stored since ours. */
  private async catchUp(room: LiveRoom): Promise<void> {
    room.heard = 0; // a notice that arrives while we read sets it again
    const missed = await this.storage.eventsAfter(room.id, room.seq);
    if (missed.length === 0) return;
    let state = room.state;
    for (const { seq, event } of missed) {
      if (seq !== room.seq + 1) break;
      const r = applyEvent(state, event);
      if (!r.ok) {
        console.error(`rooms: room ${room.id}: stored event ${seq} refused: ${r.error.message}`);
        this.unload(room);
        return;
      }
      state = r.state;
      room.seq = seq;
      room.state = state;
    }
    this.publish(
      room,
      missed.map((m) => m.event),
    );
  }

  // ---- Telling the peers ---------------------------------------------------------------------

  private publish(room: LiveRoom, events: readonly RoomEvent[]): void {
    const now = this.now();
    const countOnly = events.every(
      (e) => e.type === 'voted' || e.type === 'joined' || e.type === 'renamed' || e.type === 'left',
    );
    const peopleChanged = events.some((e) => e.type !== 'voted');
    const removed = new Set(
      events.flatMap((e) => (e.type === 'removed' || e.type === 'left' ? [e.participantId] : [])),
    );
    const voters = new Set(events.flatMap((e) => (e.type === 'voted' ? [e.participantId] : [])));
    for (const peer of room.peers) {
      if (peer.role === 'participant' && peer.participantId && removed.has(peer.participantId)) {
        const left = events.some(
          (e) => e.type === 'left' && e.participantId === peer.participantId,
        );
        if (!left) {
          peer.send({ type: 'gone', reason: 'removed' });
          peer.close(4001, 'removed');
        }
        room.peers.delete(peer);
        peer.roomId = null;
        peer.role = 'none';
      }
    }
    if (!countOnly) {
      this.sendViews(room, now);
      return;
    }
    const count = this.countMessage(room);
    let participantView: RoomView | null = null;
    for (const peer of room.peers) {
      if (peer.role === 'facilitator') {
        if (peopleChanged)
          peer.send({ type: 'view', view: viewOf(room.state, 'facilitator', null, now) });
        else peer.send(count);
      } else if (peer.participantId && voters.has(peer.participantId)) {
        participantView ??= viewOf(room.state, 'participant', null, now);
        peer.send({
          type: 'view',
          view: this.personal(room.state, participantView, peer.participantId),
        });
      }
    }
    this.scheduleCount(room);
  }

  private countMessage(room: LiveRoom): ServerMessage {
    const r = room.state.round;
    return {
      type: 'count',
      choicePointId: r?.point.id ?? null,
      voted: r ? votedCount(r) : 0,
      participants: Object.keys(room.state.participants).length,
      rev: room.state.rev,
    };
  }

  /** Phones get vote counts at most every `countEveryMs`: 200 phones × 200 votes would be 40 000. */
  private scheduleCount(room: LiveRoom): void {
    if (room.countTimer) return;
    room.countTimer = setTimeout(() => {
      room.countTimer = null;
      if (room.gone) return;
      const count = this.countMessage(room);
      for (const peer of room.peers) if (peer.role === 'participant') peer.send(count);
    }, this.countEveryMs);
  }

  private sendViews(room: LiveRoom, now: number): void {
    const facilitator = viewOf(room.state, 'facilitator', null, now);
    const participant = viewOf(room.state, 'participant', null, now);
    for (const peer of room.peers) {
      if (peer.role === 'facilitator') peer.send({ type: 'view', view: facilitator });
      else if (peer.participantId) {
        peer.send({
          type: 'view',
          view: this.personal(room.state, participant, peer.participantId),
        });
      }
    }
  }

  /** A phone's view: the shared participant view plus its own vote and nickname. */
  private personal(state: RoomState, shared: RoomView, participantId: string): RoomView {
    const me = state.participants[participantId];
    const myVote = state.round?.votes[participantId] ?? null;
    return {
      ...shared,
      ...(me ? { me: { id: me.id, nickname: me.nickname } } : {}),
      round: shared.round ? { ...shared.round, myVote } : null,
    };
  }

  // ---- Holding rooms in memory ---------------------------------------------------------------

  private hold(id: string, state: RoomState, seq: number, snapshotSeq: number): LiveRoom {
    const room: LiveRoom = {
      id,
      state,
      seq,
      snapshotSeq,
      peers: new Set(),
      tasks: [],
      busy: false,
      gone: false,
      heard: 0,
      countTimer: null,
      idleTimer: null,
    };
    this.rooms.set(id, room);
    return room;
  }

  private enter(
    room: LiveRoom,
    peer: Peer,
    role: 'facilitator' | 'participant',
    pid: string | null,
  ): void {
    if (peer.roomId && peer.roomId !== room.id) this.detach(peer);
    peer.role = role;
    peer.roomId = room.id;
    peer.participantId = pid;
    room.peers.add(peer);
    if (room.idleTimer) {
      clearTimeout(room.idleTimer);
      room.idleTimer = null;
    }
  }

  private leave(room: LiveRoom, peer: Peer): void {
    room.peers.delete(peer);
    peer.roomId = null;
    peer.role = 'none';
    peer.participantId = null;
    this.idleCheck(room);
  }

  private async byCode(code: string): Promise<LiveRoom | null> {
    const now = this.now();
    for (const room of this.rooms.values()) {
      if (room.state.code === code && !room.gone) {
        if (!isExpired(room.state, now)) return room;
      }
    }
    const id = await this.storage.findByCode(code, now);
    return id ? this.get(id) : null;
  }

  private get(id: string): Promise<LiveRoom | null> {
    const held = this.rooms.get(id);
    if (held) return Promise.resolve(held);
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  private async load(id: string): Promise<LiveRoom | null> {
    const stored = await this.storage.load(id);
    if (!stored) return null;
    let state: RoomState | null = stored.snapshot?.state ?? null;
    let seq = stored.snapshot?.seq ?? 0;
    for (const { seq: n, event } of stored.events) {
      const r = applyEvent(state, event);
      if (!r.ok) {
        console.error(`rooms: room ${id}: stored event ${n} refused: ${r.error.message}`);
        return null;
      }
      state = r.state;
      seq = n;
    }
    if (!state || state.phase === 'closed') return null;
    if (isExpired(state, this.now())) {
      await this.storage.delete(id);
      return null;
    }
    return this.rooms.get(id) ?? this.hold(id, state, seq, stored.snapshot?.seq ?? 0);
  }

  private idleCheck(room: LiveRoom): void {
    if (room.peers.size > 0 || room.busy || room.gone || room.idleTimer) return;
    room.idleTimer = setTimeout(() => {
      room.idleTimer = null;
      if (room.peers.size === 0 && !room.busy && room.tasks.length === 0) this.unload(room);
    }, this.idleMs);
  }

  private unload(room: LiveRoom): void {
    if (room.countTimer) clearTimeout(room.countTimer);
    if (room.idleTimer) clearTimeout(room.idleTimer);
    room.countTimer = null;
    room.idleTimer = null;
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id);
    // Peers still attached re-enter through host/join when they reconnect.
    for (const peer of room.peers) peer.close(1011, 'room reloading');
    room.peers.clear();
  }

  /** Says goodbye to every peer of a room that is no more, and forgets it. */
  private drop(room: LiveRoom, reason: GoneReason): void {
    room.gone = true;
    for (const peer of room.peers) {
      peer.send({ type: 'gone', reason });
      peer.roomId = null;
      peer.role = 'none';
      peer.close(4000, reason);
    }
    room.peers.clear();
    for (const t of room.tasks.splice(0)) {
      if (t.kind === 'command') t.done({ ok: false, error: err('not-found', reason) }, room.state);
      else if (t.kind === 'delete') t.done();
    }
    this.unload(room);
  }

  private notice(n: RoomNotice): void {
    if (this.closed) return;
    const rooms = n.roomId === '*' ? [...this.rooms.values()] : [this.rooms.get(n.roomId)];
    for (const room of rooms) {
      if (!room || room.gone) continue;
      if (n.kind === 'deleted') {
        if (room.busy) room.tasks.push({ kind: 'sync' });
        else this.drop(room, isExpired(room.state, this.now()) ? 'expired' : 'deleted');
      } else if (n.seq === 0 || n.seq > room.seq) {
        // seq 0: the listener reconnected and may have missed anything.
        room.heard = n.seq === 0 ? Number.MAX_SAFE_INTEGER : Math.max(room.heard, n.seq);
        this.enqueue(room, { kind: 'sync' });
      }
    }
  }

  // ---- Expiry --------------------------------------------------------------------------------

  /** Deletes expired rooms from storage and tells their peers. */
  async sweep(): Promise<void> {
    const now = this.now();
    const ids = new Set(await this.storage.sweep(now));
    for (const room of [...this.rooms.values()]) {
      if (ids.has(room.id) || isExpired(room.state, now)) {
        if (!ids.has(room.id)) await this.storage.delete(room.id);
        this.drop(room, 'expired');
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const room of [...this.rooms.values()]) {
      while (room.busy) await new Promise((r) => setTimeout(r, 5));
      this.unload(room);
    }
  }
}

function findByToken(state: RoomState, tokenHash: string): string | null {
  for (const p of Object.values(state.participants)) if (p.tokenHash === tokenHash) return p.id;
  return null;
}
