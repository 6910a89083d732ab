/**
 * the-referral in the shipped game, in real Chromium, opened by its deep link (`#/play/the-referral
 * ?lang=`): the path that asks Thomas about his work before vouching, introduces him with an honest
 * label, owns the failed recommendation of Niels at the party, asks for nothing more of Karolien than
 * she offers, and names one electrician with his limits in the autumn, played by number keys in
 * English and in Dutch at phone and laptop size, to the debrief that names "Still the name she asks
 * for". At the moment Karolien brings up Niels, the stage draws Thomas and Karolien in the garden, and
 * not Niels, who is only ever heard on the phone. Screenshots of that moment and of the debrief go to
 * test-results/screenshots/referral-*.png, for people to look at.
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
 * The option (1-based) taken at each choice point: ask about his placements, walk him over with an
 * honest label, own the Niels recommendation, say what you know of Thomas and suggest one vacancy,
 * leave Niels a message without reproach, make a plan he can keep, tell Karolien the facts and your
 * own part, tell Thomas how she works, call her about the portal, and name one electrician with his
 * limits.
 */
const PATH = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1];
/** The choice point where Karolien tells you what Niels cost her (0-based). */
const NIELS = 2;

const LANGS = [
  {
    lang: 'en',
    locale: 'en-GB',
    t: en,
    ending: 'Still the name she asks for',
    own: 'Own it: you recommended him more warmly than you should have',
  },
  {
    lang: 'nl',
    locale: 'nl-BE',
    t: nl,
    ending: 'Nog altijd de naam die ze vraagt',
    own: 'Neem het op je: je hebt hem warmer aanbevolen dan je had mogen doen',
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

describe('the-referral: vouch only for what you know, and own the referral that went wrong', () => {
  for (const { lang, locale, t, ending, own } of LANGS) {
    for (const { name, viewport } of SIZES) {
      it(
        `plays to "${ending}" in ${lang} at ${name} size, from its deep link`,
        async () => {
          const { context, page, problems } = await openPage(browser, baseUrl, {
            viewport,
            locale,
            reducedMotion: true,
          });
          const shot = (what: string, fullPage = false) =>
            screenshot(page, `referral-${what}-${lang}-${name}`, fullPage);
          try {
            await openScenario(page, baseUrl, 'the-referral', lang);
            await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);

            const choices = await playToEnd(page, path(PATH), {
              advance: () => 'Space',
              atChoices: async (step) => {
                if (step !== NIELS) return;
                expect(await page.locator('button.choice').first().textContent()).toContain(own);
                await stageReady(page);
                // Thomas came over with you; Niels is only a name here, and later a voice on the phone.
                await expect
                  .poll(async () => Object.keys(await drawn(page)).sort())
                  .toEqual(['karolien', 'thomas']);
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
