/**
 * Who is drawn, and how they look, follows the story (issue 17, item 10), in real Chromium with the
 * real stage: a caller on the phone and a manager's chat message are heard, not drawn in your office;
 * a colleague who walks out is no longer drawn; Els looks uneasy when she steps back from Kurt; and
 * nobody still smiles at a bleak ending. The stage's host says who it draws (`data-drawn`, id:mood),
 * because a canvas has no DOM to ask. Screenshots go to test-results/screenshots/presence-*.png.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import {
  drawn,
  first,
  launch,
  openPage,
  openScenario,
  LAPTOP,
  PHONE,
  playToEnd,
  PROJECTOR,
  SCREENSHOTS,
  stageReady,
} from './browser.ts';

// Whole plays under software WebGL on a shared machine: an explicit, generous budget per test.
vi.setConfig({ testTimeout: 420_000 });

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Plays by keyboard, taking the first option, and calls `atChoice` whenever options are on offer,
 * after the stage has caught up (pictures load on demand). Stops at the end, or when `atChoice` says so.
 */
const play = (page: Page, atChoice: (step: number) => Promise<boolean | void>) =>
  playToEnd(page, first, {
    atChoices: async (step) => {
      await stageReady(page);
      return atChoice(step);
    },
  });

const transcript = (page: Page) => page.locator('.transcript').textContent();

describe('presence and moods follow the story', () => {
  it('secretary-call: the caller and the chat are not in your office; Jens leaves; the ending is not all smiles', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      viewport: LAPTOP,
      reducedMotion: true,
    });
    try {
      await openScenario(page, baseUrl, 'secretary-call');
      await stageReady(page);
      let sawCall = false;
      let sawChat = false;
      await play(page, async () => {
        const text = (await transcript(page)) ?? '';
        const now = await drawn(page);
        if (text.includes('You open a new email')) expect(now).not.toHaveProperty('jens');
        if (text.includes('Nadia Bogaert from Willems')) {
          // Nadia is on the phone: named as such in the transcript, never drawn.
          expect(now).not.toHaveProperty('nadia');
          const who = page.locator('.line[data-speaker="nadia"] .via').first();
          expect(await who.textContent()).toBe(` · ${en.via.phone}`);
          if (!sawCall) {
            await page.screenshot({ path: `${SCREENSHOTS}/presence-call-laptop.png` });
            sawCall = true;
          }
        }
        if (text.includes('A chat message pops up')) {
          expect(now).not.toHaveProperty('bart-claeys');
          sawChat = true;
        }
      });
      expect(sawCall).toBe(true);
      expect(sawChat).toBe(true);
      // A week later your colleagues are at their own desks and Marleen only writes: nobody stands
      // in your office smiling at the ending.
      expect(await drawn(page)).toEqual({});
      await page.screenshot({ path: `${SCREENSHOTS}/presence-ending-laptop.png` });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['projector', PROJECTOR],
  ] as const) {
    it(`hard-seller: Els looks uneasy when she steps back from Kurt (${name} size)`, async () => {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        viewport,
        reducedMotion: true,
      });
      try {
        await openScenario(page, baseUrl, 'hard-seller');
        await stageReady(page);
        let checked = false;
        await play(page, async () => {
          const text = (await transcript(page)) ?? '';
          if (!text.includes('Els takes half a step back')) return;
          const now = await drawn(page);
          expect(now.els).toBe('uneasy');
          expect(now).toHaveProperty('kurt');
          await page.screenshot({ path: `${SCREENSHOTS}/presence-step-back-${name}.png` });
          checked = true;
          return true;
        });
        expect(checked).toBe(true);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
