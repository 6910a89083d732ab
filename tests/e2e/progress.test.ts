/**
 * Progress that is never lost, in real Chromium over the shipped build (issue 6):
 * (a) open the game again at its title at a choice mid-scenario, continue, and land on the same line
 *     with the same choices on offer, then finish with exactly the scores of an uninterrupted play of the same choices;
 * (b) start with one damaged profile key beside a healthy one: a notice (in Dutch, the stored
 *     language) while the healthy profile stays, and the damaged text can be exported;
 * (c) export a profile to a file, clear storage, import the file, and find the history intact;
 * (d) a full quota with a damaged profile: the original stays, the notice says so and offers the export.
 * Driven by keyboard where a player would use it; screenshots of the profiles and progress screens
 * at phone and laptop size go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { LAPTOP, launch, openPage, PHONE, reopen, SCREENSHOTS, tabTo } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

function newPage(viewport: { width: number; height: number } = LAPTOP, locale = 'en-GB') {
  // Reduced motion, as a player may ask for it: lines appear at once, so the tests spend their time
  // on what they test (a full play still takes about half a minute under software WebGL).
  return openPage(browser, baseUrl, {
    viewport,
    locale,
    acceptDownloads: true,
    reducedMotion: true,
    // Dialogue only: these tests are about storage; the stage has its own files.
    pictures: false,
  });
}

const heading = (page: Page) => page.locator('h1').first().textContent();

/**
 * Waits until the page has stopped fetching (the pictures' chunk, a sound) before the test navigates
 * away, so a request the test itself cut short is not mistaken for a failed one.
 */
async function quiet(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(150);
}

/** Shows every line still being revealed, and waits for the choices (or the end) to be on screen. */
async function settle(page: Page): Promise<'choices' | 'end'> {
  for (let guard = 0; guard < 200; guard++) {
    if (await page.locator('button.to-debrief').isVisible()) return 'end';
    if ((await page.locator('button.choice:not([disabled])').count()) > 0) return 'choices';
    await page.keyboard.press('Space');
    await page.waitForTimeout(50);
  }
  throw new Error('the conversation never settled');
}

/** The pick at step n of a play: not always the first option, the same in every play. */
const pickAt = (step: number, count: number) => (step * 2 + 1) % count;

/** Makes `steps` choices (or plays to the end when steps is Infinity) by number keys. */
async function choose(page: Page, from: number, steps: number): Promise<number[]> {
  const taken: number[] = [];
  for (let step = from; step < from + steps; step++) {
    if ((await settle(page)) === 'end') break;
    const count = await page.locator('button.choice:not([disabled])').count();
    const pick = pickAt(step, count);
    taken.push(pick);
    await page.keyboard.press(String(pick + 1));
    await page.waitForTimeout(40);
  }
  return taken;
}

async function lastLine(page: Page): Promise<string> {
  return ((await page.locator('.transcript .line').last().textContent()) ?? '').trim();
}

async function choiceTexts(page: Page): Promise<string[]> {
  return page.locator('button.choice .text').allTextContents();
}

async function debriefScores(page: Page): Promise<string[]> {
  await expect.poll(() => heading(page)).toBe(en.debriefTitle);
  return page.locator('.tip .tip-score strong').allTextContents();
}

async function startScenario(page: Page, id: string): Promise<void> {
  await tabTo(page, 'button.start');
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).toBe(en.selectTitle);
  await tabTo(page, `button[data-scenario="${id}"]`, 40);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.screen-conversation');
}

describe('resume after a reload', () => {
  it('lands on the same line with the same choices, and ends with the same scores', async () => {
    const { context, page, problems } = await newPage();
    try {
      await page.goto(baseUrl);
      await expect.poll(() => heading(page)).toBe(en.appName);
      await startScenario(page, 'hard-seller');
      const before = await choose(page, 0, 3);
      expect(before).toHaveLength(3);
      await settle(page);
      const line = await lastLine(page);
      const offered = await choiceTexts(page);
      const transcriptLength = await page.locator('.transcript .line').count();
      expect(offered.length).toBeGreaterThan(1);

      await quiet(page);
      await reopen(page);
      await expect.poll(() => heading(page)).toBe(en.appName);
      const cont = page.locator('button.continue');
      expect(await cont.textContent()).toContain('3 choices made');
      await page.screenshot({ path: `${SCREENSHOTS}/title-continue-laptop.png` });
      await tabTo(page, 'button.continue');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.screen-conversation');
      await settle(page);
      expect(await lastLine(page)).toBe(line);
      expect(await choiceTexts(page)).toEqual(offered);
      // The whole transcript so far is back, not just the last beat.
      expect(await page.locator('.transcript .line').count()).toBe(transcriptLength);
      await page.screenshot({ path: `${SCREENSHOTS}/resumed-laptop.png` });

      const rest = await choose(page, 3, Infinity);
      await page.keyboard.press('Enter');
      const resumedScores = await debriefScores(page);

      // The same choices in one go, in a fresh browser: the scores must match exactly.
      const fresh = await newPage();
      try {
        await fresh.page.goto(baseUrl);
        await startScenario(fresh.page, 'hard-seller');
        const all = await choose(fresh.page, 0, Infinity);
        expect(all).toEqual([...before, ...rest]);
        await fresh.page.keyboard.press('Enter');
        expect(await debriefScores(fresh.page)).toEqual(resumedScores);
        expect(fresh.problems).toEqual([]);
      } finally {
        await fresh.context.close();
      }

      // One completed attempt in the history: the reload did not leave an abandoned one behind.
      await quiet(page);
      await page.goto(baseUrl);
      await tabTo(page, 'button.to-progress', 30);
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe(en.progress.progressTitle);
      const rows = page.locator('table.history tbody tr');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute('class')).toBe('completed');
      const cells = await rows.first().locator('td.num').allTextContents();
      expect(cells).toEqual(resumedScores);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});

describe('damaged storage', () => {
  it('shows a notice in the stored language, keeps the healthy profile, and exports the damage', async () => {
    const { context, page, problems } = await newPage(LAPTOP, 'en-GB');
    const at = Date.UTC(2026, 10, 1);
    const good = {
      schema: 1,
      revision: 3,
      id: 'p-good',
      nickname: 'Bea',
      nicknameAt: at,
      createdAt: at,
      attempts: [
        {
          id: 'r-one',
          scenario: 'hard-seller',
          lang: 'nl',
          version: 'old',
          startedAt: at + 1000,
          endedAt: at + 60_000,
          status: 'completed',
          ending: 'warm',
          totals: { 1: 2, 2: 1, 3: 0, 4: 1, 5: 2 },
          path: [0, 1, 0],
        },
      ],
      best: {},
      memory: {},
      runs: {},
    };
    const seed: Record<string, string> = {
      'mingle:v1:index': JSON.stringify({
        schema: 1,
        profiles: [
          { id: 'p-good', nickname: 'Bea' },
          { id: 'p-broken', nickname: 'Cas' },
        ],
        active: 'p-broken',
        deleted: [],
      }),
      'mingle:v1:profile:p-good': JSON.stringify(good),
      'mingle:v1:profile:p-broken':
        '{"schema":1,"id":"p-broken","nickname":"Cas","attem\u0000\u0007',
      'mingle:v1:settings': JSON.stringify({ schema: 1, language: 'nl' }),
      'someone-else': 'not ours',
    };
    // Seeded once, before the game's first load (not again when the page reloads).
    await context.addInitScript((data: Record<string, string>) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.clear();
      for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
    }, seed);
    try {
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
      const notice = page.locator('.notices .notice');
      await expect.poll(() => notice.count()).toBe(1);
      const text = (await notice.first().textContent()) ?? '';
      expect(text).toContain(nl.progress.records.profile);
      expect(text).toContain(nl.progress.damagedOutcome.profileLost);
      expect(await page.locator('.playing-as').textContent()).toBe(nl.progress.playingAs('Bea'));
      await page.screenshot({ path: `${SCREENSHOTS}/notice-laptop.png` });

      // The notice never blocks play: the way in still works, and the notice can be dismissed.
      await tabTo(page, '.notice button.dismiss', 30);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.notices').isVisible()).toBe(false);

      await tabTo(page, 'button.to-profiles', 30);
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe(nl.progress.profilesTitle);
      expect(await page.locator('.profile-name').allTextContents()).toEqual(['Bea']);
      expect(await page.locator('.profile-meta').first().textContent()).toBe(
        nl.progress.attemptsCount(1),
      );
      const downloading = page.waitForEvent('download');
      await tabTo(page, 'button.export-quarantine', 40);
      await page.keyboard.press('Enter');
      const download = await downloading;
      const file = readFileSync(await download.path(), 'utf8');
      expect(file).toContain('mingle:v1:profile:p-broken');
      expect(file).toContain('attem');
      // Someone else's key on the same origin is never touched.
      expect(await page.evaluate(() => localStorage.getItem('someone-else'))).toBe('not ours');

      await quiet(page);
      await reopen(page);
      // Set aside once, the damage is not reported again at the next start.
      await expect.poll(() => page.locator('.playing-as').textContent()).toContain('Bea');
      expect(await page.locator('.notices .notice').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a full quota', () => {
  it('keeps a damaged original it cannot set aside, says so, and offers the export (issue 16.2)', async () => {
    const { context, page, problems } = await newPage(LAPTOP, 'en-GB');
    const at = Date.UTC(2026, 10, 1);
    const attempt = (id: string, ending: string) => ({
      id,
      scenario: 'hard-seller',
      lang: 'en',
      version: 'old',
      startedAt: at + 1000,
      endedAt: at + 60_000,
      status: 'completed',
      ending,
      totals: { 1: 2, 2: 1, 3: 0, 4: 1, 5: 2 },
      path: [0, 1, 0],
    });
    // One attempt is sound; the other has a 100,000-character ending (the probe's case).
    const damaged = JSON.stringify({
      schema: 1,
      revision: 3,
      id: 'p-dana',
      nickname: 'Dana',
      nicknameAt: at,
      createdAt: at,
      attempts: [attempt('r-good', 'warm'), attempt('r-huge', 'x'.repeat(100_000))],
      best: {},
      memory: {},
      runs: {},
    });
    const seed: Record<string, string> = {
      'mingle:v1:index': JSON.stringify({
        schema: 1,
        profiles: [{ id: 'p-dana', nickname: 'Dana' }],
        active: 'p-dana',
        deleted: [],
      }),
      'mingle:v1:profile:p-dana': damaged,
      'mingle:v1:settings': JSON.stringify({ schema: 1, language: 'en' }),
    };
    // Seeded once, then the rest of the origin's storage filled by someone else's keys.
    await context.addInitScript((data: Record<string, string>) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.clear();
      for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
      let n = 0;
      for (let size = 1 << 20; size >= 16;) {
        try {
          localStorage.setItem(`filler-${n++}`, 'f'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    }, seed);
    try {
      await page.goto(baseUrl);
      const notice = page.locator('.notices .notice');
      await expect.poll(() => notice.count()).toBe(1);
      const text = (await notice.first().textContent()) ?? '';
      expect(text).toContain(en.progress.damagedOutcome.profileRepaired);
      expect(text).toContain('There was no room to set the damaged data aside');
      expect(await page.locator('.playing-as').textContent()).toBe(en.progress.playingAs('Dana'));
      // The original is exactly where it was: the repaired copy was not written over it.
      expect(await page.evaluate(() => localStorage.getItem('mingle:v1:profile:p-dana'))).toBe(
        damaged,
      );
      for (const [name, viewport] of [
        ['phone', PHONE],
        ['laptop', LAPTOP],
        ['projector', { width: 1920, height: 1080 }],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: `${SCREENSHOTS}/notice-full-quota-${name}.png` });
      }
      await page.setViewportSize(LAPTOP);

      // The notice offers the export, by keyboard: a file with everything that could be read.
      const downloading = page.waitForEvent('download');
      await tabTo(page, '.notice button.notice-export', 30);
      expect(await page.locator('.notice button.notice-export').textContent()).toBe(
        en.progress.noticeExport('Dana'),
      );
      await page.keyboard.press('Enter');
      const file = readFileSync(await (await downloading).path(), 'utf8');
      expect(file).toContain('"format": "mingle-profile"');
      expect(file).toContain('r-good');
      expect(file).not.toContain('r-huge');

      // With room again, the original goes to the quarantine first, then the repair is written.
      await page.evaluate(() => {
        for (const k of Object.keys(localStorage))
          if (k.startsWith('filler-')) localStorage.removeItem(k);
      });
      await quiet(page);
      await reopen(page);
      await expect.poll(() => page.locator('.playing-as').textContent()).toContain('Dana');
      const stored = await page.evaluate(() => ({
        profile: localStorage.getItem('mingle:v1:profile:p-dana') ?? '',
        quarantine: Object.keys(localStorage)
          .filter((k) => k.startsWith('mingle:quarantine:'))
          .map((k) => localStorage.getItem(k) ?? ''),
      }));
      expect(stored.quarantine).toHaveLength(1);
      expect(JSON.parse(stored.quarantine[0] ?? '{}')).toMatchObject({ raw: damaged });
      expect(stored.profile).toContain('r-good');
      expect(stored.profile).not.toContain('r-huge');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});

describe('export, clear, import', () => {
  for (const [name, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    it(`carries a profile's history through a file (${name} size)`, async () => {
      const { context, page, problems } = await newPage(viewport);
      const shot = (what: string, full = false) =>
        page.screenshot({ path: `${SCREENSHOTS}/${what}-${name}.png`, fullPage: full });
      try {
        await page.goto(baseUrl);
        await expect.poll(() => heading(page)).toBe(en.appName);
        // Two finished plays, so the plot has lines to draw.
        for (let round = 0; round < 2; round++) {
          await startScenario(page, round === 0 ? 'hard-seller' : 'secretary-call');
          await choose(page, round, Infinity);
          await page.keyboard.press('Enter');
          await debriefScores(page);
          await quiet(page);
          await page.goto(baseUrl);
        }

        // Rename the profile, so the import has something recognisable to bring back.
        await tabTo(page, 'button.to-profiles', 30);
        await page.keyboard.press('Enter');
        await expect.poll(() => heading(page)).toBe(en.progress.profilesTitle);
        await tabTo(page, 'button.rename', 30);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('Ines');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.profile-name').allTextContents()).toEqual(['Ines']);
        // A second learner on the same device.
        await page.locator('#new-nickname').focus();
        await page.keyboard.type('Jo');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.locator('.profile-name').allTextContents())
          .toEqual(['Ines', 'Jo']);
        await shot('profiles');
        await shot('profiles-full', true);

        // Back to Ines, then her progress.
        await page.locator('li.profile', { hasText: 'Ines' }).locator('button.use').click();
        await quiet(page);
        await page.goto(baseUrl);
        await tabTo(page, 'button.to-progress', 30);
        await page.keyboard.press('Enter');
        await expect.poll(() => heading(page)).toBe(en.progress.progressTitle);
        const rows = page.locator('table.history tbody tr');
        expect(await rows.count()).toBe(2);
        const history = await rows.allTextContents();
        // Issue 17, item 8: one line per scenario on the share scale (not five tips on one raw
        // axis), a card per scenario tip by tip, and a share of what the scenario allowed per attempt.
        expect(await page.locator('svg.tip-plot g.series').count()).toBe(2);
        expect(await page.locator('.scenario-shares').count()).toBe(2);
        expect(await page.locator('.trend-change').textContent()).toBe(en.progress.trendNone);
        for (const share of await rows.locator('td.share').allTextContents())
          expect(share).toMatch(/^\d{1,3}%$/);
        await page.waitForTimeout(200);
        await shot('progress');
        await shot('progress-full', true);

        // Export Ines.
        await quiet(page);
        await page.goto(baseUrl);
        await tabTo(page, 'button.to-profiles', 30);
        await page.keyboard.press('Enter');
        const downloading = page.waitForEvent('download');
        await page.locator('li.profile', { hasText: 'Ines' }).locator('button.export').focus();
        await page.keyboard.press('Enter');
        const download = await downloading;
        expect(download.suggestedFilename()).toMatch(/^mingle-ines-\d{4}-\d{2}-\d{2}\.json$/);
        const exported = await download.path();

        // The browser forgets everything.
        await quiet(page);
        await page.evaluate(() => localStorage.clear());
        await reopen(page);
        await expect
          .poll(() => page.locator('.playing-as').textContent())
          .toBe(en.progress.playingAs(en.defaultNickname));

        // A wrong file first: a clear message, nothing imported.
        await tabTo(page, 'button.to-profiles', 30);
        await page.keyboard.press('Enter');
        await page.locator('#import-file').setInputFiles({
          name: 'notes.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"hello": "world"}'),
        });
        await expect
          .poll(() => page.locator('.status').textContent())
          .toBe(en.progress.importProblems.foreign);
        await page.locator('#import-file').setInputFiles(exported);
        await expect
          .poll(() => page.locator('.status').textContent())
          .toBe(en.progress.imported('Ines', 2));
        expect(await page.locator('.profile-name').allTextContents()).toEqual([
          en.defaultNickname,
          'Ines',
        ]);

        await quiet(page);
        await page.goto(baseUrl);
        expect(await page.locator('.playing-as').textContent()).toBe(en.progress.playingAs('Ines'));
        await tabTo(page, 'button.to-progress', 30);
        await page.keyboard.press('Enter');
        await expect.poll(() => rows.count()).toBe(2);
        expect(await rows.allTextContents()).toEqual(history);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 240_000);
  }
});
