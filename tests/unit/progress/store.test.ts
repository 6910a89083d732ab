import { describe, expect, it } from 'vitest';
import {
  ProgressStore,
  memoryBackend,
  type StorageBackend,
  type StoreEvent,
} from '../../../src/progress/index.ts';
import {
  INDEX_KEY,
  SETTINGS_KEY,
  profileKey,
  QUARANTINE_PREFIX,
} from '../../../src/progress/schema.ts';
import { counterIds, newStorage, openStore, play, steppingClock, totals, ZERO } from './helpers.ts';

describe('profiles', () => {
  it('creates, renames, selects and deletes profiles, and keeps them across a reload', () => {
    const shared = newStorage();
    const store = openStore(shared.tab());
    const ana = store.createProfile('  Ana  ');
    const bob = store.createProfile('Bob');
    if (!ana.ok || !bob.ok) throw new Error('create failed');
    expect(ana.value.nickname).toBe('Ana');
    expect(store.activeProfile()?.id).toBe(bob.value.id);
    expect(store.renameProfile(ana.value.id, 'Ana M.').ok).toBe(true);
    expect(store.selectProfile(ana.value.id)).toBe(true);

    const reloaded = openStore(shared.tab(), 'u');
    expect(reloaded.profiles().map((p) => p.nickname)).toEqual(['Ana M.', 'Bob']);
    expect(reloaded.activeProfile()?.nickname).toBe('Ana M.');

    expect(reloaded.deleteProfile(bob.value.id)).toBe(true);
    expect(shared.data.has(profileKey(bob.value.id))).toBe(false);
    expect(
      openStore(shared.tab(), 'v')
        .profiles()
        .map((p) => p.nickname),
    ).toEqual(['Ana M.']);
  });

  it('refuses an empty or multi-line nickname with a plain message', () => {
    const store = openStore(memoryBackend());
    expect(store.createProfile('   ')).toEqual({
      ok: false,
      message: 'A nickname is 1 to 40 characters, on one line.',
    });
    expect(store.createProfile('a\nb').ok).toBe(false);
    expect(store.createProfile('x'.repeat(41)).ok).toBe(false);
    expect(store.profiles()).toEqual([]);
  });

  it('tells subscribers what changed', () => {
    const store = openStore(memoryBackend());
    const events: StoreEvent[] = [];
    const stop = store.subscribe((e) => events.push(e));
    store.createProfile('Ana');
    store.updateSettings({ muted: true });
    stop();
    store.createProfile('Bob');
    expect(events).toEqual([{ type: 'profiles' }, { type: 'settings' }]);
  });
});

describe('runs and history', () => {
  it('saves every choice, so a reload finds the run with its path', () => {
    const shared = newStorage();
    const store = openStore(shared.tab());
    store.createProfile('Ana');
    const run = store.startRun({
      scenario: 'hard-seller',
      lang: 'en',
      version: 'v7',
      memory: { mem_x: 1 },
    });
    if (!run.ok) throw new Error(run.message);
    store.recordChoice(2);
    store.recordChoice(0);

    const after = openStore(shared.tab(), 'u');
    const saved = after.savedRun();
    expect(saved).toMatchObject({
      id: run.value.id,
      scenario: 'hard-seller',
      version: 'v7',
      path: [2, 0],
      memory: { mem_x: 1 },
    });
  });

  it('records a finished run as an attempt, updates best scores and memory, and clears the run', () => {
    const store = openStore(memoryBackend());
    store.createProfile('Ana');
    play(store, 'hard-seller', [0, 1], totals(3, 1, 0, -1, 2), { mem_promised_intro: 'Ines' });
    play(store, 'hard-seller', [1, 1], totals(1, 4, 0, -2, 2));
    const p = store.activeProfile();
    expect(p?.attempts.map((a) => [a.status, a.path])).toEqual([
      ['completed', [0, 1]],
      ['completed', [1, 1]],
    ]);
    expect(p?.best['hard-seller']).toEqual(totals(3, 4, 0, -1, 2));
    expect(store.memory()).toEqual({ mem_promised_intro: 'Ines' });
    expect(store.savedRun()).toBeNull();
  });

  it('records the previous run as abandoned when this tab starts another', () => {
    const store = openStore(memoryBackend());
    store.createProfile('Ana');
    store.startRun({ scenario: 'coffee', lang: 'en', version: 'v' });
    store.recordChoice(1);
    store.startRun({ scenario: 'hard-seller', lang: 'en', version: 'v' }, totals(1, 0, 0, 0, 0));
    const p = store.activeProfile();
    expect(p?.attempts).toMatchObject([
      { scenario: 'coffee', status: 'abandoned', path: [1], totals: totals(1, 0, 0, 0, 0) },
    ]);
    expect(Object.values(p?.runs ?? {}).map((r) => r.scenario)).toEqual(['hard-seller']);
  });

  it('does not count an abandoned attempt towards best scores', () => {
    const store = openStore(memoryBackend());
    store.createProfile('Ana');
    const run = store.startRun({ scenario: 'coffee', lang: 'en', version: 'v' });
    if (!run.ok) throw new Error();
    store.abandonRun(run.value.id, totals(9, 9, 9, 9, 9));
    expect(store.activeProfile()?.best).toEqual({});
  });

  it('refuses to play without a profile or with bad input, without throwing', () => {
    const store = openStore(memoryBackend());
    expect(store.startRun({ scenario: 'coffee', lang: 'en', version: 'v' }).ok).toBe(false);
    expect(store.recordChoice(0).ok).toBe(false);
    store.createProfile('Ana');
    expect(store.startRun({ scenario: 'Coffee Chat', lang: 'en', version: 'v' }).ok).toBe(false);
    expect(store.recordChoice(0)).toEqual({
      ok: false,
      message: 'No conversation is in progress.',
    });
    store.startRun({ scenario: 'coffee', lang: 'en', version: 'v' });
    expect(store.recordChoice(-1).ok).toBe(false);
    expect(store.finishRun({ ending: null, totals: { 1: 0 } as never }).ok).toBe(false);
  });
});

describe('a full quota', () => {
  it('raises a notice, keeps playing in memory, and saves again once there is room', () => {
    const shared = newStorage(1200);
    const store = openStore(shared.tab());
    store.createProfile('Ana');
    store.startRun({ scenario: 'hard-seller', lang: 'en', version: 'v' });
    let choices = 0;
    while (store.saved() && choices < 1000) {
      expect(store.recordChoice(choices % 3).ok).toBe(true);
      choices++;
    }
    expect(store.saved()).toBe(false);
    expect(store.notices().map((n) => n.kind)).toEqual(['storage-full']);
    // The game goes on: more choices are accepted and kept in memory, with one notice, not one per choice.
    for (let i = 0; i < 5; i++) expect(store.recordChoice(1).ok).toBe(true);
    expect(store.savedRun()?.path).toHaveLength(choices + 5);
    expect(store.notices()).toHaveLength(1);

    // Another change that also hits the quota (a new profile: its record and the index) adds no notice.
    expect(store.createProfile('Bob').ok).toBe(true);
    expect(store.notices()).toHaveLength(1);
    expect(store.selectProfile(store.profiles()[0]?.id ?? null)).toBe(true);

    shared.quota = Number.POSITIVE_INFINITY;
    expect(store.flush()).toBe(true);
    expect(store.notices()).toEqual([]);
    expect(openStore(shared.tab(), 'u').savedRun()?.path).toHaveLength(choices + 5);
  });
});

describe('storage that misbehaves', () => {
  it('carries on in memory when the storage cannot even list its keys', () => {
    const broken: StorageBackend = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
      keys: () => {
        throw new Error('SecurityError');
      },
    };
    const store = ProgressStore.open({
      backend: broken,
      now: steppingClock(),
      randomId: counterIds('z'),
    });
    expect(store.notices().map((n) => n.kind)).toEqual(['storage-unavailable']);
    expect(store.createProfile('Ana').ok).toBe(true);
    expect(play(store, 'coffee', [0], ZERO).status).toBe('completed');
  });

  it('reports a write that fails for another reason than the quota, and retries it', () => {
    const shared = newStorage();
    const tab = shared.tab();
    let failing = false;
    const flaky: StorageBackend = {
      getItem: (k) => tab.getItem(k),
      setItem: (k, v) => {
        if (failing) throw new Error('disk I/O error');
        tab.setItem(k, v);
      },
      removeItem: (k) => tab.removeItem(k),
      keys: () => tab.keys(),
    };
    const store = openStore(flaky);
    store.createProfile('Ana');
    failing = true;
    store.startRun({ scenario: 'coffee', lang: 'en', version: 'v' });
    expect(store.notices()[0]).toMatchObject({
      kind: 'write-failed',
      detail: 'Error: disk I/O error',
    });
    failing = false;
    store.recordChoice(1);
    expect(store.notices()).toEqual([]);
    expect(openStore(shared.tab(), 'u').savedRun()?.path).toEqual([1]);
  });

  it('sets a damaged settings record aside and repairs it field by field', () => {
    const shared = newStorage();
    const raw = JSON.stringify({ schema: 1, language: 'nl', volume: 'loud', textSize: 'large' });
    shared.data.set(SETTINGS_KEY, raw);
    const store = openStore(shared.tab());
    expect(store.settings()).toMatchObject({ language: 'nl', volume: 0.8, textSize: 'large' });
    expect(store.notices()).toMatchObject([
      { kind: 'damaged-record', record: 'settings', detail: 'invalid volume' },
    ]);
    expect(store.quarantined()).toMatchObject([{ from: SETTINGS_KEY, raw }]);
    expect(JSON.parse(shared.data.get(SETTINGS_KEY) ?? '')).toMatchObject({
      volume: 0.8,
      language: 'nl',
    });
  });

  it('rebuilds a damaged index from the profile keys and says which profile went missing', () => {
    const shared = newStorage();
    const store = openStore(shared.tab());
    store.createProfile('Ana');
    const bob = store.createProfile('Bob');
    if (!bob.ok) throw new Error();
    // The browser lost Bob's record but kept the index that names him.
    shared.data.delete(profileKey(bob.value.id));
    const after = openStore(shared.tab(), 'u');
    expect(after.profiles().map((p) => p.nickname)).toEqual(['Ana']);
    expect(after.notices()).toMatchObject([{ kind: 'profile-missing', nickname: 'Bob' }]);
    expect(after.notices()[0]?.message).toMatch(/“Bob”.*import the file/);
    // Said once: the index no longer names Bob, so the next start is quiet (found by the soak run).
    expect(openStore(shared.tab(), 'w').notices()).toEqual([]);

    shared.data.set(INDEX_KEY, '{"schema":1,"profi');
    const again = openStore(shared.tab(), 'v');
    expect(again.profiles().map((p) => p.nickname)).toEqual(['Ana']);
    expect(again.notices()).toMatchObject([
      {
        kind: 'damaged-record',
        record: 'index',
        detail: 'it is not valid JSON; it may have been cut short',
      },
    ]);
    expect([...shared.data.keys()].filter((k) => k.startsWith(QUARANTINE_PREFIX))).toHaveLength(1);
  });

  it('leaves a damaged profile in place when even the quarantine is full, and sets it aside later', () => {
    const shared = newStorage();
    const store = openStore(shared.tab());
    const ana = store.createProfile('Ana');
    const bob = store.createProfile('Bob');
    if (!ana.ok || !bob.ok) throw new Error();
    const garbage = '{"schema":1,"id":"' + bob.value.id + '","attempts":[{"id":';
    shared.data.set(profileKey(bob.value.id), garbage);
    shared.quota = shared.used();

    const full = openStore(shared.tab(), 'u');
    expect(full.profiles().map((p) => p.nickname)).toEqual(['Ana']);
    expect(full.notices()).toMatchObject([
      { kind: 'damaged-record', key: profileKey(bob.value.id), quarantineKey: null },
    ]);
    expect(full.notices()[0]?.message).toMatch(/left where it was/);
    expect(shared.data.get(profileKey(bob.value.id))).toBe(garbage);
    // Ana still plays, as far as the quota allows, and keeps her progress in memory.
    play(full, 'coffee', [1], totals(1, 1, 1, 1, 1));
    expect(full.activeProfile()?.attempts).toHaveLength(1);

    shared.quota = Number.POSITIVE_INFINITY;
    const roomy = openStore(shared.tab(), 'v');
    expect(roomy.quarantined()).toMatchObject([{ from: profileKey(bob.value.id), raw: garbage }]);
    expect(shared.data.has(profileKey(bob.value.id))).toBe(false);
  });

  it('sets aside garbage another tab wrote over a profile, and writes its own copy back', () => {
    const shared = newStorage();
    const a = openStore(shared.tab());
    const ana = a.createProfile('Ana');
    if (!ana.ok) throw new Error();
    play(a, 'coffee', [0, 1], totals(1, 0, 0, 0, 0));
    const other = shared.tab();
    other.setItem(profileKey(ana.value.id), 'not json at all');
    shared.deliver();
    expect(a.notices()).toMatchObject([{ kind: 'damaged-record', record: 'profile' }]);
    expect(a.quarantined()).toMatchObject([{ raw: 'not json at all' }]);
    expect(openStore(shared.tab(), 'u').profile(ana.value.id)?.attempts).toHaveLength(1);
  });
});
