/**
 * Export and import between devices, and the quarantine file for a bug report. The file format and the
 * careful reading of a picked file are in transfer.ts; this part puts a read profile into the store,
 * and says "imported" only once it is in storage.
 */
import type { StorageEngine } from './engine.ts';
import { mergeProfiles } from './merge.ts';
import { freshProfileId } from './profiles.ts';
import { listQuarantine, quarantineFileText, type QuarantineItem } from './quarantine.ts';
import {
  importFailureMessage,
  profileFileName,
  profileFileText,
  readProfileFile,
  type ImportProblem,
} from './transfer.ts';
import type { Profile } from './types.ts';
import { normalizeProfile } from './validate.ts';

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** 'merged' into an existing profile with the same id, or 'added' as a new one. */
      readonly how: 'added' | 'merged';
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problem: ImportProblem; readonly message: string };

export interface ExportFile {
  readonly fileName: string;
  readonly text: string;
}

export function exportProfile(engine: StorageEngine, id: string): ExportFile | null {
  const p = engine.profiles.get(id);
  if (!p) return null;
  const now = engine.clock();
  return { fileName: profileFileName(p, now), text: profileFileText(p, now) };
}

export function importProfile(
  engine: StorageEngine,
  text: string,
  mode: 'merge' | 'copy',
): ImportOutcome {
  const reading = readProfileFile(text);
  if (!reading.ok) return reading;
  let incoming = reading.profile;
  if (mode === 'copy' || engine.deleted.includes(incoming.id)) {
    incoming = { ...incoming, id: freshProfileId(engine) };
  }
  const existing = engine.profiles.get(incoming.id);
  const wasDirty = engine.dirty.has(incoming.id);
  const order = engine.order;
  const active = engine.activeId;
  const merged = existing ? mergeProfiles(existing, incoming) : normalizeProfile(incoming);
  engine.profiles.set(merged.id, merged);
  if (!engine.order.includes(merged.id)) engine.order = [...engine.order, merged.id];
  engine.activeId = merged.id;
  engine.dirty.add(merged.id);
  // The profile goes first and must hold before anything says "imported": an import that does not
  // fit changes nothing here, and the learner's file still holds everything.
  engine.writeProfile(merged.id);
  if (engine.dirty.has(merged.id)) {
    if (existing) engine.profiles.set(existing.id, existing);
    else engine.profiles.delete(merged.id);
    if (!wasDirty) engine.dirty.delete(merged.id);
    engine.order = order;
    engine.activeId = active;
    // The failed write raised a storage notice; it is no longer true once nothing is pending.
    engine.flush();
    const problem = engine.lastFailure === 'quota' ? 'storage-full' : 'not-saved';
    return { ok: false, problem, message: importFailureMessage(problem) };
  }
  engine.indexDirty = true;
  engine.flush();
  engine.board.emit({ type: 'profiles' });
  return {
    ok: true,
    profile: engine.profiles.get(merged.id) ?? merged,
    how: existing ? 'merged' : 'added',
    warnings: reading.warnings,
  };
}

export function quarantined(engine: StorageEngine): QuarantineItem[] {
  try {
    return listQuarantine(engine.backend);
  } catch {
    return [];
  }
}

export function exportQuarantine(engine: StorageEngine): ExportFile | null {
  const items = quarantined(engine);
  if (items.length === 0) return null;
  const now = engine.clock();
  return {
    fileName: `mingle-damaged-data-${new Date(now).toISOString().slice(0, 10)}.json`,
    text: quarantineFileText(items, now),
  };
}
