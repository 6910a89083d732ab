/**
 * The Studio's draft store over the same in-memory storage the progress tests use: a draft comes back
 * as saved, a damaged one is set aside whole (never deleted) and reported, a full quota keeps the
 * damaged original in place and refuses to save over it, and oversized stories are not saved.
 */
import { describe, expect, it } from 'vitest';
import {
  memoryBackend,
  quotaExceededError,
  type StorageBackend,
} from '../../../src/progress/index.ts';
import { DRAFT_KEY, DraftStore, SET_ASIDE_PREFIX } from '../../../src/studio/drafts.ts';
import { MAX_FILE_CHARS } from '../../../src/studio/protocol.ts';
import { exportName } from '../../../src/studio/export-name.ts';

const clock = () => 1_700_000_000_000;

describe('the Studio draft store', () => {
  it('keeps a draft across a reload, in each language written', () => {
    const backend = memoryBackend();
    const store = new DraftStore(backend, clock);
    expect(store.load()).toEqual({ draft: null, setAside: null });
    expect(store.save({ lang: 'nl', texts: { nl: 'Hallo.', en: 'Hello.' } })).toEqual({ ok: true });
    expect(new DraftStore(backend, clock).load()).toEqual({
      draft: { lang: 'nl', texts: { en: 'Hello.', nl: 'Hallo.' }, savedAt: clock() },
      setAside: null,
    });
  });

  it('keeps the files each story includes (version 2 only when there are some)', () => {
    const backend = memoryBackend();
    const store = new DraftStore(backend, clock);
    const parts = { nl: [{ name: 'mensen.ink', text: '=== els\n-> END\n' }] };
    store.save({ lang: 'nl', texts: { nl: 'INCLUDE mensen.ink\n' }, parts: { ...parts, en: [] } });
    expect(JSON.parse(backend.getItem(DRAFT_KEY) ?? '')).toMatchObject({ version: 2 });
    expect(new DraftStore(backend, clock).load().draft).toEqual({
      lang: 'nl',
      texts: { nl: 'INCLUDE mensen.ink\n' },
      savedAt: clock(),
      parts,
    });
    store.save({ lang: 'nl', texts: { nl: 'Hallo.' } });
    expect(JSON.parse(backend.getItem(DRAFT_KEY) ?? '')).toMatchObject({ version: 1 });
    // A part named like a path is never saved, and a stored one is set aside, not read.
    expect(
      store.save({
        lang: 'nl',
        texts: { nl: 'x' },
        parts: { nl: [{ name: '../x.ink', text: '' }] },
      }),
    ).toEqual({ ok: false, reason: 'too-large' });
    backend.setItem(
      DRAFT_KEY,
      JSON.stringify({
        format: 'mingle-studio-draft',
        version: 2,
        lang: 'nl',
        texts: { nl: 'x' },
        savedAt: 1,
        parts: { nl: [{ name: 'https://x.org/a.ink', text: '' }] },
      }),
    );
    const load = new DraftStore(backend, clock).load();
    expect(load.draft).toBeNull();
    expect(load.setAside?.reason).toMatch(/bad name/);
  });

  it('remembers the saved scenario a draft edits (Save replaces it)', () => {
    const backend = memoryBackend();
    const store = new DraftStore(backend, clock);
    store.save({ lang: 'en', texts: { en: 'Hello.' }, savedId: 'yours-abcd1234ef' });
    expect(new DraftStore(backend, clock).load().draft).toEqual({
      lang: 'en',
      texts: { en: 'Hello.' },
      savedAt: clock(),
      savedId: 'yours-abcd1234ef',
    });
  });

  it('sets a damaged draft aside, whole, and starts afresh', () => {
    for (const raw of [
      '{"format":"mingle-studio-draft","version":1,"lang":"en","texts":{"en":',
      '{"format":"mingle-studio-draft","version":1,"lang":"xx","texts":{"en":"Hi"},"savedAt":1}',
      '{"format":"mingle-studio-draft","version":1,"lang":"en","texts":{"en":5},"savedAt":1}',
      '{"format":"mingle-studio-draft","version":9,"lang":"en","texts":{"en":"Hi"},"savedAt":1}',
      '"just a string"',
      '{"format":"mingle-studio-draft","version":1,"lang":"en","texts":{"en":"Hi"},"savedAt":1,"savedId":"the-introduction"}',
    ]) {
      const backend = memoryBackend();
      backend.setItem(DRAFT_KEY, raw);
      const loaded = new DraftStore(backend, clock).load();
      expect(loaded.draft, raw).toBeNull();
      expect(loaded.setAside?.raw).toBe(raw);
      expect(loaded.setAside?.key).toBe(`${SET_ASIDE_PREFIX}${clock()}`);
      expect(backend.getItem(DRAFT_KEY)).toBeNull();
      const kept = JSON.parse(backend.getItem(loaded.setAside?.key ?? '') ?? 'null') as {
        raw: string;
        from: string;
        reason: string;
      };
      expect(kept).toMatchObject({ raw, from: DRAFT_KEY });
      expect(kept.reason).toBe(loaded.setAside?.reason);
    }
  });

  it('leaves a damaged draft where it is when it cannot be copied, and saves nothing over it', () => {
    const backend = memoryBackend();
    backend.setItem(DRAFT_KEY, '{broken');
    const full: StorageBackend = {
      ...backend,
      getItem: (k) => backend.getItem(k),
      removeItem: (k) => backend.removeItem(k),
      keys: () => backend.keys(),
      setItem: () => {
        throw quotaExceededError();
      },
    };
    const store = new DraftStore(full, clock);
    const loaded = store.load();
    expect(loaded.setAside).toMatchObject({ key: null, raw: '{broken' });
    expect(backend.getItem(DRAFT_KEY)).toBe('{broken');
    expect(store.save({ lang: 'en', texts: { en: 'new' } })).toEqual({ ok: false, reason: 'held' });
    expect(backend.getItem(DRAFT_KEY)).toBe('{broken');
  });

  it('says why a draft was not saved: a full quota, or a story over the size limit', () => {
    const store = new DraftStore(memoryBackend({ quota: 200 }), clock);
    expect(store.save({ lang: 'en', texts: { en: 'x'.repeat(500) } })).toEqual({
      ok: false,
      reason: 'quota',
    });
    const big = new DraftStore(memoryBackend(), clock);
    expect(big.save({ lang: 'en', texts: { en: 'x'.repeat(MAX_FILE_CHARS + 1) } })).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });
});

describe("the Studio's export name", () => {
  it("is the story's title as letters, digits and dashes, with the language", () => {
    expect(exportName('# title: Café Één: the ../../etc <b>\n', 'nl')).toBe(
      'cafe-een-the-etc-b.nl.ink',
    );
    expect(exportName('no title here', 'en')).toBe('my-scenario.en.ink');
  });
});
