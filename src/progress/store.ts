/**
 * The progress store: profiles, attempts, the run in progress and settings, kept in memory and written
 * through to a StorageBackend after every change.
 *
 * Three promises shape the code:
 * - Nothing throws at the caller because storage misbehaves. Every backend call is caught; a failed
 *   write leaves the change in memory, raises a notice, and is retried at the next change (`flush`).
 * - Damage is contained. Each profile has its own key, each record is validated as it is read, and
 *   whatever cannot be read is copied to the quarantine before anything is written over it.
 * - Two tabs do not overwrite each other. Before writing a profile the store reads it back and merges
 *   (merge.ts); when another tab writes, the storage event makes this tab merge and, if it holds
 *   something the other tab lacked, write it back.
 */
import { memoryBackend, isQuotaError, type StorageBackend } from './backend.ts';
import { canonicalJson, mergeProfiles, sameProfile } from './merge.ts';
import { LEGACY_PROFILE_ID, migrateLegacy } from './migrate.ts';
import * as notices from './notices.ts';
import {
  listQuarantine,
  quarantine,
  quarantineFileText,
  type QuarantineItem,
} from './quarantine.ts';
import {
  ID_PATTERN,
  INDEX_KEY,
  LEGACY_KEY,
  LIMITS,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  profileIdOf,
  profileKey,
} from './schema.ts';
import { DEFAULT_SETTINGS, patchSettings, readSettingsRecord, settingsRecord } from './settings.ts';
import {
  profileFileName,
  profileFileText,
  readProfileFile,
  importFailureMessage,
  type ImportProblem,
} from './transfer.ts';
import type {
  Attempt,
  MemoryEntry,
  MemoryValue,
  MemoryValues,
  Notice,
  Profile,
  RecordKind,
  Run,
  Settings,
  StoreEvent,
  TipTotals,
} from './types.ts';
import {
  ShapeError,
  isMemoryKey,
  normalizeProfile,
  readIndexRecord,
  readLang,
  readMemoryValue,
  readNickname,
  readProfileRecord,
  readScenarioId,
  readText,
  readTotals,
  readVersion,
  type IndexRecord,
} from './validate.ts';

export interface ProgressStoreOptions {
  readonly backend: StorageBackend;
  /** The clock, in ms since the epoch (injected so tests control time). */
  readonly now?: () => number;
  /** Random lowercase letters and digits for new ids (injected so tests are reproducible). */
  readonly randomId?: () => string;
  /** Notices raised before the store existed, such as storage being unavailable. */
  readonly notices?: readonly Notice[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface StartRunOptions {
  readonly scenario: string;
  readonly lang: string;
  /** ScenarioInfo.version of the story being played. */
  readonly version: string;
  /** The memory the story starts with; the profile's memory when omitted. */
  readonly memory?: MemoryValues;
}

export interface FinishRunOptions {
  /** The ending's id, from the line tagged `ending:`; null if the story named none. */
  readonly ending: string | null;
  readonly totals: TipTotals;
  /** The story's `mem_*` variables as they stand at the end. */
  readonly memory?: MemoryValues;
}

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

function defaultRandomId(): string {
  const bytes = new Uint8Array(8);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export class ProgressStore {
  private backend: StorageBackend;
  private readonly clock: () => number;
  private readonly random: () => string;
  private lastStamp = 0;

  private readonly profileMap = new Map<string, Profile>();
  /** The revision of each profile as last read from or written to storage. */
  private readonly revisions = new Map<string, number>();
  /**
   * The exact text of each profile as last read or written here. Finding it unchanged before a write
   * means no other tab wrote in between, and saves parsing and merging a large history at every choice.
   */
  private readonly lastText = new Map<string, string>();
  /** Profiles whose latest state has not reached storage yet. */
  private readonly dirty = new Set<string>();
  private order: string[] = [];
  private activeId: string | null = null;
  private deleted: string[] = [];
  private indexDirty = false;
  /**
   * Profiles this tab no longer lists: unreadable and set aside, or missing from storage. The index
   * stops naming them, so their notice is given once, not at every start.
   */
  private readonly droppedIds = new Set<string>();
  private settingsValue: Settings = DEFAULT_SETTINGS;
  private settingsDirty = false;
  /** Per profile, the run this store instance (this tab) is playing. */
  private readonly liveRuns = new Map<string, string>();
  /**
   * Keys holding damaged text that could not be set aside yet (the quarantine write failed, usually on
   * a full quota). Nothing is written over such a key, and it is not removed, until its text is safely
   * in the quarantine: a repair must never cost the original.
   */
  private readonly unsafe = new Map<string, { raw: string; record: RecordKind; detail: string }>();
  /** Why the last failed write failed: how an import tells "no room" from other failures. */
  private lastFailure: 'quota' | 'other' = 'other';

  private noticeList: Notice[] = [];
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private detach: (() => void) | null = null;

  private constructor(options: ProgressStoreOptions) {
    this.backend = options.backend;
    this.clock = options.now ?? Date.now;
    this.random = options.randomId ?? defaultRandomId;
    for (const n of options.notices ?? []) this.noticeList.push(n);
  }

  /** Opens the store: migrates old saves, reads and validates everything, and listens to other tabs. */
  static open(options: ProgressStoreOptions): ProgressStore {
    const store = new ProgressStore(options);
    store.load();
    try {
      store.detach = store.backend.subscribe?.((key) => store.onExternalChange(key)) ?? null;
    } catch {
      store.detach = null;
    }
    return store;
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.detach?.();
    this.detach = null;
  }

  // ---------------------------------------------------------------- reading

  /** Every profile, in the order the profiles screen shows them. */
  profiles(): readonly Profile[] {
    return this.order
      .map((id) => this.profileMap.get(id))
      .filter((p): p is Profile => p !== undefined);
  }

  profile(id: string): Profile | null {
    return this.profileMap.get(id) ?? null;
  }

  activeProfile(): Profile | null {
    return this.activeId === null ? null : (this.profileMap.get(this.activeId) ?? null);
  }

  /** The active profile's memory as plain values, ready to hand to a story. */
  memory(): MemoryValues {
    const p = this.activeProfile();
    if (!p) return {};
    return Object.fromEntries(Object.entries(p.memory).map(([k, e]) => [k, e.value]));
  }

  /** The active profile's most recently saved run, for the "continue where you left off" offer. */
  savedRun(): Run | null {
    const p = this.activeProfile();
    if (!p) return null;
    const runs = Object.values(p.runs).sort((a, b) => b.updatedAt - a.updatedAt);
    return runs[0] ?? null;
  }

  settings(): Settings {
    return this.settingsValue;
  }

  notices(): readonly Notice[] {
    return this.noticeList;
  }

  /** Whether every change so far has reached storage. */
  saved(): boolean {
    return this.dirty.size === 0 && !this.indexDirty && !this.settingsDirty;
  }

  // ---------------------------------------------------------------- profiles screen

  createProfile(nickname: string): Result<Profile> {
    const name = this.checkNickname(nickname);
    if (!name.ok) return name;
    const at = this.stamp();
    let id = `p-${this.random()}`;
    while (this.profileMap.has(id) || this.deleted.includes(id) || !ID_PATTERN.test(id)) {
      id = `p-${this.random()}`;
    }
    const profile: Profile = {
      id,
      nickname: name.value,
      nicknameAt: at,
      createdAt: at,
      attempts: [],
      best: {},
      memory: {},
      runs: {},
    };
    this.profileMap.set(id, profile);
    this.order.push(id);
    this.activeId = id;
    this.dirty.add(id);
    this.indexDirty = true;
    this.flush();
    this.emit({ type: 'profiles' });
    return { ok: true, value: profile };
  }

  renameProfile(id: string, nickname: string): Result<Profile> {
    const p = this.profileMap.get(id);
    if (!p) return { ok: false, message: 'There is no such profile.' };
    const name = this.checkNickname(nickname);
    if (!name.ok) return name;
    const next = { ...p, nickname: name.value, nicknameAt: this.stamp() };
    this.update(next);
    this.indexDirty = true;
    this.flush();
    this.emit({ type: 'profiles' });
    return { ok: true, value: this.profileMap.get(id) ?? next };
  }

  /** Deletes a profile and its whole history (the profiles screen should ask first). */
  deleteProfile(id: string): boolean {
    if (!this.profileMap.has(id)) return false;
    this.forget(id);
    this.deleted = [...this.deleted.filter((d) => d !== id), id].slice(-LIMITS.tombstones);
    this.indexDirty = true;
    // The index (with the deletion noted) goes first, so a tab that reads the profile key as missing
    // also finds out why.
    this.flush();
    this.attemptWrite(profileKey(id), () => this.backend.removeItem(profileKey(id)));
    this.emit({ type: 'profiles' });
    return true;
  }

  selectProfile(id: string | null): boolean {
    if (id !== null && !this.profileMap.has(id)) return false;
    this.activeId = id;
    this.indexDirty = true;
    this.flush();
    this.emit({ type: 'profiles' });
    return true;
  }

  // ---------------------------------------------------------------- playing

  /**
   * Starts a run for the active profile and saves it. A run this tab was already playing for the
   * profile is recorded as abandoned (with unknown scores, unless `abandonTotals` is given).
   */
  startRun(options: StartRunOptions, abandonTotals: TipTotals | null = null): Result<Run> {
    const p = this.activeProfile();
    if (!p) return { ok: false, message: 'Choose or create a profile first.' };
    let scenario: string, lang: string, version: string;
    const memory: Record<string, MemoryValue> = {};
    try {
      scenario = readScenarioId(options.scenario, 'scenario');
      lang = readLang(options.lang, 'lang');
      version = readVersion(options.version, 'version');
      for (const [k, v] of Object.entries(options.memory ?? this.memory())) {
        if (isMemoryKey(k)) memory[k] = readMemoryValue(v, k);
      }
    } catch (e) {
      return { ok: false, message: e instanceof ShapeError ? e.message : errorText(e) };
    }
    const previous = this.liveRuns.get(p.id);
    if (previous !== undefined) this.abandonRun(previous, abandonTotals);
    const at = this.stamp();
    const run: Run = {
      id: this.freshRunId(p),
      scenario,
      lang,
      version,
      memory,
      path: [],
      startedAt: at,
      updatedAt: at,
    };
    const current = this.activeProfile() ?? p;
    this.update({ ...current, runs: { ...current.runs, [run.id]: run } });
    this.liveRuns.set(p.id, run.id);
    this.flush();
    return { ok: true, value: run };
  }

  /**
   * Marks a saved run as the one this tab is playing, after the caller replayed its path successfully
   * (see checkResume and replayPath). Returns the run, or null if it no longer exists.
   */
  resumeRun(runId: string): Run | null {
    const p = this.activeProfile();
    const run = p?.runs[runId];
    if (!p || !run) return null;
    this.liveRuns.set(p.id, run.id);
    return run;
  }

  /** Saves a choice: call it right after the player picks, with the choice's index. */
  recordChoice(choiceIndex: number): Result<Run> {
    if (!Number.isInteger(choiceIndex) || choiceIndex < 0 || choiceIndex > LIMITS.choiceIndex) {
      return { ok: false, message: `${choiceIndex} is not a choice index` };
    }
    const live = this.liveRun();
    if (!live) return { ok: false, message: 'No conversation is in progress.' };
    const { profile, run } = live;
    if (run.path.length >= LIMITS.pathLength)
      return { ok: false, message: 'The conversation is too long to save.' };
    const next: Run = { ...run, path: [...run.path, choiceIndex], updatedAt: this.stamp() };
    this.update({ ...profile, runs: { ...profile.runs, [run.id]: next } });
    this.flush();
    return { ok: true, value: next };
  }

  /** Records the end of the live run: an attempt in the history, best scores and memory updated. */
  finishRun(options: FinishRunOptions): Result<Attempt> {
    const live = this.liveRun();
    if (!live) return { ok: false, message: 'No conversation is in progress.' };
    let totals: TipTotals;
    let ending: string | null;
    try {
      totals = readTotals(options.totals, 'totals');
      ending = options.ending === null ? null : readText(options.ending, 'ending');
    } catch (e) {
      return { ok: false, message: e instanceof ShapeError ? e.message : errorText(e) };
    }
    const { profile, run } = live;
    const at = this.stamp();
    const attempt = attemptOf(run, at, 'completed', ending, totals);
    const memory = rememberChanges(profile.memory, run.memory, options.memory ?? {}, at);
    const runs = { ...profile.runs };
    delete runs[run.id];
    this.update({ ...profile, attempts: [...profile.attempts, attempt], memory, runs });
    this.liveRuns.delete(profile.id);
    this.flush();
    return { ok: true, value: attempt };
  }

  /**
   * Records a run as abandoned (the player restarted, left for another scenario, or the story changed
   * under a save). `totals` are the scores so far if the caller knows them.
   */
  abandonRun(runId: string, totals: TipTotals | null = null): Attempt | null {
    for (const profile of this.profileMap.values()) {
      const run = profile.runs[runId];
      if (!run) continue;
      let checked: TipTotals | null;
      try {
        checked = totals === null ? null : readTotals(totals, 'totals');
      } catch {
        checked = null;
      }
      const attempt = attemptOf(run, this.stamp(), 'abandoned', null, checked);
      const runs = { ...profile.runs };
      delete runs[run.id];
      this.update({ ...profile, attempts: [...profile.attempts, attempt], runs });
      if (this.liveRuns.get(profile.id) === runId) this.liveRuns.delete(profile.id);
      this.flush();
      return attempt;
    }
    return null;
  }

  /**
   * Remembers `mem_*` values for the active profile outside finishRun (for a caller that saves memory
   * on its own, like the game session's MemoryStore). Values compared against the live run's starting
   * memory when a run is live, else against what is remembered.
   */
  saveMemory(values: MemoryValues): void {
    const p = this.activeProfile();
    if (!p) return;
    const before = this.liveRun()?.run.memory ?? this.memory();
    const memory = rememberChanges(p.memory, before, values, this.stamp());
    if (canonicalJson(memory) === canonicalJson(p.memory)) return;
    this.update({ ...p, memory });
    this.flush();
  }

  // ---------------------------------------------------------------- settings

  /** Changes some settings; fields with invalid values are left as they were and named in `rejected`. */
  updateSettings(patch: Partial<Settings>): { settings: Settings; rejected: readonly string[] } {
    const { settings, rejected } = patchSettings(this.settingsValue, patch);
    if (canonicalJson(settings) !== canonicalJson(this.settingsValue)) {
      this.settingsValue = settings;
      this.settingsDirty = true;
      this.flush();
      this.emit({ type: 'settings' });
    }
    return { settings, rejected };
  }

  // ---------------------------------------------------------------- export and import

  exportProfile(id: string): ExportFile | null {
    const p = this.profileMap.get(id);
    if (!p) return null;
    const now = this.clock();
    return { fileName: profileFileName(p, now), text: profileFileText(p, now) };
  }

  /**
   * Imports a profile file. A profile whose id is already here is merged with it (histories joined by
   * attempt id, the later nickname kept): moving a learner back and forth between two devices then
   * never loses or duplicates an attempt. `mode: 'copy'` adds it as a separate profile instead.
   * The imported profile becomes the active one.
   */
  importProfile(text: string, mode: 'merge' | 'copy' = 'merge'): ImportOutcome {
    const reading = readProfileFile(text);
    if (!reading.ok) return reading;
    let incoming = reading.profile;
    if (mode === 'copy' || this.deleted.includes(incoming.id)) {
      let id = `p-${this.random()}`;
      while (this.profileMap.has(id) || this.deleted.includes(id) || !ID_PATTERN.test(id))
        id = `p-${this.random()}`;
      incoming = { ...incoming, id };
    }
    const existing = this.profileMap.get(incoming.id);
    const wasDirty = this.dirty.has(incoming.id);
    const order = this.order;
    const active = this.activeId;
    const merged = existing ? mergeProfiles(existing, incoming) : normalizeProfile(incoming);
    this.profileMap.set(merged.id, merged);
    if (!this.order.includes(merged.id)) this.order = [...this.order, merged.id];
    this.activeId = merged.id;
    this.dirty.add(merged.id);
    // The profile goes first and must hold before anything says "imported": an import that does not
    // fit changes nothing here, and the learner's file still holds everything.
    this.writeProfile(merged.id);
    if (this.dirty.has(merged.id)) {
      if (existing) this.profileMap.set(existing.id, existing);
      else this.profileMap.delete(merged.id);
      if (!wasDirty) this.dirty.delete(merged.id);
      this.order = order;
      this.activeId = active;
      // The failed write raised a storage notice; it is no longer true once nothing is pending.
      this.flush();
      const problem = this.lastFailure === 'quota' ? 'storage-full' : 'not-saved';
      return { ok: false, problem, message: importFailureMessage(problem) };
    }
    this.indexDirty = true;
    this.flush();
    this.emit({ type: 'profiles' });
    return {
      ok: true,
      profile: this.profileMap.get(merged.id) ?? merged,
      how: existing ? 'merged' : 'added',
      warnings: reading.warnings,
    };
  }

  /** Everything set aside as damaged, as stored. */
  quarantined(): QuarantineItem[] {
    try {
      return listQuarantine(this.backend);
    } catch {
      return [];
    }
  }

  /** The quarantine as a file, or null when there is nothing in it. */
  exportQuarantine(): ExportFile | null {
    const items = this.quarantined();
    if (items.length === 0) return null;
    const now = this.clock();
    return {
      fileName: `mingle-damaged-data-${new Date(now).toISOString().slice(0, 10)}.json`,
      text: quarantineFileText(items, now),
    };
  }

  // ---------------------------------------------------------------- notices and events

  dismissNotice(notice: Notice): void {
    const before = this.noticeList.length;
    this.noticeList = this.noticeList.filter((n) => n !== notice);
    if (this.noticeList.length !== before) this.emit({ type: 'notices' });
  }

  clearNotices(): void {
    if (this.noticeList.length === 0) return;
    this.noticeList = [];
    this.emit({ type: 'notices' });
  }

  /** Calls `listener` whenever profiles, settings or notices change (here or in another tab). */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes everything not yet in storage. The store calls it after each change; the UI may call it
   * again (say, on `pagehide`) and read `saved()`. Returns whether everything is now saved.
   */
  flush(): boolean {
    if (this.indexDirty) this.writeIndex();
    for (const id of [...this.dirty]) this.writeProfile(id);
    if (this.settingsDirty) {
      if (
        this.attemptWrite(SETTINGS_KEY, () =>
          this.backend.setItem(SETTINGS_KEY, JSON.stringify(settingsRecord(this.settingsValue))),
        )
      ) {
        this.settingsDirty = false;
      }
    }
    const done = this.saved();
    if (done) this.resolveWriteNotices();
    return done;
  }

  // ---------------------------------------------------------------- loading

  private load(): void {
    let keys: string[];
    try {
      keys = this.backend.keys();
    } catch (e) {
      // A storage that cannot even list its keys is unusable: carry on in memory and say so.
      this.notify(notices.storageUnavailable(errorText(e)));
      this.backend = memoryBackend();
      keys = [];
    }
    if (keys.includes(LEGACY_KEY)) this.migrateLegacy();

    const index = this.loadIndex();
    this.deleted = [...index.deleted];
    try {
      keys = this.backend.keys();
    } catch {
      keys = [];
    }
    for (const key of keys) {
      const id = profileIdOf(key);
      if (id === null) continue;
      if (!ID_PATTERN.test(id)) {
        this.setAside(
          key,
          this.read(key),
          'profile',
          'the key does not name a valid profile',
          true,
        );
        continue;
      }
      if (this.deleted.includes(id)) {
        // A deletion that was interrupted, a stale tab that wrote a deleted profile back, or a damaged
        // index. The index cannot be trusted to destroy data: the record goes to the quarantine, and is
        // removed only once it is safely there.
        this.setAside(key, this.read(key), 'profile', DELETED_BY_INDEX, true);
        continue;
      }
      this.loadProfile(id);
    }

    for (const entry of index.profiles) {
      if (this.profileMap.has(entry.id)) continue;
      // A profile set aside as unreadable already has its own notice; one truly gone gets this one.
      if (!this.droppedIds.has(entry.id) && this.read(profileKey(entry.id)) === null) {
        this.notify(notices.profileMissing(entry.id, entry.nickname));
      }
      this.droppedIds.add(entry.id);
      this.indexDirty = true;
    }
    const listed = index.profiles.map((e) => e.id).filter((id) => this.profileMap.has(id));
    const unlisted = [...this.profileMap.values()]
      .filter((p) => !listed.includes(p.id))
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      .map((p) => p.id);
    if (unlisted.length > 0) this.indexDirty = true;
    this.order = [...listed, ...unlisted];
    if (index.active !== null && this.profileMap.has(index.active)) this.activeId = index.active;
    else if (this.order.length === 1) this.activeId = this.order[0] ?? null;

    this.loadSettings();
    this.flush();
  }

  private read(key: string): string | null {
    try {
      return this.backend.getItem(key);
    } catch {
      return null;
    }
  }

  /** Reads the index; a damaged one is set aside and an empty one returned (the keys rebuild it). */
  private loadIndex(): IndexRecord {
    const empty: IndexRecord = { profiles: [], active: null, deleted: [] };
    const raw = this.read(INDEX_KEY);
    if (raw === null) return empty;
    const parsed = parseJson(raw);
    const reading = readIndexRecord(parsed);
    if (!reading.ok) {
      this.setAside(
        INDEX_KEY,
        raw,
        'index',
        parsed === PARSE_FAILED ? NOT_JSON : reading.problem,
        false,
      );
      this.indexDirty = true;
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
      this.setAside(INDEX_KEY, raw, 'index', summarize(problems), true);
      this.indexDirty = true;
    }
    return { ...reading.index, deleted: reading.index.deleted.filter((id) => !live.has(id)) };
  }

  /** Loads (or reloads) one profile from storage, merging with what is in memory. */
  private loadProfile(id: string): void {
    const key = profileKey(id);
    const raw = this.read(key);
    if (raw === null) return;
    const stored = this.parseStoredProfile(key, id, raw);
    if (!stored) return;
    const mine = this.profileMap.get(id);
    const merged = mine ? mergeProfiles(stored.profile, mine) : stored.profile;
    this.profileMap.set(id, merged);
    this.revisions.set(id, stored.revision);
    if (!stored.repaired) this.lastText.set(id, raw);
    if (stored.repaired || !sameProfile(merged, stored.profile)) this.dirty.add(id);
  }

  /**
   * Parses a stored profile; sets damaged text aside. Returns null when nothing could be read
   * (the original then stays in storage only if setting it aside failed).
   */
  private parseStoredProfile(
    key: string,
    id: string,
    raw: string,
  ): { profile: Profile; revision: number; repaired: boolean } | null {
    const parsed = parseJson(raw);
    const reading = readProfileRecord(parsed, id);
    if (!reading.ok) {
      this.setAside(
        key,
        raw,
        'profile',
        parsed === PARSE_FAILED ? NOT_JSON : reading.problem,
        true,
      );
      this.droppedIds.add(id);
      // What this tab holds of the profile (if anything) is now the best copy: write it back.
      if (this.profileMap.has(id)) this.dirty.add(id);
      return null;
    }
    if (reading.problems.length > 0) {
      this.setAside(key, raw, 'profile', summarize(reading.problems), false, true);
      return { profile: reading.profile, revision: reading.revision, repaired: true };
    }
    return { profile: reading.profile, revision: reading.revision, repaired: false };
  }

  private loadSettings(): void {
    const raw = this.read(SETTINGS_KEY);
    if (raw === null) return;
    const parsed = parseJson(raw);
    const reading = readSettingsRecord(parsed);
    if (!reading.ok) {
      // Unreadable, or from a schema this build does not know: defaults, and the text set aside whole.
      this.settingsValue = DEFAULT_SETTINGS;
      const detail = parsed === PARSE_FAILED ? NOT_JSON : reading.problem;
      this.setAside(SETTINGS_KEY, raw, 'settings', detail, false, false);
      this.settingsDirty = true;
      return;
    }
    this.settingsValue = reading.settings;
    if (reading.invalid.length > 0) {
      const detail = `invalid ${reading.invalid.join(', ')}`;
      this.setAside(SETTINGS_KEY, raw, 'settings', detail, false, true);
      this.settingsDirty = true;
    }
  }

  /** Carries a v0 single-blob save over to v1, then removes the blob once everything is written. */
  private migrateLegacy(): void {
    const raw = this.read(LEGACY_KEY);
    if (raw === null) return;
    const result = migrateLegacy(raw, this.stamp());
    if (!result.ok) {
      if (this.setAside(LEGACY_KEY, raw, 'legacy', result.problem, false) !== null) {
        this.attemptWrite(LEGACY_KEY, () => this.backend.removeItem(LEGACY_KEY));
      }
      return;
    }
    if (result.problems.length > 0) {
      this.setAside(LEGACY_KEY, raw, 'legacy', summarize(result.problems), false, true);
    }
    // If an earlier migration was interrupted, the profile is already there: merging makes this idempotent.
    this.loadProfile(LEGACY_PROFILE_ID);
    const existing = this.profileMap.get(LEGACY_PROFILE_ID);
    this.profileMap.set(
      LEGACY_PROFILE_ID,
      existing ? mergeProfiles(existing, result.profile) : result.profile,
    );
    this.dirty.add(LEGACY_PROFILE_ID);
    this.writeProfile(LEGACY_PROFILE_ID);
    let settingsOk = true;
    if (result.settings !== null && this.read(SETTINGS_KEY) === null) {
      settingsOk = this.attemptWrite(SETTINGS_KEY, () =>
        this.backend.setItem(
          SETTINGS_KEY,
          JSON.stringify(settingsRecord(result.settings ?? DEFAULT_SETTINGS)),
        ),
      );
    }
    // The blob goes only when everything is written and its damaged parts (if any) are set aside;
    // `attemptWrite` refuses to remove it while they are not.
    if (
      !this.dirty.has(LEGACY_PROFILE_ID) &&
      settingsOk &&
      this.attemptWrite(LEGACY_KEY, () => this.backend.removeItem(LEGACY_KEY))
    ) {
      this.notify(notices.migrated(0, SCHEMA_VERSION));
    }
    this.indexDirty = true;
  }

  // ---------------------------------------------------------------- writing

  /** Writes one profile: re-read, merge with what another tab may have written, write back. */
  private writeProfile(id: string): void {
    const mine = this.profileMap.get(id);
    if (!mine) {
      this.dirty.delete(id);
      return;
    }
    const key = profileKey(id);
    let raw: string | null;
    try {
      raw = this.backend.getItem(key);
    } catch (e) {
      this.notify(notices.writeFailed(key, errorText(e)));
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
    this.profileMap.set(id, next);
    const text = JSON.stringify({ schema: SCHEMA_VERSION, revision, ...next });
    if (this.attemptWrite(key, () => this.backend.setItem(key, text))) {
      this.revisions.set(id, revision);
      this.lastText.set(id, text);
      this.dirty.delete(id);
    } else {
      this.dirty.add(id);
    }
    if (changed) this.emit({ type: 'profile', profileId: id });
  }

  /** Whether another tab deleted this profile (its id is in the stored index's deletions). */
  private deletedInStorage(id: string): boolean {
    const raw = this.read(INDEX_KEY);
    if (raw === null) return false;
    const reading = readIndexRecord(parseJson(raw));
    if (!reading.ok || !trustedDeletions(reading.index).includes(id)) return false;
    const p = this.profileMap.get(id);
    this.forget(id);
    this.deleted = [...new Set([...this.deleted, id])].slice(-LIMITS.tombstones);
    this.notify(notices.deletedElsewhere(id, p?.nickname ?? id));
    this.emit({ type: 'profiles' });
    return true;
  }

  /** Writes the index, keeping what other tabs added to the stored one (deletions, new profiles). */
  private writeIndex(): void {
    const raw = this.read(INDEX_KEY);
    const parsed = raw === null ? null : parseJson(raw);
    const stored = raw === null ? null : readIndexRecord(parsed);
    if (raw !== null && stored && !stored.ok) {
      this.setAside(
        INDEX_KEY,
        raw,
        'index',
        parsed === PARSE_FAILED ? NOT_JSON : stored.problem,
        false,
      );
    }
    const deleted = new Set(this.deleted);
    const profiles = this.profiles().map((p) => ({ id: p.id, nickname: p.nickname }));
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
    if (
      this.attemptWrite(INDEX_KEY, () => this.backend.setItem(INDEX_KEY, JSON.stringify(record)))
    ) {
      this.indexDirty = false;
    }
  }

  /** Runs a write; turns a failure into a notice. Returns whether it succeeded. */
  private attemptWrite(key: string, write: () => void): boolean {
    if (!this.secure(key)) {
      this.lastFailure = 'other';
      return false;
    }
    try {
      write();
      return true;
    } catch (e) {
      this.lastFailure = isQuotaError(e) ? 'quota' : 'other';
      this.notify(
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
   * succeeded, the original key is removed (it held nothing readable). Returns the quarantine key.
   */
  private setAside(
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
      // Not set aside: the original stays exactly where it is until it can be (see `secure`).
      this.unsafe.set(key, { raw, record, detail });
    } else {
      this.unsafe.delete(key);
      this.dropNotices(
        (n) => n.kind === 'damaged-record' && n.key === key && n.quarantineKey === null,
      );
      if (removeOriginal) this.attemptWrite(key, () => this.backend.removeItem(key));
    }
    this.notify(notices.damagedRecord(key, record, detail, qKey, repaired));
    return qKey;
  }

  // ---------------------------------------------------------------- other tabs

  private onExternalChange(key: string | null): void {
    try {
      if (key === null) {
        // Another tab (or the browser) cleared storage: write back everything this tab still holds.
        for (const id of this.profileMap.keys()) this.dirty.add(id);
        this.indexDirty = true;
        this.settingsDirty = true;
        this.flush();
        return;
      }
      if (key === SETTINGS_KEY) {
        const raw = this.read(SETTINGS_KEY);
        const reading =
          raw === null ? null : readSettingsRecord(parseJson(raw), this.settingsValue);
        // Another tab's settings are taken only when they are ours to read (this schema, an object).
        if (reading?.ok) this.settingsValue = reading.settings;
        this.emit({ type: 'settings' });
        return;
      }
      if (key === INDEX_KEY) {
        this.onIndexChange();
        return;
      }
      const id = profileIdOf(key);
      if (id === null || !ID_PATTERN.test(id)) return;
      const before = this.profileMap.get(id);
      if (this.read(key) === null) {
        if (before && !this.deletedInStorage(id)) {
          this.dirty.add(id);
          this.flush();
        }
        return;
      }
      if (this.deleted.includes(id)) return;
      this.loadProfile(id);
      if (this.dirty.has(id)) this.flush();
      if (!before && this.profileMap.has(id)) {
        this.order.push(id);
        this.emit({ type: 'profiles' });
      } else if (before && !sameProfile(before, this.profileMap.get(id) ?? before)) {
        this.emit({ type: 'profile', profileId: id });
      }
    } catch {
      // A storage event must never break the page; the next write re-reads and merges anyway.
    }
  }

  private onIndexChange(): void {
    const raw = this.read(INDEX_KEY);
    const reading = raw === null ? null : readIndexRecord(parseJson(raw));
    if (!reading?.ok) return;
    let changed = false;
    for (const id of trustedDeletions(reading.index)) {
      if (this.deleted.includes(id)) continue;
      this.deleted.push(id);
      const p = this.profileMap.get(id);
      if (p) {
        this.forget(id);
        this.notify(notices.deletedElsewhere(id, p.nickname));
        changed = true;
      }
    }
    this.deleted = this.deleted.slice(-LIMITS.tombstones);
    for (const entry of reading.index.profiles) {
      if (this.profileMap.has(entry.id) || this.deleted.includes(entry.id)) continue;
      this.loadProfile(entry.id);
      if (this.profileMap.has(entry.id)) {
        this.order.push(entry.id);
        changed = true;
      }
    }
    if (changed) this.emit({ type: 'profiles' });
  }

  // ---------------------------------------------------------------- helpers

  private update(next: Profile): void {
    this.profileMap.set(next.id, normalizeProfile(next));
    this.dirty.add(next.id);
  }

  private forget(id: string): void {
    this.profileMap.delete(id);
    this.revisions.delete(id);
    this.lastText.delete(id);
    this.dirty.delete(id);
    this.liveRuns.delete(id);
    this.order = this.order.filter((o) => o !== id);
    if (this.activeId === id) this.activeId = null;
  }

  private liveRun(): { profile: Profile; run: Run } | null {
    const profile = this.activeProfile();
    if (!profile) return null;
    const runId = this.liveRuns.get(profile.id);
    const run = runId === undefined ? undefined : profile.runs[runId];
    return run ? { profile, run } : null;
  }

  private freshRunId(p: Profile): string {
    const taken = (id: string): boolean =>
      p.runs[id] !== undefined || p.attempts.some((a) => a.id === id);
    let id = `r-${this.random()}`;
    while (taken(id) || !ID_PATTERN.test(id)) id = `r-${this.random()}`;
    return id;
  }

  private checkNickname(nickname: string): Result<string> {
    try {
      return { ok: true, value: readNickname(nickname, 'nickname') };
    } catch {
      return {
        ok: false,
        message: `A nickname is 1 to ${LIMITS.nickname} characters, on one line.`,
      };
    }
  }

  /** A time for a change made here: never earlier than the last one, so a later change always wins. */
  private stamp(): number {
    const now = this.clock();
    this.lastStamp = Math.max(Number.isFinite(now) ? Math.floor(now) : 0, this.lastStamp + 1);
    return this.lastStamp;
  }

  private notify(notice: Notice): void {
    if (this.noticeList.some((n) => notices.sameNotice(n, notice))) return;
    this.noticeList = [...this.noticeList, notice];
    this.emit({ type: 'notices' });
  }

  /** Once everything is saved again, "storage full" and "could not save" are no longer true. */
  private resolveWriteNotices(): void {
    this.dropNotices((n) => n.kind === 'storage-full' || n.kind === 'write-failed');
  }

  /** Withdraws notices that are no longer true. */
  private dropNotices(stale: (n: Notice) => boolean): void {
    const kept = this.noticeList.filter((n) => !stale(n));
    if (kept.length === this.noticeList.length) return;
    this.noticeList = kept;
    this.emit({ type: 'notices' });
  }

  private emit(event: StoreEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken listener is the UI's bug; it must not stop progress from being saved.
      }
    }
  }
}

/**
 * Only values a story changed are remembered with a new time; values it merely read keep theirs, so a
 * run does not undo what another tab's scenario changed meanwhile. Invalid names and values are skipped.
 */
function rememberChanges(
  memory: Readonly<Record<string, MemoryEntry>>,
  atStart: MemoryValues,
  atEnd: MemoryValues,
  at: number,
): Record<string, MemoryEntry> {
  const out: Record<string, MemoryEntry> = { ...memory };
  for (const [key, value] of Object.entries(atEnd)) {
    if (!isMemoryKey(key)) continue;
    let v: MemoryValue;
    try {
      v = readMemoryValue(value, key);
    } catch {
      continue;
    }
    if (v !== atStart[key] || out[key] === undefined) out[key] = { value: v, at };
  }
  return out;
}

const PARSE_FAILED = Symbol('parse failed');
const NOT_JSON = 'it is not valid JSON; it may have been cut short';
const DELETED_BY_INDEX = 'the list of profiles says this profile was deleted';

/**
 * The deletions an index can be trusted with: not those of profiles it also lists as kept. An index
 * that says both is damaged, and a damaged record must never be the reason data is deleted.
 */
function trustedDeletions(index: IndexRecord): string[] {
  const live = new Set(index.profiles.map((e) => e.id));
  return index.deleted.filter((id) => !live.has(id));
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return PARSE_FAILED;
  }
}

/** At most three problems, then a count: a notice is not a log. */
function summarize(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

/** A run turned into an attempt: it keeps the run's id, which is how tabs agree that it has ended. */
function attemptOf(
  run: Run,
  at: number,
  status: Attempt['status'],
  ending: string | null,
  totals: Attempt['totals'],
): Attempt {
  return {
    id: run.id,
    scenario: run.scenario,
    lang: run.lang,
    version: run.version,
    startedAt: run.startedAt,
    endedAt: Math.max(at, run.startedAt),
    status,
    ending,
    totals,
    path: run.path,
  };
}
