/**
 * One written path through a scenario, played in the shipped game from its shared address in each
 * language at phone and laptop size, to the ending the path should reach. The scenario e2e files
 * (booth, own-ask, referral, cold-contact) differ only in what they check; this is the rest.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/** Per test: a full play at one size, generous for a loaded machine. */
const BUDGET = 240_000;

const SIZES = [
  { name: 'phone', viewport: PHONE },
  { name: 'laptop', viewport: LAPTOP },
] as const;

export interface PlaythroughLanguage {
  readonly lang: 'en' | 'nl';
  /** The ending's title the path reaches, as the debrief shows it. */
  readonly ending: string;
  /** Words of the first option at the checked choice point. */
  readonly offer: string;
  /** The conversation's heading, when the test checks it. */
  readonly title?: string;
}

export interface Playthrough {
  /** The scenario's id, as in `#/play/<id>`. */
  readonly id: string;
  /** Screenshots are `<shots>-conversation|debrief-<lang>-<size>.png`. */
  readonly shots: string;
  /** What the path teaches: the describe block's name. */
  readonly teaches: string;
  /** The option (1-based, as the number keys) taken at each choice point. */
  readonly path: readonly number[];
  /** The choice point (0-based) checked and photographed with the stage drawn. */
  readonly at: number;
  /** Who the stage draws at that point, when the test checks it (sorted ids). */
  readonly cast?: readonly string[];
  readonly langs: readonly PlaythroughLanguage[];
  /** Further checks on the debrief, after its ending. */
  readonly debrief?: (page: Page, lang: PlaythroughLanguage) => Promise<void>;
}

const LOCALES = { en: 'en-GB', nl: 'nl-BE' } as const;
const DICTIONARIES = { en, nl } as const;

/** Defines the file's tests: one per language and size, each a whole play to the debrief. */
export function describePlaythrough(spec: Playthrough): void {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe(`${spec.id}: ${spec.teaches}`, () => {
    for (const language of spec.langs) {
      const { lang, ending, offer, title } = language;
      for (const { name, viewport } of SIZES) {
        it(
          `plays to "${ending}" in ${lang} at ${name} size, from its shared address`,
          async () => {
            // The people on stage are the same in every language: the first language's plays
            // check who is drawn; the others play as dialogue only (the player's setting), which
            // spares them the stage's CPU.
            const pictures = lang === spec.langs[0]?.lang;
            const { context, page, problems } = await openPage(browser, baseUrl, {
              viewport,
              locale: LOCALES[lang],
              reducedMotion: true,
              pictures,
            });
            const shot = (what: string, fullPage = false) =>
              screenshot(page, `${spec.shots}-${what}-${lang}-${name}`, fullPage);
            try {
              await openScenario(page, baseUrl, spec.id, lang);
              await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
              if (title !== undefined)
                await expect.poll(() => page.locator('h1').first().textContent()).toBe(title);

              const choices = await playToEnd(page, path(spec.path), {
                advance: () => 'Space',
                atChoices: async (step) => {
                  if (step !== spec.at) return;
                  expect(await page.locator('button.choice').first().textContent()).toContain(
                    offer,
                  );
                  if (pictures) {
                    // The stage's pictures have loaded and the entrance has finished, so the shot
                    // shows the people a player sees.
                    await stageReady(page);
                    if (spec.cast !== undefined)
                      await expect
                        .poll(async () => Object.keys(await drawn(page)).sort(), {
                          timeout: 30_000,
                        })
                        .toEqual([...spec.cast]);
                    await page.waitForTimeout(900);
                  }
                  await shot('conversation');
                },
              });
              expect(choices).toBe(spec.path.length);

              await page.locator('button.to-debrief').click();
              await expect
                .poll(() => page.locator('h1').textContent())
                .toBe(DICTIONARIES[lang].debriefTitle);
              expect(await page.locator('.screen-debrief .ending').textContent()).toContain(ending);
              await spec.debrief?.(page, language);
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
}
