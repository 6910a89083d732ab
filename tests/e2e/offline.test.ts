/**
 * Issue 16, item 8, in the shipped game in real Chromium: the story's chunk cannot be downloaded (the
 * request is aborted the way a dropped connection aborts it), so the game must say it is the
 * connection and offer to try again; once the network is back, trying again plays the scenario.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { launch, SCREENSHOTS } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('opening a scenario without a connection', () => {
  it('says it is the network, offers a retry, and plays once the story arrives', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.selectTitle);
      // Every script requested from now on is the story's chunk: drop it like a lost connection.
      let offline = true;
      let dropped = 0;
      await page.route('**/*.js', (route) => {
        if (!offline) return route.continue();
        dropped++;
        return route.abort('internetdisconnected');
      });
      await page.locator('button[data-scenario="hard-seller"]').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.errorNetworkTitle);
      expect(dropped).toBeGreaterThan(0);
      expect(await page.locator('.screen-failure .message').textContent()).toBe(en.errorNetwork);
      expect(await page.locator('.screen-failure').textContent()).not.toContain(en.errorLoad);
      await expect.poll(() => page.locator('button.retry:focus').count()).toBe(1);
      await page.screenshot({ path: `${SCREENSHOTS}/offline-laptop.png` });
      for (const [name, width, height] of [
        ['phone', 390, 844],
        ['projector', 1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `${SCREENSHOTS}/offline-${name}.png` });
      }

      offline = false;
      await page.keyboard.press('Enter');
      await page.waitForSelector('.screen-conversation', { timeout: 15_000 });
      // The story plays: its first line is revealed (the dropped download was not remembered).
      await expect
        .poll(() => page.locator('.transcript .line').count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
