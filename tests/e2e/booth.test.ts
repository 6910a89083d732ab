/**
 * trade-fair-booth in the shipped game, in real Chromium: the path that answers a real buying signal
 * with a clear offer and keeps the promised quote, played by number keys in English and in Dutch at
 * phone and laptop size, to the debrief that names the ending it reached. Screenshots of the buying
 * question and of the debrief go to test-results/screenshots/booth-*.png, for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { rubricEn } from '../../src/i18n/rubric-en.ts';
import { rubricNl } from '../../src/i18n/rubric-nl.ts';
import { launch, LAPTOP, openPage, PHONE, SCREENSHOTS } from './browser.ts';

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
          const shot = async (what: string, fullPage = false) => {
            await page.waitForFunction(() =>
              document.getAnimations().every((a) => a.playState !== 'running'),
            );
            await page.screenshot({
              path: `${SCREENSHOTS}/booth-${what}-${lang}-${name}.png`,
              fullPage,
            });
          };
          try {
            await page.goto(baseUrl);
            await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
            await page.locator('button.start').click();
            await page.locator('button[data-scenario="trade-fair-booth"]').click();
            await page.waitForSelector('.screen-conversation');

            const choices = await playPath(page, async (step) => {
              if (step !== 3) return;
              // The buying question: the first option is the clear offer, and Tine is on stage.
              expect(await page.locator('button.choice').first().textContent()).toContain(offer);
              // The stage's pictures have loaded (the panel's progress bar is gone), and the
              // entrance has finished, so the shot shows the people a player sees.
              await page.waitForSelector('#stage canvas', { timeout: 20_000 });
              await expect
                .poll(() => page.locator('.pictures-progress:visible').count(), { timeout: 20_000 })
                .toBe(0);
              await page.waitForTimeout(900);
              await shot('conversation');
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
