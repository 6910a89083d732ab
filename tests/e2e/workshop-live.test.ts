/**
 * A live workshop over the real room server (inside the preview server) and real WebSockets: one
 * projector at 1920×1080 and three phones at 390×844 play `hard-seller` to the room debrief. The
 * projector shows only how many voted until Reveal; a phone changes its vote; one phone joins in
 * Dutch and sees the options in Dutch; the phones see the room's debrief at the end.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, SCREENSHOTS, watch } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

async function open(
  width: number,
  height: number,
  locale = 'en-GB',
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height },
    reducedMotion: 'reduce',
    locale,
  });
  contexts.push(context);
  const page = await context.newPage();
  return { page, problems: watch(page, baseUrl) };
}

describe('live workshop room', () => {
  it(
    'plays hard-seller with a projector and three phones to the room debrief',
    { timeout: 900_000 },
    async () => {
      const w = en.workshop;
      const projector = await open(1920, 1080);
      const p = projector.page;
      await p.goto(baseUrl);
      await p.getByRole('button', { name: w.open }).click();
      await expect.poll(() => p.locator('.screen-workshop').count(), { timeout: 20_000 }).toBe(1);
      await p.locator('.screen-workshop select').selectOption('hard-seller');
      await p.getByRole('button', { name: w.openRoom }).click();
      await expect
        .poll(() => p.locator('.join-code .code').textContent(), { timeout: 20_000 })
        .toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
      const code = ((await p.locator('.join-code .code').textContent()) ?? '').replace('-', '');
      expect(p.url()).toContain(`#/workshop/${code}`);
      // The join link carries the code only, never the facilitator's token.
      const joinUrl = `${baseUrl.replace(/\/$/, '')}/#/join/${code}`;
      expect(await p.locator('.join-url').textContent()).toContain(`#/join/${code}`);

      const phones: Page[] = [];
      const problems = [projector.problems];
      for (const [i, locale] of ['en-GB', 'nl-BE', 'en-GB'].entries()) {
        const phone = await open(390, 844, locale);
        problems.push(phone.problems);
        await phone.page.goto(joinUrl);
        const t = locale === 'nl-BE' ? nl.workshop : w;
        await expect
          .poll(() => phone.page.locator('.screen-join').count(), { timeout: 20_000 })
          .toBe(1);
        if (i === 0) await phone.page.getByLabel(t.nicknameLabel).fill('<b>Ann</b>');
        await phone.page.getByRole('button', { name: t.join, exact: true }).click();
        await expect
          .poll(() => phone.page.locator('.screen-phone').count(), { timeout: 20_000 })
          .toBe(1);
        phones.push(phone.page);
      }
      await expect
        .poll(() => p.locator('.people-count').textContent(), { timeout: 20_000 })
        .toBe(w.people(3));
      // A nickname is text, never markup.
      await p.locator('.room-tools summary').click();
      expect(await p.locator('.people-list').textContent()).toContain('<b>Ann</b>');
      expect(await p.locator('.people-list b').count()).toBe(0);
      await p.locator('.room-tools summary').click();

      await p.getByRole('button', { name: w.startStory }).click();
      let decisions = 0;
      for (let guard = 0; guard < 40; guard++) {
        const reveal = p.locator('button.reveal');
        const ended = p.locator('.screen-projector.is-ended');
        await expect
          .poll(async () => (await reveal.count()) + (await ended.count()), { timeout: 30_000 })
          .toBeGreaterThan(0);
        if (await ended.count()) break;
        const n = await p.locator('.room-option').count();
        if (decisions >= 3) {
          // Past three rounds the room has shown what it must; the facilitator moves the story on alone
          // (no votes: the majority is refused, an override is recorded), which keeps the test short.
          await reveal.click();
          await expect
            .poll(() => p.locator('button.override').count(), { timeout: 20_000 })
            .toBe(n);
          await p.locator('button.override').first().click();
          decisions++;
          continue;
        }
        for (const [i, phone] of phones.entries()) {
          await expect
            .poll(() => phone.locator('button.phone-option:not([disabled])').count(), {
              timeout: 20_000,
            })
            .toBe(n);
          // Phone 0 first picks another option, then changes its mind before the reveal.
          if (i === 0 && n > 1) {
            await phone
              .locator('button.phone-option')
              .nth((decisions + 1) % n)
              .click();
            await expect
              .poll(() => phone.locator('button.phone-option[aria-pressed="true"]').count(), {
                timeout: 20_000,
              })
              .toBe(1);
          }
          await phone
            .locator('button.phone-option')
            .nth(decisions % n)
            .click();
        }
        await expect
          .poll(() => p.locator('.voted').textContent(), { timeout: 20_000 })
          .toBe(w.voted(3, 3));
        // Before the reveal the projector shows no split.
        expect(await p.locator('.split-count').count()).toBe(0);
        if (decisions === 0) {
          await p.screenshot({ path: `${SCREENSHOTS}/workshop-live-voting-projector.png` });
          await phones[0]?.screenshot({ path: `${SCREENSHOTS}/workshop-live-voting-phone.png` });
          await phones[1]?.screenshot({ path: `${SCREENSHOTS}/workshop-live-voting-phone-nl.png` });
          // The Dutch phone shows the options in Dutch.
          expect(
            await phones[1]?.locator('.phone-option .option-text').first().getAttribute('lang'),
          ).toBe('nl');
        }
        await reveal.click();
        await expect
          .poll(() => p.locator('.room-option.top .split-count').textContent(), { timeout: 20_000 })
          .toContain(w.votes(3));
        if (decisions === 0)
          await p.screenshot({ path: `${SCREENSHOTS}/workshop-live-revealed-projector.png` });
        await p.locator('button.continue').click();
        decisions++;
      }
      expect(decisions).toBeGreaterThanOrEqual(3);
      await expect.poll(() => p.locator('.room-debrief').count(), { timeout: 20_000 }).toBe(1);
      await p.screenshot({
        path: `${SCREENSHOTS}/workshop-live-debrief-projector.png`,
        fullPage: true,
      });
      for (const phone of phones) {
        await expect
          .poll(() => phone.locator('.phone-debrief .room-tip').count(), { timeout: 20_000 })
          .toBe(5);
      }
      await phones[0]?.screenshot({
        path: `${SCREENSHOTS}/workshop-live-debrief-phone.png`,
        fullPage: true,
      });
      expect(problems.flat()).toEqual([]);
    },
  );
});
