/**
 * The curriculum in real Chromium, in Dutch: the language is switched on the title screen by keyboard,
 * a scenario is played to its debrief by keyboard, and the debrief speaks Dutch (headings and tip names
 * from the nl dictionary, html lang="nl"). The scenario select is checked in the suggested order at
 * phone, laptop and projector sizes, with screenshots to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CURRICULUM } from '../../src/game/curriculum.ts';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { focusedText, launch, openPage, playToEnd, reopen, SCREENSHOTS, tabTo } from './browser.ts';

const TIPS = [1, 2, 3, 4, 5] as const;

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the focused element reads `text`, as a keyboard user would. */
async function tabToText(page: Page, text: string, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)).trim() === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Switches the title screen to Dutch with the keyboard: Tab into the picker, arrow to Nederlands. */
async function switchToDutch(page: Page): Promise<void> {
  await tabTo(page, 'input[name="lang"]');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
  await expect.poll(() => page.locator('input[value="nl"]:focus').count()).toBe(1);
}

/** Plays to the end with number keys, varying the option so a run is not always the first one. */
const playVaried = (page: Page) =>
  playToEnd(page, (step, count) => (step * 2) % count, { advance: () => 'Space' });

describe('the curriculum in Dutch', () => {
  it('switches to Dutch by keyboard, plays the-introduction to a Dutch debrief, and remembers the language', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: { width: 1366, height: 768 },
      // Lines appear at once: this test is about the language, play.test.ts covers the reveal.
      reducedMotion: true,
    });
    try {
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.appName);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      await switchToDutch(page);
      expect(await page.locator('main').textContent()).toContain(nl.start);

      await tabToText(page, nl.start);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('h1').textContent()).toBe(nl.selectTitle);
      // The cards come in the suggested order, with Dutch labels.
      const order = await page
        .locator('li.scenario article button')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-scenario')));
      expect(order).toEqual(CURRICULUM.map((s) => s.id));
      const intro = page.locator('li.scenario', {
        has: page.locator('button[data-scenario="the-introduction"]'),
      });
      expect(await intro.locator('.step').textContent()).toBe(nl.stepLabel(6, 12));
      expect(await intro.locator('.main-tip .tip-chip').textContent()).toContain(nl.tips[3].name);
      const title = (await intro.locator('h2').textContent()) ?? '';

      await tabTo(page, 'button[data-scenario="the-introduction"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.screen-conversation');
      const choices = await playVaried(page);
      expect(choices).toBeGreaterThanOrEqual(8);
      await expect.poll(() => page.locator('button.to-debrief:focus').count()).toBe(1);
      expect(await focusedText(page)).toBe(nl.toDebrief);
      await page.keyboard.press('Enter');

      await expect.poll(() => page.locator('h1').textContent()).toBe(nl.debriefTitle);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.locator('.screen-debrief .intro').textContent()).toBe(
        nl.debriefIntro(title),
      );
      const names = await page.locator('.tip .tip-name').allTextContents();
      expect(names).toHaveLength(5);
      for (const [i, tip] of TIPS.entries()) expect(names[i]).toContain(nl.tips[tip].name);
      expect(await page.locator('#moments-heading').textContent()).toBe(nl.momentsTitle);
      expect(await page.locator('.moment').count()).toBeGreaterThan(0);
      expect(await page.locator('.moment .verdict').first().textContent()).toMatch(
        new RegExp(Object.values(nl.verdicts).join('|')),
      );
      // Nothing English slipped through: no English tip name or heading anywhere on the page.
      const all = (await page.locator('main').textContent()) ?? '';
      for (const tip of TIPS) expect(all).not.toContain(en.tips[tip].name);
      for (const word of [en.debriefTitle, en.momentsTitle, en.replay, en.otherScenario])
        expect(all).not.toContain(word);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SCREENSHOTS}/debrief-nl-laptop.png`, fullPage: true });

      // The choice of language is remembered when the game is opened again, against the browser's
      // English.
      await reopen(page);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.locator('main').textContent()).toContain(nl.start);

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe('the scenario select', () => {
  const VIEWPORTS = [
    { name: 'phone', width: 390, height: 844 },
    { name: 'laptop', width: 1366, height: 768 },
    { name: 'projector', width: 1920, height: 1080 },
  ] as const;

  for (const vp of VIEWPORTS) {
    it(`shows the suggested order without sideways scrolling at ${vp.name} size (${vp.width}×${vp.height})`, async () => {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        pictures: false,
        viewport: { width: vp.width, height: vp.height },
        locale: 'nl-BE',
      });
      try {
        await page.goto(baseUrl);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
        await page.getByRole('button', { name: nl.start }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(nl.selectTitle);
        const cards = page.locator('ol.scenario-list > li.scenario');
        expect(await cards.count()).toBe(CURRICULUM.length);
        for (let i = 0; i < CURRICULUM.length; i++) {
          const card = cards.nth(i);
          expect(await card.locator('h2').count()).toBe(1);
          // One button per scenario; a card that holds a swap has the swap's own button under it.
          expect(await card.locator('article button').count()).toBe(1);
          expect(await card.locator('.main-tip .tip-chip').count()).toBe(1);
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${SCREENSHOTS}/select-nl-${vp.name}.png`, fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
