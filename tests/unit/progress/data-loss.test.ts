/**
 * Regression tests for the data losses an outside probe found (issue 16, items 2–5), and for the same
 * classes of failure found nearby: a write over damaged text that was never set aside, a "success"
 * said before the write held, a deletion driven by an untrusted record. Each case is built the way
 * the probe built it: a real store over an in-memory storage with a quota, reopened as a reload would.
 */
import { describe, expect, it } from 'vitest';
import {
  ProgressStore,
  type SharedMemoryStorage,
  type Profile,
} from '../../../src/progress/index.ts';
import {
  INDEX_KEY,
  LEGACY_KEY,
  QUARANTINE_PREFIX,
  SETTINGS_KEY,
  profileKey,
} from '../../../src/progress/schema.ts';
import { profileFileText } from '../../../src/progress/transfer.ts';
import { counterIds, newStorage, openStore, play, steppingClock, T0, totals } from './helpers.ts';

function quarantineKeys(shared: SharedMemoryStorage): string[] {
  return [...shared.data.keys()].filter((k) => k.startsWith(QUARANTINE_PREFIX));
}

/** A storage holding Ana with one finished attempt; returns her id. */
function withAna(shared: SharedMemoryStorage): string {
  const store = openStore(shared.tab(), 'a');
  const ana = store.createProfile('Ana');
  if (!ana.ok) throw new Error(ana.message);
  play(store, 'coffee', [0, 1], totals(1, 0, 0, 0, 0));
  store.close();
  return ana.value.id;
}

/** Ana's stored record with one extra attempt whose `ending` is 100,000 characters (the probe's case). */
function damageWithHugeEnding(shared: SharedMemoryStorage, id: string): string {
  const record = JSON.parse(shared.data.get(profileKey(id)) ?? '') as { attempts: unknown[] };
  record.attempts.push({
    id: 'r-huge',
    scenario: 'coffee',
    lang: 'en',
    version: 'v1',
    startedAt: T0,
    endedAt: T0 + 1,
    status: 'completed',
    ending: 'x'.repeat(100_000),
    totals: totals(0, 0, 0, 0, 0),
    path: [0],
  });
  const raw = JSON.stringify(record);
  shared.data.set(profileKey(id), raw);
  return raw;
}

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('issue 16.2: repair on a full quota', { timeout: 60_000 }, () => {
  it('never writes the repaired copy over the original until the original is set aside', () => {
    const shared = newStorage();
    const id = withAna(shared);
    const raw = damageWithHugeEnding(shared, id);
    // Nearly full: the repaired record (smaller) would fit, the 100,000-character quarantine copy does not.
    shared.quota = shared.used() + 500;

    const store = openStore(shared.tab(), 'b');
    expect(store.profile(id)?.attempts).toHaveLength(1);
    expect(shared.data.get(profileKey(id))).toBe(raw);
    expect(quarantineKeys(shared)).toEqual([]);
    const notice = store.notices().find((n) => n.kind === 'damaged-record');
    expect(notice).toMatchObject({ key: profileKey(id), quarantineKey: null, repaired: true });
    // The notice tells the truth: nothing was set aside, nothing is saved for now, and export is offered.
    expect(notice?.message).toMatch(/left where it was/);
    expect(notice?.message).toMatch(/no room/);
    expect(notice?.message).toMatch(/export/i);

    // Playing on keeps the original intact; the new attempt lives in memory.
    play(store, 'coffee', [1], totals(0, 1, 0, 0, 0));
    expect(shared.data.get(profileKey(id))).toBe(raw);
    expect(store.saved()).toBe(false);
    expect(store.profile(id)?.attempts).toHaveLength(2);

    // Once there is room, the original is set aside first, then the repaired profile is written.
    shared.quota = Number.POSITIVE_INFINITY;
    expect(store.flush()).toBe(true);
    expect(store.quarantined()).toMatchObject([{ from: profileKey(id), raw }]);
    const after = openStore(shared.tab(), 'c');
    expect(after.profile(id)?.attempts).toHaveLength(2);
    expect(after.notices()).toEqual([]);
  });

  it('never writes over a damaged index or damaged settings it could not set aside', () => {
    const shared = newStorage();
    withAna(shared);
    const badIndex = '{"schema":1,"profiles":[{"id":"' + 'y'.repeat(3000);
    const badSettings = JSON.stringify({ schema: 1, volume: 'loud', pad: 'z'.repeat(3000) });
    shared.data.set(INDEX_KEY, badIndex);
    shared.data.set(SETTINGS_KEY, badSettings);
    shared.quota = shared.used() + 200;

    const store = openStore(shared.tab(), 'b');
    expect(store.profiles().map((p) => p.nickname)).toEqual(['Ana']);
    store.updateSettings({ muted: true });
    expect(shared.data.get(INDEX_KEY)).toBe(badIndex);
    expect(shared.data.get(SETTINGS_KEY)).toBe(badSettings);
    expect(
      store.notices().filter((n) => n.kind === 'damaged-record' && n.quarantineKey === null),
    ).toHaveLength(2);

    shared.quota = Number.POSITIVE_INFINITY;
    expect(store.flush()).toBe(true);
    const raws = store.quarantined().map((q) => q.raw);
    expect(raws).toContain(badIndex);
    expect(raws).toContain(badSettings);
    expect(openStore(shared.tab(), 'c').settings().muted).toBe(true);
  });

  it('never writes its own copy over garbage another tab wrote when the garbage cannot be set aside', () => {
    const shared = newStorage();
    const a = openStore(shared.tab(), 'a');
    const ana = a.createProfile('Ana');
    if (!ana.ok) throw new Error();
    const garbage = 'g'.repeat(5000);
    shared.tab().setItem(profileKey(ana.value.id), garbage);
    shared.quota = shared.used() + 200;
    shared.deliver();
    play(a, 'coffee', [0], totals(1, 1, 1, 1, 1));
    expect(shared.data.get(profileKey(ana.value.id))).toBe(garbage);
    shared.quota = Number.POSITIVE_INFINITY;
    expect(a.flush()).toBe(true);
    expect(a.quarantined().map((q) => q.raw)).toContain(garbage);
    expect(openStore(shared.tab(), 'c').profile(ana.value.id)?.attempts).toHaveLength(1);
  });

  it('keeps a partly damaged v0 save until its damaged parts are set aside', () => {
    const v0 = JSON.stringify({
      player: 'Ana',
      history: [
        {
          scenario: 'coffee',
          date: '2026-01-05T10:00:00Z',
          scores: [1, 1, 1, 1, 1],
          choices: [0],
          finished: true,
        },
        { scenario: 'coffee', date: 'not a date', scores: 'lots', pad: 'q'.repeat(4000) },
      ],
    });
    const shared = newStorage();
    shared.data.set(LEGACY_KEY, v0);
    // Room for the migrated profile and index, not for a copy of the whole blob.
    shared.quota = shared.used() + 1500;
    const store = openStore(shared.tab());
    expect(store.activeProfile()?.attempts).toHaveLength(1);
    expect(shared.data.get(LEGACY_KEY)).toBe(v0);
    expect(store.notices().some((n) => n.kind === 'migrated')).toBe(false);

    shared.quota = Number.POSITIVE_INFINITY;
    const later = openStore(shared.tab(), 'u');
    expect(later.quarantined().map((q) => q.raw)).toContain(v0);
    expect(shared.data.has(LEGACY_KEY)).toBe(false);
    expect(later.notices().map((n) => n.kind)).toContain('migrated');
  });
});

describe('issue 16.3: contradictory records never delete data', () => {
  it('keeps a profile the index lists both as live and as deleted', () => {
    const shared = newStorage();
    const id = withAna(shared);
    const text = shared.data.get(profileKey(id));
    shared.data.set(
      INDEX_KEY,
      JSON.stringify({
        schema: 1,
        profiles: [{ id, nickname: 'Ana' }],
        active: id,
        deleted: [id],
      }),
    );
    const store = openStore(shared.tab(), 'b');
    expect(store.profile(id)?.attempts).toHaveLength(1);
    expect(store.activeProfile()?.id).toBe(id);
    expect(shared.data.get(profileKey(id))).toBe(text);
    expect(store.notices().some((n) => n.kind === 'profile-missing')).toBe(false);
    // The contradiction is reported as a damaged index, and the index no longer carries it.
    expect(store.notices()).toMatchObject([{ kind: 'damaged-record', record: 'index' }]);
    const again = openStore(shared.tab(), 'c');
    expect(again.profile(id)?.attempts).toHaveLength(1);
    expect(again.notices()).toEqual([]);
  });

  it('sets a profile aside, never just removes it, when only the index says it was deleted', () => {
    const shared = newStorage();
    const id = withAna(shared);
    const text = shared.data.get(profileKey(id));
    shared.data.set(
      INDEX_KEY,
      JSON.stringify({ schema: 1, profiles: [], active: null, deleted: [id] }),
    );
    const store = openStore(shared.tab(), 'b');
    expect(store.profile(id)).toBeNull();
    expect(store.quarantined()).toMatchObject([{ from: profileKey(id), raw: text }]);
  });

  it('ignores another tab’s index that lists a live profile as deleted', () => {
    const shared = newStorage();
    const a = openStore(shared.tab(), 'a');
    const ana = a.createProfile('Ana');
    if (!ana.ok) throw new Error();
    const id = ana.value.id;
    shared.tab().setItem(
      INDEX_KEY,
      JSON.stringify({
        schema: 1,
        profiles: [{ id, nickname: 'Ana' }],
        active: id,
        deleted: [id],
      }),
    );
    shared.deliver();
    expect(a.profile(id)).not.toBeNull();
    play(a, 'coffee', [0], totals(1, 1, 1, 1, 1));
    expect(openStore(shared.tab(), 'c').profile(id)?.attempts).toHaveLength(1);
  });
});

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('issue 16.4: an import over quota', { timeout: 60_000 }, () => {
  function bigProfile(attempts: number): Profile {
    return {
      id: 'p-big',
      nickname: 'Big',
      nicknameAt: T0,
      createdAt: T0,
      attempts: Array.from({ length: attempts }, (_, i) => ({
        id: `r-${i}`,
        scenario: 'coffee',
        lang: 'en',
        version: 'v1',
        startedAt: T0 + i * 10,
        endedAt: T0 + i * 10 + 5,
        status: 'completed' as const,
        ending: 'warm',
        totals: totals(1, 1, 1, 1, 1),
        path: [0, 1],
      })),
      best: {},
      memory: {},
      runs: {},
    };
  }

  it('does not say "imported" unless the profile reached storage, and changes nothing', () => {
    const shared = newStorage();
    const id = withAna(shared);
    shared.quota = shared.used() + 10_000;
    const store = openStore(shared.tab(), 'b');
    const outcome = store.importProfile(profileFileText(bigProfile(2000), T0));
    expect(outcome).toMatchObject({ ok: false, problem: 'storage-full' });
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/not enough room/);
    expect(outcome.message).toMatch(/file/);
    // Nothing half-imported: the list, the active profile and storage are as they were.
    expect(store.profiles().map((p) => p.id)).toEqual([id]);
    expect(store.activeProfile()?.id).toBe(id);
    expect(store.saved()).toBe(true);
    expect(store.notices().some((n) => n.kind === 'storage-full')).toBe(false);
    const reloaded = openStore(shared.tab(), 'c');
    expect(reloaded.profiles().map((p) => p.id)).toEqual([id]);
    expect(reloaded.notices()).toEqual([]);

    // With room, the same file imports completely.
    shared.quota = Number.POSITIVE_INFINITY;
    const ok = store.importProfile(profileFileText(bigProfile(2000), T0));
    expect(ok).toMatchObject({ ok: true, how: 'added' });
    expect(openStore(shared.tab(), 'd').profile('p-big')?.attempts).toHaveLength(2000);
  });

  it('leaves the existing profile as it was when a merging import does not fit', () => {
    const shared = newStorage();
    const store = ProgressStore.open({
      backend: shared.tab(),
      now: steppingClock(),
      randomId: counterIds('z'),
    });
    const first = store.importProfile(profileFileText(bigProfile(3), T0));
    expect(first.ok).toBe(true);
    const before = shared.data.get(profileKey('p-big'));
    shared.quota = shared.used() + 1000;
    const outcome = store.importProfile(profileFileText(bigProfile(500), T0));
    expect(outcome).toMatchObject({ ok: false, problem: 'storage-full' });
    expect(store.profile('p-big')?.attempts).toHaveLength(3);
    expect(shared.data.get(profileKey('p-big'))).toBe(before);
  });
});

describe('issue 16.5: settings from an unknown schema', () => {
  it('are not used silently: set aside, reported, and replaced by defaults', () => {
    const shared = newStorage();
    const raw = JSON.stringify({
      schema: 2,
      language: 'nl',
      volume: 0.1,
      textSize: 'x-large',
    });
    shared.data.set(SETTINGS_KEY, raw);
    const store = openStore(shared.tab());
    expect(store.settings()).toMatchObject({ language: 'en', volume: 0.8, textSize: 'medium' });
    expect(store.notices()).toMatchObject([
      { kind: 'damaged-record', record: 'settings', detail: "the record's schema is 2, not 1" },
    ]);
    expect(store.quarantined()).toMatchObject([{ from: SETTINGS_KEY, raw }]);
    expect(JSON.parse(shared.data.get(SETTINGS_KEY) ?? '')).toMatchObject({
      schema: 1,
      volume: 0.8,
    });
  });

  it('another tab wrote are set aside before this tab writes its own over them', () => {
    const shared = newStorage();
    const store = openStore(shared.tab());
    const foreign = JSON.stringify({ schema: 2, volume: 0.1, theme: 'dark' });
    shared.tab().setItem(SETTINGS_KEY, foreign);
    shared.deliver();
    store.updateSettings({ muted: true });
    expect(store.quarantined()).toMatchObject([{ from: SETTINGS_KEY, raw: foreign }]);
    expect(openStore(shared.tab(), 'b').settings().muted).toBe(true);
  });

  it('are not taken over from another tab either', () => {
    const shared = newStorage();
    const store = openStore(shared.tab());
    store.updateSettings({ volume: 0.4 });
    shared.tab().setItem(SETTINGS_KEY, JSON.stringify({ schema: 7, volume: 0.1 }));
    shared.deliver();
    expect(store.settings().volume).toBe(0.4);
  });
});
