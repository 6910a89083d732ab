/**
 * The conversation screen in real Chromium (issue 17): a press of Enter or Space meant for the text
 * never takes a choice; hover and keyboard focus look different; choices are taken only on purpose.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { launch, picturesOff, SCREENSHOTS, watch } from './browser.ts';

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

/**
 * The scenario, from the title screen. `pictures` false: dialogue only (the player's setting), for
 * the tests about the dialogue panel alone; the first test keeps the stage, as a player has it.
 */
async function open(
  scenario: string,
  viewport = { width: 1366, height: 768 },
  pictures = false,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  if (!pictures) await picturesOff(context);
  const page = await context.newPage();
  const problems = watch(page, baseUrl);
  await page.goto(baseUrl);
  await page.getByRole('button', { name: en.start }).click();
  await page.locator(`button[data-scenario="${scenario}"]`).click();
  await page.waitForSelector('.screen-conversation');
  return { context, page, problems };
}

/** Polls wait generously: a shared, loaded machine can take seconds to answer a key press. */
const SLOW = { timeout: 20_000 };

/** How many choices the player has taken so far (each leaves an echo line in the transcript). */
const echoes = (page: Page) => page.locator('.transcript .line.echo').count();

describe('a key meant for the text', () => {
  it('Enter and Space, pressed steadily from Play until well after the choices appear, take no choice', async () => {
    const { context, page, problems } = await open('hard-seller', undefined, true);
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
      await expect.poll(() => echoes(page), SLOW).toBe(1);
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
      await expect.poll(() => echoes(page), SLOW).toBe(1);
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
      // Hover and focus fade in (a short CSS transition): read the looks once nothing is moving.
      const settled = () =>
        page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== 'running'),
        );
      await settled();
      const plain = await look(0);
      expect(await look(1)).toBe(plain);
      expect(await look(2)).toBe(plain);
      // Focus the first by keyboard, rest the pointer on the second.
      await page.keyboard.press('ArrowDown');
      await page.locator('button.choice').nth(1).hover();
      await expect.poll(() => look(1), SLOW).not.toBe(plain);
      await settled();
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

/** Shows the rest of the reply (a click on the transcript) until choices or the end are up. */
async function toChoices(page: Page): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    if ((await page.locator('button.choice:not([disabled])').count()) > 0) return;
    if (await page.locator('button.to-debrief').isVisible()) return;
    await page.locator('.transcript').click();
    await page.waitForTimeout(80);
  }
  throw new Error('no choices appeared');
}

const lastLineText = async (page: Page) =>
  ((await page.locator('.transcript .line').last().textContent()) ?? '').trim();
const choiceTexts = (page: Page) => page.locator('button.choice .text').allTextContents();

describe('leaving and coming back', () => {
  it('Leave asks; kept for later, the conversation survives a reload and resumes on the same line', async () => {
    const { context, page, problems } = await open('hard-seller');
    try {
      for (const key of ['2', '1']) {
        await toChoices(page);
        await page.keyboard.press(key);
      }
      await toChoices(page);
      const line = await lastLineText(page);
      const offered = await choiceTexts(page);

      // Leave is at the other end of the header from the settings gear.
      const leaveBox = await page.locator('button.leave').boundingBox();
      const gearBox = await page.locator('.conv-tools button').first().boundingBox();
      expect(leaveBox && gearBox && gearBox.x - (leaveBox.x + leaveBox.width)).toBeGreaterThan(100);

      // Asked, and Escape stays.
      await page.locator('button.leave').click();
      await expect.poll(() => page.locator('dialog.leave-dialog[open]').count(), SLOW).toBe(1);
      expect(await page.locator('dialog.leave-dialog button:focus').textContent()).toBe(
        en.leaveStay,
      );
      await page.screenshot({ path: `${SCREENSHOTS}/leave-dialog-laptop.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog.leave-dialog[open]').count(), SLOW).toBe(0);
      expect(await choiceTexts(page)).toEqual(offered);

      // Kept for later: the title screen offers it, also after a reload.
      await page.locator('button.leave').click();
      await page.getByRole('button', { name: en.leaveKeep }).click();
      await expect.poll(() => page.locator('h1').first().textContent(), SLOW).toBe(en.appName);
      const cont = page.locator('button.continue');
      expect(await cont.textContent()).toContain('2 choices made');
      await page.waitForLoadState('networkidle');
      await page.reload();
      await expect.poll(() => page.locator('button.continue').count(), SLOW).toBe(1);
      await page.locator('button.continue').click();
      await page.waitForSelector('.screen-conversation');
      await toChoices(page);
      expect(await lastLineText(page)).toBe(line);
      expect(await choiceTexts(page)).toEqual(offered);
      expect(await echoes(page)).toBe(2);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('resizing and rotating', () => {
  /** The last line of the transcript is in its visible part, and every choice is on screen. */
  async function inView(page: Page): Promise<{ lastLine: boolean; choices: boolean[] }> {
    return page.evaluate(() => {
      const transcript = document.querySelector('.transcript');
      const area = document.querySelector('.choices-area');
      const lines = document.querySelectorAll('.transcript .line');
      const last = lines[lines.length - 1];
      if (!transcript || !area || !last) return { lastLine: false, choices: [] };
      const t = transcript.getBoundingClientRect();
      const l = last.getBoundingClientRect();
      const a = area.getBoundingClientRect();
      const inside = (r: DOMRect, box: DOMRect) =>
        r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.bottom <= window.innerHeight + 1;
      return {
        lastLine: l.bottom <= t.bottom + 1 && l.bottom > t.top + 8,
        choices: [...document.querySelectorAll('button.choice')].map((b) =>
          inside(b.getBoundingClientRect(), a),
        ),
      };
    });
  }

  it('keeps the latest line and every choice in view when a phone turns sideways and back', async () => {
    const { context, page, problems } = await open('hard-seller', { width: 390, height: 844 });
    try {
      // A few exchanges, so the transcript is longer than its panel.
      for (const key of ['1', '2', '1']) {
        await toChoices(page);
        await page.keyboard.press(key);
      }
      await toChoices(page);
      const count = (await choiceTexts(page)).length;
      expect(count).toBeGreaterThan(1);
      const sizes = [
        { width: 844, height: 390 },
        { width: 390, height: 844 },
        { width: 1366, height: 768 },
        { width: 844, height: 390 },
      ];
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.waitForTimeout(600);
        const seen = await inView(page);
        expect(seen.lastLine, `last line at ${size.width}×${size.height}`).toBe(true);
        expect(seen.choices, `choices at ${size.width}×${size.height}`).toEqual(
          Array(count).fill(true),
        );
      }
      await page.screenshot({ path: `${SCREENSHOTS}/conversation-sideways-phone.png` });
      // Choosing still works after all that.
      await page.keyboard.press('1');
      await expect.poll(() => echoes(page), SLOW).toBe(4);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the conversation and the leave dialog at four sizes', () => {
  const SIZES = [
    { name: 'phone', width: 390, height: 844 },
    { name: 'phone-sideways', width: 844, height: 390 },
    { name: 'laptop', width: 1366, height: 768 },
    { name: 'projector', width: 1920, height: 1080 },
  ] as const;
  for (const size of SIZES) {
    it(`at ${size.name} size (${size.width}×${size.height}) the choices and every dialog button are on screen`, async () => {
      const { context, page, problems } = await open('hard-seller', size);
      try {
        await toChoices(page);
        const onScreen = (selector: string) =>
          page.locator(selector).evaluateAll((els) =>
            els.map((e) => {
              const r = e.getBoundingClientRect();
              return (
                r.width > 0 &&
                r.top >= -1 &&
                r.left >= -1 &&
                r.bottom <= window.innerHeight + 1 &&
                r.right <= window.innerWidth + 1
              );
            }),
          );
        const choices = await onScreen('button.choice');
        expect(choices.length).toBeGreaterThan(1);
        expect(choices.every(Boolean)).toBe(true);
        await page.screenshot({ path: `${SCREENSHOTS}/conversation-${size.name}.png` });
        await page.locator('button.leave').click();
        await expect.poll(() => page.locator('dialog.leave-dialog[open]').count(), SLOW).toBe(1);
        const buttons = await onScreen('dialog.leave-dialog button');
        expect(buttons).toEqual([true, true, true]);
        await page.screenshot({ path: `${SCREENSHOTS}/leave-dialog-${size.name}.png` });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
