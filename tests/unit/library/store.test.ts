/**
 * Your scenarios' store over the memory backend (the IndexedDB one is driven in real Chromium by
 * tests/e2e/library.test.ts): saved scenarios read back whole; a record that cannot be read is set
 * aside verbatim and never deleted; a failed write leaves the record that was there; delete waits
 * for its undo time; the export file reads back and a bad one is refused with what is wrong.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Library,
  LibraryStore,
  MemoryLibraryBackend,
  SAVED_PREFIX,
  exportFile,
  exportFileName,
  isSavedId,
  newSavedId,
  readRecord,
  writeRecord,
  type SavedScenario,
  type SavedVersion,
} from '../../../src/library/index.ts';
import { readExportFile } from '../../../src/library/exchange.ts';
import { quotaExceededError } from '../../../src/progress/index.ts';
import { parseAddress } from '../../../src/ui/router.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';

const range = { min: 0, max: 2 };
const ranges = { 1: range, 2: range, 3: range, 4: range, 5: range };

function scenario(id: string, lang: 'en' | 'nl', title: string): CompiledScenario {
  return {
    id,
    lang,
    meta: {
      title,
      summary: 'A <b>summary</b>',
      mainTip: 2,
      cast: [{ id: 'els', name: 'Els', role: 'a baker' }],
      endings: [{ id: 'good', title: 'Good' }],
    },
    ranges,
    tipsScored: [1, 2],
    version: 'abc123',
    json: '{"inkVersion":21,"root":[]}',
  };
}

function saved(id = 'yours-abcdef1234', savedAt = 1000): SavedScenario {
  return {
    id,
    savedAt,
    versions: {
      en: { source: 'Hello.\n-> END\n', scenario: scenario(id, 'en', 'The bakery') },
      nl: { source: 'Hallo.\n-> END\n', scenario: scenario(id, 'nl', 'De bakkerij') },
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('saved scenario records', () => {
  it('read back exactly as written', () => {
    const s = saved();
    const read = readRecord(writeRecord(s), s.id);
    expect(read).toEqual({ ok: true, saved: s });
  });

  it('refuse damage with a reason: not JSON, another format, a wrong id, a mislabelled language', () => {
    const s = saved();
    expect(readRecord('{not json', s.id)).toEqual({ ok: false, reason: 'not readable as JSON' });
    expect(readRecord('{"format":"x"}', s.id)).toMatchObject({ reason: 'not a saved scenario' });
    expect(readRecord(writeRecord(s), 'yours-other1234')).toMatchObject({
      reason: 'its id is damaged',
    });
    const mislabelled = JSON.parse(writeRecord(s)) as { versions: { nl: { scenario: object } } };
    mislabelled.versions.nl.scenario = { ...mislabelled.versions.nl.scenario, lang: 'en' };
    expect(readRecord(JSON.stringify(mislabelled), s.id)).toMatchObject({
      reason: 'the nl version is marked as another language',
    });
    const big = { ...s, versions: { en: { ...s.versions.en, source: 'x'.repeat(300 * 1024) } } };
    expect(readRecord(writeRecord(big as SavedScenario), s.id)).toMatchObject({
      reason: 'the en source is over the size limit',
    });
  });

  it('have ids no bundled scenario can have, that addresses and progress accept', () => {
    const ids = Array.from({ length: 50 }, () => newSavedId());
    for (const id of ids) {
      expect(isSavedId(id)).toBe(true);
      expect(parseAddress(`#/play/${id}?lang=nl`).route).toEqual({ screen: 'play', scenario: id });
    }
    expect(new Set(ids).size).toBe(ids.length);
    const root = resolve(import.meta.dirname, '../../../stories');
    for (const lang of readdirSync(root)) {
      for (const file of readdirSync(resolve(root, lang)))
        expect(file.startsWith(SAVED_PREFIX)).toBe(false);
    }
  });
});

describe('the library store', () => {
  it('saves and loads scenarios, newest first', async () => {
    const backend = new MemoryLibraryBackend();
    const store = new LibraryStore(backend);
    expect(await store.save(saved('yours-aaaa1111', 1))).toEqual({ ok: true });
    expect(await store.save(saved('yours-bbbb2222', 2))).toEqual({ ok: true });
    const loaded = await store.load();
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['yours-bbbb2222', 'yours-aaaa1111']);
    expect(loaded.setAside).toEqual([]);
  });

  it('sets a damaged record aside verbatim, tells why, and never deletes it', async () => {
    const backend = new MemoryLibraryBackend();
    backend.records.set('yours-good12345', writeRecord(saved('yours-good12345')));
    backend.records.set('yours-bad123456', '{"format":"mingle-saved-scenario","version":1,');
    const store = new LibraryStore(backend, () => 5000);
    const loaded = await store.load();
    expect(loaded.scenarios.map((s) => s.id)).toEqual(['yours-good12345']);
    expect(loaded.setAside).toEqual([
      {
        key: '5000:yours-bad123456',
        from: 'yours-bad123456',
        reason: 'not readable as JSON',
        at: 5000,
        raw: '{"format":"mingle-saved-scenario","version":1,',
      },
    ]);
    expect(backend.records.has('yours-bad123456')).toBe(false);
    // Loaded again (another visit): still there, still offered.
    const again = await new LibraryStore(backend).load();
    expect(again.setAside.map((a) => a.from)).toEqual(['yours-bad123456']);
  });

  it('leaves a damaged record in place when it cannot be set aside, and never saves over it', async () => {
    const backend = new MemoryLibraryBackend();
    backend.records.set('yours-bad123456', 'garbage');
    backend.failWith = quotaExceededError();
    const store = new LibraryStore(backend);
    const loaded = await store.load();
    expect(loaded.stuck).toEqual(['yours-bad123456']);
    backend.failWith = null;
    expect(await store.save(saved('yours-bad123456'))).toEqual({ ok: false, reason: 'blocked' });
    expect(backend.records.get('yours-bad123456')).toBe('garbage');
  });

  it('reports a full quota and keeps the record that was there', async () => {
    const backend = new MemoryLibraryBackend();
    const store = new LibraryStore(backend);
    const first = saved();
    await store.save(first);
    backend.failWith = quotaExceededError();
    const second = { ...first, savedAt: 2000 };
    expect(await store.save(second)).toEqual({ ok: false, reason: 'quota' });
    backend.failWith = new Error('blocked');
    expect(await store.save(second)).toEqual({ ok: false, reason: 'blocked' });
    expect(backend.records.get(first.id)).toBe(writeRecord(first));
  });

  it('refuses a story over the size limit before writing anything', async () => {
    const backend = new MemoryLibraryBackend();
    const s = saved();
    const big: SavedScenario = {
      ...s,
      versions: { en: { source: 'x'.repeat(256 * 1024 + 1), scenario: scenario(s.id, 'en', 'B') } },
    };
    expect(await new LibraryStore(backend).save(big)).toEqual({ ok: false, reason: 'too-large' });
    expect(backend.records.size).toBe(0);
  });
});

describe('the library', () => {
  it('lists every language as a catalogue entry without its story, and hands the story on', async () => {
    const backend = new MemoryLibraryBackend();
    backend.records.set('yours-abcdef1234', writeRecord(saved()));
    const library = new Library(() => Promise.resolve(backend));
    await library.ready;
    expect(library.infos().map((i) => [i.id, i.lang, i.meta.title])).toEqual([
      ['yours-abcdef1234', 'en', 'The bakery'],
      ['yours-abcdef1234', 'nl', 'De bakkerij'],
    ]);
    expect(library.infos().some((i) => 'json' in i)).toBe(false);
    expect(library.compiled('nl', 'yours-abcdef1234')?.json).toBe(
      saved().versions.nl?.scenario.json,
    );
    expect(library.compiled('nl', 'the-introduction')).toBeNull();
  });

  it('deletes only when the undo time is over; undo brings it back with nothing lost', async () => {
    vi.useFakeTimers();
    const backend = new MemoryLibraryBackend();
    backend.records.set('yours-abcdef1234', writeRecord(saved()));
    const library = new Library(() => Promise.resolve(backend));
    await library.ready;
    const told = vi.fn();
    library.subscribe(told);

    const pending = library.delete('yours-abcdef1234', 8000);
    expect(library.list()).toEqual([]);
    expect(told).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(7999);
    expect(backend.records.has('yours-abcdef1234')).toBe(true);
    pending.undo();
    expect(library.list().map((s) => s.id)).toEqual(['yours-abcdef1234']);
    vi.advanceTimersByTime(10_000);
    expect(backend.records.has('yours-abcdef1234')).toBe(true);

    library.delete('yours-abcdef1234', 8000);
    vi.advanceTimersByTime(8000);
    await vi.runAllTimersAsync();
    expect(backend.records.has('yours-abcdef1234')).toBe(false);
    expect(library.list()).toEqual([]);
  });

  it('keeps scenarios for the page when the browser refuses IndexedDB', async () => {
    const library = new Library(() => Promise.reject(new Error('no IndexedDB')));
    await library.ready;
    expect(library.persistent).toBe(false);
    expect(await library.save(saved())).toEqual({ ok: true });
    expect(library.list().map((s) => s.id)).toEqual(['yours-abcdef1234']);
  });
});

describe('the export file', () => {
  it('holds every language’s source and reads back', () => {
    const s = saved();
    const text = exportFile(s);
    expect(readExportFile(text)).toEqual({
      ok: true,
      texts: { en: 'Hello.\n-> END\n', nl: 'Hallo.\n-> END\n' },
      parts: {},
    });
    expect(text).not.toContain('inkVersion');
    // With no included files it is a file of version 1, which a game from before parts imports.
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    expect(exportFileName(s, 'nl')).toBe('de-bakkerij.mingle.json');
  });

  it('carries the files each language includes (version 2), and still reads version 1', () => {
    const base = saved();
    const withParts: SavedScenario = {
      ...base,
      versions: {
        ...base.versions,
        nl: {
          ...(base.versions.nl as SavedVersion),
          parts: [{ name: 'mensen.ink', text: '=== els\nHallo Els.\n-> END\n' }],
        },
      },
    };
    const text = exportFile(withParts);
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    expect(readExportFile(text)).toEqual({
      ok: true,
      texts: { en: 'Hello.\n-> END\n', nl: 'Hallo.\n-> END\n' },
      parts: { nl: [{ name: 'mensen.ink', text: '=== els\nHallo Els.\n-> END\n' }] },
    });
    const v2 = JSON.parse(text) as { versions: { nl: { parts: { name: string }[] } } };
    const withPart = (part: unknown, more: unknown[] = []) =>
      readExportFile(
        JSON.stringify({
          ...v2,
          versions: { ...v2.versions, nl: { ...v2.versions.nl, parts: [part, ...more] } },
        }),
      );
    for (const name of ['../x.ink', 'https://x.org/a.ink', 'story.ink', 'a b.ink', 'x.txt'])
      expect(withPart({ name, text: '' }), name).toMatchObject({
        ok: false,
        problem: 'bad-file-name',
      });
    expect(withPart({ name: 'a.ink', text: '' }, [{ name: 'a.ink', text: '' }])).toMatchObject({
      problem: 'same-file-name',
    });
    const many = Array.from({ length: 16 }, (_, i) => ({ name: `p${i}.ink`, text: '' }));
    expect(withPart(many[0], many.slice(1))).toMatchObject({ problem: 'too-many-files' });
    // A version 1 file holds no parts: one that says it does is damaged, not half read.
    expect(readExportFile(JSON.stringify({ ...v2, version: 1 }))).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
  });

  it('keeps the included files of a saved scenario, as record version 2', async () => {
    const base = saved();
    const withParts: SavedScenario = {
      ...base,
      versions: {
        en: { ...(base.versions.en as SavedVersion), parts: [{ name: 'a.ink', text: 'A.\n' }] },
      },
    };
    expect(JSON.parse(writeRecord(base))).toMatchObject({ version: 1 });
    expect(JSON.parse(writeRecord(withParts))).toMatchObject({ version: 2 });
    expect(readRecord(writeRecord(withParts), base.id)).toEqual({ ok: true, saved: withParts });
    const backend = new MemoryLibraryBackend();
    const store = new LibraryStore(backend);
    expect(await store.save(withParts)).toEqual({ ok: true });
    expect((await store.load()).scenarios).toEqual([withParts]);
    // A part with a path for a name is not a part: the record is refused (set aside, on load).
    const bad = writeRecord(withParts).replace('"a.ink"', '"../a.ink"');
    expect(readRecord(bad, base.id)).toMatchObject({ ok: false });
  });

  it('refuses a bad file and names what is wrong', () => {
    const ok = JSON.parse(exportFile(saved())) as Record<string, unknown>;
    const bad = (v: unknown) => readExportFile(JSON.stringify(v));
    // Each problem is a code the screen words in the player's language, with where it is.
    expect(readExportFile('not json')).toEqual({ ok: false, problem: 'not-json', at: null });
    expect(bad({ ...ok, format: 'other' })).toEqual({
      ok: false,
      problem: 'not-mingle',
      at: 'format',
    });
    expect(bad({ ...ok, version: 9 })).toMatchObject({ problem: 'other-version' });
    expect(bad({ ...ok, versions: {} })).toMatchObject({ problem: 'no-story' });
    // What zod finds on its own (an unknown language, a wrong type) is 'damaged', at its place.
    expect(bad({ ...ok, versions: { de: { source: 'x' } } })).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
    expect(bad({ ...ok, versions: { en: { source: 'x'.repeat(256 * 1024 + 1) } } })).toEqual({
      ok: false,
      problem: 'story-too-long',
      at: 'versions.en.source',
    });
    expect(bad({ ...ok, versions: { en: { source: '' } } })).toMatchObject({
      problem: 'story-empty',
    });
    expect(bad({ ...ok, versions: { en: { source: 42 } } })).toEqual({
      ok: false,
      problem: 'damaged',
      at: 'versions.en.source',
    });
    expect(readExportFile('x'.repeat(4 * 1024 * 1024))).toEqual({
      ok: false,
      problem: 'too-large',
      at: null,
    });
  });
});
