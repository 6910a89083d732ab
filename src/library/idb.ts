/**
 * The library's backend in the browser: IndexedDB (a database of two stores: the saved scenarios, and
 * the records set aside). Each write is one transaction, so it happens whole or not at all; a set-aside
 * copies and removes in the same transaction. Covered by the e2e tests in real Chromium
 * (tests/e2e/library.test.ts); the store's rules are unit-tested over the memory backend.
 */
import type { LibraryBackend, StoredEntry } from './store.ts';

export const DB_NAME = 'mingle-library';
const DB_VERSION = 1;
const SCENARIOS = 'scenarios';
const ASIDE = 'set-aside';

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

async function entries(db: IDBDatabase, store: string): Promise<StoredEntry[]> {
  const tx = db.transaction(store, 'readonly');
  const os = tx.objectStore(store);
  const [keys, values] = await Promise.all([
    done(os.getAllKeys()),
    done(os.getAll() as IDBRequest<unknown[]>),
  ]);
  return keys.map((key, i) => ({ key: typeof key === 'string' ? key : '', value: values[i] }));
}

/** Opens the library's database; rejects when the browser refuses IndexedDB (then memory is used). */
export async function openIndexedDb(factory: IDBFactory = indexedDB): Promise<LibraryBackend> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(SCENARIOS)) db.createObjectStore(SCENARIOS);
    if (!db.objectStoreNames.contains(ASIDE)) db.createObjectStore(ASIDE);
  };
  const db = await done(request);
  const write = async (stores: string[], work: (tx: IDBTransaction) => void) => {
    const tx = db.transaction(stores, 'readwrite');
    const over = finished(tx);
    work(tx);
    await over;
  };
  return {
    list: () => entries(db, SCENARIOS),
    listAside: () => entries(db, ASIDE),
    put: (key, value) => write([SCENARIOS], (tx) => tx.objectStore(SCENARIOS).put(value, key)),
    remove: (key) => write([SCENARIOS], (tx) => tx.objectStore(SCENARIOS).delete(key)),
    setAside: (key, asideKey, item) =>
      write([SCENARIOS, ASIDE], (tx) => {
        tx.objectStore(ASIDE).put(item, asideKey);
        tx.objectStore(SCENARIOS).delete(key);
      }),
  };
}
