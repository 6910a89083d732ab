/**
 * Schema migrations. Each step is a pure function from the old records' raw text to the new records;
 * the store does the reading and writing (see ProgressStore.open) so that a step can be tested on a
 * string and cannot half-write anything by itself.
 *
 * v0 is the pre-release build's save: a single JSON blob under `mingle:save`, one player per browser,
 * scores as a five-number list, dates as ISO text:
 *
 *   { "player": "Ana", "lang": "en", "volume": 0.5, "muted": false,
 *     "history": [{ "scenario": "hard-seller", "lang": "en", "date": "2026-01-05T10:00:00Z",
 *                   "scores": [2, 1, 0, 3, -1], "choices": [0, 2, 1], "ending": "warm", "finished": true }],
 *     "memory": { "mem_promised_intro": "Ines" },
 *     "current": { "scenario": "coffee", "lang": "en", "choices": [1], "started": "2026-01-06T09:00:00Z" } }
 *
 * v0 saves had no story version, so migrated attempts and runs get the version "legacy": a migrated
 * run never matches a current story, and the player is offered a restart rather than a replay that
 * might not fit.
 */
import { DEFAULT_SETTINGS, readSettings } from './settings.ts';
import type { Attempt, MemoryEntry, Profile, Run, Settings, TipTotals } from './types.ts';
import {
  ShapeError,
  isLanguageTag,
  isMemoryName,
  isPlainObject,
  normalizeProfile,
  readArray,
  readInt,
  readLang,
  readMemoryValue,
  readNickname,
  readPath,
  readScenarioId,
  readText,
} from './validate.ts';
import { LIMITS } from './schema.ts';

/** The id the v0 player's profile gets: fixed, so that running the migration twice merges, not duplicates. */
export const LEGACY_PROFILE_ID = 'legacy-player';
export const LEGACY_VERSION = 'legacy';

export type LegacyMigration =
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** Settings found in the blob; null when it held none. */
      readonly settings: Settings | null;
      /** Parts of the blob that could not be carried over. */
      readonly problems: readonly string[];
    }
  | { readonly ok: false; readonly problem: string };

/** Turns a v0 blob into a v1 profile (and settings). `now` dates what the blob did not date. */
export function migrateLegacy(raw: string, now: number): LegacyMigration {
  let blob: unknown;
  try {
    blob = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'the old save is not valid JSON (it may be cut short)' };
  }
  if (!isPlainObject(blob)) return { ok: false, problem: 'the old save is not an object' };
  if (!Array.isArray(blob.history) && typeof blob.player !== 'string') {
    return { ok: false, problem: 'the old save has neither a player nor a history' };
  }

  const problems: string[] = [];
  const note = (e: unknown): void => {
    if (e instanceof ShapeError) problems.push(e.message);
    else throw e;
  };

  let nickname = 'Player';
  try {
    nickname = readNickname(blob.player, 'player');
  } catch (e) {
    note(e);
  }
  const defaultLang = isLanguageTag(blob.lang) ? blob.lang : 'en';

  const attempts: Attempt[] = [];
  let history: unknown[] = [];
  try {
    history = readArray(blob.history ?? [], 'history', Number.MAX_SAFE_INTEGER);
  } catch (e) {
    note(e);
  }
  history.forEach((entry, i) => {
    try {
      attempts.push(legacyAttempt(entry, i, defaultLang));
    } catch (e) {
      note(e);
    }
  });

  const memory: Record<string, MemoryEntry> = {};
  if (isPlainObject(blob.memory)) {
    for (const [key, value] of Object.entries(blob.memory)) {
      if (!isMemoryName(key)) {
        problems.push(`memory.${key} is not a mem_ variable name`);
        continue;
      }
      try {
        memory[key] = { value: readMemoryValue(value, `memory.${key}`), at: now };
      } catch (e) {
        note(e);
      }
    }
  }

  const runs: Record<string, Run> = {};
  if (blob.current !== undefined && blob.current !== null) {
    try {
      const run = legacyRun(blob.current, defaultLang, now);
      runs[run.id] = run;
    } catch (e) {
      note(e);
    }
  }

  const hasSettings = ['lang', 'volume', 'muted'].some((k) => blob[k] !== undefined);
  const settings = hasSettings
    ? readSettings(
        { language: blob.lang, volume: blob.volume, muted: blob.muted },
        DEFAULT_SETTINGS,
      ).settings
    : null;

  const createdAt = attempts.reduce((t, a) => Math.min(t, a.startedAt), now);
  const profile = normalizeProfile({
    id: LEGACY_PROFILE_ID,
    nickname,
    nicknameAt: 0,
    createdAt,
    attempts,
    best: {},
    memory,
    runs,
  });
  return { ok: true, profile, settings, problems };
}

function legacyDate(v: unknown, path: string): number {
  const t = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  if (!Number.isFinite(t) || t < 0) throw new ShapeError(path, 'should be an ISO date');
  return t;
}

function legacyAttempt(entry: unknown, i: number, defaultLang: string): Attempt {
  const path = `history[${i}]`;
  if (!isPlainObject(entry)) throw new ShapeError(path, 'should be an object');
  const at = legacyDate(entry.date, `${path}.date`);
  const scores = readArray(entry.scores, `${path}.scores`, 5);
  if (scores.length !== 5) throw new ShapeError(`${path}.scores`, 'should list five scores');
  const s = scores.map((v, t) => readInt(v, `${path}.scores[${t}]`, -LIMITS.total, LIMITS.total));
  const totals: TipTotals = {
    1: s[0] ?? 0,
    2: s[1] ?? 0,
    3: s[2] ?? 0,
    4: s[3] ?? 0,
    5: s[4] ?? 0,
  };
  const finished = entry.finished !== false;
  return {
    id: `legacy-${i}`,
    scenario: readScenarioId(entry.scenario, `${path}.scenario`),
    lang: entry.lang === undefined ? defaultLang : readLang(entry.lang, `${path}.lang`),
    version: LEGACY_VERSION,
    // v0 recorded one date per play, when it ended.
    startedAt: at,
    endedAt: at,
    status: finished ? 'completed' : 'abandoned',
    ending:
      finished && entry.ending !== undefined ? readText(entry.ending, `${path}.ending`) : null,
    totals,
    path: readPath(entry.choices ?? [], `${path}.choices`),
  };
}

function legacyRun(current: unknown, defaultLang: string, now: number): Run {
  if (!isPlainObject(current)) throw new ShapeError('current', 'should be an object');
  const startedAt =
    current.started === undefined ? now : legacyDate(current.started, 'current.started');
  return {
    id: 'legacy-run',
    scenario: readScenarioId(current.scenario, 'current.scenario'),
    lang: current.lang === undefined ? defaultLang : readLang(current.lang, 'current.lang'),
    version: LEGACY_VERSION,
    memory: {},
    path: readPath(current.choices ?? [], 'current.choices'),
    startedAt,
    updatedAt: Math.max(startedAt, now),
  };
}
