/**
 * Opening storage: migrate an old save, read and validate the index, every profile key and the
 * settings, and work out the profiles screen's order and the active profile. Nothing here throws,
 * whatever storage holds; what cannot be read is set aside (engine.setAside), never just removed.
 */
import type { StorageEngine } from './engine.ts';
import { mergeProfiles } from './merge.ts';
import { LEGACY_PROFILE_ID, migrateLegacy } from './migrate.ts';
import * as notices from './notices.ts';
import {
  ID_PATTERN,
  INDEX_KEY,
  LEGACY_KEY,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  profileIdOf,
  profileKey,
} from './schema.ts';
import { DEFAULT_SETTINGS, readSettingsRecord, settingsRecord } from './settings.ts';
import { NOT_JSON, PARSE_FAILED, parseJson, summarize } from './support.ts';
import { readIndexRecord, type IndexRecord } from './validate.ts';

const DELETED_BY_INDEX = 'the list of profiles says this profile was deleted';

/** Reads everything in storage into the engine, then writes back whatever had to be repaired. */
export function loadStorage(engine: StorageEngine): void {
  let keys = engine.keysOrFallBack();
  if (keys.includes(LEGACY_KEY)) migrateLegacySave(engine);

  const index = loadIndex(engine);
  engine.deleted = [...index.deleted];
  try {
    keys = engine.backend.keys();
  } catch {
    keys = [];
  }
  for (const key of keys) {
    const id = profileIdOf(key);
    if (id === null) continue;
    if (!ID_PATTERN.test(id)) {
      engine.setAside(
        key,
        engine.read(key),
        'profile',
        'the key does not name a valid profile',
        true,
      );
      continue;
    }
    if (engine.deleted.includes(id)) {
      // A deletion that was interrupted, a stale tab that wrote a deleted profile back, or a damaged
      // index. The index cannot be trusted to destroy data: the record goes to the quarantine, and is
      // removed only once it is safely there.
      engine.setAside(key, engine.read(key), 'profile', DELETED_BY_INDEX, true);
      continue;
    }
    engine.loadProfile(id);
  }

  for (const entry of index.profiles) {
    if (engine.profiles.has(entry.id)) continue;
    // A profile set aside as unreadable already has its own notice; one truly gone gets this one.
    if (!engine.droppedIds.has(entry.id) && engine.read(profileKey(entry.id)) === null) {
      engine.board.notify(notices.profileMissing(entry.id, entry.nickname));
    }
    engine.droppedIds.add(entry.id);
    engine.indexDirty = true;
  }
  const listed = index.profiles.map((e) => e.id).filter((id) => engine.profiles.has(id));
  const unlisted = [...engine.profiles.values()]
    .filter((p) => !listed.includes(p.id))
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((p) => p.id);
  if (unlisted.length > 0) engine.indexDirty = true;
  engine.order = [...listed, ...unlisted];
  if (index.active !== null && engine.profiles.has(index.active)) engine.activeId = index.active;
  else if (engine.order.length === 1) engine.activeId = engine.order[0] ?? null;

  loadSettings(engine);
  engine.flush();
}

/** Reads the index; a damaged one is set aside and an empty one returned (the keys rebuild it). */
function loadIndex(engine: StorageEngine): IndexRecord {
  const empty: IndexRecord = { profiles: [], active: null, deleted: [] };
  const raw = engine.read(INDEX_KEY);
  if (raw === null) return empty;
  const parsed = parseJson(raw);
  const reading = readIndexRecord(parsed);
  if (!reading.ok) {
    const detail = parsed === PARSE_FAILED ? NOT_JSON : reading.problem;
    engine.setAside(INDEX_KEY, raw, 'index', detail, false);
    engine.indexDirty = true;
    return empty;
  }
  // An index that lists a profile both as live and as deleted contradicts itself. Contradictory records
  // are never resolved by deleting data: the profile stays, the deletion is dropped.
  const live = new Set(reading.index.profiles.map((e) => e.id));
  const contradicted = reading.index.deleted.filter((id) => live.has(id));
  const problems = [
    ...reading.problems,
    ...contradicted.map((id) => `profile "${id}" is listed both as kept and as deleted`),
  ];
  if (problems.length > 0) {
    engine.setAside(INDEX_KEY, raw, 'index', summarize(problems), true);
    engine.indexDirty = true;
  }
  return { ...reading.index, deleted: reading.index.deleted.filter((id) => !live.has(id)) };
}

function loadSettings(engine: StorageEngine): void {
  const raw = engine.read(SETTINGS_KEY);
  if (raw === null) return;
  const parsed = parseJson(raw);
  const reading = readSettingsRecord(parsed);
  if (!reading.ok) {
    // Unreadable, or from a schema this build does not know: defaults, and the text set aside whole.
    engine.settings = DEFAULT_SETTINGS;
    const detail = parsed === PARSE_FAILED ? NOT_JSON : reading.problem;
    engine.setAside(SETTINGS_KEY, raw, 'settings', detail, false, false);
    engine.settingsDirty = true;
    return;
  }
  engine.settings = reading.settings;
  if (reading.invalid.length > 0) {
    const detail = `invalid ${reading.invalid.join(', ')}`;
    engine.setAside(SETTINGS_KEY, raw, 'settings', detail, false, true);
    engine.settingsDirty = true;
  }
}

/** Carries a v0 single-blob save over to v1, then removes the blob once everything is written. */
function migrateLegacySave(engine: StorageEngine): void {
  const raw = engine.read(LEGACY_KEY);
  if (raw === null) return;
  const result = migrateLegacy(raw, engine.stamp());
  if (!result.ok) {
    if (engine.setAside(LEGACY_KEY, raw, 'legacy', result.problem, false) !== null) {
      engine.attemptWrite(LEGACY_KEY, () => engine.backend.removeItem(LEGACY_KEY));
    }
    return;
  }
  if (result.problems.length > 0) {
    engine.setAside(LEGACY_KEY, raw, 'legacy', summarize(result.problems), false, true);
  }
  // If an earlier migration was interrupted, the profile is already there: merging makes this idempotent.
  engine.loadProfile(LEGACY_PROFILE_ID);
  const existing = engine.profiles.get(LEGACY_PROFILE_ID);
  engine.profiles.set(
    LEGACY_PROFILE_ID,
    existing ? mergeProfiles(existing, result.profile) : result.profile,
  );
  engine.dirty.add(LEGACY_PROFILE_ID);
  engine.writeProfile(LEGACY_PROFILE_ID);
  let settingsOk = true;
  if (result.settings !== null && engine.read(SETTINGS_KEY) === null) {
    const text = JSON.stringify(settingsRecord(result.settings ?? DEFAULT_SETTINGS));
    settingsOk = engine.attemptWrite(SETTINGS_KEY, () =>
      engine.backend.setItem(SETTINGS_KEY, text),
    );
  }
  // The blob goes only when everything is written and its damaged parts (if any) are set aside;
  // `attemptWrite` refuses to remove it while they are not.
  if (
    !engine.dirty.has(LEGACY_PROFILE_ID) &&
    settingsOk &&
    engine.attemptWrite(LEGACY_KEY, () => engine.backend.removeItem(LEGACY_KEY))
  ) {
    engine.board.notify(notices.migrated(0, SCHEMA_VERSION));
  }
  engine.indexDirty = true;
}
