/**
 * The server's brakes: a token bucket per connection (messages per second), and sliding-window
 * counters for failed join/host attempts and room creation (per connection, per IP address, and for
 * the whole server). Counters live in memory only: nothing about an address is stored.
 */

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) / 1000) * this.perSecond,
    );
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts events per key over a sliding window; `blocked` once a key reaches its limit. */
export class WindowCounter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (list.length === 0) this.hits.delete(key);
    else this.hits.set(key, list);
    return list;
  }

  blocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.limit;
  }

  add(key: string, now: number): void {
    const list = this.recent(key, now);
    list.push(now);
    this.hits.set(key, list);
  }

  /** Forgets keys whose window has passed (called now and then, so memory stays bounded). */
  prune(now: number): void {
    for (const key of [...this.hits.keys()]) this.recent(key, now);
  }
}

export interface Limits {
  /** Messages per second per connection, and the burst allowed. */
  readonly messagesPerSecond: number;
  readonly burst: number;
  /** Messages dropped for rate before the connection is closed. */
  readonly dropsBeforeClose: number;
  /** Malformed messages before the connection is closed. */
  readonly badBeforeClose: number;
  readonly failedJoinsPerConnection: number;
  readonly failedJoinsPerAddress: number;
  readonly failedJoinsWindowMs: number;
  readonly failedJoinsPerMinute: number;
  readonly roomsPerAddressPerHour: number;
}

export const DEFAULT_LIMITS: Limits = {
  messagesPerSecond: 20,
  burst: 40,
  dropsBeforeClose: 100,
  badBeforeClose: 20,
  failedJoinsPerConnection: 5,
  failedJoinsPerAddress: 20,
  failedJoinsWindowMs: 10 * 60_000,
  failedJoinsPerMinute: 300,
  roomsPerAddressPerHour: 30,
};

/** The server-wide counters, shared by every connection. */
export class Guards {
  readonly failedByAddress: WindowCounter;
  readonly failedEverywhere: WindowCounter;
  readonly roomsByAddress: WindowCounter;

  constructor(readonly limits: Limits) {
    this.failedByAddress = new WindowCounter(
      limits.failedJoinsPerAddress,
      limits.failedJoinsWindowMs,
    );
    this.failedEverywhere = new WindowCounter(limits.failedJoinsPerMinute, 60_000);
    this.roomsByAddress = new WindowCounter(limits.roomsPerAddressPerHour, 60 * 60_000);
  }

  prune(now: number): void {
    this.failedByAddress.prune(now);
    this.failedEverywhere.prune(now);
    this.roomsByAddress.prune(now);
  }
}
