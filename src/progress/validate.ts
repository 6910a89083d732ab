/**
 * Hand-written readers for everything that comes back from storage or from an imported file. Each
 * reader takes an `unknown` and either returns a fresh, typed copy or throws a ShapeError naming the
 * first field that is wrong ("attempts[3].totals.2 should be a whole number"). Returning a copy matters:
 * nothing of the parsed JSON (extra fields, an odd prototype) leaks into the game's state.
 *
 * Profiles are *salvaged* rather than accepted or refused whole: a learner with forty good attempts and
 * one damaged one keeps the forty. Only a record whose identity is unreadable is refused.
 */
import { isMemoryName, LANGUAGE_TAG_PATTERN, PRESSURES } from '../vocabulary/index.ts';

export { isMemoryName, isLanguageTag } from '../vocabulary/index.ts';
import { ID_PATTERN, LIMITS, SCHEMA_VERSION } from './schema.ts';
import type {
  Attempt,
  MemoryEntry,
  MemoryValue,
  MemoryValues,
  Pressure,
  PressureMark,
  Profile,
  Run,
  TipId,
  TipTotals,
} from './types.ts';

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path} ${expected}`);
    this.name = 'ShapeError';
  }
}

export const SCENARIO_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION_PATTERN = /^[\w.-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** The latest time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readObject(v: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(v)) throw new ShapeError(path, 'should be an object');
  return v;
}

export function readArray(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new ShapeError(path, 'should be a list');
  if (v.length > max) throw new ShapeError(path, `should have at most ${max} items`);
  return v;
}

export function readInt(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new ShapeError(path, 'should be a whole number');
  if (v < min || v > max) throw new ShapeError(path, `should be between ${min} and ${max}`);
  return v;
}

/** A time in milliseconds since the epoch. */
export function readTime(v: unknown, path: string): number {
  return readInt(v, path, 0, MAX_TIME);
}

/** A one-line text of 1..max characters without control characters. */
export function readText(v: unknown, path: string, max: number = LIMITS.text): string {
  if (typeof v !== 'string') throw new ShapeError(path, 'should be text');
  if (v.length === 0 || v.length > max)
    throw new ShapeError(path, `should be 1 to ${max} characters`);
  if (CONTROL_CHARS.test(v)) throw new ShapeError(path, 'should not contain control characters');
  return v;
}

function readPattern(v: unknown, path: string, pattern: RegExp, what: string): string {
  if (typeof v !== 'string' || !pattern.test(v)) throw new ShapeError(path, `should be ${what}`);
  return v;
}

export function readId(v: unknown, path: string): string {
  return readPattern(v, path, ID_PATTERN, 'an id (lowercase letters, digits, dashes)');
}

export function readScenarioId(v: unknown, path: string): string {
  return readPattern(v, path, SCENARIO_PATTERN, 'a kebab-case scenario id');
}

export function readLang(v: unknown, path: string): string {
  return readPattern(v, path, LANGUAGE_TAG_PATTERN, 'a language tag such as "en"');
}

export function readVersion(v: unknown, path: string): string {
  return readPattern(v, path, VERSION_PATTERN, 'a story version');
}

/** A trimmed nickname, or a ShapeError saying why it cannot be one. */
export function readNickname(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new ShapeError(path, 'should be text');
  return readText(v.trim(), path, LIMITS.nickname);
}

export function readTotals(v: unknown, path: string): TipTotals {
  const o = readObject(v, path);
  const read = (tip: TipId): number =>
    readInt(o[tip], `${path}.${tip}`, -LIMITS.total, LIMITS.total);
  return { 1: read(1), 2: read(2), 3: read(3), 4: read(4), 5: read(5) };
}

export function readPath(v: unknown, path: string): number[] {
  return readArray(v, path, LIMITS.pathLength).map((c, i) =>
    readInt(c, `${path}[${i}]`, 0, LIMITS.choiceIndex),
  );
}

export function readMemoryValue(v: unknown, path: string): MemoryValue {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.length <= LIMITS.text) return v;
  throw new ShapeError(
    path,
    `should be a boolean, a number or a text of at most ${LIMITS.text} characters`,
  );
}

/** Plain `mem_*` values (a run's starting memory). */
export function readMemoryValues(v: unknown, path: string): MemoryValues {
  const o = readObject(v, path);
  const entries = Object.entries(o);
  if (entries.length > LIMITS.memoryEntries) throw new ShapeError(path, 'has too many entries');
  const out: Record<string, MemoryValue> = {};
  for (const [key, value] of entries) {
    if (!isMemoryName(key)) throw new ShapeError(`${path}.${key}`, 'is not a mem_ variable name');
    out[key] = readMemoryValue(value, `${path}.${key}`);
  }
  return out;
}

export function readMemoryEntry(v: unknown, path: string): MemoryEntry {
  const o = readObject(v, path);
  return { value: readMemoryValue(o.value, `${path}.value`), at: readTime(o.at, `${path}.at`) };
}

export function readAttempt(v: unknown, path: string): Attempt {
  const o = readObject(v, path);
  const status = o.status;
  if (status !== 'completed' && status !== 'abandoned') {
    throw new ShapeError(`${path}.status`, 'should be "completed" or "abandoned"');
  }
  const startedAt = readTime(o.startedAt, `${path}.startedAt`);
  const endedAt = readTime(o.endedAt, `${path}.endedAt`);
  if (endedAt < startedAt)
    throw new ShapeError(`${path}.endedAt`, 'should not be before startedAt');
  const choices = readPath(o.path, `${path}.path`);
  return {
    id: readId(o.id, `${path}.id`),
    scenario: readScenarioId(o.scenario, `${path}.scenario`),
    lang: readLang(o.lang, `${path}.lang`),
    version: readVersion(o.version, `${path}.version`),
    startedAt,
    endedAt,
    status,
    ending: o.ending === null ? null : readText(o.ending, `${path}.ending`),
    totals: o.totals === null ? null : readTotals(o.totals, `${path}.totals`),
    path: choices,
    ...(o.memory === undefined ? {} : { memory: readMemoryValues(o.memory, `${path}.memory`) }),
    ...(o.pressure === undefined
      ? {}
      : { pressure: readPressure(o.pressure, `${path}.pressure`, choices.length) }),
  };
}

/**
 * The choices of a path made under time pressure: each a step of the path (in order, each once) and
 * how it was made. Absent in records written before time pressure existed: that reads as none.
 */
export function readPressure(v: unknown, path: string, pathLength: number): PressureMark[] {
  let last = -1;
  return readArray(v, path, pathLength).map((raw, i) => {
    const o = readObject(raw, `${path}[${i}]`);
    const step = readInt(o.step, `${path}[${i}].step`, 0, Math.max(0, pathLength - 1));
    if (step >= pathLength || step <= last)
      throw new ShapeError(`${path}[${i}].step`, 'should be a later step of the path');
    last = step;
    if (!(PRESSURES as readonly unknown[]).includes(o.pressure))
      throw new ShapeError(`${path}[${i}].pressure`, `should be one of ${PRESSURES.join(', ')}`);
    return { step, pressure: o.pressure as Pressure };
  });
}

export function readRun(v: unknown, path: string): Run {
  const o = readObject(v, path);
  const startedAt = readTime(o.startedAt, `${path}.startedAt`);
  const updatedAt = readTime(o.updatedAt, `${path}.updatedAt`);
  if (updatedAt < startedAt)
    throw new ShapeError(`${path}.updatedAt`, 'should not be before startedAt');
  const choices = readPath(o.path, `${path}.path`);
  return {
    id: readId(o.id, `${path}.id`),
    scenario: readScenarioId(o.scenario, `${path}.scenario`),
    lang: readLang(o.lang, `${path}.lang`),
    version: readVersion(o.version, `${path}.version`),
    memory: readMemoryValues(o.memory, `${path}.memory`),
    path: choices,
    ...(o.pressure === undefined
      ? {}
      : { pressure: readPressure(o.pressure, `${path}.pressure`, choices.length) }),
    startedAt,
    updatedAt,
  };
}

/** Runs `read`, turning a ShapeError into a problem line; anything else is a bug and is rethrown. */
function attempt<T>(read: () => T, problems: string[]): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof ShapeError) {
      problems.push(e.message);
      return undefined;
    }
    throw e;
  }
}

/** The outcome of reading a stored or imported profile. */
export type ProfileReading =
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** The stored revision (0 for an imported or repaired one). */
      readonly revision: number;
      /** What had to be left out or replaced; empty when the record was whole. */
      readonly problems: readonly string[];
    }
  | { readonly ok: false; readonly problem: string };

export const RECOVERED_NICKNAME = 'Recovered profile';

/**
 * Reads a profile record (`{ schema: 1, revision, id, nickname, ... }`), keeping every part that is
 * sound. `expectedId` is the id in the storage key; a record that claims another id is foreign.
 */
export function readProfileRecord(raw: unknown, expectedId: string | null): ProfileReading {
  if (!isPlainObject(raw)) return { ok: false, problem: 'the record is not an object' };
  if (raw.schema !== SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `the record's schema is ${JSON.stringify(raw.schema) ?? 'missing'}, not ${SCHEMA_VERSION}`,
    };
  }
  let id: string;
  try {
    id = readId(raw.id, 'id');
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? e.message : String(e) };
  }
  if (expectedId !== null && id !== expectedId) {
    return { ok: false, problem: `the record belongs to profile "${id}", not "${expectedId}"` };
  }

  const problems: string[] = [];
  const nickname =
    attempt(() => readNickname(raw.nickname, 'nickname'), problems) ?? RECOVERED_NICKNAME;
  const nicknameAt = attempt(() => readTime(raw.nicknameAt, 'nicknameAt'), problems) ?? 0;
  const createdAt = attempt(() => readTime(raw.createdAt, 'createdAt'), problems) ?? 0;
  const revision =
    attempt(() => readInt(raw.revision, 'revision', 0, Number.MAX_SAFE_INTEGER), problems) ?? 0;

  const attempts: Attempt[] = [];
  const seen = new Set<string>();
  const list =
    attempt(() => readArray(raw.attempts, 'attempts', Number.MAX_SAFE_INTEGER), problems) ?? [];
  list.forEach((item, i) => {
    const a = attempt(() => readAttempt(item, `attempts[${i}]`), problems);
    if (a === undefined) return;
    if (seen.has(a.id)) {
      problems.push(`attempts[${i}].id repeats an earlier attempt`);
      return;
    }
    seen.add(a.id);
    attempts.push(a);
  });

  const best: Record<string, TipTotals> = {};
  const bestObj = attempt(() => readObject(raw.best, 'best'), problems) ?? {};
  for (const [scenario, totals] of Object.entries(bestObj)) {
    const s = attempt(() => readScenarioId(scenario, `best.${scenario}`), problems);
    const t = attempt(() => readTotals(totals, `best.${scenario}`), problems);
    if (s !== undefined && t !== undefined) best[s] = t;
  }

  const memory: Record<string, MemoryEntry> = {};
  const memObj = attempt(() => readObject(raw.memory, 'memory'), problems) ?? {};
  for (const [key, entry] of Object.entries(memObj)) {
    if (!isMemoryName(key)) {
      problems.push(`memory.${key} is not a mem_ variable name`);
      continue;
    }
    const m = attempt(() => readMemoryEntry(entry, `memory.${key}`), problems);
    if (m !== undefined) memory[key] = m;
  }

  const runs: Record<string, Run> = {};
  const runsObj = attempt(() => readObject(raw.runs, 'runs'), problems) ?? {};
  for (const [key, value] of Object.entries(runsObj)) {
    const r = attempt(() => readRun(value, `runs.${key}`), problems);
    if (r === undefined) continue;
    if (r.id !== key) problems.push(`runs.${key} is filed under the wrong id`);
    else runs[key] = r;
  }

  return {
    ok: true,
    profile: normalizeProfile({
      id,
      nickname,
      nicknameAt,
      createdAt,
      attempts,
      best,
      memory,
      runs,
    }),
    revision,
    problems,
  };
}

/**
 * Puts a profile in its one canonical form: attempts oldest first, best scores at least as high as
 * every completed attempt, no run that has already become an attempt, at most LIMITS.runsPerProfile
 * runs (the oldest extra ones would only ever be abandoned).
 */
export function normalizeProfile(p: Profile): Profile {
  const attempts = [...p.attempts].sort(compareAttempts);
  const ids = new Set(attempts.map((a) => a.id));
  const best: Record<string, TipTotals> = { ...p.best };
  for (const a of attempts) {
    if (a.status !== 'completed' || a.totals === null) continue;
    best[a.scenario] = maxTotals(best[a.scenario], a.totals);
  }
  const runs = Object.values(p.runs)
    .filter((r) => !ids.has(r.id))
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    .slice(0, LIMITS.runsPerProfile);
  return {
    ...p,
    attempts,
    best: sortKeys(best),
    memory: sortKeys(p.memory),
    runs: sortKeys(Object.fromEntries(runs.map((r) => [r.id, r]))),
  };
}

export function compareAttempts(a: Attempt, b: Attempt): number {
  return (
    a.endedAt - b.endedAt || a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function maxTotals(a: TipTotals | undefined, b: TipTotals): TipTotals {
  if (a === undefined) return { ...b };
  return {
    1: Math.max(a[1], b[1]),
    2: Math.max(a[2], b[2]),
    3: Math.max(a[3], b[3]),
    4: Math.max(a[4], b[4]),
    5: Math.max(a[5], b[5]),
  };
}

function sortKeys<T>(o: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(o).sort()) out[key] = o[key] as T;
  return out;
}

/** The index: display order with nicknames (for a "profile missing" notice), last active, deletions. */
export interface IndexRecord {
  readonly profiles: readonly { readonly id: string; readonly nickname: string }[];
  readonly active: string | null;
  /** Ids of deleted profiles, so that a stale tab does not write a deleted profile back. */
  readonly deleted: readonly string[];
}

export type IndexReading =
  | { readonly ok: true; readonly index: IndexRecord; readonly problems: readonly string[] }
  | { readonly ok: false; readonly problem: string };

export function readIndexRecord(raw: unknown): IndexReading {
  if (!isPlainObject(raw)) return { ok: false, problem: 'the record is not an object' };
  if (raw.schema !== SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `the record's schema is ${JSON.stringify(raw.schema) ?? 'missing'}, not ${SCHEMA_VERSION}`,
    };
  }
  const problems: string[] = [];
  const profiles: { id: string; nickname: string }[] = [];
  const ids = new Set<string>();
  const list = attempt(() => readArray(raw.profiles, 'profiles', 10_000), problems) ?? [];
  list.forEach((item, i) => {
    const entry = attempt(() => {
      const o = readObject(item, `profiles[${i}]`);
      return {
        id: readId(o.id, `profiles[${i}].id`),
        nickname: readNickname(o.nickname, `profiles[${i}].nickname`),
      };
    }, problems);
    if (entry !== undefined && !ids.has(entry.id)) {
      ids.add(entry.id);
      profiles.push(entry);
    }
  });
  const active =
    raw.active === null ? null : (attempt(() => readId(raw.active, 'active'), problems) ?? null);
  const deletedList = attempt(() => readArray(raw.deleted, 'deleted', 10_000), problems) ?? [];
  const deleted: string[] = [];
  deletedList.forEach((d, i) => {
    const id = attempt(() => readId(d, `deleted[${i}]`), problems);
    if (id !== undefined && !deleted.includes(id)) deleted.push(id);
  });
  return { ok: true, index: { profiles, active, deleted }, problems };
}
