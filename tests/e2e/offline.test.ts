/**
 * Issue 16, item 8, in the shipped game in real Chromium: the story's chunk cannot be downloaded (the
 * request is aborted the way a dropped connection aborts it), so the game must say it is the
 * connection and offer to try again; once the network is back, trying again plays the scenario.
 * Issue 13: a screen that loads its own code on its route (progress, profiles, the debrief) lands on
 * a page that says so when that code cannot be downloaded, never a blank one or a scenario's failure.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, PHONE, SCREENSHOTS } from './browser.ts';

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

      // Back online, Try again plays the scenario (a reload of its address: see src/ui/download-retry.ts).
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

describe('a screen whose code cannot be downloaded', () => {
  it('says why in plain words, offline or not, and opens once the code arrives', async () => {
    // No service worker: a first visit, before it could keep anything.
    const context = await browser.newContext({
      viewport: { ...PHONE },
      locale: 'nl-BE',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('h1').textContent()).toBe(nl.appName);
      // From now on the network is gone: every script is dropped like a lost connection.
      let down = true;
      await page.route('**/*.js', (route) =>
        down ? route.abort('internetdisconnected') : route.continue(),
      );
      await context.setOffline(true);
      await page.evaluate(() => (location.hash = '#/progress'));
      await expect.poll(() => page.locator('h1').textContent()).toBe(nl.unavailableTitle);
      expect(await page.locator('.screen-unavailable .message').textContent()).toBe(
        nl.unavailable.offline,
      );
      // Focus on the new page's heading, as on every route change; the address stays the screen's.
      await expect.poll(() => page.locator('h1:focus').count()).toBe(1);
      expect(page.url()).toMatch(/#\/progress$/);
      expect(await page.title()).toBe(`${nl.unavailableTitle} · ${nl.appName}`);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/unavailable-phone-nl.png` });

      // Online again, a download that still fails says it is the connection, not that we are offline.
      await context.setOffline(false);
      await page.getByRole('button', { name: nl.retry }).click();
      await expect
        .poll(() => page.locator('.screen-unavailable .message').textContent())
        .toBe(nl.unavailable.online);

      // The code arrives: Try again opens the screen the address names. The browser remembers the
      // failed download, so this is a reload of the same address once the code can be fetched.
      down = false;
      await page.getByRole('button', { name: nl.retry }).click();
      await expect
        .poll(() => page.locator('h1').textContent(), { timeout: 15_000 })
        .toBe(nl.progress.progressTitle);
      expect(page.url()).toMatch(/#\/progress$/);
      expect(await page.locator('.screen-unavailable').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a first visit that loses the connection before the offline copy is set up', () => {
  it("plays on without an error when the service worker's own code cannot be downloaded", async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    let asked = false;
    await page.route(/\/assets\/pwa-[^/]*\.js$/, (route) => {
      asked = true;
      return route.abort('internetdisconnected');
    });
    try {
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.appName);
      // The registration is asked for in idle time after the page's load.
      await expect.poll(() => asked, { timeout: 15_000 }).toBe(true);
      await page.waitForTimeout(300);
      expect(pageErrors).toEqual([]);
      await page.getByRole('button', { name: en.start }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.selectTitle);
    } finally {
      await context.close();
    }
  });
});
