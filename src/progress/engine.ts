/**
 * The storage engine under the progress store: what this tab holds in memory, and the only code that
 * writes it through to a StorageBackend. The store's other parts (profiles.ts, runs.ts, exchange.ts,
 * load.ts, sync.ts) change the state here and call `flush`.
 *
 * Three promises shape the code:
 * - Nothing throws at the caller because storage misbehaves. Every backend call is caught; a failed
 *   write leaves the change in memory, raises a notice, and is retried at the next change (`flush`).
 * - Damage is contained, and the original goes first. Each record is validated as it is read; what
 *   cannot be read is copied to the quarantine, and nothing is written over damaged text, nor is it
 *   removed, until that copy exists (`secure`).
 * - Two tabs do not overwrite each other. Before writing a profile the engine reads it back and merges
 *   (merge.ts); a deletion is taken from the stored index only when the index does not contradict it.
 */
import { memoryBackend, isQuotaError, type StorageBackend } from './backend.ts';
import { NoticeBoard } from './board.ts';
import { mergeProfiles, sameProfile } from './merge.ts';
import * as notices from './notices.ts';
import { quarantine } from './quarantine.ts';
import { INDEX_KEY, LIMITS, SCHEMA_VERSION, SETTINGS_KEY, profileKey } from './schema.ts';
import { DEFAULT_SETTINGS, readSettingsRecord, settingsRecord } from './settings.ts';
import {
  NOT_JSON,
  PARSE_FAILED,
  defaultRandomId,
  errorText,
  parseJson,
  summarize,
} from './support.ts';
import type { Notice, Profile, RecordKind, Settings } from './types.ts';
import {
  normalizeProfile,
  readIndexRecord,
  readProfileRecord,
  type IndexRecord,
} from './validate.ts';

export interface EngineOptions {
  readonly backend: StorageBackend;
  /** The clock, in ms since the epoch (injected so tests control time). */
  readonly now?: () => number;
  /** Random lowercase letters and digits for new ids (injected so tests are reproducible). */
  readonly randomId?: () => string;
  /** Notices raised before the store existed, such as storage being unavailable. */
  readonly notices?: readonly Notice[];
}

/**
 * The deletions an index can be trusted with: not those of profiles it also lists as kept. An index
 * that says both is damaged, and a damaged record must never be the reason data is deleted.
 */
export function trustedDeletions(index: IndexRecord): string[] {
  const live = new Set(index.profiles.map((e) => e.id));
  return index.deleted.filter((id) => !live.has(id));
}

export class StorageEngine {
  backend: StorageBackend;
  readonly clock: () => number;
  readonly random: () => string;
  readonly board: NoticeBoard;
  private lastStamp = 0;

  readonly profiles = new Map<string, Profile>();
  /** The revision of each profile as last read from or written to storage. */
  readonly revisions = new Map<string, number>();
  /**
   * The exact text of each profile as last read or written here. Finding it unchanged before a write
   * means no other tab wrote in between, and saves parsing and merging a large history at every choice.
   */
  readonly lastText = new Map<string, string>();
  /** Profiles whose latest state has not reached storage yet. */
  readonly dirty = new Set<string>();
  order: string[] = [];
  activeId: string | null = null;
  deleted: string[] = [];
  indexDirty = false;
  /**
   * Profiles this tab no longer lists: unreadable and set aside, or missing from storage. The index
   * stops naming them, so their notice is given once, not at every start.
   */
  readonly droppedIds = new Set<string>();
  settings: Settings = DEFAULT_SETTINGS;
  settingsDirty = false;
  /** Per profile, the run this store instance (this tab) is playing. */
  readonly liveRuns = new Map<string, string>();
  /**
   * Keys holding damaged text that could not be set aside yet (the quarantine write failed, usually on
   * a full quota). Nothing is written over such a key, and it is not removed, until its text is safely
   * in the quarantine: a repair must never cost the original.
   */
  private readonly unsafe = new Map<string, { raw: string; record: RecordKind; detail: string }>();
  /** Why the last failed write failed: how an import tells "no room" from other failures. */
  lastFailure: 'quota' | 'other' = 'other';

  constructor(options: EngineOptions) {
    this.backend = options.backend;
    this.clock = options.now ?? Date.now;
    this.random = options.randomId ?? defaultRandomId;
    this.board = new NoticeBoard(options.notices);
  }

  /** A storage that cannot even list its keys is unusable: carry on in memory and say so. */
  keysOrFallBack(): string[] {
    try {
      return this.backend.keys();
    } catch (e) {
      this.board.notify(notices.storageUnavailable(errorText(e)));
      this.backend = memoryBackend();
      return [];
    }
  }

  // ---------------------------------------------------------------- state

  /** Every profile, in the order the profiles screen shows them. */
  listed(): Profile[] {
    return this.order
      .map((id) => this.profiles.get(id))
      .filter((p): p is Profile => p !== undefined);
  }

  active(): Profile | null {
    return this.activeId === null ? null : (this.profiles.get(this.activeId) ?? null);
  }

  saved(): boolean {
    return this.dirty.size === 0 && !this.indexDirty && !this.settingsDirty;
  }

  update(next: Profile): void {
    this.profiles.set(next.id, normalizeProfile(next));
    this.dirty.add(next.id);
  }

  forget(id: string): void {
    this.profiles.delete(id);
    this.revisions.delete(id);
    this.lastText.delete(id);
    this.dirty.delete(id);
    this.liveRuns.delete(id);
    this.order = this.order.filter((o) => o !== id);
    if (this.activeId === id) this.activeId = null;
  }

  /** A time for a change made here: never earlier than the last one, so a later change always wins. */
  stamp(): number {
    const now = this.clock();
    this.lastStamp = Math.max(Number.isFinite(now) ? Math.floor(now) : 0, this.lastStamp + 1);
    return this.lastStamp;
  }

  /** A new id `<prefix>-<random>` that is valid and not `taken`. */
  freshId(prefix: string, taken: (id: string) => boolean, pattern: RegExp): string {
    let id = `${prefix}-${this.random()}`;
    while (taken(id) || !pattern.test(id)) id = `${prefix}-${this.random()}`;
    return id;
  }

  read(key: string): string | null {
    try {
      return this.backend.getItem(key);
    } catch {
      return null;
    }
  }

  // ---------------------------------------------------------------- writing

  /** Writes everything not yet in storage. Returns whether everything is now saved. */
  flush(): boolean {
    if (this.indexDirty) this.writeIndex();
    for (const id of [...this.dirty]) this.writeProfile(id);
    if (this.settingsDirty) this.writeSettings();
    const done = this.saved();
    // Once everything is saved again, "storage full" and "could not save" are no longer true.
    if (done) this.board.drop((n) => n.kind === 'storage-full' || n.kind === 'write-failed');
    return done;
  }

  /** Writes one profile: re-read, merge with what another tab may have written, write back. */
  writeProfile(id: string): void {
    const mine = this.profiles.get(id);
    if (!mine) {
      this.dirty.delete(id);
      return;
    }
    const key = profileKey(id);
    let raw: string | null;
    try {
      raw = this.backend.getItem(key);
    } catch (e) {
      this.board.notify(notices.writeFailed(key, errorText(e)));
      return;
    }
    let next = mine;
    let storedRevision = 0;
    if (raw !== null && raw === this.lastText.get(id)) {
      storedRevision = this.revisions.get(id) ?? 0;
    } else if (raw !== null) {
      const stored = this.parseStoredProfile(key, id, raw);
      if (stored) {
        storedRevision = stored.revision;
        next = mergeProfiles(stored.profile, mine);
      }
    } else if ((this.revisions.get(id) ?? 0) > 0 && this.deletedInStorage(id)) {
      return;
    }
    const revision = Math.max(storedRevision, this.revisions.get(id) ?? 0) + 1;
    const changed = !sameProfile(next, mine);
    this.profiles.set(id, next);
    const text = JSON.stringify({ schema: SCHEMA_VERSION, revision, ...next });
    if (this.attemptWrite(key, () => this.backend.setItem(key, text))) {
      this.revisions.set(id, revision);
      this.lastText.set(id, text);
      this.dirty.delete(id);
    } else {
      this.dirty.add(id);
    }
    if (changed) this.board.emit({ type: 'profile', profileId: id });
  }

  /** Whether another tab deleted this profile (its id is among the stored index's trusted deletions). */
  deletedInStorage(id: string): boolean {
    const raw = this.read(INDEX_KEY);
    if (raw === null) return false;
    const reading = readIndexRecord(parseJson(raw));
    if (!reading.ok || !trustedDeletions(reading.index).includes(id)) return false;
    const p = this.profiles.get(id);
    this.forget(id);
    this.deleted = [...new Set([...this.deleted, id])].slice(-LIMITS.tombstones);
    this.board.notify(notices.deletedElsewhere(id, p?.nickname ?? id));
    this.board.emit({ type: 'profiles' });
    return true;
  }

  /** Writes the index, keeping what other tabs added to the stored one (deletions, new profiles). */
  writeIndex(): void {
    const raw = this.read(INDEX_KEY);
    const parsed = raw === null ? null : parseJson(raw);
    const stored = raw === null ? null : readIndexRecord(parsed);
    if (raw !== null && stored && !stored.ok) {
      const detail = parsed === PARSE_FAILED ? NOT_JSON : stored.problem;
      this.setAside(INDEX_KEY, raw, 'index', detail, false);
    }
    const deleted = new Set(this.deleted);
    const profiles = this.listed().map((p) => ({ id: p.id, nickname: p.nickname }));
    if (stored?.ok) {
      for (const d of trustedDeletions(stored.index)) deleted.add(d);
      for (const e of stored.index.profiles) {
        if (deleted.has(e.id) || this.droppedIds.has(e.id)) continue;
        if (!profiles.some((p) => p.id === e.id)) profiles.push(e);
      }
    }
    this.deleted = [...deleted].slice(-LIMITS.tombstones);
    const record = {
      schema: SCHEMA_VERSION,
      profiles: profiles.filter((p) => !deleted.has(p.id)),
      active: this.activeId,
      deleted: this.deleted,
    };
    const text = JSON.stringify(record);
    if (this.attemptWrite(INDEX_KEY, () => this.backend.setItem(INDEX_KEY, text))) {
      this.indexDirty = false;
    }
  }

  /**
   * Writes the settings. Settings are last-writer-wins between tabs, but text that is not a settings
   * record (another tab's garbage, a record of another schema) is set aside before it is written over.
   */
  private writeSettings(): void {
    const raw = this.read(SETTINGS_KEY);
    const text = JSON.stringify(settingsRecord(this.settings));
    if (raw !== null && raw !== text) {
      const parsed = parseJson(raw);
      const reading = readSettingsRecord(parsed);
      if (!reading.ok) {
        const detail = parsed === PARSE_FAILED ? NOT_JSON : reading.problem;
        this.setAside(SETTINGS_KEY, raw, 'settings', detail, false);
      }
    }
    if (this.attemptWrite(SETTINGS_KEY, () => this.backend.setItem(SETTINGS_KEY, text))) {
      this.settingsDirty = false;
    }
  }

  /** Runs a write; turns a failure into a notice. Returns whether it succeeded. */
  attemptWrite(key: string, write: () => void): boolean {
    if (!this.secure(key)) {
      this.lastFailure = 'other';
      return false;
    }
    try {
      write();
      return true;
    } catch (e) {
      this.lastFailure = isQuotaError(e) ? 'quota' : 'other';
      this.board.notify(
        isQuotaError(e) ? notices.storageFull(key) : notices.writeFailed(key, errorText(e)),
      );
      return false;
    }
  }

  /**
   * Whether `key` may be written or removed: true unless it holds damaged text that is not yet in the
   * quarantine. Tries to set that text aside again first; text that has since been replaced (by another
   * tab) is no longer ours to keep.
   */
  private secure(key: string): boolean {
    const pending = this.unsafe.get(key);
    if (pending === undefined) return true;
    if (this.read(key) !== pending.raw) {
      this.unsafe.delete(key);
      return true;
    }
    return this.setAside(key, pending.raw, pending.record, pending.detail, false) !== null;
  }

  /**
   * Copies damaged text to the quarantine and raises a notice. When `removeOriginal` is set and the copy
   * succeeded, the original key is removed (it held nothing readable). Returns the quarantine key, or
   * null when the copy failed: the key is then held (see `secure`) and the notice says so.
   */
  setAside(
    key: string,
    raw: string | null,
    record: RecordKind,
    detail: string,
    removeOriginal: boolean,
    repaired = false,
  ): string | null {
    if (raw === null) return null;
    const at = this.clock();
    const qKey = quarantine(
      this.backend,
      key,
      raw,
      detail,
      Number.isFinite(at) ? Math.max(0, Math.floor(at)) : 0,
      this.random(),
    );
    if (qKey === null) {
      this.unsafe.set(key, { raw, record, detail });
    } else {
      this.unsafe.delete(key);
      this.board.drop(
        (n) => n.kind === 'damaged-record' && n.key === key && n.quarantineKey === null,
      );
      if (removeOriginal) this.attemptWrite(key, () => this.backend.removeItem(key));
    }
    this.board.notify(notices.damagedRecord(key, record, detail, qKey, repaired));
    return qKey;
  }

  // ---------------------------------------------------------------- reading profiles

  /** Loads (or reloads) one profile from storage, merging with what is in memory. */
  loadProfile(id: string): void {
    const key = profileKey(id);
    const raw = this.read(key);
    if (raw === null) return;
    const stored = this.parseStoredProfile(key, id, raw);
    if (!stored) return;
    const mine = this.profiles.get(id);
    const merged = mine ? mergeProfiles(stored.profile, mine) : stored.profile;
    this.profiles.set(id, merged);
    this.revisions.set(id, stored.revision);
    if (!stored.repaired) this.lastText.set(id, raw);
    if (stored.repaired || !sameProfile(merged, stored.profile)) this.dirty.add(id);
  }

  /**
   * Parses a stored profile; sets damaged text aside. Returns null when nothing could be read
   * (the original then stays in storage only if setting it aside failed).
   */
  parseStoredProfile(
    key: string,
    id: string,
    raw: string,
  ): { profile: Profile; revision: number; repaired: boolean } | null {
    const parsed = parseJson(raw);
    const reading = readProfileRecord(parsed, id);
    if (!reading.ok) {
      const detail = parsed === PARSE_FAILED ? NOT_JSON : reading.problem;
      this.setAside(key, raw, 'profile', detail, true);
      this.droppedIds.add(id);
      // What this tab holds of the profile (if anything) is now the best copy: write it back.
      if (this.profiles.has(id)) this.dirty.add(id);
      return null;
    }
    if (reading.problems.length > 0) {
      this.setAside(key, raw, 'profile', summarize(reading.problems), false, true);
      return { profile: reading.profile, revision: reading.revision, repaired: true };
    }
    return { profile: reading.profile, revision: reading.revision, repaired: false };
  }
}
