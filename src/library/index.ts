/**
 * Your scenarios: scenarios written in the Studio and saved in this browser (IndexedDB), played like
 * bundled ones, exported and imported as one file holding every language. The export file's reader
 * (./exchange.ts, with zod) is not here: it is imported on its own, when a file is imported.
 */
export { Library } from './library.ts';
export {
  LibraryStore,
  MemoryLibraryBackend,
  type LibraryBackend,
  type LibraryLoad,
  type LibraryWrite,
  type SetAsideItem,
  type StoredEntry,
} from './store.ts';
export { openIndexedDb } from './idb.ts';
export {
  SAVED_PREFIX,
  MAX_FILES,
  MAX_SOURCE_CHARS,
  PART_NAME,
  STORY_FILE,
  partsProblem,
  exportFile,
  exportFileName,
  isSavedId,
  langsOf,
  newSavedId,
  readRecord,
  titleOf,
  writeRecord,
  type InkPart,
  type SavedScenario,
  type SavedVersion,
} from './record.ts';
// The export file's reader (with zod) loads only on an import; its problem codes are only a type.
export type { ImportProblem } from './exchange.ts';
