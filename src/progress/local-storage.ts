/**
 * The browser adapter: localStorage behind the StorageBackend interface, and the `storage` event as its
 * subscription. This is the only file of the progress domain that touches `window`.
 *
 * Merely reading `window.localStorage` throws in some browsers (storage blocked by the user, sandboxed
 * iframes in an LMS), and Safari's old private mode accepted no write at all; `openLocalStorage`
 * probes once and reports why it cannot be used, so the caller can fall back to memory and say so.
 */
import { isQuotaError, type StorageBackend } from './backend.ts';

export type LocalStorageResult =
  | { readonly ok: true; readonly backend: StorageBackend }
  | { readonly ok: false; readonly detail: string };

const PROBE_KEY = 'mingle:probe';

export function openLocalStorage(): LocalStorageResult {
  let storage: Storage;
  try {
    if (typeof window === 'undefined' || !window.localStorage) {
      return { ok: false, detail: 'this browser offers no local storage' };
    }
    storage = window.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
  } catch (e) {
    // A full quota still lets us read what is there, so only other errors make storage unusable.
    if (isQuotaError(e)) return { ok: true, backend: adapt(window.localStorage) };
    return { ok: false, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  return { ok: true, backend: adapt(storage) };
}

function adapt(storage: Storage): StorageBackend {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent): void => {
        if (event.storageArea === storage) listener(event.key);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
