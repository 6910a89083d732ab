/**
 * Your scenarios in real Chromium, on the shipped build, with the browser's own IndexedDB: a bundled
 * language pair opened in the Studio and saved; found on the select screen under its own heading (in
 * English and in Dutch); its address reloaded and played to the debrief; exported, re-imported, a bad
 * file refused with what is wrong; deleted, undone, deleted for good (gone after a reload); reopened
 * in the Studio with both tabs. Screenshots at phone and laptop size; no sideways scroll at 320 px.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  first,
  focusedText,
  launch,
  LAPTOP,
  openPage,
  PHONE,
  playToEnd,
  screenshot,
} from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const ID = 'the-introduction';

/** Opens the Studio, loads a bundled scenario's language pair, and saves it to Your scenarios. */
async function saveBundledPair(page: Page): Promise<void> {
  await page.goto(`${baseUrl}#/studio`);
  await page.locator('.screen-studio .cm-content').waitFor();
  await page.locator('#studio-start').selectOption(ID);
  await page.locator('.studio-load-pair').click();
  await expect.poll(() => page.locator('.studio-tab').count()).toBe(2);
  await page.locator('.studio-save').click();
  const status = page.locator('.studio-save-status');
  await expect.poll(() => status.getAttribute('data-state'), { timeout: 120_000 }).toBe('saved');
  expect(await status.textContent()).toBe(en.library.saved('The introduction'));
}

async function toScenarios(page: Page, lang = 'en'): Promise<void> {
  await page.goto(`${baseUrl}#/scenarios?lang=${lang}`);
  await page.locator('.yours').waitFor();
}

const cards = (page: Page) => page.locator('.yours-list > li');

/** axe's findings on the page as it is, as readable lines (none expected). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`),
  );
}

describe('Your scenarios', () => {
  it('saves a Studio scenario, finds it under its heading, plays it after a reload, exports, imports, deletes and undoes', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
      acceptDownloads: true,
      reducedMotion: true,
    });
    page.on('dialog', (d) => void d.accept());
    await saveBundledPair(page);
    await screenshot(page, 'library-studio-saved-laptop');
    expect(await violations(page)).toEqual([]);

    // Scenario select: under its own heading, one card, in the player's language.
    await toScenarios(page);
    expect(await page.locator('#yours-heading').textContent()).toBe(en.library.heading);
    await expect.poll(() => cards(page).count()).toBe(1);
    const card = cards(page).first();
    const savedId = (await card.getAttribute('data-saved')) ?? '';
    expect(savedId).toMatch(/^yours-[a-z0-9]+$/);
    const title = (await card.locator('h3').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);
    expect(await card.locator('.yours-langs').textContent()).toBe(
      en.library.languages('English, Dutch'),
    );
    await page.locator('#yours-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'library-select-laptop', true);

    // Play it, reload its address mid-way, and play it to the debrief.
    await card.locator('button.primary').click();
    await expect.poll(() => page.url()).toContain(`#/play/${savedId}?lang=en`);
    await playToEnd(page, first, { stopAfter: 1 });
    await page.reload();
    await page.locator('.screen-conversation').waitFor();
    await playToEnd(page, first);
    await page.locator('button.to-debrief').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
    await expect.poll(() => page.url()).toContain(`#/debrief/${savedId}?lang=en`);
    // Its history is the learner's, like a bundled scenario's: Progress lists it.
    await page.goto(`${baseUrl}#/progress`);
    await expect.poll(() => page.locator('main').textContent()).toContain(title);

    // Export: one file with both languages' sources.
    await toScenarios(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cards(page).first().locator('.yours-export').click(),
    ]);
    const file = readFileSync((await download.path()) ?? '', 'utf8');
    const parsed = JSON.parse(file) as { format: string; versions: Record<string, unknown> };
    expect(parsed.format).toBe('mingle-scenario');
    expect(Object.keys(parsed.versions)).toEqual(['en', 'nl']);
    expect(download.suggestedFilename()).toMatch(/\.mingle\.json$/);

    // A bad file is refused, naming what is wrong; nothing is added.
    await page.locator('#yours-import').setInputFiles({
      name: 'bad.mingle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...parsed, format: 'something-else' })),
    });
    await expect
      .poll(() => page.locator('.yours-status').textContent())
      .toBe(en.library.importBad(en.library.importProblems['not-mingle'], 'format'));
    expect(await cards(page).count()).toBe(1);

    // Import it again: checked, then a second card, with focus on its Play button.
    await page.locator('#yours-import').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => cards(page).count(), { timeout: 120_000 }).toBe(2);
    await expect
      .poll(() => page.locator('.yours-status').textContent())
      .toBe(en.library.imported(title));
    await expect.poll(() => focusedText(page)).toBe(`${en.playShort}${en.library.play(title)}`);
    const ids = await cards(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-saved')),
    );
    expect(new Set(ids).size).toBe(2);

    // Delete, then Undo: back, nothing lost; focus on the Undo button, then on the card's Play.
    const firstId = ids[0] ?? '';
    await page.locator(`[data-saved="${firstId}"] .yours-delete`).click();
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await page.locator('.yours-status').textContent()).toContain(en.library.deleted(title));
    await expect
      .poll(() => focusedText(page))
      .toBe(`${en.library.undo}${en.library.undoName(title)}`);
    await screenshot(page, 'library-deleted-laptop');
    await page.keyboard.press('Enter');
    await expect.poll(() => cards(page).count()).toBe(2);
    // axe after the Undo (the notice's few seconds are not spent on it), on the restored notice.
    expect(await violations(page)).toEqual([]);
    await expect.poll(() => page.locator(':focus').getAttribute('data-scenario')).toBe(firstId);

    // Delete for good: after the undo time it is gone from storage too (a reload does not bring it back).
    await page.locator(`[data-saved="${firstId}"] .yours-delete`).click();
    await expect
      .poll(() => page.locator('.yours-status').textContent(), { timeout: 15_000 })
      .toBe('');
    await page.reload();
    await page.locator('.yours').waitFor();
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).first().getAttribute('data-saved')).not.toBe(firstId);

    // Edit: the Studio opens on it, both tabs, and says Save replaces it.
    await cards(page).first().locator('.yours-edit').click();
    await page.locator('.screen-studio .cm-content').waitFor();
    await expect.poll(() => page.locator('.studio-tab').count()).toBe(2);
    await expect
      .poll(() => page.locator('.studio-save-status').getAttribute('data-state'))
      .toBe('editing');
    expect(await page.locator('.studio-save-status').textContent()).toBe(en.library.editing(title));

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows in Dutch under “Jouw scenario’s” on a phone, and reflows at 320 px', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: PHONE,
      reducedMotion: true,
    });
    await saveBundledPair(page);
    await toScenarios(page, 'nl');
    expect(await page.locator('#yours-heading').textContent()).toBe(nl.library.heading);
    const card = cards(page).first();
    await expect.poll(() => card.getAttribute('lang')).toBe(null);
    expect(await card.locator('article').getAttribute('lang')).toBe('nl');
    await page.locator('#yours-heading').scrollIntoViewIfNeeded();
    await screenshot(page, 'library-select-nl-phone');
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await card.locator('.yours-langs').textContent()).toBe(
      nl.library.languages('Engels, Nederlands'),
    );
    await page.locator('#yours-heading').scrollIntoViewIfNeeded();
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(wide).toBeLessThanOrEqual(0);
    await screenshot(page, 'library-select-nl-320');
    // Played from its card, in Dutch.
    await card.locator('button.primary').click();
    await expect.poll(() => page.url()).toMatch(/#\/play\/yours-[a-z0-9]+\?lang=nl$/);
    await page.locator('.screen-conversation').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
  it('can be chosen for a workshop room, in a group of its own, as a show of hands', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
      reducedMotion: true,
    });
    const w = en.workshop;
    await saveBundledPair(page);
    await page.goto(`${baseUrl}#/workshop`);
    await page.locator('.screen-workshop select').waitFor();
    const group = page.locator(`.screen-workshop optgroup[label="${en.library.heading}"] option`);
    await expect.poll(() => group.count()).toBe(1);
    const savedId = (await group.first().getAttribute('value')) ?? '';
    expect(savedId).toMatch(/^yours-/);
    const note = page.locator('.saved-note');
    expect(await note.isHidden()).toBe(true);
    const live = page.locator('.screen-workshop input[type="radio"][value="live"]');
    const hands = page.locator('.screen-workshop input[type="radio"][value="hands"]');
    // Phones are the default for a bundled scenario.
    expect(await live.isChecked()).toBe(true);
    await page.locator('.screen-workshop select').selectOption(savedId);
    await expect.poll(() => note.textContent()).toBe(w.savedHandsOnly);
    expect(await note.isVisible()).toBe(true);
    // A saved scenario can only be a show of hands: the form says so, not only the note.
    expect(await hands.isChecked()).toBe(true);
    expect(await live.isDisabled()).toBe(true);
    await screenshot(page, 'library-workshop-setup-laptop');
    // Back to a bundled scenario, the facilitator's choice (phones) returns; then the saved one again.
    await page.locator('.screen-workshop select').selectOption('hard-seller');
    expect(await live.isChecked()).toBe(true);
    expect(await live.isDisabled()).toBe(false);
    await page.locator('.screen-workshop select').selectOption(savedId);
    // The room opens as a show of hands (no room server is asked).
    await page.getByRole('button', { name: w.openRoom }).click();
    await page.getByRole('button', { name: w.startStory }).click();
    await expect.poll(() => page.locator('.room-line').count()).toBeGreaterThan(0);
    expect(await page.locator('.room-option .hands input').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
