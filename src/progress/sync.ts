/**
 * Hearing other tabs. The backend reports each key another tab changed (the browser's `storage` event);
 * this tab merges the change in, writes back anything the other tab lacked, and tells subscribers.
 * A cleared storage is answered by writing back everything this tab holds. Nothing here throws: a
 * storage event must never break the page, and the next write re-reads and merges anyway.
 */
import { trustedDeletions, type StorageEngine } from './engine.ts';
import { sameProfile } from './merge.ts';
import * as notices from './notices.ts';
import { ID_PATTERN, INDEX_KEY, LIMITS, SETTINGS_KEY, profileIdOf } from './schema.ts';
import { readSettingsRecord } from './settings.ts';
import { parseJson } from './support.ts';
import { readIndexRecord } from './validate.ts';

/** Subscribes the engine to other tabs' writes; returns the unsubscribe function, or null. */
export function listenToOtherTabs(engine: StorageEngine): (() => void) | null {
  try {
    return engine.backend.subscribe?.((key) => onExternalChange(engine, key)) ?? null;
  } catch {
    return null;
  }
}

export function onExternalChange(engine: StorageEngine, key: string | null): void {
  try {
    if (key === null) {
      // Another tab (or the browser) cleared storage: write back everything this tab still holds.
      for (const id of engine.profiles.keys()) engine.dirty.add(id);
      engine.indexDirty = true;
      engine.settingsDirty = true;
      engine.flush();
      return;
    }
    if (key === SETTINGS_KEY) {
      const raw = engine.read(SETTINGS_KEY);
      const reading = raw === null ? null : readSettingsRecord(parseJson(raw), engine.settings);
      // Another tab's settings are taken only when they are ours to read (this schema, an object).
      if (reading?.ok) engine.settings = reading.settings;
      engine.board.emit({ type: 'settings' });
      return;
    }
    if (key === INDEX_KEY) {
      onIndexChange(engine);
      return;
    }
    const id = profileIdOf(key);
    if (id === null || !ID_PATTERN.test(id)) return;
    const before = engine.profiles.get(id);
    if (engine.read(key) === null) {
      if (before && !engine.deletedInStorage(id)) {
        engine.dirty.add(id);
        engine.flush();
      }
      return;
    }
    if (engine.deleted.includes(id)) return;
    engine.loadProfile(id);
    if (engine.dirty.has(id)) engine.flush();
    if (!before && engine.profiles.has(id)) {
      engine.order.push(id);
      engine.board.emit({ type: 'profiles' });
    } else if (before && !sameProfile(before, engine.profiles.get(id) ?? before)) {
      engine.board.emit({ type: 'profile', profileId: id });
    }
  } catch {
    // A storage event must never break the page; the next write re-reads and merges anyway.
  }
}

/** Another tab wrote the index: take its deletions (the ones it does not contradict) and new profiles. */
function onIndexChange(engine: StorageEngine): void {
  const raw = engine.read(INDEX_KEY);
  const reading = raw === null ? null : readIndexRecord(parseJson(raw));
  if (!reading?.ok) return;
  let changed = false;
  for (const id of trustedDeletions(reading.index)) {
    if (engine.deleted.includes(id)) continue;
    engine.deleted.push(id);
    const p = engine.profiles.get(id);
    if (p) {
      engine.forget(id);
      engine.board.notify(notices.deletedElsewhere(id, p.nickname));
      changed = true;
    }
  }
  engine.deleted = engine.deleted.slice(-LIMITS.tombstones);
  for (const entry of reading.index.profiles) {
    if (engine.profiles.has(entry.id) || engine.deleted.includes(entry.id)) continue;
    engine.loadProfile(entry.id);
    if (engine.profiles.has(entry.id)) {
      engine.order.push(entry.id);
      changed = true;
    }
  }
  if (changed) engine.board.emit({ type: 'profiles' });
}
