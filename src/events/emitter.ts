/**
 * A tiny typed event emitter. Each emitter is declared with a map from event name to payload type, so
 * a subscriber gets the right payload without a cast and a misspelt event name is a compile error.
 * Handlers run synchronously, in the order they subscribed; one handler throwing does not stop the
 * others, because a broken picture (say) must never stop the dialogue from advancing.
 */

/** An event map: each key is an event name, its value the payload type. */
export type EventMap = object;

export type Handler<P> = (payload: P) => void;

export class TypedEmitter<E extends EventMap> {
  private readonly handlers = new Map<keyof E, Set<Handler<never>>>();

  /** Subscribes to one event; returns the function that unsubscribes. */
  on<K extends keyof E>(type: K, handler: Handler<E[K]>): () => void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    set.add(handler);
    return () => this.off(type, handler);
  }

  off<K extends keyof E>(type: K, handler: Handler<E[K]>): void {
    this.handlers.get(type)?.delete(handler);
  }

  emit<K extends keyof E>(type: K, payload: E[K]): void {
    const set = this.handlers.get(type);
    if (!set) return;
    const errors: unknown[] = [];
    for (const handler of [...set]) {
      try {
        (handler as Handler<E[K]>)(payload);
      } catch (e) {
        errors.push(e);
      }
    }
    // Report after every handler had its turn; the caller decides what a failing subscriber means.
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} handlers failed`);
  }

  /** The number of handlers on one event (for tests and for leak checks). */
  listenerCount(type: keyof E): number {
    return this.handlers.get(type)?.size ?? 0;
  }

  /** Drops every handler, e.g. when a session is thrown away. */
  clear(): void {
    this.handlers.clear();
  }
}
