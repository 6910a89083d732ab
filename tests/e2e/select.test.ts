/**
 * The scenario select's first screenful in real Chromium (issue 17): on a laptop the first row's Play
 * buttons are on screen without scrolling, and on a laptop and a projector every row's buttons line up
 * on one line each. Screenshots go to test-results/screenshots/select-first-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, SCREENSHOTS, watch } from './browser.ts';

vi.setConfig({ testTimeout: 120_000 });

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const CASES = [
  { name: 'laptop-en', width: 1366, height: 768, locale: 'en-GB', t: en },
  { name: 'laptop-nl', width: 1366, height: 768, locale: 'nl-BE', t: nl },
  { name: 'projector-en', width: 1920, height: 1080, locale: 'en-GB', t: en },
  { name: 'phone-en', width: 390, height: 844, locale: 'en-GB', t: en },
] as const;

describe('the scenario select', () => {
  for (const c of CASES) {
    it(`at ${c.name} (${c.width}×${c.height}) shows the first Play button at once, and buttons line up`, async () => {
      const context = await browser.newContext({
        viewport: { width: c.width, height: c.height },
        locale: c.locale,
      });
      const page = await context.newPage();
      const problems = watch(page, baseUrl);
      try {
        await page.goto(baseUrl);
        await page.getByRole('button', { name: c.t.start }).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(c.t.selectTitle);
        await page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== 'running'),
        );
        const boxes = await page.locator('li.scenario button.primary').evaluateAll((els) =>
          els.map((e) => {
            const r = e.getBoundingClientRect();
            return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: r.height };
          }),
        );
        expect(boxes.length).toBeGreaterThan(1);
        // The first Play button is on the first screenful (a phone shows one card at a time).
        expect(boxes[0]?.bottom).toBeLessThanOrEqual(c.height);
        // One line each: every button is as tall as the first.
        for (const b of boxes) expect(b.height).toBe(boxes[0]?.height);
        // Buttons in one row of cards share their top.
        const cards = await page
          .locator('li.scenario')
          .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
        const rows = new Map<number, number[]>();
        cards.forEach((top, i) => rows.set(top, [...(rows.get(top) ?? []), boxes[i]?.top ?? -1]));
        for (const tops of rows.values()) expect(new Set(tops).size).toBe(1);
        // Each button still says which scenario it plays.
        const title = (await page.locator('li.scenario h2').first().textContent()) ?? '?';
        expect(await page.getByRole('button', { name: c.t.play(title), exact: true }).count()).toBe(
          1,
        );
        await page.screenshot({ path: `${SCREENSHOTS}/select-first-${c.name}.png` });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
