/**
 * Optional time pressure (issue 15) in the shipped game, in real Chromium. hard-seller-swap's first
 * choice point has a `timeout` choice ("Let him finish"), so it is timed once the player turns time
 * pressure on for the scenario, in the conversation's settings (⚙).
 *
 * On a phone, in English, with the page's clock under the test's control (Playwright's page.clock,
 * fast-forwarded instead of waited for): with the setting off nothing is timed, however long the
 * choices wait; turned on (brisk, 15 s) the countdown starts there, says so once, "More time" (M)
 * extends it, and when it runs out the story's timeout choice is taken and the debrief says so.
 * On a laptop, in Dutch, at full motion and on the real clock: the countdown does not start before
 * the lines are out and the choices on screen; a choice made in time is named as made against the
 * clock. Screenshots: test-results/screenshots/time-pressure-*.png.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { first, launch, openPage, PHONE, playToEnd, SCREENSHOTS } from './browser.ts';

const BUDGET = 480_000;
const LAPTOP_1280 = { width: 1280, height: 800 } as const;
/** Polls wait generously: a shared, loaded machine can take seconds to answer. */
const SLOW = { timeout: 20_000 };

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const echoes = (page: Page) => page.locator('.transcript .line.echo').count();
const clockText = (page: Page) => page.locator('.countdown-text').textContent();
const says = (page: Page) => page.locator('.countdown-says').textContent();

/** Opens the settings over the conversation, picks a time pressure by its label, and closes them. */
async function setPressure(page: Page, label: string, done: string): Promise<void> {
  await page.locator('button.settings-open').click();
  await page.locator('dialog.settings-dialog').getByRole('radio', { name: label }).check();
  await page.locator('dialog.settings-dialog').getByRole('button', { name: done }).click();
  await expect.poll(() => page.locator('dialog.settings-dialog[open]').count(), SLOW).toBe(0);
}

describe('time pressure on a timed choice point', () => {
  it(
    'phone, English: off waits for ever; on, it counts down, "More time" extends, and when time runs out the story chooses and the debrief says so',
    async () => {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        pictures: false,
        viewport: PHONE,
        reducedMotion: true,
      });
      try {
        await page.clock.install();
        await page.goto(`${baseUrl}#/play/hard-seller-swap`);
        await page.waitForSelector('button.choice');
        const timeoutText = (await page.locator('button.choice .text').first().textContent()) ?? '';
        expect(timeoutText).toContain('Let him finish');

        // Off (the default): the choices wait, whatever the clock says.
        await page.clock.fastForward(120_000);
        expect(await echoes(page)).toBe(0);
        expect(await page.locator('.countdown').isVisible()).toBe(false);

        // Turned on for this scenario while its timed point is on offer: the clock starts here.
        await setPressure(page, en.timePressureBrisk(15), en.settingsDone);
        await expect.poll(() => page.locator('.countdown').isVisible(), SLOW).toBe(true);
        expect(await clockText(page)).toBe(en.countdownLeft(15));
        expect(await says(page)).toBe(en.countdownStart(15, timeoutText));
        expect(await page.locator('button.choice').first().textContent()).toContain(en.timeoutMark);

        await page.clock.fastForward(10_000);
        await expect.poll(() => clockText(page), SLOW).toBe(en.countdownLeft(5));
        expect(await says(page)).toBe(en.countdownSoon(5));
        // More time, by its key: a whole period more, said once.
        await page.keyboard.press('m');
        await expect.poll(() => clockText(page), SLOW).toBe(en.countdownLeft(20));
        expect(await says(page)).toBe(en.countdownMore(20));
        expect(await echoes(page)).toBe(0);
        await page.screenshot({ path: `${SCREENSHOTS}/time-pressure-countdown-phone.png` });
        // The countdown on screen meets the bar every screen meets (a11y.test.ts): no axe violation.
        const axe = await new AxeBuilder({ page }).analyze();
        expect(
          axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
        ).toEqual([]);

        // Time runs out: the story's timeout choice is taken, and the transcript says why.
        await page.clock.fastForward(20_500);
        await expect.poll(() => echoes(page), SLOW).toBe(1);
        expect(await page.locator('.transcript .line.echo .said').first().textContent()).toBe(
          timeoutText,
        );
        expect(await page.locator('.transcript .time-ran-out').textContent()).toBe(en.timeRanOut);
        expect(await page.locator('.countdown').isVisible()).toBe(false);

        // The rest of the play (no other timed point in this story) to the debrief.
        await page.clock.resume();
        await playToEnd(page, first);
        await page.locator('button.to-debrief').click();
        await page.waitForSelector('.screen-debrief');
        expect(await page.locator('.pressure-summary').textContent()).toContain(
          en.pressureSummary(1, 1),
        );
        await page.locator('details.all-moments > summary').click();
        const ranOut = page.locator('.moment .pressure.ran-out');
        expect(await ranOut.count()).toBe(1);
        expect(await ranOut.textContent()).toContain(en.momentRanOut);
        await page.locator('.glance').screenshot({
          path: `${SCREENSHOTS}/time-pressure-debrief-phone.png`,
        });
        await ranOut.locator('xpath=ancestor::li[1]').screenshot({
          path: `${SCREENSHOTS}/time-pressure-moment-phone.png`,
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BUDGET,
  );

  it(
    'laptop, Dutch, full motion: the clock waits for the lines and the choices; a choice in time is named as made against the clock',
    async () => {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        pictures: false,
        viewport: LAPTOP_1280,
        locale: 'nl-BE',
      });
      try {
        await page.goto(`${baseUrl}#/play/hard-seller-swap?lang=nl`);
        await page.waitForSelector('.screen-conversation');
        // Set while the opening lines still arrive: nothing counts down yet.
        await setPressure(page, nl.timePressureRelaxed(30), nl.settingsDone);
        const early = await page.evaluate(() => ({
          revealing: document.querySelector('.screen-conversation.revealing') !== null,
          clock: !(document.querySelector<HTMLElement>('.countdown')?.hidden ?? true),
        }));
        if (early.revealing) expect(early.clock).toBe(false);
        await page.waitForSelector('button.choice', { timeout: 60_000 });
        await expect.poll(() => page.locator('.countdown').isVisible(), SLOW).toBe(true);
        // Every line was out before it started.
        expect(await page.locator('.screen-conversation.revealing').count()).toBe(0);
        expect(await page.locator('.transcript [aria-hidden="true"].line').count()).toBe(0);
        expect(await says(page)).toContain('Keuze tegen de klok: 30 seconden');
        await page.screenshot({ path: `${SCREENSHOTS}/time-pressure-countdown-laptop-nl.png` });

        // Chosen in time, by its number key.
        await page.keyboard.press('2');
        await expect.poll(() => echoes(page), SLOW).toBe(1);
        expect(await page.locator('.transcript .time-ran-out').count()).toBe(0);
        await playToEnd(page, first);
        await page.locator('button.to-debrief').click();
        await page.waitForSelector('.screen-debrief');
        expect(await page.locator('.pressure-summary').textContent()).toContain(
          nl.pressureSummary(1, 0),
        );
        await page.locator('details.all-moments > summary').click();
        expect(await page.locator('.moment .pressure.timed').textContent()).toContain(
          nl.momentTimed,
        );
        await page.locator('.glance').screenshot({
          path: `${SCREENSHOTS}/time-pressure-debrief-laptop-nl.png`,
        });
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BUDGET,
  );
});
