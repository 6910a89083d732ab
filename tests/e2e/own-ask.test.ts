/**
 * your-own-ask in the shipped game, in real Chromium: the path that helps Els first and then asks for
 * one small, named thing (an email to her bookkeeper), keeps the promise about the engineer the same
 * morning and tells her afterwards what her help led to, played by number keys in English and in
 * Dutch at phone and laptop size, to the debrief that names "A fair exchange". At the ask, the stage
 * draws Els and Hilde at the breakfast, and not Bart, whose only line was a message. Screenshots of
 * the ask and of the debrief go to test-results/screenshots/own-ask-*.png, for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, LAPTOP, openPage, PHONE, SCREENSHOTS } from './browser.ts';

/** Per test: a full play at each size, generous for a loaded machine. */
const BUDGET = 240_000;

/**
 * The option (1-based) taken at each choice point: one specific line on the card, let her go first,
 * ask what eats her Fridays, promise the engineer, say the real goal, ask for the bookkeeper, offer
 * three lines she can forward, the same table next month, the introduction written that morning, and
 * a note two weeks later on what her help led to.
 */
const PATH = [1, 1, 1, 1, 1, 1, 1, 3, 1, 1];
/** The choice point of the ask itself (0-based). */
const ASK = 5;

const LANGS = [
  {
    lang: 'en',
    locale: 'en-GB',
    t: en,
    ending: 'A fair exchange',
    ask: 'One email: an introduction to her bookkeeper',
  },
  {
    lang: 'nl',
    locale: 'nl-BE',
    t: nl,
    ending: 'Een eerlijke ruil',
    ask: 'Eén mail: een kennismaking met haar boekhouder',
  },
] as const;

const SIZES = [
  { name: 'phone', viewport: PHONE },
  { name: 'laptop', viewport: LAPTOP },
] as const;

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Who the stage draws, as id → mood. */
async function drawn(page: Page): Promise<Record<string, string>> {
  const value = (await page.locator('#stage').getAttribute('data-drawn')) ?? '';
  return Object.fromEntries(
    value
      .split(' ')
      .filter((p) => p !== '')
      .map((p) => p.split(':') as [string, string]),
  );
}

/** Plays PATH by number keys; calls `atChoices` before each choice. Returns the choices made. */
async function playPath(page: Page, atChoices: (step: number) => Promise<void>): Promise<number> {
  let step = 0;
  for (let guard = 0; guard < 500; guard++) {
    if (await page.locator('button.to-debrief').isVisible()) return step;
    const count = await page.locator('button.choice:not([disabled])').count();
    if (count === 0) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(50);
      continue;
    }
    const option = PATH[step];
    if (option === undefined) throw new Error(`more choice points than the path has (${step + 1})`);
    expect(option).toBeLessThanOrEqual(count);
    await atChoices(step);
    await page.keyboard.press(String(option));
    step++;
    await page.waitForTimeout(50);
  }
  throw new Error('the scenario never reached its end');
}

describe('your-own-ask: help first, then one small ask of your own', () => {
  for (const { lang, locale, t, ending, ask } of LANGS) {
    for (const { name, viewport } of SIZES) {
      it(
        `plays to "${ending}" in ${lang} at ${name} size`,
        async () => {
          const { context, page, problems } = await openPage(browser, baseUrl, {
            viewport,
            locale,
            reducedMotion: true,
          });
          const shot = async (what: string, fullPage = false) => {
            await page.waitForFunction(() =>
              document.getAnimations().every((a) => a.playState !== 'running'),
            );
            await page.screenshot({
              path: `${SCREENSHOTS}/own-ask-${what}-${lang}-${name}.png`,
              fullPage,
            });
          };
          try {
            await page.goto(baseUrl);
            await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
            await page.locator('button.start').click();
            await page.locator('button[data-scenario="your-own-ask"]').click();
            await page.waitForSelector('.screen-conversation');

            const choices = await playPath(page, async (step) => {
              if (step !== ASK) return;
              expect(await page.locator('button.choice').first().textContent()).toContain(ask);
              await page.waitForSelector('#stage canvas', { timeout: 20_000 });
              await expect
                .poll(() => page.locator('.pictures-progress:visible').count(), { timeout: 20_000 })
                .toBe(0);
              // Els and Hilde are at the breakfast; Bart only ever sent a message.
              await expect
                .poll(async () => Object.keys(await drawn(page)).sort())
                .toEqual(['els', 'hilde']);
              await page.waitForTimeout(900);
              await shot('conversation');
            });
            expect(choices).toBe(PATH.length);

            await page.locator('button.to-debrief').click();
            await expect.poll(() => page.locator('h1').textContent()).toBe(t.debriefTitle);
            expect(await page.locator('.screen-debrief .ending').textContent()).toContain(ending);
            await shot('debrief', true);
            expect(problems).toEqual([]);
          } finally {
            await context.close();
          }
        },
        BUDGET,
      );
    }
  }
});
