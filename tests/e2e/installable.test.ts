/**
 * Offline and installable (issue 13 item 4): after one visit the service worker holds the whole game,
 * so with the network gone a reload lands in the game and `secretary-call` plays to its debrief,
 * pictures and all; the web app manifest names icons made in this repo.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { launch, SCREENSHOTS, watch } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

interface Manifest {
  name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('offline and installable', () => {
  it('has a manifest with its own icons', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(baseUrl);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBeTruthy();
      const manifestUrl = new URL(href ?? '', baseUrl);
      const manifest = (await (await page.request.get(manifestUrl.href)).json()) as Manifest;
      expect(manifest.name).toBe('Mingle');
      expect(manifest.display).toBe('standalone');
      const sizes = manifest.icons.map((i) => i.sizes);
      expect(sizes).toContain('192x192');
      expect(sizes).toContain('512x512');
      expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
      for (const icon of manifest.icons) {
        const res = await page.request.get(new URL(icon.src, manifestUrl).href);
        expect(res.status(), icon.src).toBe(200);
        const bytes = await res.body();
        // A real PNG of the size it claims.
        expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
        const [w, hgt] = icon.sizes.split('x').map(Number);
        expect(bytes.readUInt32BE(16)).toBe(w);
        expect(bytes.readUInt32BE(20)).toBe(hgt);
      }
    } finally {
      await context.close();
    }
  });

  it('after one visit, reloads offline into the game and plays secretary-call to the debrief', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    try {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).waitFor();
      // The worker is registered in idle time and is active once it holds every file. (Polled from
      // here: a page function that returns a promise counts as truthy to waitForFunction.)
      await expect
        .poll(
          () =>
            page.evaluate(
              async () =>
                (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none',
            ),
          { timeout: 120_000, interval: 500 },
        )
        .toBe('activated');

      await context.setOffline(true);
      const problems = watch(page, baseUrl);
      await page.reload();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByRole('button', { name: en.start }).click();
      // Every bundled scenario is listed and can be opened offline.
      expect(await page.locator('button[data-scenario]').count()).toBeGreaterThanOrEqual(6);
      await page.locator('button[data-scenario="secretary-call"]').click();
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      let choices = 0;
      for (let guard = 0; guard < 400; guard++) {
        if (await page.locator('button.to-debrief').isVisible()) break;
        const buttons = page.locator('button.choice:not([disabled])');
        const count = await buttons.count();
        if (count === 0) {
          await page.locator('.transcript').click();
          await page.waitForTimeout(60);
          continue;
        }
        await buttons.nth(choices % count).click();
        choices++;
        if (choices === 2) {
          // The stage came from the cache too.
          await expect
            .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
            .toBe('webgl');
          await page.screenshot({ path: `${SCREENSHOTS}/offline-secretary-call.png` });
        }
        await page.waitForTimeout(60);
      }
      expect(choices).toBeGreaterThanOrEqual(8);
      await page.locator('button.to-debrief').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
      // Screens that load their code on their route come from the cache too.
      await page.evaluate(() => (location.hash = '#/progress'));
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.progress.progressTitle);
      await page.evaluate(() => (location.hash = '#/profiles'));
      await expect.poll(() => page.locator('.screen-profiles').count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
