/**
 * The screens' side of the browser's history: which address each screen writes, the addresses that
 * are followed (a deep link, a reload, Back and Forward), and the one move that is not made at once —
 * Back or Forward out of a conversation in play, held while the player is asked whether to leave it.
 * src/ui/router.ts reads and writes addresses; this decides what a move means for the screens; the
 * App says which screen an address opens.
 */
import type { Lang } from '../i18n/index.ts';
import {
  formatAddress,
  HistoryRouter,
  type Address,
  type HistoryMove,
  type Route,
} from './router.ts';

/** Asks the player whether to leave the screen shown; `decide` hears the answer. */
export type AskToLeave = (decide: (leave: boolean) => void) => void;

export interface ScreenHistoryDeps {
  readonly window: Window;
  /** Opens the screen an address names (standing in for it in history: no new entry). */
  open(address: Address): void;
  /** How to ask before leaving the screen shown; null when it may simply be left. */
  asker(): AskToLeave | null;
  /** False once the page this history belongs to is gone (a test's earlier page). */
  connected(): boolean;
}

export class ScreenHistory {
  private readonly router: HistoryRouter;
  /** While an address is being followed, screens take its place in history instead of adding one. */
  private following = false;
  /** A Back or Forward out of a conversation, held while the player is asked whether to leave it. */
  private held: HistoryMove | null = null;
  /** The player agreed to leave: the held move is being made. */
  private letGo = false;

  constructor(private readonly deps: ScreenHistoryDeps) {
    this.router = new HistoryRouter(deps.window, (move) => this.moved(move));
  }

  /** The address the page is at now. */
  current(): Address {
    return this.router.current();
  }

  /** Writes a screen's address: a new history entry, or this one's while an address is followed. */
  write(route: Route, lang: Lang | null = null, replace = false): void {
    const hash = formatAddress(route, lang);
    if (replace || this.following) this.router.replace(hash);
    else this.router.push(hash);
  }

  /** Opens the screen an address names, standing in for it in history (no new entry). */
  follow(address: Address): void {
    this.following = true;
    try {
      this.deps.open(address);
    } finally {
      this.following = false;
    }
  }

  /** True while a Back or Forward waits for the player's answer. */
  get holding(): boolean {
    return this.held !== null;
  }

  /** Another screen is shown: a question about leaving the previous one is moot. */
  forget(): void {
    this.held = null;
  }

  /** The player answered "leave" to the question Back or Forward raised: the move is made now. */
  release(): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    this.letGo = true;
    this.router.redo(held);
  }

  private moved(move: HistoryMove): void {
    if (!this.deps.connected()) return;
    const ask = this.letGo ? null : this.deps.asker();
    if (ask) {
      // Stay on the screen's entry and ask; release() makes the move if the player leaves.
      this.router.undo(move);
      const asked = this.held !== null;
      this.held = move;
      if (!asked) {
        ask((leave) => {
          if (!leave) this.held = null;
        });
      }
      return;
    }
    this.letGo = false;
    this.follow(move.address);
  }
}
