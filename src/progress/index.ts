/**
 * The progress domain's public face: the store (profiles, attempts, resume, settings, export and
 * import), the storage backends it runs on, and the resume helpers. Pure TypeScript: only
 * local-storage.ts touches `window`, and only when `openBrowserProgressStore` is called.
 */
import { memoryBackend } from './backend.ts';
import { openLocalStorage } from './local-storage.ts';
import { storageUnavailable } from './notices.ts';
import { ProgressStore, type ProgressStoreOptions } from './store.ts';

export * from './types.ts';
export {
  ProgressStore,
  type ProgressStoreOptions,
  type Result,
  type StartRunOptions,
  type FinishRunOptions,
  type ImportOutcome,
  type ExportFile,
} from './store.ts';
export {
  type StorageBackend,
  SharedMemoryStorage,
  MemoryTab,
  memoryBackend,
  isQuotaError,
  quotaExceededError,
  type MemoryBackendOptions,
} from './backend.ts';
export { openLocalStorage, type LocalStorageResult } from './local-storage.ts';
export {
  checkResume,
  replayPath,
  type CurrentStory,
  type ResumeCheck,
  type ReplayResult,
  STORY_CHANGED_MESSAGE,
  SCENARIO_MISSING_MESSAGE,
} from './resume.ts';
export { DEFAULT_SETTINGS } from './settings.ts';
export {
  scoredAttempts,
  tipSeries,
  scenariosPlayed,
  previousAttempt,
  type TipPoint,
} from './history.ts';
export {
  readProfileFile,
  type ImportProblem,
  type ProfileFileReading,
  PROFILE_FORMAT,
} from './transfer.ts';
export { type QuarantineItem } from './quarantine.ts';
export { noticeMessage, damagedOutcome, type ProgressWords } from './notices.ts';
export { SCHEMA_VERSION, profileIdOf } from './schema.ts';

/**
 * Opens the store over the browser's localStorage, or over memory (with a notice saying progress will
 * not outlive the page) when the browser refuses storage. Call once at start-up.
 */
export function openBrowserProgressStore(
  options: Omit<ProgressStoreOptions, 'backend' | 'notices'> = {},
): ProgressStore {
  const local = openLocalStorage();
  if (local.ok) return ProgressStore.open({ ...options, backend: local.backend });
  return ProgressStore.open({
    ...options,
    backend: memoryBackend(),
    notices: [storageUnavailable(local.detail)],
  });
}

/**
 * Opens the store over memory only: nothing is written to the browser's storage (no localStorage, no
 * sessionStorage, no IndexedDB, no cookie), so nothing is left behind on a shared computer, as inside
 * an LMS or on a kiosk. Progress lasts as long as the page; a caller that must keep it carries it
 * elsewhere itself (`exportProfile`, an LMS's own suspend data) and brings it back with `importProfile`.
 * No "storage unavailable" notice is raised: keeping nothing is the point, not a failure.
 */
export function openMemoryProgressStore(
  options: Omit<ProgressStoreOptions, 'backend'> = {},
): ProgressStore {
  return ProgressStore.open({ ...options, backend: memoryBackend() });
}
