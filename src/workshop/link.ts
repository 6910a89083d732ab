/**
 * The Workshop screens talk to a room through a link. Two kinds, one face:
 *
 * - `LocalRoom` runs the room's pure state machine (src/rooms) inside the page: the hand-count mode, with
 *   no server and no phones. The facilitator types the show of hands; everything after is the same.
 * - `ServerRoom` (server-link.ts) talks to the room server over a WebSocket on the game's own origin.
 *
 * Screens only call the methods below and redraw from `view()`; they never see which kind they have.
 */
import {
  applyEvent,
  handCountRoom,
  viewOf,
  type ChoicePoint,
  type ContinueHow,
  type RoomErrorCode,
  type RoomEvent,
  type RoomState,
  type RoomView,
  type ScenarioRef,
} from '../rooms/index.ts';

/** Where the link stands with its room: the screens say so in words. */
export type LinkStatus = 'connecting' | 'open' | 'reconnecting' | 'offline' | 'gone';

/** A refusal from the room (the screens translate the code). */
export class RoomRefusal extends Error {
  constructor(
    readonly code: RoomErrorCode | 'offline' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'RoomRefusal';
  }
}

export type CountdownAction = 'start' | 'pause' | 'resume' | 'skip';

/** What the projector can do to its room. Every call resolves once the room has taken it. */
export interface FacilitatorLink {
  readonly mode: 'live' | 'hands';
  /** The room as the facilitator sees it; null until the room answers. */
  view(): RoomView | null;
  status(): LinkStatus;
  /** Called on every change of the view or the status; returns the way to stop listening. */
  subscribe(listener: () => void): () => void;
  present(point: ChoicePoint): Promise<void>;
  /** Hand-count mode only: the show of hands per option, in the point's option order. */
  hands(choicePointId: string, counts: readonly number[]): Promise<void>;
  countdown(action: CountdownAction, durationMs?: number): Promise<void>;
  reveal(choicePointId: string): Promise<void>;
  continueWith(choicePointId: string, how: ContinueHow, index?: number): Promise<void>;
  jump(to: string): Promise<void>;
  end(ending: string | null): Promise<void>;
  remove(participantId: string): Promise<void>;
  /** Deletes the room now (live: on the server, with its votes and history). */
  destroy(): Promise<void>;
  /** Stops talking to the room (the room itself lives on until it expires or is deleted). */
  close(): void;
}

type Listener = () => void;

export class Listeners {
  private readonly set = new Set<Listener>();
  add(fn: Listener): () => void {
    this.set.add(fn);
    return () => this.set.delete(fn);
  }
  emit(): void {
    for (const fn of [...this.set]) {
      try {
        fn();
      } catch (e) {
        console.error('a workshop screen failed to redraw', e);
      }
    }
  }
}

/** The hand-count room: the same machine as the server's, applied in the page. */
export class LocalRoom implements FacilitatorLink {
  readonly mode = 'hands' as const;
  private state: RoomState;
  private readonly listeners = new Listeners();

  constructor(
    scenario: ScenarioRef,
    title: string | null,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.state = handCountRoom(scenario, title, this.now());
  }

  view(): RoomView {
    return viewOf(this.state, 'facilitator', null, this.now());
  }

  status(): LinkStatus {
    return this.state.phase === 'closed' ? 'gone' : 'open';
  }

  subscribe(listener: Listener): () => void {
    return this.listeners.add(listener);
  }

  private apply(event: RoomEvent): Promise<void> {
    const result = applyEvent(this.state, event);
    if (!result.ok) {
      return Promise.reject(new RoomRefusal(result.error.code, result.error.message));
    }
    this.state = result.state;
    this.listeners.emit();
    return Promise.resolve();
  }

  present(point: ChoicePoint): Promise<void> {
    return this.apply({ type: 'presented', at: this.now(), point });
  }

  hands(choicePointId: string, counts: readonly number[]): Promise<void> {
    return this.apply({ type: 'hands', at: this.now(), choicePointId, counts });
  }

  countdown(action: CountdownAction, durationMs?: number): Promise<void> {
    return this.apply(
      durationMs === undefined
        ? { type: 'countdown', at: this.now(), action }
        : { type: 'countdown', at: this.now(), action, durationMs },
    );
  }

  reveal(choicePointId: string): Promise<void> {
    return this.apply({ type: 'revealed', at: this.now(), choicePointId });
  }

  continueWith(choicePointId: string, how: ContinueHow, index?: number): Promise<void> {
    return this.apply(
      index === undefined
        ? { type: 'continued', at: this.now(), choicePointId, how }
        : { type: 'continued', at: this.now(), choicePointId, how, index },
    );
  }

  jump(to: string): Promise<void> {
    return this.apply({ type: 'jumped', at: this.now(), to });
  }

  end(ending: string | null): Promise<void> {
    return this.apply({ type: 'ended', at: this.now(), ending });
  }

  remove(): Promise<void> {
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    return this.apply({ type: 'closed', at: this.now() });
  }

  close(): void {
    // Nothing to disconnect: the room lives in this page.
  }
}
