/**
 * trade-fair-booth in the shipped game, in real Chromium: the path that answers a real buying signal
 * with a clear offer and keeps the promised quote, played by number keys in English and in Dutch at
 * phone and laptop size, to the debrief that names the ending it reached. Screenshots of the buying
 * question and of the debrief go to test-results/screenshots/booth-*.png, for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { rubricEn } from '../../src/i18n/rubric-en.ts';
import { rubricNl } from '../../src/i18n/rubric-nl.ts';
import {
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
 * The option (1-based) taken at each choice point: ring the warehouse, a warm send-off for Freddy,
 * ask Tine what she needs, answer her price-and-date question plainly, promise the quote by eight,
 * ask Stefaan about his café, listen to him at the bar, send the quote on time, write to the people
 * you met yourself, and send Tine to Lavica for the rental you don't do.
 */
const PATH = [3, 3, 3, 1, 1, 2, 1, 1, 2, 1];

const LANGS = [
  {
    lang: 'en',
    locale: 'en-GB',
    t: en,
    rubric: rubricEn,
    ending: 'A straight answer',
    offer: 'Answer her plainly',
  },
  {
    lang: 'nl',
    locale: 'nl-BE',
    t: nl,
    rubric: rubricNl,
    ending: 'Een eerlijk antwoord',
    offer: 'Antwoord haar gewoon',
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

describe('trade-fair-booth: a buying signal answered with a clear offer', () => {
  for (const { lang, locale, t, rubric, ending, offer } of LANGS) {
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
            screenshot(page, `booth-${what}-${lang}-${name}`, fullPage);
          try {
            await openScenario(page, baseUrl, 'trade-fair-booth', lang);
            expect(await page.locator('html').getAttribute('lang')).toBe(lang);

            const choices = await playToEnd(page, path(PATH), {
              advance: () => 'Space',
              atChoices: async (step) => {
                if (step !== 3) return;
                // The buying question: the first option is the clear offer, and Tine is on stage.
                expect(await page.locator('button.choice').first().textContent()).toContain(offer);
                // The stage's pictures have loaded (the panel's progress bar is gone), and the
                // entrance has finished, so the shot shows the people a player sees.
                await stageReady(page);
                await page.waitForTimeout(900);
                await shot('conversation');
              },
            });
            expect(choices).toBe(PATH.length);

            await page.locator('button.to-debrief').click();
            await expect.poll(() => page.locator('h1').textContent()).toBe(t.debriefTitle);
            expect(await page.locator('.screen-debrief .ending').textContent()).toContain(ending);
            // The clear offer is a pitch that was asked for, and the debrief says so instead of
            // "never a tip gained".
            const asked = page
              .locator('.moment .option.chosen', { hasText: offer })
              .locator('.rubric-note');
            const words = rubric.modifiers['asked: yes'];
            expect(await asked.locator('strong').textContent()).toBe(
              `${rubric.acts.pitch?.name}, ${words?.qualifier}`,
            );
            expect(await asked.textContent()).toContain(words?.line);
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
