/**
 * Your scenarios: the saved Studio scenarios of this browser, over a small asynchronous backend (the
 * browser's IndexedDB in the game, ./idb.ts; memory in tests and when the browser refuses storage).
 *
 * The never-lose-data rules of progress (src/progress/quarantine.ts) and Studio drafts: a stored record
 * that cannot be read is set aside, exactly as it was found, under a key of its own (copied and removed
 * in one step, so it is never in both places or neither), never deleted by the game, and listed so the
 * player can download it. A write that fails (a full quota) changes nothing: the record that was there
 * before stays whole.
 */
import { isQuotaError } from '../progress/index.ts';
import { readRecord, writeRecord, MAX_SOURCE_CHARS, type SavedScenario } from './record.ts';

/** A stored record as the backend gives it: its key and its value exactly as stored. */
export interface StoredEntry {
  readonly key: string;
  readonly value: unknown;
}

export interface LibraryBackend {
  /** Every saved scenario as stored. */
  list(): Promise<StoredEntry[]>;
  /** Stores `value` under `key`, in place of what was there (all or nothing). */
  put(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** Moves a stored record to the set-aside store under `asideKey` (both or neither). */
  setAside(key: string, asideKey: string, item: string): Promise<void>;
  /** Everything set aside so far, as stored. */
  listAside(): Promise<StoredEntry[]>;
}

/** A record that could not be read, kept aside: where, from which key, why, and its text. */
export interface SetAsideItem {
  readonly key: string;
  readonly from: string | null;
  readonly reason: string;
  readonly at: number | null;
  /** The stored text, exactly as it was found (what a download holds). */
  readonly raw: string;
}

export type LibraryWrite =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'too-large' | 'quota' | 'blocked' };

export interface LibraryLoad {
  readonly scenarios: readonly SavedScenario[];
  /** Every record set aside, this time or before. */
  readonly setAside: readonly SetAsideItem[];
  /** Records that could not be read nor moved aside: left where they were, nothing saved over them. */
  readonly stuck: readonly string[];
}

export const SET_ASIDE_FORMAT = 'mingle-saved-scenario-set-aside';

function asideItem(entry: StoredEntry): SetAsideItem {
  const raw = typeof entry.value === 'string' ? entry.value : String(entry.value);
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    if (o.format === SET_ASIDE_FORMAT && typeof o.raw === 'string') {
      return {
        key: entry.key,
        from: typeof o.from === 'string' ? o.from : null,
        reason: typeof o.reason === 'string' ? o.reason : '',
        at: typeof o.at === 'number' ? o.at : null,
        raw: o.raw,
      };
    }
  } catch {
    // Its own wrapper is damaged: it is offered as it is.
  }
  return { key: entry.key, from: null, reason: 'unreadable', at: null, raw };
}

export class LibraryStore {
  /** Keys that could not be read or moved: never written over. */
  private readonly stuck = new Set<string>();

  constructor(
    private readonly backend: LibraryBackend,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Reads every saved scenario; one that cannot be read is set aside and reported. */
  async load(): Promise<LibraryLoad> {
    const scenarios: SavedScenario[] = [];
    for (const entry of await this.backend.list()) {
      const read = readRecord(entry.value, entry.key);
      if (read.ok) {
        scenarios.push(read.saved);
        continue;
      }
      const raw = typeof entry.value === 'string' ? entry.value : safeJson(entry.value);
      const at = Math.max(0, Math.floor(this.clock()));
      const asideKey = `${at}:${entry.key}`;
      const item = JSON.stringify({
        format: SET_ASIDE_FORMAT,
        from: entry.key,
        reason: read.reason,
        at,
        raw,
      });
      try {
        await this.backend.setAside(entry.key, asideKey, item);
      } catch {
        this.stuck.add(entry.key);
      }
    }
    const setAside = (await this.backend.listAside()).map(asideItem);
    scenarios.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));
    return { scenarios, setAside, stuck: [...this.stuck] };
  }

  /** Saves a scenario (new, or in place of the one with its id); nothing changes when it fails. */
  async save(saved: SavedScenario): Promise<LibraryWrite> {
    if (this.stuck.has(saved.id)) return { ok: false, reason: 'blocked' };
    if (Object.values(saved.versions).some((v) => v.source.length > MAX_SOURCE_CHARS))
      return { ok: false, reason: 'too-large' };
    const text = writeRecord(saved);
    // What is written must read back: a record the game could not read later is never stored.
    const check = readRecord(text, saved.id);
    if (!check.ok) return { ok: false, reason: 'too-large' };
    try {
      await this.backend.put(saved.id, text);
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota' : 'blocked' };
    }
  }

  /** Removes a saved scenario (the player asked, and did not undo). */
  async remove(id: string): Promise<boolean> {
    try {
      await this.backend.remove(id);
      return true;
    } catch {
      return false;
    }
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A backend in memory: for tests, and for a browser that refuses storage (kept for the page's life). */
export class MemoryLibraryBackend implements LibraryBackend {
  readonly records = new Map<string, unknown>();
  readonly aside = new Map<string, unknown>();
  /** Set by tests: the next writes fail with this error. */
  failWith: Error | null = null;

  list(): Promise<StoredEntry[]> {
    return Promise.resolve([...this.records].map(([key, value]) => ({ key, value })));
  }
  put(key: string, value: string): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.records.set(key, value);
    return Promise.resolve();
  }
  remove(key: string): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.records.delete(key);
    return Promise.resolve();
  }
  setAside(key: string, asideKey: string, item: string): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.aside.set(asideKey, item);
    this.records.delete(key);
    return Promise.resolve();
  }
  listAside(): Promise<StoredEntry[]> {
    return Promise.resolve([...this.aside].map(([key, value]) => ({ key, value })));
  }
}
