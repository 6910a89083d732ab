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
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, LAPTOP, openPage, PHONE, SCREENSHOTS } from './browser.ts';

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
          const shot = async (what: string, fullPage = false) => {
            await page.waitForFunction(() =>
              document.getAnimations().every((a) => a.playState !== 'running'),
            );
            await page.screenshot({
              path: `${SCREENSHOTS}/referral-${what}-${lang}-${name}.png`,
              fullPage,
            });
          };
          try {
            await page.goto(`${baseUrl}#/play/the-referral?lang=${lang}`);
            await page.waitForSelector('.screen-conversation');
            await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);

            const choices = await playPath(page, async (step) => {
              if (step !== NIELS) return;
              expect(await page.locator('button.choice').first().textContent()).toContain(own);
              await page.waitForSelector('#stage canvas', { timeout: 20_000 });
              await expect
                .poll(() => page.locator('.pictures-progress:visible').count(), { timeout: 20_000 })
                .toBe(0);
              // Thomas came over with you; Niels is only a name here, and later a voice on the phone.
              await expect
                .poll(async () => Object.keys(await drawn(page)).sort())
                .toEqual(['karolien', 'thomas']);
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
