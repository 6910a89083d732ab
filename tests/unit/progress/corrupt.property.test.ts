/**
 * Generated damage. A healthy storage (a few valid profiles, an index, settings) gets one to three of
 * its keys, or new keys, overwritten with generated corrupt text: random strings, truncations of the
 * real JSON, fields swapped for values of another type, random JSON values, single bit flips. Then:
 * - opening the store never throws;
 * - every profile whose key was not hit comes back exactly as it was;
 * - a hit profile is either read back as valid data, or its raw text is in the quarantine with a notice;
 * - opening once more finds nothing new to complain about and the quarantine intact;
 * - the store still plays and saves.
 * The counts of generated inputs are printed at the end (see the report in docs/storage.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ProgressStore, type Profile } from '../../../src/progress/index.ts';
import { sameProfile } from '../../../src/progress/merge.ts';
import {
  INDEX_KEY,
  LEGACY_KEY,
  QUARANTINE_PREFIX,
  SETTINGS_KEY,
  profileKey,
} from '../../../src/progress/schema.ts';
import { readProfileRecord } from '../../../src/progress/validate.ts';
import { readSettings } from '../../../src/progress/settings.ts';
import {
  arbProfile,
  counterIds,
  newStorage,
  play,
  steppingClock,
  storedText,
  totals,
} from './helpers.ts';

/** PROGRESS_FUZZ_SCALE=20 runs twenty times as many cases (a soak run before a release). */
const SCALE = Math.max(1, Number(process.env.PROGRESS_FUZZ_SCALE ?? 1) || 1);
const TIMEOUT = 120_000 * SCALE;

const tried = { runs: 0, corruptValues: 0, byKind: {} as Record<string, number> };

afterAll(() => {
  console.info(
    `corrupt-input property tests: ${tried.runs} generated storages, ${tried.corruptValues} corrupt values written`,
    tried.byKind,
  );
});

type Corruption =
  | { kind: 'random-string'; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'type-swap'; pick: number; value: unknown }
  | { kind: 'random-json'; value: unknown }
  | { kind: 'bit-flip'; pick: number; bit: number }
  | { kind: 'binary'; text: string };

const arbCorruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('random-string' as const), text: fc.string({ maxLength: 60 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('type-swap' as const),
    pick: fc.nat(),
    value: fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.object({ maxDepth: 1 }),
    ),
  }),
  fc.record({ kind: fc.constant('random-json' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({
    kind: fc.constant('bit-flip' as const),
    pick: fc.nat(),
    bit: fc.integer({ min: 0, max: 15 }),
  }),
  fc.record({
    kind: fc.constant('binary' as const),
    text: fc.string({ unit: 'binary', maxLength: 40 }),
  }),
);

/** Every [object, key] pair in a JSON value, so that a type swap can hit any field at any depth. */
function slots(value: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach((item, i) => (out.push([v, i]), walk(item)));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        out.push([v as Record<string, unknown>, k]);
        walk(item);
      }
    }
  };
  walk(value);
  return out;
}

function corrupt(original: string | null, c: Corruption): string {
  tried.corruptValues++;
  tried.byKind[c.kind] = (tried.byKind[c.kind] ?? 0) + 1;
  const base = original ?? '{"schema":1}';
  switch (c.kind) {
    case 'random-string':
    case 'binary':
      return c.text;
    case 'truncate':
      return base.slice(0, c.at % Math.max(1, base.length));
    case 'random-json':
      return JSON.stringify(c.value);
    case 'bit-flip': {
      const i = c.pick % Math.max(1, base.length);
      const code = base.charCodeAt(i) ^ (1 << c.bit);
      return base.slice(0, i) + String.fromCharCode(code) + base.slice(i + 1);
    }
    case 'type-swap': {
      // A key already made unreadable by an earlier hit gets its swap on a minimal record instead.
      let parsed: unknown;
      try {
        parsed = JSON.parse(base);
      } catch {
        parsed = { schema: 1 };
      }
      const all = slots(parsed);
      const slot = all[c.pick % Math.max(1, all.length)];
      if (!slot) return JSON.stringify(c.value);
      const [holder, key] = slot;
      (holder as Record<string | number, unknown>)[key] = c.value;
      return JSON.stringify(parsed);
    }
  }
}

const TARGETS = [
  'profile',
  'index',
  'settings',
  'legacy',
  'unknown-mingle',
  'foreign',
  'quarantine',
] as const;
type Target = (typeof TARGETS)[number];

const arbWorld = fc.record({
  profiles: fc.uniqueArray(arbProfile, { selector: (p) => p.id, minLength: 1, maxLength: 4 }),
  hits: fc.array(
    fc.record({ target: fc.constantFrom(...TARGETS), which: fc.nat(), corruption: arbCorruption }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
});

function open(shared: ReturnType<typeof newStorage>, prefix: string): ProgressStore {
  return ProgressStore.open({
    backend: shared.tab(),
    now: steppingClock(),
    randomId: counterIds(prefix),
  });
}

describe('loading corrupt storage', () => {
  it(
    'never throws, never loses a sound profile, and sets aside what it cannot read',
    () => {
      fc.assert(
        fc.property(arbWorld, ({ profiles, hits }) => {
          tried.runs++;
          const shared = newStorage();
          for (const p of profiles) shared.data.set(profileKey(p.id), storedText(p));
          shared.data.set(
            INDEX_KEY,
            JSON.stringify({
              schema: 1,
              profiles: profiles.map((p) => ({ id: p.id, nickname: p.nickname })),
              active: profiles[0]?.id ?? null,
              deleted: [],
            }),
          );
          shared.data.set(
            SETTINGS_KEY,
            JSON.stringify({ schema: 1, language: 'nl', volume: 0.3, textSize: 'large' }),
          );
          shared.data.set('other-app:token', 'keep me');

          const hitProfiles = new Map<string, string>();
          for (const hit of hits) {
            const key = keyFor(hit.target, hit.which, profiles);
            const text = corrupt(shared.data.get(key) ?? null, hit.corruption);
            shared.data.set(key, text);
            const id = key.startsWith('mingle:v1:profile:')
              ? key.slice('mingle:v1:profile:'.length)
              : null;
            if (id !== null) hitProfiles.set(id, text);
          }
          const before = new Map(shared.data);

          const store = open(shared, 'a');

          // Someone else's key on the same origin is never touched.
          expect(shared.data.get('other-app:token')).toBe(before.get('other-app:token'));
          const quarantine = store.quarantined();
          for (const p of profiles) {
            const loaded = store.profile(p.id);
            const raw = hitProfiles.get(p.id);
            if (raw === undefined) {
              // Untouched profiles come back exactly.
              expect(loaded && sameProfile(loaded, p)).toBe(true);
              continue;
            }
            const damaged = store
              .notices()
              .some((n) => n.kind === 'damaged-record' && n.key === profileKey(p.id));
            if (loaded === null || damaged) {
              // Unreadable or repaired: the exact raw text is in the quarantine.
              expect(quarantine.some((q) => q.from === profileKey(p.id) && q.raw === raw)).toBe(
                true,
              );
              expect(damaged).toBe(true);
            } else {
              // Read without complaint: then it was valid data, and it is exactly what was read.
              const reading = readProfileRecord(JSON.parse(raw), p.id);
              expect(
                reading.ok && reading.problems.length === 0 && sameProfile(reading.profile, loaded),
              ).toBe(true);
            }
          }
          // Every damaged-record notice points at a quarantine item holding the text it was about.
          for (const n of store.notices()) {
            if (n.kind !== 'damaged-record') continue;
            expect(n.quarantineKey).not.toBeNull();
            expect(
              quarantine.some((q) => q.key === n.quarantineKey && q.raw === before.get(n.key)),
            ).toBe(true);
          }
          // Nothing was removed from storage, so none of the real profiles may be reported missing (a
          // set-aside one has its own notice). A damaged index may still name a profile that never existed.
          for (const n of store.notices()) {
            if (n.kind === 'profile-missing')
              expect(profiles.some((p) => p.id === n.profileId)).toBe(false);
          }
          // Settings are always valid, whatever happened to them (a bit flip may still leave "nl" as "ol").
          expect(readSettings(store.settings()).invalid).toEqual([]);

          // A second start finds nothing new to complain about, and the quarantine is intact.
          const quarantineKeys = [...shared.data.keys()].filter((k) =>
            k.startsWith(QUARANTINE_PREFIX),
          );
          const again = open(shared, 'b');
          expect(again.notices()).toEqual([]);
          for (const k of quarantineKeys) expect(shared.data.has(k)).toBe(true);
          expect(
            again
              .profiles()
              .map((p) => p.id)
              .sort(),
          ).toEqual(
            store
              .profiles()
              .map((p) => p.id)
              .sort(),
          );

          // And the game goes on.
          if (!again.activeProfile()) again.createProfile('After');
          const attempt = play(again, 'coffee', [0, 1], totals(1, 1, 1, 1, 1));
          const third = open(shared, 'c');
          const active = again.activeProfile();
          expect(
            active && third.profile(active.id)?.attempts.some((a) => a.id === attempt.id),
          ).toBe(true);
        }),
        { numRuns: 800 * SCALE },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on any key holding any text',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.oneof(
                fc.constantFrom(
                  INDEX_KEY,
                  SETTINGS_KEY,
                  LEGACY_KEY,
                  'mingle:v1:profile:p-a',
                  'mingle:v1:profile:',
                  'mingle:v1:profile:Bad Id',
                  'mingle:quarantine:1-x',
                ),
                fc.string().map((s) => `mingle:${s}`),
                fc.string().map((s) => `mingle:v1:profile:${s}`),
              ),
              fc.oneof(
                fc.string(),
                fc.jsonValue().map((v) => JSON.stringify(v)),
                fc.string({ unit: 'binary' }),
              ),
            ),
            { maxLength: 6 },
          ),
          (entries) => {
            tried.runs++;
            tried.corruptValues += entries.length;
            tried.byKind['any-key'] = (tried.byKind['any-key'] ?? 0) + entries.length;
            const shared = newStorage();
            for (const [k, v] of entries) shared.data.set(k, v);
            const rawBefore = new Set(shared.data.values());
            const store = open(shared, 'a');
            // Whatever was removed from its key is in the quarantine, verbatim.
            const kept = new Set([
              ...shared.data.values(),
              ...store.quarantined().map((q) => q.raw),
            ]);
            for (const raw of rawBefore) expect(kept.has(raw)).toBe(true);
            expect(store.createProfile('Ana').ok).toBe(true);
            play(store, 'coffee', [0], totals(0, 0, 0, 0, 0));
          },
        ),
        { numRuns: 1000 * SCALE },
      );
    },
    TIMEOUT,
  );

  it(
    'keeps playing under any quota, holding every choice in memory',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 4000 }),
          fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
          (quota, path) => {
            tried.runs++;
            const shared = newStorage(quota);
            const store = open(shared, 'a');
            expect(store.createProfile('Ana').ok).toBe(true);
            const attempt = play(store, 'hard-seller', path, totals(1, 2, 3, 4, 5));
            expect(store.activeProfile()?.attempts.map((a) => a.path)).toEqual([path]);
            // Whatever did reach storage is readable.
            expect(() => open(shared, 'b')).not.toThrow();
            if (store.saved())
              expect(
                open(shared, 'c').profile(store.activeProfile()?.id ?? '')?.attempts[0]?.id,
              ).toBe(attempt.id);
            else expect(store.notices().some((n) => n.kind === 'storage-full')).toBe(true);
          },
        ),
        { numRuns: 300 * SCALE },
      );
    },
    TIMEOUT,
  );
});

function keyFor(target: Target, which: number, profiles: readonly Profile[]): string {
  switch (target) {
    case 'profile':
      return profileKey(profiles[which % profiles.length]?.id ?? 'p-none');
    case 'index':
      return INDEX_KEY;
    case 'settings':
      return SETTINGS_KEY;
    case 'legacy':
      return LEGACY_KEY;
    case 'unknown-mingle':
      return `mingle:v1:extra-${which % 3}`;
    case 'foreign':
      return `mingle:v1:profile:NOT-AN-ID-${which % 3}`;
    case 'quarantine':
      return `mingle:quarantine:0-x${which % 3}`;
  }
}
