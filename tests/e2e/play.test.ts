/**
 * The shipped game in real Chromium: `hard-seller` from the title screen to the debrief by keyboard
 * alone (Tab, arrow keys, number keys, Enter, Space), at phone, laptop and projector sizes, with
 * screenshots of each screen for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { rubricEn } from '../../src/i18n/rubric-en.ts';
import { launch, SCREENSHOTS, tabTo, watch } from './browser.ts';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;

const TIP_NAMES = [1, 2, 3, 4, 5].map((t) => en.tips[t as 1 | 2 | 3 | 4 | 5].name);

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Plays to the end by keyboard. Choices vary with the step (so a run is not always the first
 * option), sometimes by number key and sometimes by arrows and Enter; any key skips a reveal.
 */
async function playToEnd(page: Page, shot: (name: string) => Promise<void>): Promise<number> {
  let choices = 0;
  for (let guard = 0; guard < 400; guard++) {
    if (await page.locator('button.to-debrief').isVisible()) return choices;
    const buttons = page.locator('button.choice:not([disabled])');
    const count = await buttons.count();
    if (count === 0) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(60);
      continue;
    }
    if (choices === 1) await shot('conversation');
    const pick = (choices * 2 + 1) % count;
    if (choices % 3 === 2) {
      // Focus starts on the question (issue 17: Enter meant for the text must not choose); the
      // first arrow moves to the first option, more arrows move on, Enter presses the focused one.
      await expect.poll(() => page.locator('.choices-area:focus').count()).toBe(1);
      for (let i = 0; i <= pick; i++) await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('button.choice:focus').count()).toBe(1);
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press(String(pick + 1));
    }
    choices++;
    await page.waitForTimeout(60);
  }
  throw new Error('the scenario never reached its end');
}

describe('hard-seller, by keyboard alone', () => {
  for (const vp of VIEWPORTS) {
    it(`plays from the title screen to the debrief at ${vp.name} size (${vp.width}×${vp.height})`, async () => {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
        locale: 'en-GB',
      });
      const page = await context.newPage();
      const problems = watch(page, baseUrl);
      const shot = (name: string) =>
        page.screenshot({ path: `${SCREENSHOTS}/${name}-${vp.name}.png` }).then(() => undefined);
      try {
        await page.goto(baseUrl);
        await expect.poll(() => page.locator('h1').textContent()).toBe(en.appName);
        // Give the canvas its moment to load behind the title, so the screenshot shows it.
        await page.waitForSelector('#stage canvas', { timeout: 15_000 });
        await page.waitForTimeout(400);
        await shot('title');

        await tabTo(page, 'button.primary');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('h1').textContent()).toBe(en.selectTitle);

        await tabTo(page, 'button[data-scenario="hard-seller"]');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.screen-conversation');

        const choices = await playToEnd(page, shot);
        expect(choices).toBeGreaterThanOrEqual(8);
        await expect.poll(() => page.locator('button.to-debrief:focus').count()).toBe(1);
        await page.keyboard.press('Enter');

        await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
        const tips = page.locator('.tip');
        expect(await tips.count()).toBe(5);
        for (let i = 0; i < 5; i++) {
          const tip = tips.nth(i);
          expect(await tip.locator('.tip-name').textContent()).toContain(TIP_NAMES[i]);
          expect(await tip.locator('.tip-score strong').textContent()).toMatch(/^[+-]?\d+$/);
        }
        expect(await page.locator('.moment').count()).toBeGreaterThan(0);
        // The rubric explains the debrief: every key moment names the act of the choice taken and
        // its rubric line, and each person's trust is drawn as a small line with its stage.
        const moments = await page.locator('.moment').count();
        const notes = page.locator('.moment .option.chosen .rubric-note');
        expect(await notes.count()).toBe(moments);
        const act = (await notes.first().getAttribute('data-act')) ?? '';
        expect(await notes.first().locator('strong').textContent()).toBe(rubricEn.acts[act]?.name);
        expect(await page.locator('#trust-heading').textContent()).toBe(rubricEn.trustTitle);
        const people = page.locator('.trust-person');
        expect(await people.count()).toBeGreaterThan(0);
        expect(await people.locator('svg.trust-spark').count()).toBe(await people.count());
        const stages = Object.values(rubricEn.stages);
        expect(stages).toContain(await people.first().locator('.trust-stage').textContent());
        await page.waitForTimeout(300);
        await shot('debrief');
        await page.screenshot({
          path: `${SCREENSHOTS}/debrief-full-${vp.name}.png`,
          fullPage: true,
        });

        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('secretary-call, by mouse alone', () => {
  it('plays from the title screen to the debrief with clicks (laptop size)', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watch(page, baseUrl);
    try {
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).click();
      await page.locator('button[data-scenario="secretary-call"]').click();
      await page.waitForSelector('.screen-conversation');
      let choices = 0;
      for (let guard = 0; guard < 400; guard++) {
        if (await page.locator('button.to-debrief').isVisible()) break;
        const buttons = page.locator('button.choice:not([disabled])');
        const count = await buttons.count();
        if (count === 0) {
          // A click on the transcript shows the rest of the reply at once.
          await page.locator('.transcript').click();
          await page.waitForTimeout(60);
          continue;
        }
        await buttons.nth(choices % count).click();
        choices++;
        await page.waitForTimeout(60);
      }
      expect(choices).toBeGreaterThanOrEqual(8);
      await page.locator('button.to-debrief').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
      expect(await page.locator('.tip .tip-score strong').allTextContents()).toHaveLength(5);
      await page.getByRole('button', { name: en.otherScenario }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.selectTitle);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
