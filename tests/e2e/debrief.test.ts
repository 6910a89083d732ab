/**
 * The debrief in real Chromium (issue 17): it leads with what reads at a glance (ending, main lesson
 * as a share of what the scenario allowed, the moments to practise), "replay from here" starts a new
 * attempt at that very choice, a finished attempt's debrief can be reopened after a reload from
 * Progress with the same scores and moments, and printing gives a one-page handout. Screenshots at
 * phone, laptop and projector size go to test-results/screenshots/debrief-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import {
  chooseScenario,
  last,
  launch,
  picturesOff,
  playToEnd,
  SCREENSHOTS,
  watch,
} from './browser.ts';

// Whole plays under software WebGL on a shared machine: an explicit, generous budget per test.
vi.setConfig({ testTimeout: 480_000 });

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const SLOW = { timeout: 20_000 };

/**
 * The game at its title. Lines appear at once (reduced motion: the reveal is play.test.ts's); the
 * debrief is looked at once its own animations are over, so it is the same either way. `pictures`
 * false: dialogue only (the player's setting), for tests about the debrief's content.
 */
async function open(
  viewport: { width: number; height: number },
  pictures = true,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB', reducedMotion: 'reduce' });
  if (!pictures) await picturesOff(context);
  const page = await context.newPage();
  const problems = watch(page, baseUrl);
  await page.goto(baseUrl);
  return { context, page, problems };
}

async function toDebrief(page: Page): Promise<void> {
  await page.locator('button.to-debrief').click();
  await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(en.debriefTitle);
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

const scores = (page: Page) => page.locator('.tip .tip-score strong').allTextContents();
const shares = (page: Page) => page.locator('.tip .tip-share').allTextContents();

describe('the debrief at a glance', () => {
  it('leads with the ending, the main lesson as a share and the moments to practise; replay from here', async () => {
    const { context, page, problems } = await open({ width: 1366, height: 768 }, false);
    try {
      await chooseScenario(page, 'hard-seller');
      const made = await playToEnd(page, last);
      await toDebrief(page);

      // The glance comes first, and its main lesson is on the first screenful.
      const top = await page.locator('.main-lesson').boundingBox();
      expect(top && top.y + top.height).toBeLessThan(768);
      expect(await page.locator('.main-lesson .main-share').textContent()).toMatch(
        /\d+% of what this scenario allowed/,
      );
      // Every scored tip is a share; the raw score and range stay beside it.
      expect((await shares(page)).every((s) => /%/.test(s))).toBe(true);
      expect((await scores(page)).every((s) => /^[+-]?\d+$/.test(s))).toBe(true);
      // Each mark on the chart is explained.
      expect(await page.locator('.chart-keys li').count()).toBeGreaterThanOrEqual(3);

      const practice = page.locator('.practice');
      const count = await practice.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(3);
      // The full list is below, folded.
      expect(await page.locator('.all-moments .moment').count()).toBeGreaterThanOrEqual(count);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`debrief height at 1366×768: ${height} px`);
      await page.screenshot({ path: `${SCREENSHOTS}/debrief-glance-laptop.png` });
      await page.screenshot({ path: `${SCREENSHOTS}/debrief-full-laptop.png`, fullPage: true });

      // Replay from here: a new attempt that stands at that very choice, the earlier ones replayed.
      const button = practice.first().locator('button.replay-from');
      const position = Number(await button.getAttribute('data-position'));
      const chosen =
        (await practice.first().locator('.practice-chose span').last().textContent()) ?? '';
      expect(position).toBeLessThan(made);
      await button.click();
      await page.waitForSelector('.screen-conversation');
      await expect
        .poll(() => page.locator('button.choice:not([disabled])').count(), SLOW)
        .toBeGreaterThan(1);
      expect(await page.locator('.transcript .line.echo').count()).toBe(position);
      expect(await page.locator('button.choice .text').allTextContents()).toContain(chosen);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('reopening an earlier debrief', () => {
  it('after a reload, from Progress: the same scores and moments; printing makes one page', async () => {
    const { context, page, problems } = await open({ width: 1366, height: 768 }, false);
    try {
      await chooseScenario(page, 'hard-seller');
      await playToEnd(page, (step, count) => (step * 2 + 1) % count);
      await toDebrief(page);
      const before = {
        scores: await scores(page),
        shares: await shares(page),
        moments: await page.locator('.all-moments .moment .option-text').allTextContents(),
        ending: await page.locator('.glance .ending').textContent(),
      };
      await page.waitForLoadState('networkidle');
      // A reload stays on the debrief's address and shows the same debrief (kept for the tab).
      await page.reload();
      await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(en.debriefTitle);
      expect(await scores(page)).toEqual(before.scores);
      // From the title screen (its address typed into the bar), Progress reopens it from the history.
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await page.locator('button.to-progress').click();
      await page.locator('button.open-debrief').first().click();
      await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe(en.debriefTitle);
      expect(await scores(page)).toEqual(before.scores);
      expect(await shares(page)).toEqual(before.shares);
      expect(await page.locator('.all-moments .moment .option-text').allTextContents()).toEqual(
        before.moments,
      );
      expect(await page.locator('.glance .ending').textContent()).toBe(before.ending);
      expect(await page.locator('.intro').first().textContent()).toContain('Played on');

      // The handout: one printed page, without the buttons.
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SCREENSHOTS}/debrief-print-laptop.png`, fullPage: true });
      expect(await page.locator('.screen-debrief .actions').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBe(1);
      await page.emulateMedia({ media: 'screen' });

      // Back goes to Progress.
      await page.getByRole('button', { name: `← ${en.back}` }).click();
      await expect
        .poll(() => page.locator('h1').textContent(), SLOW)
        .toBe(en.progress.progressTitle);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'projector', width: 1920, height: 1080 },
  ] as const) {
    it(`at ${size.name} size the glance comes first and the page stays short`, async () => {
      const { context, page, problems } = await open(size);
      try {
        await chooseScenario(page, 'secretary-call');
        await playToEnd(page, last);
        await toDebrief(page);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`debrief height at ${size.width}×${size.height}: ${height} px`);
        const glance = await page.locator('.glance').boundingBox();
        const tips = await page.locator('.tips').boundingBox();
        expect(glance && tips && glance.y < tips.y).toBe(true);
        await page.screenshot({ path: `${SCREENSHOTS}/debrief-glance-${size.name}.png` });
        await page.screenshot({
          path: `${SCREENSHOTS}/debrief-full-${size.name}.png`,
          fullPage: true,
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
