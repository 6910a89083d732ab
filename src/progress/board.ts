/**
 * The store's notice board and event line: the notices the UI shows (each cause once, not once per
 * choice) and the subscribers told when profiles, settings or notices change.
 */
import { sameNotice } from './notices.ts';
import type { Notice, StoreEvent } from './types.ts';

export class NoticeBoard {
  private list: Notice[];
  private readonly listeners = new Set<(event: StoreEvent) => void>();

  constructor(initial: readonly Notice[] = []) {
    this.list = [...initial];
  }

  all(): readonly Notice[] {
    return this.list;
  }

  /** Adds a notice unless one saying the same thing is already up. */
  notify(notice: Notice): void {
    if (this.list.some((n) => sameNotice(n, notice))) return;
    this.list = [...this.list, notice];
    this.emit({ type: 'notices' });
  }

  /** Withdraws the notices that are no longer true. */
  drop(stale: (n: Notice) => boolean): void {
    const kept = this.list.filter((n) => !stale(n));
    if (kept.length === this.list.length) return;
    this.list = kept;
    this.emit({ type: 'notices' });
  }

  dismiss(notice: Notice): void {
    this.drop((n) => n === notice);
  }

  clear(): void {
    this.drop(() => true);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: StoreEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener is the UI's bug; it must not stop progress from being saved.
      }
    }
  }
}
