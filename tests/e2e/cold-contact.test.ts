/**
 * the-cold-contact in the shipped game, in real Chromium, opened by its shared address
 * (`#/play/the-cold-contact?lang=…`): the path that turns down the reactivation template, tells Ingrid
 * you'll ask Marleen first, writes a short mail the same day that names the eight months in one owned
 * line and offers the introduction (nothing else, a coffee after the holidays), makes the introduction
 * the night she says yes, tells Bart the truth, and in January answers her own question about your
 * services plainly. Played by number keys in English and in Dutch at phone and laptop size, to the
 * debrief that names "A thread picked up". At her question, the stage draws Marleen alone in her
 * tearoom: Bart, Katrien and Ingrid have left, and the reactivation campaign was only ever a message.
 * Screenshots of that moment and of the debrief go to test-results/screenshots/cold-contact-*.png.
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
 * The option (1-based) taken at each choice point: go through the list yourself, promise Ingrid to
 * ask first, a short mail today, own the eight months in one line, offer the introduction, nothing
 * more, a coffee after the holidays, the introduction the same night, the truth to Bart, and a plain
 * answer when she asks what you do.
 */
const PATH = [3, 1, 1, 1, 1, 1, 2, 1, 4, 1];
/** The choice point where she asks about your services herself (0-based). */
const ASKED = 9;

const LANGS = [
  {
    lang: 'en',
    locale: 'en-GB',
    t: en,
    title: 'The cold contact revived',
    ending: 'A thread picked up',
    asked: 'Answer plainly: what you do',
  },
  {
    lang: 'nl',
    locale: 'nl-BE',
    t: nl,
    title: 'Het koude contact, opnieuw warm',
    ending: 'De draad weer opgepikt',
    asked: 'Antwoord gewoon: wat je doet',
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

describe('the-cold-contact: back in touch after eight months, without pretending or a pitch', () => {
  for (const { lang, locale, t, title, ending, asked } of LANGS) {
    for (const { name, viewport } of SIZES) {
      it(
        `plays to "${ending}" in ${lang} at ${name} size, from its shared address`,
        async () => {
          const { context, page, problems } = await openPage(browser, baseUrl, {
            viewport,
            locale,
            reducedMotion: true,
          });
          const shot = (what: string, fullPage = false) =>
            screenshot(page, `cold-contact-${what}-${lang}-${name}`, fullPage);
          try {
            await openScenario(page, baseUrl, 'the-cold-contact', lang);
            await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
            await expect.poll(() => page.locator('h1').first().textContent()).toBe(title);

            const choices = await playToEnd(page, path(PATH), {
              advance: () => 'Space',
              atChoices: async (step) => {
                if (step !== ASKED) return;
                expect(await page.locator('button.choice').first().textContent()).toContain(asked);
                await stageReady(page);
                // Only Marleen is in her tearoom: everyone else has left or only ever wrote.
                await expect
                  .poll(async () => Object.keys(await drawn(page)).sort())
                  .toEqual(['marleen']);
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
