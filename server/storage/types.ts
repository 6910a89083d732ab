/**
 * Where rooms live between events: one interface, two engines (embedded SQLite by default, PostgreSQL
 * when DATABASE_URL is set). A room is its event log (RoomEvent rows numbered 1, 2, 3, … per room) plus a
 * snapshot of its state now and then, so a restart loads the snapshot and replays only the tail.
 *
 * Appends are optimistic: `append` succeeds only when the room's stored sequence number is still the one
 * the caller built its events on. A second server instance that wrote first makes it fail; the caller
 * then reads the events it missed, re-checks its commands and tries again. That is what keeps several
 * instances on one database consistent without long locks.
 */
import type { RoomEvent, RoomState } from '../../src/rooms/index.ts';

export type CreatedEvent = Extract<RoomEvent, { type: 'created' }>;

export interface StoredEvent {
  readonly seq: number;
  readonly event: RoomEvent;
}

export interface StoredRoom {
  /** The latest snapshot and the number of events it holds, or null (replay from the first event). */
  readonly snapshot: { readonly state: RoomState; readonly seq: number } | null;
  /** Events after the snapshot, in order. */
  readonly events: readonly StoredEvent[];
}

/** A change another instance made: new events up to `seq`, or the room is gone. */
export type RoomNotice =
  | { readonly roomId: string; readonly kind: 'events'; readonly seq: number }
  | { readonly roomId: string; readonly kind: 'deleted' };

export interface RoomStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a new room; false when its join code is already in use by a live room. */
  create(event: CreatedEvent, expiresAt: number): Promise<boolean>;
  /** The id of the unexpired room with this join code. */
  findByCode(code: string, now: number): Promise<string | null>;
  load(roomId: string): Promise<StoredRoom | null>;
  eventsAfter(roomId: string, seq: number): Promise<StoredEvent[]>;
  /**
   * Appends `events` as numbers expectedSeq+1, … if the room's last event is still `expectedSeq`;
   * returns false (and stores nothing) otherwise. `snapshot`, when given, is the state after them.
   * Resolves only when the events are durable.
   */
  append(
    roomId: string,
    expectedSeq: number,
    events: readonly RoomEvent[],
    expiresAt: number,
    snapshot: RoomState | null,
  ): Promise<boolean>;
  /** Removes the room and all its events now. */
  delete(roomId: string): Promise<void>;
  /** Removes every room expired at `now`; returns their ids. */
  sweep(now: number): Promise<string[]>;
  /** Changes made by other instances (PostgreSQL); the embedded engine has no other instances. */
  onNotice(listener: (notice: RoomNotice) => void): void;
  close(): Promise<void>;
}

/** How often a snapshot is written: a restart replays at most this many events per room. */
export const SNAPSHOT_EVERY = 100;
