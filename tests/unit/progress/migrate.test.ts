import { describe, expect, it } from 'vitest';
import { LEGACY_PROFILE_ID, migrateLegacy } from '../../../src/progress/migrate.ts';
import {
  LEGACY_KEY,
  QUARANTINE_PREFIX,
  SETTINGS_KEY,
  profileKey,
} from '../../../src/progress/schema.ts';
import { checkResume } from '../../../src/progress/index.ts';
import { newStorage, openStore, totals } from './helpers.ts';

/** A save exactly as the pre-release build wrote it (schema v0, one blob). */
const V0_SAVE = JSON.stringify({
  player: 'Ana',
  lang: 'nl',
  volume: 0.5,
  muted: true,
  history: [
    {
      scenario: 'hard-seller',
      date: '2026-01-05T10:00:00Z',
      scores: [2, 1, 0, 3, -1],
      choices: [0, 2, 1],
      ending: 'warm',
      finished: true,
    },
    {
      scenario: 'coffee',
      lang: 'en',
      date: '2026-01-06T09:30:00Z',
      scores: [0, 0, 1, 0, 0],
      choices: [1],
      finished: false,
    },
  ],
  memory: { mem_promised_intro: 'Ines', mem_met_ann: true },
  current: { scenario: 'coffee', choices: [1, 0], started: '2026-01-07T08:00:00Z' },
});

const NOW = Date.parse('2026-02-01T00:00:00Z');

describe('migrateLegacy (v0 → v1)', () => {
  it('turns the blob into one profile with its history, memory, run and settings', () => {
    const r = migrateLegacy(V0_SAVE, NOW);
    if (!r.ok) throw new Error(r.problem);
    expect(r.problems).toEqual([]);
    const p = r.profile;
    expect(p).toMatchObject({
      id: LEGACY_PROFILE_ID,
      nickname: 'Ana',
      createdAt: Date.parse('2026-01-05T10:00:00Z'),
    });
    expect(p.attempts).toEqual([
      {
        id: 'legacy-0',
        scenario: 'hard-seller',
        lang: 'nl',
        version: 'legacy',
        startedAt: Date.parse('2026-01-05T10:00:00Z'),
        endedAt: Date.parse('2026-01-05T10:00:00Z'),
        status: 'completed',
        ending: 'warm',
        totals: totals(2, 1, 0, 3, -1),
        path: [0, 2, 1],
      },
      expect.objectContaining({
        id: 'legacy-1',
        lang: 'en',
        status: 'abandoned',
        ending: null,
        path: [1],
      }),
    ]);
    expect(p.best).toEqual({ 'hard-seller': totals(2, 1, 0, 3, -1) });
    expect(p.memory).toEqual({
      mem_met_ann: { value: true, at: NOW },
      mem_promised_intro: { value: 'Ines', at: NOW },
    });
    expect(Object.values(p.runs)).toMatchObject([
      { id: 'legacy-run', scenario: 'coffee', lang: 'nl', path: [1, 0] },
    ]);
    expect(r.settings).toMatchObject({
      language: 'nl',
      volume: 0.5,
      muted: true,
      textSize: 'medium',
    });
  });

  it('keeps the sound entries of a partly damaged blob and lists the rest', () => {
    const blob = JSON.parse(V0_SAVE) as { history: unknown[] };
    blob.history.push(
      { scenario: 'coffee', date: 'yesterday', scores: [1, 1, 1, 1, 1] },
      { scenario: 'x', date: '2026-01-01', scores: [1] },
    );
    const r = migrateLegacy(JSON.stringify(blob), NOW);
    expect(r.ok && r.profile.attempts).toHaveLength(2);
    expect(r.ok && r.problems).toEqual([
      'history[2].date should be an ISO date',
      'history[3].scores should list five scores',
    ]);
  });

  it('refuses text that is not a v0 save', () => {
    expect(migrateLegacy('{"player": "An', NOW)).toEqual({
      ok: false,
      problem: 'the old save is not valid JSON (it may be cut short)',
    });
    expect(migrateLegacy('[1,2]', NOW)).toMatchObject({ ok: false });
    expect(migrateLegacy('{"unrelated": true}', NOW)).toMatchObject({ ok: false });
  });
});

describe('opening a store over a v0 save', () => {
  it('migrates, writes v1 keys, removes the blob and says so', () => {
    const shared = newStorage();
    shared.data.set(LEGACY_KEY, V0_SAVE);
    const store = openStore(shared.tab());
    expect(store.profiles().map((p) => p.nickname)).toEqual(['Ana']);
    expect(store.activeProfile()?.attempts).toHaveLength(2);
    expect(store.memory()).toEqual({ mem_met_ann: true, mem_promised_intro: 'Ines' });
    expect(store.settings()).toMatchObject({ language: 'nl', muted: true });
    expect(store.notices().map((n) => n.kind)).toEqual(['migrated']);
    expect(shared.data.has(LEGACY_KEY)).toBe(false);
    expect(shared.data.has(profileKey(LEGACY_PROFILE_ID))).toBe(true);
    expect(shared.data.has(SETTINGS_KEY)).toBe(true);

    // The migrated run has no story version, so it is never replayed into a story that may have changed.
    const run = store.savedRun();
    if (!run) throw new Error('run lost');
    expect(checkResume(run, { id: 'coffee', lang: 'nl', version: 'abc123' }).kind).toBe(
      'story-changed',
    );

    // A second start finds only v1 data and does not migrate again.
    const again = openStore(shared.tab(), 'u');
    expect(again.notices()).toEqual([]);
    expect(again.activeProfile()?.attempts).toHaveLength(2);
  });

  it('is idempotent when an earlier migration was interrupted before removing the blob', () => {
    const shared = newStorage();
    shared.data.set(LEGACY_KEY, V0_SAVE);
    openStore(shared.tab());
    shared.data.set(LEGACY_KEY, V0_SAVE);
    const store = openStore(shared.tab(), 'u');
    expect(store.profiles()).toHaveLength(1);
    expect(store.activeProfile()?.attempts).toHaveLength(2);
  });

  it('sets an unreadable v0 save aside instead of deleting it', () => {
    const shared = newStorage();
    shared.data.set(LEGACY_KEY, '{"player":"Ana","hist');
    const store = openStore(shared.tab());
    expect(store.profiles()).toEqual([]);
    expect(store.notices()).toMatchObject([{ kind: 'damaged-record', record: 'legacy' }]);
    expect(store.quarantined()).toMatchObject([{ from: LEGACY_KEY, raw: '{"player":"Ana","hist' }]);
    expect([...shared.data.keys()].some((k) => k.startsWith(QUARANTINE_PREFIX))).toBe(true);
  });

  it('keeps the blob when the v1 records cannot be written yet (full quota), and migrates later', () => {
    const shared = newStorage(V0_SAVE.length + LEGACY_KEY.length + 50);
    shared.data.set(LEGACY_KEY, V0_SAVE);
    const store = openStore(shared.tab());
    expect(store.activeProfile()?.attempts).toHaveLength(2);
    expect(store.notices().map((n) => n.kind)).toContain('storage-full');
    expect(shared.data.get(LEGACY_KEY)).toBe(V0_SAVE);

    shared.quota = Number.POSITIVE_INFINITY;
    const later = openStore(shared.tab(), 'u');
    expect(later.notices().map((n) => n.kind)).toEqual(['migrated']);
    expect(shared.data.has(LEGACY_KEY)).toBe(false);
  });
});
