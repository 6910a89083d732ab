/**
 * A workshop with no network: the facilitator runs `hard-seller` on the projector (1920×1080) by a show
 * of hands, typing the hands per option, revealing, discussing, continuing with the majority and once
 * overriding it, to the room debrief; then downloads the CSV and checks one row per decision. Works on
 * the static build alone (no room server), as the hand-count mode must.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { launch, SCREENSHOTS, watch } from './browser.ts';

const w = en.workshop;
let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Reads a CSV the way a spreadsheet would (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\ufeff/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  return rows;
}

async function handsPlay(page: Page): Promise<{ decisions: number; overridden: string }> {
  let decisions = 0;
  let overridden = '';
  for (let guard = 0; guard < 60; guard++) {
    const reveal = page.locator('button.reveal');
    const ended = page.locator('.screen-projector.is-ended');
    await expect
      .poll(async () => (await reveal.count()) + (await ended.count()), { timeout: 20_000 })
      .toBeGreaterThan(0);
    if (await ended.count()) return { decisions, overridden };
    const inputs = page.locator('.room-option .hands input');
    const n = await inputs.count();
    expect(n).toBeGreaterThan(0);
    // A different majority each time, so the path is not always the first option.
    const favourite = decisions % n;
    for (let i = 0; i < n; i++) {
      await inputs.nth(i).fill(String(i === favourite ? 5 : i));
      await inputs.nth(i).dispatchEvent('change');
    }
    const total = Array.from({ length: n }, (_, i) => (i === favourite ? 5 : i)).reduce(
      (a, b) => a + b,
      0,
    );
    await expect.poll(() => page.locator('.voted').textContent()).toBe(w.handsVoted(total));
    if (decisions === 0)
      await page.screenshot({ path: `${SCREENSHOTS}/workshop-hands-voting-projector.png` });
    await reveal.click();
    await expect.poll(() => page.locator('.room-option.top').count()).toBe(1);
    expect(await page.locator('.room-option.top .split-count').textContent()).toContain(w.votes(5));
    // The story's `# discuss:` prompt for this choice point reaches the projector at the reveal
    // (hard-seller is held to the rubric, so every choice point has one).
    expect(await page.locator('.discuss h3').textContent()).toBe(w.discussTitle);
    expect(((await page.locator('.discuss p').textContent()) ?? '').trim().length).toBeGreaterThan(
      10,
    );
    if (decisions === 0)
      expect(await page.locator('.discuss p').textContent()).toBe(
        'Bart wants three leads. What is the first hour of a reception for?',
      );
    // Scores stay hidden until asked for.
    expect(await page.locator('.room-option .effects').count()).toBe(0);
    await page.getByRole('button', { name: w.showScores }).click();
    expect(
      await page.locator('.room-option .effects, .room-option .effects.none').count(),
    ).toBeGreaterThan(0);
    if (decisions === 0)
      await page.screenshot({ path: `${SCREENSHOTS}/workshop-hands-revealed-projector.png` });
    if (decisions === 1 && n > 1) {
      // The facilitator overrides the room once: recorded as such.
      const other = (favourite + 1) % n;
      overridden = (await page.locator('.room-option .option-text').nth(other).textContent()) ?? '';
      await page.getByRole('button', { name: w.overrideWith(other + 1) }).click();
    } else {
      await page.locator('button.continue').click();
    }
    decisions++;
  }
  throw new Error('the room never reached the end of the story');
}

describe('workshop with a show of hands (no server)', () => {
  it('plays hard-seller to the room debrief and exports one CSV row per decision', async () => {
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const problems = watch(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: w.open }).click();
    await expect.poll(() => page.locator('.screen-workshop').count(), { timeout: 20_000 }).toBe(1);
    await page.locator('.screen-workshop select').selectOption('hard-seller');
    await page.getByLabel(w.modeHands).check();
    await page.screenshot({ path: `${SCREENSHOTS}/workshop-setup-projector.png` });
    await page.getByRole('button', { name: w.openRoom }).click();
    await page.getByRole('button', { name: w.startStory }).click();
    await expect.poll(() => page.locator('.room-line').count()).toBeGreaterThan(0);
    const { decisions, overridden } = await handsPlay(page);
    expect(decisions).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('.room-debrief').count()).toBe(1);
    expect(await page.locator('.room-tip').count()).toBe(5);
    await page.getByText(w.decisionsTitle).click();
    expect(
      await page.locator('.all-decisions .split-taken', { hasText: w.chosenBy.override }).count(),
    ).toBe(1);
    // The bars' widths reach the page through the CSSOM (the Content-Security-Policy refuses style
    // attributes): the widest bar of each kind is drawn.
    for (const bar of ['.share-fill', '.split-fill']) {
      const widths = await page
        .locator(`.room-debrief ${bar}`)
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
      expect(Math.max(0, ...widths), bar).toBeGreaterThan(0);
    }
    await page.screenshot({
      path: `${SCREENSHOTS}/workshop-hands-debrief-projector.png`,
      fullPage: true,
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.exportCsv }).click(),
    ]);
    const path = await download.path();
    const rows = parseCsv(readFileSync(path, 'utf8'));
    expect(rows[0]?.[0]).toBe('step');
    expect(rows.length - 1).toBe(decisions);
    const how = rows[0]?.indexOf('how') ?? -1;
    const chosenText = rows[0]?.indexOf('chosen_text') ?? -1;
    const overrideRows = rows.slice(1).filter((r) => r[how] === 'override');
    expect(overrideRows).toHaveLength(1);
    expect(overrideRows[0]?.[chosenText]).toBe(overridden);
    expect(problems).toEqual([]);
    await context.close();
  });
});
