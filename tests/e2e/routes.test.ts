/**
 * Every screen has an address (issue 13 item 1), in the shipped game in real Chromium: a shared link
 * to a scenario in Dutch opens that conversation directly, a reload comes back to the same place (the
 * conversation resumes on the same line, the debrief is shown again), Back and Forward move between
 * the screens the player went through, and links that lead nowhere land on a page that says so.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, playToEnd, SCREENSHOTS, watch } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.locator('h1').first().textContent();

async function fresh(width = 1366, height = 768): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { page, problems: watch(page, baseUrl) };
}

/** Takes choices by clicking until the conversation offers its debrief. */
const playThrough = (page: Page) => playToEnd(page, (step, count) => step % count, { click: true });

describe('addresses', () => {
  it('opens a shared Dutch scenario link directly, and a reload resumes it on the same line', async () => {
    const { page, problems } = await fresh();
    try {
      await page.goto(`${baseUrl}#/play/hard-seller?lang=nl`);
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      expect(await heading(page)).toBe('De hardseller');
      await page.locator('button.choice').first().click();
      await expect
        .poll(() => page.locator('button.choice:not([disabled])').count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      const said = await page.locator('.transcript').textContent();
      await page.reload();
      await page.waitForSelector('button.choice:not([disabled])', { timeout: 60_000 });
      expect(page.url()).toContain('#/play/hard-seller?lang=nl');
      expect(await page.locator('.transcript').textContent()).toContain((said ?? '').slice(0, 40));
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('moves with Back and Forward between the screens, and a reload stays on each', async () => {
    const { page, problems } = await fresh();
    try {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).click();
      await expect.poll(() => heading(page)).toBe(en.selectTitle);
      expect(page.url()).toMatch(/#\/scenarios$/);
      await page.goBack();
      await expect.poll(() => heading(page)).toBe(en.appName);
      await page.goForward();
      await expect.poll(() => heading(page)).toBe(en.selectTitle);
      // Focus is on the new screen's heading after a move through history.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await page.reload();
      await expect.poll(() => heading(page)).toBe(en.selectTitle);

      await page.goto(`${baseUrl}#/progress`);
      await expect.poll(() => heading(page)).toBe(en.progress.progressTitle);
      await page.reload();
      await expect.poll(() => heading(page)).toBe(en.progress.progressTitle);
      await page.goBack();
      await expect.poll(() => heading(page)).toBe(en.selectTitle);

      await page.goto(`${baseUrl}#/workshop`);
      await expect
        .poll(() => page.locator('.screen-workshop').count(), { timeout: 20_000 })
        .toBe(1);
      await page.goto(`${baseUrl}#/join/ABC-DEF`);
      await expect.poll(() => page.locator('.screen-join').count(), { timeout: 20_000 }).toBe(1);
      await page.goBack();
      await expect
        .poll(() => page.locator('.screen-workshop').count(), { timeout: 20_000 })
        .toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('asks before Back leaves a conversation: Stay stays, End it goes where Back was going', async () => {
    const { page, problems } = await fresh();
    try {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).click();
      await page.locator('button[data-scenario="hard-seller"]').click();
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      await page.goBack();
      await expect.poll(() => page.locator('dialog.leave-dialog[open]').count()).toBe(1);
      // The dialog holds the address: the step back is undone (history.go runs asynchronously).
      await expect.poll(() => page.url()).toContain('#/play/hard-seller?lang=en');
      await page.locator('button.leave-stay').click();
      await expect.poll(() => page.locator('dialog.leave-dialog[open]').count()).toBe(0);
      expect(await page.locator('.screen-conversation').count()).toBe(1);
      await page.goBack();
      await expect.poll(() => page.locator('dialog.leave-dialog[open]').count()).toBe(1);
      await page.locator('button.leave-end').click();
      await expect.poll(() => heading(page)).toBe(en.selectTitle);
      expect(page.url()).toMatch(/#\/scenarios$/);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('shows the debrief again after a reload, and Back from it goes to the scenario list', async () => {
    const { page, problems } = await fresh();
    try {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).click();
      await page.locator('button[data-scenario="secretary-call"]').click();
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      expect(page.url()).toContain('#/play/secretary-call?lang=en');
      await playThrough(page);
      await page.locator('button.to-debrief').click();
      await expect.poll(() => heading(page)).toBe(en.debriefTitle);
      expect(page.url()).toContain('#/debrief/secretary-call?lang=en');
      const tips = await page.locator('.screen-debrief').textContent();
      await page.reload();
      await expect.poll(() => heading(page)).toBe(en.debriefTitle);
      expect(await page.locator('.screen-debrief').textContent()).toBe(tips);
      await page.goBack();
      await expect.poll(() => heading(page)).toBe(en.selectTitle);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('lands a link that leads nowhere on a page that says why, at every size', async () => {
    const { page, problems } = await fresh();
    try {
      const cases: [string, string][] = [
        ['#/play/no-such-scenario?lang=en', en.notFound.scenario],
        ['#/play/hard-seller?lang=fr', en.notFound.language],
        ['#/%3Cb%3Enope%3C/b%3E', en.notFound.address],
        ['#garbage', en.notFound.address],
        // Last: a link's language becomes the game's, so the page speaks Dutch from here on.
        ['#/debrief/hard-seller?lang=nl', nl.notFound.debrief],
      ];
      // The first link opens the page; the others are typed over it (the address bar's own way).
      for (const [hash, message] of cases) {
        await page.goto(`${baseUrl}${hash}`);
        await expect
          .poll(() => page.locator('.screen-not-found .message').textContent())
          .toBe(message);
        // The address is shown as text, never as markup.
        expect(await page.locator('.screen-not-found b').count()).toBe(0);
      }
      for (const [name, width, height] of [
        ['phone', 390, 844],
        ['laptop', 1366, 768],
        ['projector', 1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `${SCREENSHOTS}/not-found-${name}.png` });
      }
      // The way on: the Dutch debrief that is gone offers to play the scenario.
      await page.getByRole('button', { name: nl.notFoundPlay }).click();
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      expect(page.url()).toContain('#/play/hard-seller?lang=nl');
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
