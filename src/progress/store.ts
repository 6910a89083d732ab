/**
 * The progress store: profiles, attempts, the run in progress and settings, kept in memory and written
 * through to a StorageBackend after every change. This class is the domain's one public face; the work
 * is done by its parts, each with one job:
 *
 *   engine.ts    what this tab holds, and every write to storage (re-read and merge, the quarantine
 *                before any write over damaged text, notices for failed writes)
 *   load.ts      opening storage: migration, validation, the index, settings
 *   sync.ts      other tabs' writes, heard through the backend's subscription
 *   profiles.ts  create, rename, delete, select
 *   runs.ts      the run in progress, its choices, its end as an attempt, memory
 *   exchange.ts  export and import, the quarantine file
 *
 * Nothing here throws because storage misbehaves; see docs/storage.md for what is stored and why.
 */
import type { StorageBackend } from './backend.ts';
import { StorageEngine } from './engine.ts';
import * as exchange from './exchange.ts';
import type { ExportFile, ImportOutcome } from './exchange.ts';
import { loadStorage } from './load.ts';
import * as profiles from './profiles.ts';
import type { QuarantineItem } from './quarantine.ts';
import * as runs from './runs.ts';
import type { FinishRunOptions, StartRunOptions } from './runs.ts';
import { patchSettings } from './settings.ts';
import { canonicalJson } from './merge.ts';
import type { Result } from './support.ts';
import { listenToOtherTabs } from './sync.ts';
import type {
  Attempt,
  MemoryValues,
  Notice,
  Pressure,
  Profile,
  Run,
  Settings,
  StoreEvent,
  TipTotals,
} from './types.ts';

export type { Result } from './support.ts';
export type { StartRunOptions, FinishRunOptions } from './runs.ts';
export type { ImportOutcome, ExportFile } from './exchange.ts';

export interface ProgressStoreOptions {
  readonly backend: StorageBackend;
  /** The clock, in ms since the epoch (injected so tests control time). */
  readonly now?: () => number;
  /** Random lowercase letters and digits for new ids (injected so tests are reproducible). */
  readonly randomId?: () => string;
  /** Notices raised before the store existed, such as storage being unavailable. */
  readonly notices?: readonly Notice[];
}

export class ProgressStore {
  private readonly engine: StorageEngine;
  private detach: (() => void) | null = null;

  private constructor(options: ProgressStoreOptions) {
    this.engine = new StorageEngine(options);
  }

  /** Opens the store: migrates old saves, reads and validates everything, and listens to other tabs. */
  static open(options: ProgressStoreOptions): ProgressStore {
    const store = new ProgressStore(options);
    loadStorage(store.engine);
    store.detach = listenToOtherTabs(store.engine);
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
    return this.engine.listed();
  }

  profile(id: string): Profile | null {
    return this.engine.profiles.get(id) ?? null;
  }

  activeProfile(): Profile | null {
    return this.engine.active();
  }

  /** The active profile's memory as plain values, ready to hand to a story. */
  memory(): MemoryValues {
    return runs.memoryValues(this.engine);
  }

  /** The active profile's most recently saved run, for the "continue where you left off" offer. */
  savedRun(): Run | null {
    return runs.savedRun(this.engine);
  }

  settings(): Settings {
    return this.engine.settings;
  }

  notices(): readonly Notice[] {
    return this.engine.board.all();
  }

  /** Whether every change so far has reached storage. */
  saved(): boolean {
    return this.engine.saved();
  }

  // ---------------------------------------------------------------- profiles screen

  createProfile(nickname: string): Result<Profile> {
    return profiles.createProfile(this.engine, nickname);
  }

  renameProfile(id: string, nickname: string): Result<Profile> {
    return profiles.renameProfile(this.engine, id, nickname);
  }

  /** Deletes a profile and its whole history (the profiles screen should ask first). */
  deleteProfile(id: string): boolean {
    return profiles.deleteProfile(this.engine, id);
  }

  selectProfile(id: string | null): boolean {
    return profiles.selectProfile(this.engine, id);
  }

  // ---------------------------------------------------------------- playing

  /**
   * Starts a run for the active profile and saves it. A run this tab was already playing for the
   * profile is recorded as abandoned (with unknown scores, unless `abandonTotals` is given).
   */
  startRun(options: StartRunOptions, abandonTotals: TipTotals | null = null): Result<Run> {
    return runs.startRun(this.engine, options, abandonTotals);
  }

  /**
   * Marks a saved run as the one this tab is playing, after the caller replayed its path successfully
   * (see checkResume and replayPath). Returns the run, or null if it no longer exists.
   */
  resumeRun(runId: string): Run | null {
    return runs.resumeRun(this.engine, runId);
  }

  /**
   * The player set the conversation aside to finish later: this tab stops playing it, so starting
   * another scenario does not abandon it. It stays saved; `savedRun` still offers it.
   */
  setAsideRun(): void {
    runs.setAsideRun(this.engine);
  }

  /** Saves a choice: call it right after the player picks, with the choice's index. */
  recordChoice(choiceIndex: number, pressure?: Pressure): Result<Run> {
    return runs.recordChoice(this.engine, choiceIndex, pressure);
  }

  /** Records the end of the live run: an attempt in the history, best scores and memory updated. */
  finishRun(options: FinishRunOptions): Result<Attempt> {
    return runs.finishRun(this.engine, options);
  }

  /**
   * Records a run as abandoned (the player restarted, left for another scenario, or the story changed
   * under a save). `totals` are the scores so far if the caller knows them.
   */
  abandonRun(runId: string, totals: TipTotals | null = null): Attempt | null {
    return runs.abandonRun(this.engine, runId, totals);
  }

  /**
   * Remembers `mem_*` values for the active profile outside finishRun (for a caller that saves memory
   * on its own, like the game session's MemoryStore). Values compared against the live run's starting
   * memory when a run is live, else against what is remembered.
   */
  saveMemory(values: MemoryValues): void {
    runs.saveMemory(this.engine, values);
  }

  // ---------------------------------------------------------------- settings

  /** Changes some settings; fields with invalid values are left as they were and named in `rejected`. */
  updateSettings(patch: Partial<Settings>): { settings: Settings; rejected: readonly string[] } {
    const engine = this.engine;
    const { settings, rejected } = patchSettings(engine.settings, patch);
    if (canonicalJson(settings) !== canonicalJson(engine.settings)) {
      engine.settings = settings;
      engine.settingsDirty = true;
      engine.flush();
      engine.board.emit({ type: 'settings' });
    }
    return { settings, rejected };
  }

  // ---------------------------------------------------------------- export and import

  exportProfile(id: string): ExportFile | null {
    return exchange.exportProfile(this.engine, id);
  }

  /**
   * Imports a profile file. A profile whose id is already here is merged with it (histories joined by
   * attempt id, the later nickname kept): moving a learner back and forth between two devices then
   * never loses or duplicates an attempt. `mode: 'copy'` adds it as a separate profile instead.
   * The imported profile becomes the active one. Success is said only once the profile is in storage;
   * an import that does not fit changes nothing and says so (`storage-full`, `not-saved`).
   */
  importProfile(text: string, mode: 'merge' | 'copy' = 'merge'): ImportOutcome {
    return exchange.importProfile(this.engine, text, mode);
  }

  /** Everything set aside as damaged, as stored. */
  quarantined(): QuarantineItem[] {
    return exchange.quarantined(this.engine);
  }

  /** The quarantine as a file, or null when there is nothing in it. */
  exportQuarantine(): ExportFile | null {
    return exchange.exportQuarantine(this.engine);
  }

  // ---------------------------------------------------------------- notices and events

  dismissNotice(notice: Notice): void {
    this.engine.board.dismiss(notice);
  }

  clearNotices(): void {
    this.engine.board.clear();
  }

  /** Calls `listener` whenever profiles, settings or notices change (here or in another tab). */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    return this.engine.board.subscribe(listener);
  }

  /**
   * Writes everything not yet in storage. The store calls it after each change; the UI may call it
   * again (say, on `pagehide`) and read `saved()`. Returns whether everything is now saved.
   */
  flush(): boolean {
    return this.engine.flush();
  }
}
