/**
 * The conversation screen in real Chromium (issue 17): a press of Enter or Space meant for the text
 * never takes a choice; hover and keyboard focus look different; choices are taken only on purpose.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { launch, SCREENSHOTS, watch } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function open(
  scenario: string,
  viewport = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  const problems = watch(page, baseUrl);
  await page.goto(baseUrl);
  await page.getByRole('button', { name: en.start }).click();
  await page.locator(`button[data-scenario="${scenario}"]`).click();
  await page.waitForSelector('.screen-conversation');
  return { context, page, problems };
}

/** How many choices the player has taken so far (each leaves an echo line in the transcript). */
const echoes = (page: Page) => page.locator('.transcript .line.echo').count();

describe('a key meant for the text', () => {
  it('Enter and Space, pressed steadily from Play until well after the choices appear, take no choice', async () => {
    const { context, page, problems } = await open('hard-seller');
    try {
      // A player tapping Enter and Space to move the text on, as in most story games: far longer
      // than the opening takes, so presses land before, during and after the choices' arrival.
      let sawChoices = false;
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press(i % 2 === 0 ? 'Enter' : 'Space');
        await page.waitForTimeout(40 + (i % 5) * 30);
        if (!sawChoices && (await page.locator('button.choice').count()) > 0) sawChoices = true;
      }
      // A key held down (auto-repeat) takes none either.
      await page.keyboard.down('Enter');
      for (let i = 0; i < 10; i++) await page.keyboard.press('Enter');
      await page.keyboard.up('Enter');

      expect(sawChoices).toBe(true);
      expect(await page.locator('button.choice:not([disabled])').count()).toBeGreaterThan(1);
      expect(await echoes(page)).toBe(0);
      // Focus is on the question, not on an option, and no option looks chosen.
      expect(await page.locator('.choices-area:focus').count()).toBe(1);
      expect(await page.locator('button.choice:focus').count()).toBe(0);
      // The hint now says how to choose.
      expect(await page.locator('.hint.nudge').isVisible()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/conversation-question-focus-laptop.png` });

      // Choosing on purpose still works: an arrow moves to the first option, Enter takes it.
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('button.choice:focus').count()).toBe(1);
      const first = (await page.locator('button.choice .text').first().textContent()) ?? '';
      await page.keyboard.press('Enter');
      await expect.poll(() => echoes(page)).toBe(1);
      expect(await page.locator('.transcript .line.echo .said').first().textContent()).toBe(first);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a number key takes its option; the screen reader user lands on the question with its hint', async () => {
    const { context, page, problems } = await open('hard-seller');
    try {
      await page.locator('.transcript').click();
      await page.waitForSelector('button.choice');
      const area = page.locator('.choices-area');
      expect(await area.getAttribute('role')).toBe('group');
      expect(await area.getAttribute('aria-labelledby')).toBe('choices-heading');
      expect(await page.locator('.choices-area:focus').count()).toBe(1);
      const second = (await page.locator('button.choice .text').nth(1).textContent()) ?? '';
      await page.keyboard.press('2');
      await expect.poll(() => echoes(page)).toBe(1);
      expect(await page.locator('.transcript .line.echo .said').first().textContent()).toBe(second);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('hover and keyboard focus look different, and no option looks chosen before either', async () => {
    const { context, page, problems } = await open('hard-seller');
    try {
      await page.locator('.transcript').click();
      await page.waitForSelector('button.choice');
      const look = (i: number) =>
        page
          .locator('button.choice')
          .nth(i)
          .evaluate((b) => {
            const s = getComputedStyle(b);
            return `${s.borderColor}|${s.backgroundColor}|${s.outlineStyle}`;
          });
      const plain = await look(0);
      expect(await look(1)).toBe(plain);
      expect(await look(2)).toBe(plain);
      // Focus the first by keyboard, rest the pointer on the second.
      await page.keyboard.press('ArrowDown');
      await page.locator('button.choice').nth(1).hover();
      const focused = await look(0);
      const hovered = await look(1);
      expect(focused).not.toBe(plain);
      expect(hovered).not.toBe(plain);
      expect(hovered).not.toBe(focused);
      expect(focused).toContain('solid');
      expect(hovered).not.toContain('solid');
      await page.screenshot({ path: `${SCREENSHOTS}/conversation-hover-focus-laptop.png` });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
