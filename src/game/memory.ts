/**
 * Cross-scenario memory (docs/authoring.md, "Memory across scenarios"): the values of a story's `mem_*`
 * variables, kept between scenarios. This is the only module that persists anything for the game
 * session, behind the MemoryStore interface, so the durable profile storage planned for src/progress
 * can replace it without touching the session.
 */
import type { StoryVariables } from '../story/index.ts';

export type MemoryValue = string | number | boolean;
export type MemoryValues = Readonly<Record<string, MemoryValue>>;

export interface MemoryStore {
  /** Every remembered `mem_*` value. */
  load(): MemoryValues;
  /**
   * Merges `values` into what is remembered. Optional: a play opened through src/game/play.ts writes
   * the memory once, with the finished attempt, through its record, and gives the session none.
   */
  save?(values: MemoryValues): void;
}

export const MEMORY_PREFIX = 'mem_';

export function isMemoryName(name: string): boolean {
  return name.startsWith(MEMORY_PREFIX) && name.length > MEMORY_PREFIX.length;
}

function isMemoryValue(v: unknown): v is MemoryValue {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v));
}

/** Keeps only well-formed memory entries, so a tampered or stale store cannot feed a story junk. */
export function sanitizeMemory(raw: unknown): MemoryValues {
  const out: Record<string, MemoryValue> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [name, value] of Object.entries(raw)) {
    if (isMemoryName(name) && isMemoryValue(value)) out[name] = value;
  }
  return out;
}

/** Memory for one page load only (tests, and browsers where storage is blocked). */
export class InMemoryStore implements MemoryStore {
  private values: Record<string, MemoryValue> = {};

  constructor(initial: MemoryValues = {}) {
    this.values = { ...sanitizeMemory(initial) };
  }

  load(): MemoryValues {
    return { ...this.values };
  }

  save(values: MemoryValues): void {
    this.values = { ...this.values, ...sanitizeMemory(values) };
  }
}

/**
 * Memory in Web Storage under one key. Storage can throw (private mode, quota, disabled cookies);
 * then the game keeps playing and simply remembers less, which is why every access is guarded.
 */
export class WebStorageMemoryStore implements MemoryStore {
  private readonly fallback = new InMemoryStore();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly key = 'mingle.memory.v1',
  ) {}

  load(): MemoryValues {
    try {
      const text = this.storage?.getItem(this.key);
      if (text) return { ...sanitizeMemory(JSON.parse(text)), ...this.fallback.load() };
    } catch {
      // Unreadable or corrupt storage: fall through to what this page load remembers.
    }
    return this.fallback.load();
  }

  save(values: MemoryValues): void {
    const merged = { ...this.load(), ...sanitizeMemory(values) };
    this.fallback.save(merged);
    try {
      this.storage?.setItem(this.key, JSON.stringify(merged));
    } catch {
      // Storage full or blocked: the in-page fallback still holds the values.
    }
  }
}

/**
 * The `mem_*` variables a compiled story declares. The runner does not list variable names, so we read
 * the global declarations from ink's JSON, where each appears as `"VAR=":"name"`.
 */
export function declaredMemory(json: string): string[] {
  const names = new Set<string>();
  for (const m of json.matchAll(/"VAR=":"([A-Za-z_][A-Za-z0-9_]*)"/g)) {
    const name = m[1] ?? '';
    if (isMemoryName(name)) names.add(name);
  }
  return [...names];
}

/** The remembered values a story should start with: only the `mem_*` names it declares. */
export function memoryFor(json: string, remembered: MemoryValues): StoryVariables {
  const out: Record<string, MemoryValue> = {};
  for (const name of declaredMemory(json)) {
    const value = remembered[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
