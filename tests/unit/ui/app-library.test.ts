// @vitest-environment jsdom
/**
 * The App before and after the library of saved scenarios has been read (a reload draws the first
 * screen at once; IndexedDB answers a moment later): the title screen names a saved scenario's
 * unfinished run by its title once the library is in, and a direct link to the workshop's set-up
 * waits for the library, so its saved scenarios are offered.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryRecord, type SavedPlay } from '../../../src/game/index.ts';
import { Library, MemoryLibraryBackend, type SavedScenario } from '../../../src/library/index.ts';
import { PARTY } from '../game/fixtures.ts';
import { freshPage, namedScenario, startApp } from './app-fixture.ts';

const party = namedScenario(PARTY, 'party', 'Test party');
const ID = 'yours-bakery1234';
const bakery: SavedScenario = {
  id: ID,
  savedAt: 1,
  versions: {
    en: {
      source: 'Hello.\n-> END\n',
      scenario: { ...party, id: ID, meta: { ...party.meta, title: 'The bakery' } },
    },
  },
};

/** A library whose reading is held until the test lets it go. */
async function heldLibrary(): Promise<{ library: Library; open: () => Promise<void> }> {
  const backend = new MemoryLibraryBackend();
  const writer = new Library(() => Promise.resolve(backend));
  await writer.ready;
  expect(await writer.save(bakery)).toEqual({ ok: true });
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const library = new Library(() => gate.then(() => backend));
  return {
    library,
    open: async () => {
      release();
      await library.ready;
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = freshPage();
});

/** An unfinished run of the saved scenario, one choice in. */
function unfinishedRun(): SavedPlay {
  return { scenario: ID, lang: 'en', version: party.version, memory: {}, path: [0] };
}

describe('the library, read after the first screen', () => {
  it("names a saved scenario's unfinished run by its title once the library is in", async () => {
    const { library, open } = await heldLibrary();
    const record = memoryRecord();
    const run = unfinishedRun();
    startApp({ root, catalogue: [party], library, record: { ...record, saved: () => run } });
    const title = () => root.querySelector('.screen-title')?.textContent ?? '';
    expect(title()).toContain(ID);
    await open();
    expect(title()).toContain('The bakery');
    expect(title()).not.toContain(ID);
  });

  it('keeps the focus on its equivalent when the title screen is drawn again for the library', async () => {
    for (const pick of ['button', 'input[type=radio]', 'none'] as const) {
      root = freshPage();
      const { library, open } = await heldLibrary();
      const run = unfinishedRun();
      startApp({
        root,
        catalogue: [party],
        library,
        record: { ...memoryRecord(), saved: () => run },
      });
      const screen = root.querySelector('.screen-title');
      const target =
        pick === 'none' ? null : ([...root.querySelectorAll<HTMLElement>(pick)].at(-1) ?? null);
      target?.focus();
      const before = document.activeElement;
      const words = before?.textContent ?? '';
      await open();
      expect(root.querySelector('.screen-title'), pick).not.toBe(screen);
      const now = document.activeElement as HTMLElement | null;
      if (target) {
        expect(root.contains(now), pick).toBe(true);
        expect(now?.tagName, pick).toBe(target.tagName);
        expect(now?.textContent, pick).toBe(words);
      } else {
        // Focus that was not on the screen stays where it was (the redraw takes nobody anywhere).
        expect(now, pick).toBe(before);
      }
    }
  });

  it('opens the workshop set-up from a direct link only once the library is in, with its saved scenarios', async () => {
    const { library, open } = await heldLibrary();
    // The workshop's code at hand, so only the library can hold the set-up back.
    await import('../../../src/workshop/index.ts');
    window.history.replaceState(null, '', '/#/workshop');
    startApp({ root, catalogue: [party], library });
    await new Promise((r) => setTimeout(r, 100));
    expect(root.textContent).not.toContain('The bakery');
    await open();
    await expect.poll(() => root.textContent ?? '', { timeout: 5000 }).toContain('The bakery');
  });
});
