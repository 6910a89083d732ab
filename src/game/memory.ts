/**
 * Cross-scenario memory (docs/authoring.md, "Memory across scenarios"): the values of a story's `mem_*`
 * variables, kept between scenarios. This is the only module that persists anything for the game
 * session, behind the MemoryStore interface, so the durable profile storage planned for src/progress
 * can replace it without touching the session.
 */
import type { StoryVariables } from '../story/index.ts';
import {
  isMemoryName,
  isMemoryValue,
  type MemoryValue,
  type MemoryValues,
} from '../vocabulary/index.ts';
import { declaredMemory, rememberedOwnMemory, writtenMemory } from '../story/index.ts';

export { declaredMemory, rememberedOwnMemory, writtenMemory };

export {
  isMemoryName,
  MEMORY_PREFIX,
  type MemoryValue,
  type MemoryValues,
} from '../vocabulary/index.ts';

export interface MemoryStore {
  /** Every remembered `mem_*` value. */
  load(): MemoryValues;
  /**
   * Merges `values` into what is remembered. Optional: a play opened through src/game/play.ts writes
   * the memory once, with the finished attempt, through its record, and gives the session none.
   */
  save?(values: MemoryValues): void;
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
 * The remembered values a story should start with: only the `mem_*` names it declares, and never one
 * it writes itself, unless it says `remember:` for it. A replay is a new play: what you promised the
 * last time you played this scenario is not what you promised this time, so a scenario never reads
 * back its own earlier value; other scenarios do read it.
 */
export function memoryFor(json: string, remembered: MemoryValues): StoryVariables {
  const own = new Set(writtenMemory(json));
  for (const name of rememberedOwnMemory(json)) own.delete(name);
  const out: Record<string, MemoryValue> = {};
  for (const name of declaredMemory(json)) {
    if (own.has(name)) continue;
    const value = remembered[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
