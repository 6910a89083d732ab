/**
 * your-own-ask in the shipped game, in real Chromium: the path that helps Els first and then asks for
 * one small, named thing (an email to her bookkeeper), keeps the promise about the engineer the same
 * morning and tells her afterwards what her help led to, played by number keys in English and in
 * Dutch at phone and laptop size, to the debrief that names "A fair exchange". At the ask, the stage
 * draws Els and Hilde at the breakfast, and not Bart, whose only line was a message. Screenshots of
 * the ask and of the debrief go to test-results/screenshots/own-ask-*.png, for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  drawn,
  launch,
  LAPTOP,
  openPage,
  openScenario,
  path,
  PHONE,
  playToEnd,
  screenshot,
  stageReady,
} from './browser.ts';

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
          const shot = (what: string, fullPage = false) =>
            screenshot(page, `own-ask-${what}-${lang}-${name}`, fullPage);
          try {
            await openScenario(page, baseUrl, 'your-own-ask', lang);
            expect(await page.locator('html').getAttribute('lang')).toBe(lang);

            const choices = await playToEnd(page, path(PATH), {
              advance: () => 'Space',
              atChoices: async (step) => {
                if (step !== ASK) return;
                expect(await page.locator('button.choice').first().textContent()).toContain(ask);
                await stageReady(page);
                // Els and Hilde are at the breakfast; Bart only ever sent a message.
                await expect
                  .poll(async () => Object.keys(await drawn(page)).sort())
                  .toEqual(['els', 'hilde']);
                await page.waitForTimeout(900);
                await shot('conversation');
              },
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
