/**
 * The memory-only store (`openMemoryProgressStore`), for an LMS launch or a shared computer: a whole
 * session of use writes nothing to the browser. Checked in jsdom's real Web Storage, where every
 * storage the page could reach is watched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import { openMemoryProgressStore, type ExportFile } from '../../../src/progress/index.ts';
import { play, totals } from './helpers.ts';

type Browser = { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => Browser;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('openMemoryProgressStore', { timeout: 60_000 }, () => {
  it('keeps a whole session in memory and writes nothing to the browser', () => {
    const dom = new JSDOM('', { url: 'https://lms.example/course/1' });
    const touched: string[] = [];
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
      const real: unknown = dom.window[name];
      Object.defineProperty(dom.window, name, {
        get() {
          touched.push(name);
          return real;
        },
      });
    }
    vi.stubGlobal('window', dom.window);
    vi.stubGlobal('document', dom.window.document);

    const store = openMemoryProgressStore();
    expect(store.notices()).toEqual([]);
    const ana = store.createProfile('Ana');
    if (!ana.ok) throw new Error(ana.message);
    play(store, 'hard-seller', [0, 2, 1], totals(1, 2, 0, 1, 0), { mem_met_ann: true });
    store.updateSettings({ textSize: 'large', muted: true });
    const file: ExportFile | null = store.exportProfile(ana.value.id);
    expect(file).not.toBeNull();
    const copy = store.importProfile(file?.text ?? '', 'copy');
    expect(copy.ok).toBe(true);
    expect(store.flush()).toBe(true);
    store.close();

    expect(store.profiles()).toHaveLength(2);
    expect(store.activeProfile()?.attempts).toHaveLength(1);
    expect(touched).toEqual([]);
    expect(dom.window.localStorage.length).toBe(0);
    expect(dom.window.sessionStorage.length).toBe(0);
    expect(dom.window.document.cookie).toBe('');

    // A second store starts empty: nothing outlived the first one.
    expect(openMemoryProgressStore().profiles()).toEqual([]);
  });
});
