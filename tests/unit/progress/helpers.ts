/**
 * Shared test helpers for the progress store: a controllable clock, predictable ids, a store over an
 * in-memory backend, and fast-check generators of valid profiles (what a healthy storage holds).
 */
import fc from 'fast-check';
import {
  ProgressStore,
  SharedMemoryStorage,
  type Attempt,
  type MemoryEntry,
  type Profile,
  type Run,
  type StorageBackend,
  type TipTotals,
} from '../../../src/progress/index.ts';
import { normalizeProfile } from '../../../src/progress/validate.ts';

export const T0 = 1_780_000_000_000;

/** A clock that moves a second forward every time it is read. */
export function steppingClock(start = T0): () => number {
  let t = start;
  return () => (t += 1000);
}

/** Ids "<prefix>0", "<prefix>1", ... (prefix in lowercase letters/digits). */
export function counterIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${(n++).toString(36)}`;
}

export function openStore(backend: StorageBackend, prefix = 't'): ProgressStore {
  return ProgressStore.open({ backend, now: steppingClock(), randomId: counterIds(prefix) });
}

export function newStorage(quota?: number): SharedMemoryStorage {
  return new SharedMemoryStorage(quota === undefined ? {} : { quota });
}

export const ZERO: TipTotals = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };

export function totals(a: number, b: number, c: number, d: number, e: number): TipTotals {
  return { 1: a, 2: b, 3: c, 4: d, 5: e };
}

/** Plays one scenario start to end through the store. */
export function play(
  store: ProgressStore,
  scenario: string,
  path: readonly number[],
  result: TipTotals,
  memory: Record<string, string | number | boolean> = {},
): Attempt {
  const started = store.startRun({ scenario, lang: 'en', version: 'v1' });
  if (!started.ok) throw new Error(started.message);
  for (const c of path) {
    const r = store.recordChoice(c);
    if (!r.ok) throw new Error(r.message);
  }
  const done = store.finishRun({ ending: 'warm', totals: result, memory });
  if (!done.ok) throw new Error(done.message);
  return done.value;
}

// ---------------------------------------------------------------- generators of valid data

const idChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
export const arbId = fc
  .tuple(
    idChars,
    fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split('')),
      maxLength: 12,
    }),
  )
  .map(([a, b]) => a + b);
const arbTime = fc.integer({ min: 0, max: 4_000_000_000_000 });
const arbScenario = fc.constantFrom('hard-seller', 'coffee-one-on-one', 'morning-after', 'x');
const arbLang = fc.constantFrom('en', 'nl', 'fr', 'pt-BR');
const arbVersion = fc.constantFrom('abc123', 'v1', 'legacy', '0f9e.2');
const arbTotal = fc.integer({ min: -50, max: 50 });
export const arbTotals: fc.Arbitrary<TipTotals> = fc
  .tuple(arbTotal, arbTotal, arbTotal, arbTotal, arbTotal)
  .map(([a, b, c, d, e]) => ({ 1: a, 2: b, 3: c, 4: d, 5: e }));
const arbPath = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 20 });
const arbNickname = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  // eslint-disable-next-line no-control-regex -- nicknames may not hold control characters.
  .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, 'x').trim())
  .filter((s) => s.length >= 1 && s.length <= 40);
const arbMemoryValue = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 20 }),
);
const arbMemoryKey = fc.constantFrom(
  'mem_met_ann',
  'mem_promised_intro',
  'mem_x',
  'mem_card_count',
);

export const arbAttempt: fc.Arbitrary<Attempt> = fc
  .record({
    id: arbId,
    scenario: arbScenario,
    lang: arbLang,
    version: arbVersion,
    startedAt: arbTime,
    length: fc.integer({ min: 0, max: 3_600_000 }),
    status: fc.constantFrom('completed' as const, 'abandoned' as const),
    ending: fc.option(fc.constantFrom('warm', 'cold', 'promise-kept'), { nil: null }),
    totals: fc.option(arbTotals, { nil: null }),
    path: arbPath,
  })
  .map(({ length, ...a }) => ({ ...a, endedAt: a.startedAt + length }));

export const arbRun: fc.Arbitrary<Run> = fc
  .record({
    id: arbId,
    scenario: arbScenario,
    lang: arbLang,
    version: arbVersion,
    memory: fc.dictionary(arbMemoryKey, arbMemoryValue, { maxKeys: 3 }),
    path: arbPath,
    startedAt: arbTime,
    length: fc.integer({ min: 0, max: 3_600_000 }),
  })
  .map(({ length, ...r }) => ({ ...r, updatedAt: r.startedAt + length }));

const arbMemoryEntry: fc.Arbitrary<MemoryEntry> = fc.record({ value: arbMemoryValue, at: arbTime });

/** A valid profile in canonical form. */
export const arbProfile: fc.Arbitrary<Profile> = fc
  .record({
    id: arbId,
    nickname: arbNickname,
    nicknameAt: arbTime,
    createdAt: arbTime,
    attempts: fc.uniqueArray(arbAttempt, { selector: (a) => a.id, maxLength: 8 }),
    best: fc.dictionary(arbScenario, arbTotals, { maxKeys: 3 }),
    memory: fc.dictionary(arbMemoryKey, arbMemoryEntry, { maxKeys: 4 }),
    runs: fc.uniqueArray(arbRun, { selector: (r) => r.id, maxLength: 2 }),
  })
  .map((p) => normalizeProfile({ ...p, runs: Object.fromEntries(p.runs.map((r) => [r.id, r])) }));

/** The text a v1 store writes for a profile. */
export function storedText(profile: Profile, revision = 1): string {
  return JSON.stringify({ schema: 1, revision, ...profile });
}
