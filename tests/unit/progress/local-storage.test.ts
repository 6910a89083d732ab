/**
 * The browser adapter over jsdom's real Web Storage implementation: keys, the `storage` event, a real
 * QuotaExceededError, and the fallback when a browser refuses storage.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import {
  openBrowserProgressStore,
  openLocalStorage,
  isQuotaError,
} from '../../../src/progress/index.ts';

// jsdom ships no types (and @types/jsdom is not installed): describe the little we use.
type Browser = { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => Browser;
};

function browser(): Browser {
  const dom = new JSDOM('', { url: 'https://mingle.example/' });
  vi.stubGlobal('window', dom.window);
  return dom;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('openLocalStorage', { timeout: 60_000 }, () => {
  it('wraps localStorage, lists keys, and reports other tabs\u2019 writes through the storage event', () => {
    const dom = browser();
    const opened = openLocalStorage();
    if (!opened.ok) throw new Error(opened.detail);
    const backend = opened.backend;
    backend.setItem('mingle:v1:x', '1');
    dom.window.localStorage.setItem('other', '2');
    expect(backend.keys().sort()).toEqual(['mingle:v1:x', 'other']);
    expect(dom.window.localStorage.getItem('mingle:probe')).toBeNull();

    const heard: (string | null)[] = [];
    const stop = backend.subscribe?.((key) => heard.push(key));
    const event = (key: string | null) =>
      new dom.window.StorageEvent('storage', { key, storageArea: dom.window.localStorage });
    dom.window.dispatchEvent(event('mingle:v1:index'));
    dom.window.dispatchEvent(event(null));
    dom.window.dispatchEvent(
      new dom.window.StorageEvent('storage', { key: 'x', storageArea: dom.window.sessionStorage }),
    );
    stop?.();
    dom.window.dispatchEvent(event('after-unsubscribe'));
    expect(heard).toEqual(['mingle:v1:index', null]);
  });

  it('recognizes the quota error a real Storage throws', () => {
    const dom = browser();
    const opened = openLocalStorage();
    if (!opened.ok) throw new Error(opened.detail);
    let error: unknown = null;
    try {
      opened.backend.setItem('big', 'x'.repeat(6_000_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(dom.window.DOMException);
    expect(isQuotaError(error)).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('says why when the browser refuses storage', () => {
    const dom = browser();
    Object.defineProperty(dom.window, 'localStorage', {
      get() {
        throw new dom.window.DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(openLocalStorage()).toEqual({
      ok: false,
      detail: 'SecurityError: The operation is insecure.',
    });
  });
});

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('openBrowserProgressStore', { timeout: 60_000 }, () => {
  it('saves to localStorage, so a new store over the same page finds the profile', () => {
    const dom = browser();
    const store = openBrowserProgressStore();
    expect(store.createProfile('Ana').ok).toBe(true);
    store.close();
    expect(
      Object.keys(dom.window.localStorage).some((k) => k.startsWith('mingle:v1:profile:')),
    ).toBe(true);
    expect(
      openBrowserProgressStore()
        .profiles()
        .map((p) => p.nickname),
    ).toEqual(['Ana']);
  });

  it('plays on in memory, with a notice, when storage is refused', () => {
    const dom = browser();
    Object.defineProperty(dom.window, 'localStorage', {
      get() {
        throw new dom.window.DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const store = openBrowserProgressStore();
    expect(store.notices().map((n) => n.kind)).toEqual(['storage-unavailable']);
    expect(store.createProfile('Ana').ok).toBe(true);
    expect(store.saved()).toBe(true);
  });
});
