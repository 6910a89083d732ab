/**
 * Try again after a failed download (src/ui/download-retry.ts): the browser remembers a module it
 * could not fetch, so once the address can be fetched the page reloads; otherwise the navigation runs
 * again and says why.
 */
import { describe, expect, it } from 'vitest';
import { failedAddress, retryDownload, type RetryWindow } from '../../../src/ui/download-retry.ts';

const ORIGIN = 'https://mingle.example';
const CHROMIUM = new TypeError(
  `Failed to fetch dynamically imported module: ${ORIGIN}/assets/progress-Bx1.js`,
);

function page(answer: 'ok' | 'missing' | 'offline') {
  const asked: string[] = [];
  let reloads = 0;
  const win: RetryWindow = {
    location: { origin: ORIGIN, reload: () => void reloads++ },
    fetch: (input) => {
      asked.push(input);
      if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve({ ok: answer === 'ok' });
    },
  };
  return { win, asked, reloads: () => reloads };
}

describe('failedAddress', () => {
  it("reads the script address from each browser's message", () => {
    expect(failedAddress(CHROMIUM, ORIGIN)).toBe(`${ORIGIN}/assets/progress-Bx1.js`);
    expect(
      failedAddress(
        new TypeError(`error loading dynamically imported module: ${ORIGIN}/assets/a.mjs`),
        ORIGIN,
      ),
    ).toBe(`${ORIGIN}/assets/a.mjs`);
    // A story's failure reaches the failure screen as its message, a string.
    expect(failedAddress(CHROMIUM.message, ORIGIN)).toBe(`${ORIGIN}/assets/progress-Bx1.js`);
  });

  it('names nothing for another origin, a page, no address, or no error at all', () => {
    expect(
      failedAddress(
        new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
        ORIGIN,
      ),
    ).toBeNull();
    expect(failedAddress(new TypeError(`see ${ORIGIN}/index.html`), ORIGIN)).toBeNull();
    expect(failedAddress(new TypeError('Importing a module script failed.'), ORIGIN)).toBeNull();
    expect(failedAddress(null, ORIGIN)).toBeNull();
    expect(failedAddress(new Error('http://[bad'), ORIGIN)).toBeNull();
  });
});

describe('retryDownload', () => {
  it('reloads the page once the failed address can be fetched, without importing again', async () => {
    const p = page('ok');
    let again = 0;
    expect(await retryDownload(p.win, CHROMIUM, () => void again++)).toBe('reloaded');
    expect(p.asked).toEqual([`${ORIGIN}/assets/progress-Bx1.js`]);
    expect(p.reloads()).toBe(1);
    expect(again).toBe(0);
  });

  it('runs the navigation again (which says why) while the address cannot be fetched', async () => {
    for (const answer of ['offline', 'missing'] as const) {
      const p = page(answer);
      let again = 0;
      expect(await retryDownload(p.win, CHROMIUM, () => void again++)).toBe('again');
      expect(p.reloads()).toBe(0);
      expect(again).toBe(1);
    }
  });

  it('imports again, asking nothing, when the message names no address', async () => {
    const p = page('ok');
    let again = 0;
    await retryDownload(
      p.win,
      new TypeError('Importing a module script failed.'),
      () => void again++,
    );
    expect(p.asked).toEqual([]);
    expect(p.reloads()).toBe(0);
    expect(again).toBe(1);
  });
});
