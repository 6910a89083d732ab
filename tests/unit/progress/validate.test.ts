import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RECOVERED_NICKNAME,
  ShapeError,
  readAttempt,
  readIndexRecord,
  readProfileRecord,
  readRun,
  readTotals,
} from '../../../src/progress/validate.ts';
import { DEFAULT_SETTINGS, patchSettings, readSettings } from '../../../src/progress/settings.ts';
import { mergeProfiles, sameProfile } from '../../../src/progress/merge.ts';
import { arbProfile, totals } from './helpers.ts';

const attempt = {
  id: 'a1',
  scenario: 'hard-seller',
  lang: 'en',
  version: 'abc',
  startedAt: 1000,
  endedAt: 2000,
  status: 'completed',
  ending: 'warm',
  totals: { 1: 1, 2: 2, 3: 3, 4: 4, 5: -5 },
  path: [0, 2, 1],
};

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ShapeError) return e.message;
    throw e;
  }
  throw new Error('expected a ShapeError');
}

describe('readers', () => {
  it('read a sound attempt into a fresh copy without extra fields', () => {
    const read = readAttempt({ ...attempt, extra: 'dropped' }, 'a');
    expect(read).toEqual(attempt);
    expect(read).not.toHaveProperty('extra');
    expect(read.path).not.toBe(attempt.path);
  });

  it('name the first wrong field and what it should be', () => {
    expect(
      messageOf(() =>
        readAttempt({ ...attempt, totals: { ...attempt.totals, 2: 1.5 } }, 'attempts[3]'),
      ),
    ).toBe('attempts[3].totals.2 should be a whole number');
    expect(messageOf(() => readAttempt({ ...attempt, status: 'won' }, 'a'))).toBe(
      'a.status should be "completed" or "abandoned"',
    );
    expect(messageOf(() => readAttempt({ ...attempt, endedAt: 10 }, 'a'))).toBe(
      'a.endedAt should not be before startedAt',
    );
    expect(messageOf(() => readAttempt({ ...attempt, path: [0, -1] }, 'a'))).toBe(
      'a.path[1] should be between 0 and 999',
    );
    expect(messageOf(() => readAttempt({ ...attempt, scenario: 'Hard Seller' }, 'a'))).toMatch(
      /a.scenario should be a kebab-case/,
    );
    expect(messageOf(() => readTotals([1, 2, 3, 4, 5], 't'))).toBe('t should be an object');
  });

  it('refuse memory names that are not mem_ variables (and so never set __proto__)', () => {
    const run = {
      id: 'r1',
      scenario: 'coffee',
      lang: 'en',
      version: 'v',
      memory: JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
      path: [],
      startedAt: 1,
      updatedAt: 1,
    };
    expect(messageOf(() => readRun(run, 'run'))).toBe(
      'run.memory.__proto__ is not a mem_ variable name',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readProfileRecord', () => {
  const good = {
    schema: 1,
    revision: 4,
    id: 'p-ana',
    nickname: 'Ana',
    nicknameAt: 5,
    createdAt: 1,
    attempts: [attempt],
    best: { 'hard-seller': totals(1, 2, 3, 4, -5) },
    memory: { mem_met_ann: { value: true, at: 3 } },
    runs: {},
  };

  it('reads a whole record with no problems', () => {
    const r = readProfileRecord(good, 'p-ana');
    expect(r.ok && r.problems).toEqual([]);
    expect(r.ok && r.revision).toBe(4);
  });

  it('refuses a record whose identity is unreadable or foreign', () => {
    expect(readProfileRecord('hello', 'p-ana')).toEqual({
      ok: false,
      problem: 'the record is not an object',
    });
    expect(readProfileRecord({ ...good, schema: 2 }, 'p-ana')).toMatchObject({ ok: false });
    expect(readProfileRecord({ ...good, id: 'p-bob' }, 'p-ana')).toEqual({
      ok: false,
      problem: 'the record belongs to profile "p-bob", not "p-ana"',
    });
  });

  it('keeps the good attempts when one is damaged, and says which', () => {
    const r = readProfileRecord(
      {
        ...good,
        attempts: [attempt, { ...attempt, id: 'a2', totals: 'lots' }, { ...attempt, id: 'a3' }],
      },
      'p-ana',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.attempts.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(r.problems).toEqual(['attempts[1].totals should be an object']);
  });

  it('repairs a damaged nickname and drops a repeated attempt', () => {
    const r = readProfileRecord({ ...good, nickname: '', attempts: [attempt, attempt] }, 'p-ana');
    expect(r.ok && r.profile.nickname).toBe(RECOVERED_NICKNAME);
    expect(r.ok && r.profile.attempts).toHaveLength(1);
    expect(r.ok && r.problems).toEqual([
      'nickname should be 1 to 40 characters',
      'attempts[1].id repeats an earlier attempt',
    ]);
  });

  it('raises best scores to what the completed attempts reached', () => {
    const r = readProfileRecord({ ...good, best: {} }, 'p-ana');
    expect(r.ok && r.profile.best).toEqual({ 'hard-seller': totals(1, 2, 3, 4, -5) });
  });
});

describe('readIndexRecord', () => {
  it('keeps sound entries and reports the rest', () => {
    const r = readIndexRecord({
      schema: 1,
      profiles: [
        { id: 'p-a', nickname: 'A' },
        { id: 'BAD', nickname: 'B' },
        { id: 'p-a', nickname: 'A again' },
      ],
      active: 'p-a',
      deleted: ['p-z', 7],
    });
    expect(r).toEqual({
      ok: true,
      index: { profiles: [{ id: 'p-a', nickname: 'A' }], active: 'p-a', deleted: ['p-z'] },
      problems: [
        'profiles[1].id should be an id (lowercase letters, digits, dashes)',
        'deleted[1] should be an id (lowercase letters, digits, dashes)',
      ],
    });
  });
});

describe('settings', () => {
  it('gives the defaults for nothing at all', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
    expect(readSettings('garbage').settings).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs field by field: a bad volume does not reset the text size', () => {
    const r = readSettings({ volume: 7, textSize: 'large', muted: 'yes', language: 'nl' });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, textSize: 'large', language: 'nl' });
    expect(r.invalid).toEqual(['volume', 'muted']);
  });

  it('treats a missing field as a quiet default, not as damage', () => {
    expect(readSettings({ language: 'fr' }).invalid).toEqual([]);
    // A record from before the pictures setting shows the pictures.
    expect(readSettings({ language: 'fr' }).settings.pictures).toBe(true);
  });

  it('reads the pictures setting, and repairs a damaged one to on', () => {
    expect(readSettings({ pictures: false }).settings.pictures).toBe(false);
    const r = readSettings({ pictures: 'no', textSize: 'large' });
    expect(r.settings.pictures).toBe(true);
    expect(r.settings.textSize).toBe('large');
    expect(r.invalid).toEqual(['pictures']);
  });

  it('rejects an invalid patch field and keeps the current value', () => {
    const current = { ...DEFAULT_SETTINGS, textSpeed: 'fast' as const };
    const r = patchSettings(current, { textSpeed: 'warp' as never, coachMode: true });
    expect(r.settings).toEqual({ ...current, coachMode: true });
    expect(r.rejected).toEqual(['textSpeed']);
  });
});

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('mergeProfiles', { timeout: 60_000 }, () => {
  it('is commutative and idempotent, and keeps every attempt of both sides', () => {
    fc.assert(
      fc.property(arbProfile, arbProfile, (a, b0) => {
        const b = { ...b0, id: a.id };
        const ab = mergeProfiles(a, b);
        expect(sameProfile(ab, mergeProfiles(b, a))).toBe(true);
        expect(sameProfile(mergeProfiles(ab, a), ab)).toBe(true);
        const ids = new Set(ab.attempts.map((x) => x.id));
        for (const x of [...a.attempts, ...b.attempts]) expect(ids.has(x.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the later nickname and the later memory value, key by key', () => {
    const base = readProfileRecord(
      {
        schema: 1,
        revision: 1,
        id: 'p',
        nickname: 'Old',
        nicknameAt: 1,
        createdAt: 1,
        attempts: [],
        best: {},
        memory: {},
        runs: {},
      },
      'p',
    );
    if (!base.ok) throw new Error('fixture');
    const a = {
      ...base.profile,
      nickname: 'New',
      nicknameAt: 9,
      memory: { mem_a: { value: 'x', at: 5 }, mem_b: { value: 1, at: 1 } },
    };
    const b = {
      ...base.profile,
      memory: { mem_a: { value: 'y', at: 3 }, mem_b: { value: 2, at: 7 } },
    };
    const m = mergeProfiles(a, b);
    expect(m.nickname).toBe('New');
    expect(m.memory).toEqual({ mem_a: { value: 'x', at: 5 }, mem_b: { value: 2, at: 7 } });
  });
});
