/**
 * The storage the progress store writes to, as a small key/value interface shaped like the Web Storage
 * API. The store never touches `window`: the browser's localStorage is one adapter (local-storage.ts),
 * and the in-memory ones here serve tests and the fallback when a browser refuses storage.
 *
 * Any method may throw (a full quota, a browser that blocks storage, a fake that simulates either); the
 * store catches everything a backend throws.
 */

export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key currently stored, in no particular order. */
  keys(): string[];
  /**
   * Calls `listener` when another tab changes a key (`null` when it cleared everything); the browser
   * never reports a tab's own writes to itself, and neither do the fakes. Returns an unsubscribe function.
   */
  subscribe?(listener: (key: string | null) => void): () => void;
}

/** Builds the error a browser throws when the storage quota is full. */
export function quotaExceededError(): Error {
  if (typeof DOMException === 'function') {
    return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  const e = new Error('The quota has been exceeded.');
  e.name = 'QuotaExceededError';
  return e;
}

/**
 * Whether `e` is a full quota. Browsers disagree on how they say it: the standard name, Firefox's older
 * name, and legacy numeric codes (22 in most, 1014 in old Firefox).
 */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** Options for the in-memory backends. */
export interface MemoryBackendOptions {
  /**
   * The most characters (keys plus values, counted like browsers roughly count them) the store may
   * hold; a write beyond it throws a QuotaExceededError. Unlimited when omitted.
   */
  readonly quota?: number;
}

/**
 * Several "tabs" over one shared storage, as browsers share localStorage between tabs of one origin.
 * Each tab's writes are queued as storage events for the other tabs; `deliver()` hands them over, so a
 * test decides exactly when one tab learns of another's write.
 */
export class SharedMemoryStorage {
  readonly data = new Map<string, string>();
  quota: number;
  private readonly tabs: MemoryTab[] = [];

  constructor(options: MemoryBackendOptions = {}) {
    this.quota = options.quota ?? Number.POSITIVE_INFINITY;
  }

  /** A new tab: a backend over this storage. */
  tab(): MemoryTab {
    const tab = new MemoryTab(this);
    this.tabs.push(tab);
    return tab;
  }

  /** Characters in use, counting keys and values. */
  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }

  /** Delivers every queued storage event to every tab; returns how many were delivered. */
  deliver(): number {
    let delivered = 0;
    for (const tab of this.tabs) delivered += tab.deliver();
    return delivered;
  }

  /** @internal Queues an event for every tab but the writer. */
  announce(from: MemoryTab, key: string | null): void {
    for (const tab of this.tabs) if (tab !== from) tab.enqueue(key);
  }
}

/** One tab's view of a SharedMemoryStorage. */
export class MemoryTab implements StorageBackend {
  private readonly listeners = new Set<(key: string | null) => void>();
  private readonly pending: (string | null)[] = [];

  constructor(private readonly shared: SharedMemoryStorage) {}

  getItem(key: string): string | null {
    return this.shared.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const before = this.shared.data.get(key);
    const growth = value.length - (before === undefined ? -key.length : before.length);
    if (growth > 0 && this.shared.used() + growth > this.shared.quota) throw quotaExceededError();
    this.shared.data.set(key, value);
    this.shared.announce(this, key);
  }

  removeItem(key: string): void {
    if (this.shared.data.delete(key)) this.shared.announce(this, key);
  }

  keys(): string[] {
    return [...this.shared.data.keys()];
  }

  subscribe(listener: (key: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @internal */
  enqueue(key: string | null): void {
    this.pending.push(key);
  }

  /** @internal */
  deliver(): number {
    const batch = this.pending.splice(0);
    for (const key of batch) for (const listener of [...this.listeners]) listener(key);
    return batch.length;
  }
}

/** A single-tab in-memory backend: for tests, and for a browser that refuses to store anything. */
export function memoryBackend(options: MemoryBackendOptions = {}): MemoryTab {
  return new SharedMemoryStorage(options).tab();
}
