/**
 * The other side of the table (issue 15), in the shipped game in real Chromium, at phone, laptop and
 * projector size: on a fresh profile the scenario select shows hard-seller's swap under it, locked,
 * with the reason read with its button; hard-seller played to its debrief invites to the swap; the
 * swap, started from there, plays to its debrief, which names the original; back on the select
 * screen the swap is open. A deep link to the swap plays it on a fresh profile (addresses are not
 * locked, docs/authoring.md). Screenshots of the select screen (locked and open) and of both debriefs
 * go to test-results/screenshots/swap-*.png, for people to look at. The second pair, secretary-call
 * and its swap, is played the same way in English on a phone and in Dutch on a laptop, the swap to
 * its best ending (screenshots swap-secretary-*.png).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { launch, LAPTOP, openPage, PHONE, PROJECTOR, SCREENSHOTS } from './browser.ts';

/** Per test: two full plays, generous for a loaded machine. */
const BUDGET = 480_000;

const ORIGINAL = 'The hard seller';
const SWAP = 'The hard seller: the other side';
/**
 * The swap's path to "From pitch to people": a friendly no to Kurt at the door, the joke at the bar,
 * the truth about why you came, "can we be off duty?", back to Kurt's story, Lotte's honest view,
 * Johan's school, Robin introduced to Johan, the honest answer to Kurt, coffee with Robin.
 */
const SWAP_PATH = [2, 1, 1, 2, 1, 2, 2, 1, 1, 1];

const SIZES = [
  { name: 'phone', viewport: PHONE },
  { name: 'laptop', viewport: LAPTOP },
  { name: 'projector', viewport: PROJECTOR },
] as const;

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Plays by number keys (`path`, or the first option where it says nothing) to the debrief button. */
async function playThrough(page: Page, path: readonly number[] = []): Promise<number> {
  let step = 0;
  for (let guard = 0; guard < 600; guard++) {
    if (await page.locator('button.to-debrief').isVisible()) return step;
    const count = await page.locator('button.choice:not([disabled])').count();
    if (count === 0) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(50);
      continue;
    }
    const option = path[step] ?? 1;
    expect(option).toBeLessThanOrEqual(count);
    await page.keyboard.press(String(option));
    step++;
    await page.waitForTimeout(50);
  }
  throw new Error('the scenario never reached its end');
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

/**
 * On the select screen: the original's card holds its swap, locked; a keyboard reaches the swap's
 * button, and a screen reader hears the reason by name. Returns the pair's list item.
 */
async function expectLockedPair(
  page: Page,
  pair: { original: string; originalTitle: string; swapTitle: string; reason: string },
): Promise<Locator> {
  const item = page.locator('li.scenario.paired', {
    has: page.locator(`article button[data-scenario="${pair.original}"]`),
  });
  expect(await item.count()).toBe(1);
  expect(await item.locator('article h2').textContent()).toBe(pair.originalTitle);
  const section = item.locator('section.swap');
  expect(await section.locator('h3').textContent()).toBe(pair.swapTitle);
  expect(await section.getAttribute('class')).toContain('locked');
  const lockButton = section.locator(`button[data-scenario="${pair.original}-swap"]`);
  expect(await lockButton.getAttribute('aria-disabled')).toBe('true');
  await lockButton.focus();
  const described = await page.evaluate(() => {
    const b = document.activeElement;
    const id = b?.getAttribute('aria-describedby') ?? '';
    return {
      scenario: b?.getAttribute('data-scenario'),
      reason: document.getElementById(id)?.textContent,
    };
  });
  expect(described).toEqual({ scenario: `${pair.original}-swap`, reason: pair.reason });
  return item;
}

describe('hard-seller and its swap, the other side of the table', () => {
  for (const { name, viewport } of SIZES) {
    it(
      `locks the swap until hard-seller is played, then names each in the other's debrief (${name})`,
      async () => {
        const { context, page, problems } = await openPage(browser, baseUrl, {
          pictures: false,
          viewport,
          locale: 'en-GB',
          reducedMotion: true,
        });
        const shot = async (what: string) => {
          await settle(page);
          await page.screenshot({
            path: `${SCREENSHOTS}/swap-${what}-${name}.png`,
            fullPage: true,
          });
        };
        try {
          await page.goto(baseUrl);
          await page.locator('button.start').click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(en.selectTitle);

          // The pair: the swap inside hard-seller's card, locked, and told why by name.
          const pair = await expectLockedPair(page, {
            original: 'hard-seller',
            originalTitle: ORIGINAL,
            swapTitle: SWAP,
            reason: en.swapLocked(ORIGINAL),
          });
          await page.keyboard.press('Enter');
          await page.waitForTimeout(300);
          expect(await page.locator('.screen-select').count()).toBe(1);
          await pair.scrollIntoViewIfNeeded();
          await shot('select-locked');

          // The original, to its debrief: the swap is now offered by name.
          await pair.locator('article button[data-scenario="hard-seller"]').click();
          await page.waitForSelector('.screen-conversation');
          await playThrough(page);
          await page.locator('button.to-debrief').click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
          const invite = page.locator('.screen-debrief .swap-note');
          expect(await invite.locator('h2').textContent()).toBe(en.swapDebriefHeading);
          expect(await invite.locator('p').textContent()).toBe(en.swapInvite(SWAP));
          await shot('debrief-original');

          // The swap, from the invitation, to its own debrief, which names the original.
          await invite.locator('button[data-scenario="hard-seller-swap"]').click();
          await page.waitForSelector('.screen-conversation');
          expect(await playThrough(page, SWAP_PATH)).toBe(SWAP_PATH.length);
          await page.locator('button.to-debrief').click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
          expect(await page.locator('.screen-debrief .ending').textContent()).toContain(
            'From pitch to people',
          );
          const named = page.locator('.screen-debrief .swap-note');
          expect(await named.locator('p').textContent()).toBe(en.swapOfOriginal(ORIGINAL));
          expect(await named.locator('button[data-scenario="hard-seller"]').textContent()).toBe(
            en.swapPlayOriginal(ORIGINAL),
          );
          await shot('debrief-swap');

          // Back on the select screen, the pair is open.
          await page.getByRole('button', { name: en.otherScenario }).click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(en.selectTitle);
          const open = pair.locator('section.swap');
          expect(await open.getAttribute('class')).not.toContain('locked');
          expect(await open.locator('.lock-note').count()).toBe(0);
          expect(await open.locator('button').getAttribute('aria-disabled')).toBeNull();
          await open.scrollIntoViewIfNeeded();
          await shot('select-open');
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      },
      BUDGET,
    );
  }

  it(
    'plays the swap from its address on a fresh profile: a link is not locked',
    async () => {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        pictures: false,
        viewport: LAPTOP,
        locale: 'en-GB',
        reducedMotion: true,
      });
      try {
        await page.goto(`${baseUrl}#/play/hard-seller-swap`);
        await page.waitForSelector('.screen-conversation');
        await page.waitForSelector('button.choice');
        expect(await page.locator('.screen-conversation').textContent()).toContain('Kurt');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    BUDGET,
  );
});

/**
 * The secretary-call swap's path to "Keeper of the promises": ask Robin about promises first, read the
 * backs, ask Stefan what he remembers, the truth to Luc, Tom's quote booked, the truth to Marleen and
 * Robin's promise, her card on Robin's desk, the whole picture for Bart, the list of promises.
 */
const SECRETARY_SWAP_PATH = [2, 1, 3, 2, 1, 2, 3, 2, 1];

const SECRETARY = [
  {
    size: 'phone',
    viewport: PHONE,
    locale: 'en-GB',
    t: en,
    original: 'The secretary call',
    swap: 'The secretary call: the other side',
    ending: 'Keeper of the promises',
  },
  {
    size: 'laptop',
    viewport: LAPTOP,
    locale: 'nl-BE',
    t: nl,
    original: 'Het secretariaat belt',
    swap: 'Het secretariaat belt: de andere kant',
    ending: 'Bewaarster van de beloftes',
  },
] as const;

describe('secretary-call and its swap, the assistant handed the stack', () => {
  for (const { size, viewport, locale, t, original, swap, ending } of SECRETARY) {
    it(
      `pairs the swap with secretary-call, locked until it is played, both debriefs naming the other (${locale}, ${size})`,
      async () => {
        const { context, page, problems } = await openPage(browser, baseUrl, {
          pictures: false,
          viewport,
          locale,
          reducedMotion: true,
        });
        const shot = async (what: string) => {
          await settle(page);
          await page.screenshot({
            path: `${SCREENSHOTS}/swap-secretary-${what}-${size}.png`,
            fullPage: true,
          });
        };
        try {
          await page.goto(baseUrl);
          await page.locator('button.start').click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(t.selectTitle);

          const pair = await expectLockedPair(page, {
            original: 'secretary-call',
            originalTitle: original,
            swapTitle: swap,
            reason: t.swapLocked(original),
          });
          await pair.scrollIntoViewIfNeeded();
          await shot('select-locked');

          // secretary-call to its debrief, which offers the swap by name.
          await pair.locator('article button[data-scenario="secretary-call"]').click();
          await page.waitForSelector('.screen-conversation');
          await playThrough(page);
          await page.locator('button.to-debrief').click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(t.debriefTitle);
          const invite = page.locator('.screen-debrief .swap-note');
          expect(await invite.locator('p').textContent()).toBe(t.swapInvite(swap));

          // The swap, to its best ending; its debrief names secretary-call.
          await invite.locator('button[data-scenario="secretary-call-swap"]').click();
          await page.waitForSelector('.screen-conversation');
          expect(await playThrough(page, SECRETARY_SWAP_PATH)).toBe(SECRETARY_SWAP_PATH.length);
          await page.locator('button.to-debrief').click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(t.debriefTitle);
          expect(await page.locator('.screen-debrief .ending').textContent()).toContain(ending);
          const named = page.locator('.screen-debrief .swap-note');
          expect(await named.locator('p').textContent()).toBe(t.swapOfOriginal(original));
          expect(await named.locator('button[data-scenario="secretary-call"]').textContent()).toBe(
            t.swapPlayOriginal(original),
          );
          await shot('debrief-swap');

          // Back on the select screen, the pair is open.
          await page.getByRole('button', { name: t.otherScenario }).click();
          await expect.poll(() => page.locator('h1').textContent()).toBe(t.selectTitle);
          const open = pair.locator('section.swap');
          expect(await open.getAttribute('class')).not.toContain('locked');
          expect(await open.locator('button').getAttribute('aria-disabled')).toBeNull();
          await open.scrollIntoViewIfNeeded();
          await shot('select-open');
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      },
      BUDGET,
    );
  }
});
