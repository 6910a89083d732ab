/**
 * The Studio in real Chromium, on the shipped build: from the title screen into `#/studio`, load a
 * bundled scenario, break a tag and see the error at the right line (in the list and in the margin),
 * jump to it, fix it, check every path, and play-test it in the game's screens to a choice. Screenshots at phone, laptop and
 * projector size; the keystroke-to-errors time for the largest bundled story is logged as a figure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import {
  first,
  launch,
  LAPTOP,
  openPage,
  PHONE,
  playToEnd,
  PROJECTOR,
  SCREENSHOTS,
} from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function openStudio(page: Page): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: en.studio.open, exact: true }).click();
  await page.locator('.screen-studio .cm-content').waitFor();
  await expect.poll(() => page.url()).toMatch(/#\/studio$/);
  await expect
    .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 30_000 })
    .toBe('ok');
}

async function load(page: Page, id: string): Promise<void> {
  await page.locator('#studio-start').selectOption(id);
  await page.locator('.studio-load').click();
  const first = readFileSync(resolve(root, `stories/en/${id}.ink`), 'utf8').split('\n')[0] ?? '';
  await expect.poll(() => page.locator('.cm-line').first().textContent()).toBe(first);
  await expect
    .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 30_000 })
    .toBe('ok');
}

/** Opens a story as a file from disk, through the page's own file picker. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .locator('#studio-file')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

/** Runs the Check and waits for it to end in `state` (complete, partial…); returns the status. */
async function checkAll(page: Page, state = 'complete', timeout = 120_000) {
  const status = page.locator('.check-status');
  await page.locator('.studio-check').click();
  await expect.poll(() => status.getAttribute('data-state'), { timeout }).toBe(state);
  return status;
}

/** Opens a folded path under `item` (built as it opens) and returns its steps, each a button to a line. */
async function openPath(item: Locator, cls: string): Promise<Locator> {
  await item.locator(`details.${cls} > summary`).click();
  await item.locator(`details.${cls} .path-steps`).waitFor();
  return item.locator(`details.${cls} .path-steps li`);
}

/** Plays a conversation to its debrief with clicks: the first option, and a click to show a reply whole. */
async function playToDebrief(page: Page): Promise<number> {
  const chosen = await playToEnd(page, first, { click: true });
  await page.locator('button.to-debrief').click();
  await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
  return chosen;
}

/** Goes on through the play-test's lines (Space) until its first options are on offer. */
async function untilChoices(page: Page): Promise<void> {
  for (let guard = 0; guard < 200; guard++) {
    if ((await page.locator('button.choice:not([disabled])').count()) > 0) return;
    await page.keyboard.press('Space');
    await page.waitForTimeout(60);
  }
  throw new Error('no options came up in the play-test');
}

describe('the Studio', () => {
  it('checks a bundled scenario as the author types: a broken tag is an error at its line, then fixed', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
    });
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await openStudio(page);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-template-laptop.png` });

    const id = 'the-introduction';
    await load(page, id);
    // The line after the first knot's header: a new line with a mood ink allows but our tags do not.
    const lines = readFileSync(resolve(root, `stories/en/${id}.ink`), 'utf8').split('\n');
    const knot = lines.findIndex((l) => /^===/.test(l));
    const target = knot + 2; // 1-based number of the line after the header
    await page
      .locator('.cm-line')
      .nth(target - 1)
      .click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Home');
    await page.keyboard.type('Somebody laughs. # mood: furious');
    await page.keyboard.press('Enter');

    // The worker may still be answering for a keystroke before Enter (the text typed, the line not yet
    // ended): wait for the finding of the finished line.
    const first = page.locator('.studio-problems .problem').first();
    await expect
      .poll(() => first.textContent(), { timeout: 20_000 })
      .toMatch(/unknown mood "furious"/);
    expect(await first.getAttribute('data-line')).toBe(String(target));
    expect(await page.locator('.studio-status').textContent()).toMatch(/^1 error/);
    await expect.poll(() => page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-error-laptop.png` });

    // The finding takes the author to its line.
    await page.keyboard.press('Control+End');
    await first.locator('button').click();
    await expect
      .poll(() => page.locator('.cm-activeLine').textContent())
      .toBe('Somebody laughs. # mood: furious');

    // Fixed: the mood becomes one the game knows.
    await page.keyboard.press('End');
    for (let i = 0; i < 'furious'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('pleased');
    await expect
      .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('ok');
    expect(await page.locator('.studio-problems .error').count()).toBe(0);
    expect(await page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).toBe(0);

    // Check every path, then play-test the checked story in the game's own screens.
    await page.locator('.studio-check').click();
    const checkStatus = page.locator('.check-status');
    await expect
      .poll(() => checkStatus.getAttribute('data-state'), { timeout: 120_000 })
      .toBe('complete');
    expect(await page.locator('.check-findings .error').count()).toBe(0);
    expect(await page.locator('.check-endings li').count()).toBeGreaterThan(1);
    console.log(
      `studio: full check of ${id}.ink (en) in the worker: ${await checkStatus.getAttribute('data-ms')} ms`,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/studio-check-laptop.png` });
    await page.locator('.studio-play').click();
    await page.locator('.screen-conversation').waitFor();
    await untilChoices(page);
    const choices = page.locator('button.choice:not([disabled])');
    expect(await choices.count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-playtest-laptop.png` });
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.screen-conversation').count()).toBe(1);

    // The compiler came with the Studio's worker, and not before: the title screen's scripts lack it.
    expect(scripts.some((u) => /worker/.test(u))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the errors of the largest bundled story soon after a keystroke pause (figure logged)', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      viewport: PROJECTOR,
      pictures: false,
    });
    await openStudio(page);
    const sizes = ['en', 'nl'].flatMap((lang) =>
      [
        'beyond-the-pitch',
        'coffee-one-on-one',
        'hard-seller',
        'not-ready-to-buy',
        'secretary-call',
        'the-introduction',
      ].map((id) => ({
        id,
        size: readFileSync(resolve(root, `stories/${lang}/${id}.ink`)).length,
        lang,
      })),
    );
    const largest =
      sizes.filter((s) => s.lang === 'en').sort((a, b) => b.size - a.size)[0]?.id ??
      'secretary-call';
    await load(page, largest);
    const figures: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page
        .locator('.cm-line')
        .nth(2)
        .click({ position: { x: 4, y: 4 } });
      await page.keyboard.press('Home');
      await page.keyboard.type(i % 2 === 0 ? '// a note\n' : '');
      if (i % 2 === 1) {
        await page.keyboard.press('Control+z');
      }
      await expect
        .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 20_000 })
        .toBe('ok');
      figures.push(Number(await page.locator('.studio-status').getAttribute('data-latency')));
    }
    await page.screenshot({ path: `${SCREENSHOTS}/studio-projector.png` });
    console.log(
      `studio: keystroke pause to errors shown, ${largest}.ink (en): ${figures.join(', ')} ms`,
    );
    expect(figures.every((f) => Number.isFinite(f) && f >= 0)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('writes from the template, checks it, play-tests it to the debrief and comes back to the story', async () => {
    for (const viewport of [
      { name: 'laptop', width: 1366, height: 768 },
      { name: 'projector', width: 1920, height: 1080 },
    ]) {
      const { context, page, problems } = await openPage(browser, baseUrl, { viewport });
      await openStudio(page);
      // The template as it is passes every check, the rubric's included.
      expect(await page.locator('.studio-problems .problem').count()).toBe(0);
      // Story text is text: markup in a line is shown as typed, and a script in it never runs.
      const { TEMPLATES } = await import('../../src/studio/template.ts');
      const hostile = TEMPLATES.en.replace(
        'The reception has just begun.',
        'The reception has <b>just</b> begun <img src=x onerror="window.__owned=1"><script>window.__owned=2</script>.',
      );
      await openFile(page, 'my-scenario.ink', hostile);
      await expect
        .poll(() => page.locator('.cm-content').textContent())
        .toContain('<img src=x onerror=');
      await expect
        .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 20_000 })
        .toBe('ok');
      await page.locator('.studio-check').click();
      const checkStatus = page.locator('.check-status');
      await expect
        .poll(() => checkStatus.getAttribute('data-state'), { timeout: 60_000 })
        .toBe('complete');
      expect(await checkStatus.textContent()).toMatch(/No problems on any path/);
      expect(await page.locator('.check-tips > li').count()).toBe(5);
      expect(await page.locator('.check-endings > li').count()).toBe(2);
      await page.screenshot({ path: `${SCREENSHOTS}/studio-checked-${viewport.name}.png` });

      // An ending takes the author to its knot.
      await page.locator('.check-endings li[data-ending="warm"] > button').click();
      await expect
        .poll(() => page.locator('.cm-activeLine').textContent())
        .toBe('=== warm_end ===');

      await page.locator('.studio-play').click();
      await page.locator('.screen-conversation').waitFor();
      await expect
        .poll(() => page.locator('.transcript').textContent())
        .toContain('has <b>just</b> begun <img src=x');
      expect(await page.locator('.transcript b, .transcript img, .transcript script').count()).toBe(
        0,
      );
      if (viewport.name === 'laptop')
        await page.screenshot({ path: `${SCREENSHOTS}/studio-playtest-template-laptop.png` });
      expect(await playToDebrief(page)).toBe(1);
      expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
      // Scored like a bundled scenario: the moment names its act from the rubric.
      expect(await page.locator('.moment').first().textContent()).toMatch(/question/i);
      await page.screenshot({ path: `${SCREENSHOTS}/studio-debrief-${viewport.name}.png` });

      // Back in the Studio, the story is as the author left it; nothing entered the progress.
      await page.getByRole('button', { name: en.studio.backToStudio }).click();
      await page.locator('.screen-studio .cm-content').waitFor();
      await expect.poll(() => page.locator('.cm-content').textContent()).toContain('<img src=x');
      await expect.poll(() => page.url()).toMatch(/#\/studio$/);
      // The learner's progress (profiles, attempts, runs) never hears of the draft's play.
      const progress = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('mingle:v1:'))
          .map((k) => localStorage.getItem(k) ?? '')
          .join('\n'),
      );
      expect(progress).toContain('"attempts":[]');
      expect(progress).not.toContain('studio-draft');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('stops a runaway story: Cancel ends a check at once, and a full run reports a partial result', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
    });
    await openStudio(page);
    const exploding = readFileSync(resolve(root, 'tests/analysis/fixtures/exploding.ink'), 'utf8');
    await openFile(page, 'exploding.ink', exploding);
    await expect.poll(() => page.locator('.cm-content').textContent()).toContain('VAR');
    const checkStatus = page.locator('.check-status');
    await page.locator('.studio-check').click();
    await expect.poll(() => checkStatus.getAttribute('data-state')).toBe('running');
    // Progress: the states explored so far, counted up while the worker explores.
    await expect
      .poll(async () => Number(await checkStatus.getAttribute('data-states')), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('.check-progress').isVisible()).toBe(true);
    expect(await checkStatus.textContent()).toMatch(/of at most 20000 states/);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-progress-laptop.png` });
    await page.locator('.studio-cancel').click();
    expect(await checkStatus.getAttribute('data-state')).toBe('cancelled');
    expect(await page.locator('.studio-check').isEnabled()).toBe(true);
    expect(await page.locator('.check-progress').isHidden()).toBe(true);
    console.log(
      `studio: Cancel to check stopped: ${await checkStatus.getAttribute('data-cancel-ms')} ms`,
    );
    // From the keyboard: Enter starts a check and puts focus on Cancel; Escape stops it.
    await page.locator('.studio-check').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => checkStatus.getAttribute('data-state')).toBe('running');
    await expect.poll(() => page.locator('.studio-cancel:focus').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await checkStatus.getAttribute('data-state')).toBe('cancelled');
    await expect.poll(() => page.locator('.studio-check:focus').count()).toBe(1);
    // A full run, watched for long tasks on the page's own thread while the worker explores.
    await page.evaluate(() => {
      const w = window as { __longTasks?: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks?.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    await page.locator('.studio-check').click();
    await expect
      .poll(() => checkStatus.getAttribute('data-state'), { timeout: 120_000 })
      .toBe('partial');
    const longTasks = await page.evaluate(
      () => (window as { __longTasks?: number[] }).__longTasks ?? [],
    );
    console.log(
      `studio: exploding.ink check ${await checkStatus.getAttribute('data-ms')} ms; main-thread long tasks meanwhile: ${longTasks.length === 0 ? 'none' : longTasks.join(', ') + ' ms'}`,
    );
    expect(await checkStatus.textContent()).toMatch(/Partial result/);
    expect(await page.locator('.check-findings [data-kind="partial"]').count()).toBe(1);
    expect(await page.locator('.studio-play').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-partial-laptop.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the draft across a reload, and sets a damaged draft aside with a way to get it back', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
      acceptDownloads: true,
    });
    await openStudio(page);
    await page
      .locator('.cm-line')
      .first()
      .click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' at the fair');
    await expect
      .poll(() => page.locator('.studio-saved').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
    // A reload straight after typing loses nothing (the draft is also saved as the page goes).
    await page.keyboard.type(', day two');
    await page.reload();
    await page.locator('.screen-studio .cm-content').waitFor();
    await expect
      .poll(() => page.locator('.cm-line').first().textContent())
      .toBe('# title: My scenario at the fair, day two');

    // Damaged while the Studio was closed: set aside whole, a notice, the template, and the text back.
    await page.getByRole('button', { name: en.studio.back }).click();
    const broken =
      '{"format":"mingle-studio-draft","version":1,"lang":"en","texts":{"en":"# title: Half';
    await page.evaluate((raw) => localStorage.setItem('mingle:studio:draft', raw), broken);
    await page.reload();
    await page.getByRole('button', { name: en.studio.open, exact: true }).click();
    await page.locator('.studio-set-aside').waitFor();
    expect(await page.locator('.studio-set-aside').textContent()).toMatch(
      /could not be read \(not readable as JSON\)\. It was kept aside/,
    );
    expect(await page.locator('.cm-line').first().textContent()).toBe('# title: My scenario');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('mingle:studio:set-aside:'))
        .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { raw?: string }).raw),
    );
    expect(kept).toEqual([broken]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en.studio.draftDownload }).click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(broken);
    await page.screenshot({ path: `${SCREENSHOTS}/studio-set-aside-laptop.png` });

    // The story leaves the browser as an .ink file named after its title, exactly as written.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en.studio.exportFile }).click(),
    ]);
    expect(exported.suggestedFilename()).toBe('my-scenario.en.ink');
    const { TEMPLATES } = await import('../../src/studio/template.ts');
    expect(readFileSync(await exported.path(), 'utf8')).toBe(TEMPLATES.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads on a phone, with a note that writing wants a bigger screen', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: PHONE,
    });
    await page.goto(`${baseUrl}#/studio`);
    await page.locator('.screen-studio .cm-content').waitFor();
    expect(await page.locator('.studio-phone-note').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ok');
    await page.locator('.studio-check').click();
    await expect
      .poll(() => page.locator('.check-status').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('complete');
    await page.screenshot({ path: `${SCREENSHOTS}/studio-phone.png`, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
  it("shows each tip's path to its lowest and highest total, each ending's path, and a map of the story, every line a click or a key away", async () => {
    for (const [name, viewport] of [
      ['laptop', LAPTOP],
      ['projector', PROJECTOR],
      ['phone', PHONE],
    ] as const) {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        pictures: false,
        viewport,
      });
      await openStudio(page);
      await expect.poll(() => page.locator('.studio-map').getAttribute('data-state')).toBeNull();
      expect(await page.locator('.map-note').textContent()).toBe(en.studio.mapEmpty);
      await checkAll(page);
      const { TEMPLATES } = await import('../../src/studio/template.ts');
      const lines = TEMPLATES.en.split('\n');

      // Tip 2 is highest after the open question: one choice, a button to its line.
      const tip2 = page.locator('.check-tips li[data-tip="2"]');
      expect(await tip2.locator('.tip-range').textContent()).toBe(
        en.studio.tipRange(en.tips[2].name, -1, 2),
      );
      const highest = await openPath(tip2, 'tip-max');
      expect(await highest.count()).toBe(1);
      expect(await highest.first().textContent()).toContain(
        '“Ask Sam what brought the guests here tonight”',
      );
      await highest.first().locator('button').click();
      const choiceLine = lines.find((l) => l.startsWith('* [Ask Sam')) ?? '';
      await expect.poll(() => page.locator('.cm-activeLine').textContent()).toBe(choiceLine);
      const lowest = await openPath(tip2, 'tip-min');
      expect(await lowest.first().textContent()).toContain('Thank Sam and go');
      // Each ending: the choices that reach it.
      const cold = page.locator('.check-endings li[data-ending="cold"]');
      const toCold = await openPath(cold, 'ending-path');
      expect(await toCold.count()).toBe(1);
      await page.screenshot({ path: `${SCREENSHOTS}/studio-paths-${name}.png` });

      // The map: the choice point and both endings, drawn and reachable by keyboard.
      const map = page.locator('.studio-map');
      await expect.poll(() => map.getAttribute('data-state')).toBe('drawn');
      expect(await map.locator('.map-node').count()).toBe(3);
      expect(await map.locator('.map-edge').count()).toBe(2);
      expect(await map.locator('[style]').count()).toBe(0);
      await map.locator('.map-legend').click();
      await page.keyboard.press('Tab');
      const first = page.locator('.map-node:focus');
      expect(await first.getAttribute('data-id')).toBe('arrival');
      expect(await first.getAttribute('aria-label')).toMatch(
        /^start\. arrival\. Line \d+\. 3 choices lead to Ending: A warm start, Ending: A missed chance$/,
      );
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.cm-activeLine').textContent()).toBe('=== arrival ===');
      await map.locator('.map-node[data-id="end:warm"]').click();
      await expect
        .poll(() => page.locator('.cm-activeLine').textContent())
        .toBe(lines.find((l) => l.endsWith('# ending: warm')));
      await map.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/studio-map-${name}.png` });
      // A change makes the map stale until the next check.
      await page.keyboard.type('x');
      await expect.poll(() => map.getAttribute('data-state')).toBe('stale');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('speaks Dutch to a Dutch-speaking author: the findings, the paths and the map', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
      locale: 'nl-BE',
    });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: nl.studio.open, exact: true }).click();
    await page.locator('.screen-studio .cm-content').waitFor();
    await expect
      .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('ok');
    await checkAll(page);
    expect(await page.locator('.studio-map h2').textContent()).toBe(nl.studio.mapTitle);
    expect(
      await page.locator('.map-node[data-id="end:warm"]').getAttribute('aria-label'),
    ).toContain(nl.studio.mapEnding('Een warme start'));
    const tip1 = page.locator('.check-tips li[data-tip="1"]');
    expect(await tip1.locator('details.tip-max > summary').textContent()).toBe(
      nl.studio.pathToHighest(1),
    );
    await openPath(tip1, 'tip-max');
    await page.screenshot({ path: `${SCREENSHOTS}/studio-check-nl-laptop.png` });
    // A language pair's parity, in Dutch too: the drift is worded here, not in the analyzer's English.
    await page.locator('#studio-file').setInputFiles(
      ['en', 'nl'].map((lang) => ({
        name: `meeting.${lang}.ink`,
        mimeType: 'text/plain',
        buffer: readFileSync(resolve(root, `tests/analysis/fixtures/parity/${lang}/meeting.ink`)),
      })),
    );
    // The Dutch tab is on view (the story's language follows the page's).
    await expect
      .poll(() => page.locator('.cm-line').first().textContent())
      .toBe('# title: Een afspraak');
    await checkAll(page);
    const drift = page.locator('.check-findings li[data-kind="parity"] .message');
    expect(await drift.allTextContents()).toContain(
      nl.studio.findingText.parityEffects(1, 'office', 't4+1', 't4+2'),
    );
    await page.screenshot({ path: `${SCREENSHOTS}/studio-pair-nl-laptop.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a language pair in two tabs, checks their parity, and each finding jumps to its line in the right tab', async () => {
    const fixture = (lang: string) =>
      readFileSync(resolve(root, `tests/analysis/fixtures/parity/${lang}/meeting.ink`), 'utf8');
    for (const viewport of [LAPTOP, PROJECTOR]) {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        pictures: false,
        viewport,
      });
      await openStudio(page);
      // Two files from disk, their names saying which language each is in.
      await page.locator('#studio-file').setInputFiles(
        ['en', 'nl'].map((lang) => ({
          name: `meeting.${lang}.ink`,
          mimeType: 'text/plain',
          buffer: Buffer.from(fixture(lang), 'utf8'),
        })),
      );
      const tab = (lang: string) => page.locator(`.studio-tabs [role="tab"][data-lang="${lang}"]`);
      await expect.poll(() => page.locator('.studio-tabs [role="tab"]').count()).toBe(2);
      expect(await tab('en').getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() => page.locator('.cm-line').first().textContent())
        .toBe('# title: A meeting');
      await checkAll(page);
      // The Dutch version scores one choice differently: found, pinned to its line in the Dutch tab.
      const drift = page
        .locator('.check-findings li[data-kind="parity"][data-lang="nl"]')
        .filter({ hasText: 'scores t4+1 in the translation' });
      expect(await drift.count()).toBe(1);
      const nlLine =
        fixture('nl')
          .split('\n')
          .findIndex((l) => l.includes('Vraag wat hij dit kwartaal')) + 1;
      const enLine =
        fixture('en')
          .split('\n')
          .findIndex((l) => l.includes('Ask what he needs')) + 1;
      expect(await drift.getAttribute('data-line')).toBe(String(nlLine));
      if (viewport === LAPTOP)
        await page.screenshot({ path: `${SCREENSHOTS}/studio-pair-laptop.png` });
      await drift.locator('button.problem-link').first().click();
      await expect.poll(() => tab('nl').getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() => page.locator('.cm-activeLine').textContent())
        .toContain('Vraag wat hij dit kwartaal');
      // Its other end: the same choice in the English tab.
      await drift.locator('button.problem-other').click();
      await expect.poll(() => tab('en').getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() => page.locator('.cm-activeLine').textContent())
        .toContain('Ask what he needs');
      expect(enLine).toBeGreaterThan(0);
      // The keyboard moves between the tabs; the list of problems follows the tab on view.
      await tab('en').focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tab('nl').getAttribute('aria-selected')).toBe('true');
      await expect
        .poll(() => page.locator('.cm-line').first().textContent())
        .toBe('# title: Een afspraak');
      // A bundled scenario in both languages at once ("copy and adapt"), kept across a reload.
      await page.locator('#studio-start').selectOption('hard-seller');
      await page.locator('.studio-load-pair').click();
      const firstNl =
        readFileSync(resolve(root, 'stories/nl/hard-seller.ink'), 'utf8').split('\n')[0] ?? '';
      await expect.poll(() => page.locator('.cm-line').first().textContent()).toBe(firstNl);
      if (viewport === PROJECTOR)
        await page.screenshot({ path: `${SCREENSHOTS}/studio-pair-projector.png` });
      await page.reload();
      await page.locator('.screen-studio .cm-content').waitFor();
      await expect.poll(() => page.locator('.studio-tabs [role="tab"]').count()).toBe(2);
      await expect.poll(() => page.locator('.cm-line').first().textContent()).toBe(firstNl);
      await tab('en').click();
      const firstEn =
        readFileSync(resolve(root, 'stories/en/hard-seller.ink'), 'utf8').split('\n')[0] ?? '';
      await expect.poll(() => page.locator('.cm-line').first().textContent()).toBe(firstEn);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it("opens each of the analyzer's bad stories and names what is wrong, at its line, with the path into it", async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
    });
    await openStudio(page);
    const cases = [
      { file: 'dead-end', kind: 'dead-end', words: /runs out of text/ },
      { file: 'endless', kind: 'endless-loop', words: /keeps going round/ },
      { file: 'exploding', kind: 'partial', words: /states/ },
    ];
    for (const c of cases) {
      const text = readFileSync(resolve(root, `tests/analysis/fixtures/${c.file}.ink`), 'utf8');
      await openFile(page, `${c.file}.ink`, text);
      await expect
        .poll(() => page.locator('.cm-line').first().textContent())
        .toBe(text.split('\n')[0]);
      await checkAll(page, c.kind === 'partial' ? 'partial' : 'complete');
      const finding = page.locator(`.check-findings li[data-kind="${c.kind}"]`).first();
      expect(await finding.textContent()).toMatch(c.words);
      if (c.kind !== 'partial') {
        const line = Number(await finding.getAttribute('data-line'));
        expect(line).toBeGreaterThan(0);
        await finding.locator(':scope > .problem-link').click();
        await expect
          .poll(() => page.locator('.cm-activeLine').textContent())
          .toBe(text.split('\n')[line - 1]);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });
  it('play-tests from a chosen scene with a starting memory the author sets', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
      reducedMotion: true,
    });
    await openStudio(page);
    await load(page, 'coffee-one-on-one');
    const status = await checkAll(page);
    expect(await status.getAttribute('data-state')).toBe('complete');
    // The scenes of the checked story, and a field for each memory it reads.
    const knots = page.locator('#studio-start-knot option');
    expect(await knots.allTextContents()).toEqual(
      expect.arrayContaining([en.studio.playStartTop, 'before', 'cafe', 'evening']),
    );
    await page.getByLabel(en.studio.playStartAt).selectOption('cafe');
    await page.getByLabel('mem_contact_name', { exact: true }).fill('Sofie');
    await page.locator('.playtest-start').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/studio-playtest-from-laptop.png` });
    // The scene and memory fields line up in one column, at projector size too.
    const lefts = await page
      .locator('.playtest-grid select, .playtest-grid input')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(lefts.length).toBeGreaterThan(1);
    expect(new Set(lefts).size).toBe(1);
    await page.setViewportSize(PROJECTOR);
    await page.locator('.playtest-start').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/studio-playtest-from-projector.png` });
    await page.locator('.studio-play').click();
    await page.locator('.screen-conversation').waitFor();
    await untilChoices(page);
    const said = (await page.locator('.transcript').textContent()) ?? '';
    // It starts in the café (not at the calendar before it), and Sofie remembers the breakfast.
    expect(said).toContain('Café De Zwaan');
    expect(said).not.toContain('In your calendar');
    expect(said).toContain('You’re the one who asked what too well looks like.'.replace('’', "'"));
    expect(problems).toEqual([]);
    await context.close();
  });
  it('splits a story over files: INCLUDE reaches only its own files, a problem in one opens it at its line, and play-test, Save, reload, export and import carry them', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      viewport: LAPTOP,
      reducedMotion: true,
      acceptDownloads: true,
    });
    page.on('dialog', (d) => void d.accept());
    await openStudio(page);
    const { TEMPLATES } = await import('../../src/studio/template.ts');
    // The template with its two endings moved to a file of their own.
    const at = TEMPLATES.en.indexOf('=== warm_end ===');
    const head = TEMPLATES.en.indexOf('-> arrival');
    const main = `${TEMPLATES.en.slice(0, head)}INCLUDE endings.ink\n${TEMPLATES.en.slice(head, at)}`;
    const endings = TEMPLATES.en.slice(at);
    const problem = page.locator('.studio-problems .problem');

    // The story includes a file the scenario does not have yet: a clear error at the INCLUDE's line.
    await openFile(page, 'story.ink', main);
    const missing = problem.filter({ hasText: 'Add file' });
    await expect.poll(() => missing.count(), { timeout: 20_000 }).toBe(1);
    expect(await missing.getAttribute('data-line')).toBe(
      String(main.split('\n').indexOf('INCLUDE endings.ink') + 1),
    );

    // Add the file by its name (".ink" added), write in it: the story compiles with no problem.
    await page.getByLabel(en.studio.fileNameLabel).fill('endings');
    await page.getByRole('button', { name: en.studio.addFile, exact: true }).click();
    const fileTab = (name: string) => page.locator(`.studio-file-tab[data-file="${name}"]`);
    await expect.poll(() => fileTab('endings.ink').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('endings.ink');
    // The file bar passes axe (names, roles, contrast).
    const axe = await new AxeBuilder({ page }).include('.studio-files').analyze();
    expect(
      axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    ).toEqual([]);
    await page.locator('.cm-content').click();
    await page.keyboard.insertText(endings);
    await expect
      .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('ok');
    expect(await problem.count()).toBe(0);

    // Renaming the file rewrites the INCLUDE that names it: the story still compiles. And back.
    const rename = async (to: string, from: string) => {
      await fileTab(from).click();
      await page.getByLabel(en.studio.fileNameLabel).fill(to);
      await page.getByRole('button', { name: en.studio.renameFile, exact: true }).click();
      await expect.poll(() => fileTab(`${to}.ink`).getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('.studio-files-note').textContent()).toBe(
        en.studio.fileRenamed(`${to}.ink`, 1),
      );
      await expect
        .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 20_000 })
        .toBe('ok');
    };
    await rename('finales', 'endings.ink');
    await fileTab('story.ink').click();
    expect(await page.locator('.cm-line', { hasText: /^INCLUDE finales\.ink$/ }).count()).toBe(1);
    await rename('endings', 'finales.ink');
    await page.locator('.cm-content').click();

    // A broken tag in endings.ink, seen from story.ink: listed with the file's name, and a click
    // opens that file at its line.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Sam frowns. # mood: furious');
    const badLine = endings.split('\n').length;
    await fileTab('story.ink').click();
    const bad = problem.filter({ hasText: 'furious' });
    await expect.poll(() => bad.count(), { timeout: 20_000 }).toBe(1);
    expect(await bad.locator('.where').textContent()).toBe(
      `endings.ink: ${en.studio.lineLabel(badLine)}`,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/studio-files-laptop.png` });
    await bad.locator('button').click();
    await expect.poll(() => fileTab('endings.ink').getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.locator('.cm-activeLine').textContent())
      .toBe('Sam frowns. # mood: furious');
    await expect.poll(() => page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).toBe(1);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => page.locator('.studio-status').getAttribute('data-state'), { timeout: 20_000 })
      .toBe('ok');

    // Check and the branch map: each ending is in endings.ink, and a click opens it there.
    await fileTab('story.ink').click();
    await checkAll(page);
    const warm = page.locator('.check-endings li[data-ending="warm"] > button');
    expect(await warm.getAttribute('data-file')).toBe('endings.ink');
    await warm.click();
    await expect.poll(() => fileTab('endings.ink').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toBe('=== warm_end ===');
    await fileTab('story.ink').click();
    await page.locator('.map-node[data-id="end:cold"]').click();
    await expect.poll(() => fileTab('endings.ink').getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.locator('.cm-activeLine').textContent())
      .toContain('# ending: cold');

    // Play-test: the endings come from the included file.
    await page.locator('.studio-play').click();
    await page.locator('.screen-conversation').waitFor();
    expect(await playToDebrief(page)).toBe(1);
    await page.getByRole('button', { name: en.studio.backToStudio }).click();
    await page.locator('.screen-studio .cm-content').waitFor();

    // Save; a reload keeps both files in the draft.
    await page.locator('.studio-save').click();
    await expect
      .poll(() => page.locator('.studio-save-status').getAttribute('data-state'), {
        timeout: 120_000,
      })
      .toBe('saved');
    await page.reload();
    await page.locator('.screen-studio .cm-content').waitFor();
    await expect.poll(() => fileTab('endings.ink').count()).toBe(1);
    await fileTab('endings.ink').click();
    await expect
      .poll(() => page.locator('.cm-content').textContent())
      .toContain('=== cold_end ===');

    // Export holds the included file (file version 2); importing it makes a second saved scenario
    // with it, which Edit opens with both files.
    await page.goto(`${baseUrl}#/scenarios?lang=en`);
    await page.locator('.yours').waitFor();
    const cards = page.locator('.yours-list > li');
    await expect.poll(() => cards.count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cards.first().locator('.yours-export').click(),
    ]);
    const file = readFileSync((await download.path()) ?? '', 'utf8');
    const parsed = JSON.parse(file) as {
      version: number;
      versions: { en: { source: string; parts: { name: string; text: string }[] } };
    };
    expect(parsed.version).toBe(2);
    expect(parsed.versions.en.source).toContain('INCLUDE endings.ink');
    expect(parsed.versions.en.parts.map((p) => p.name)).toEqual(['endings.ink']);
    await page.locator('#yours-import').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => cards.count(), { timeout: 120_000 }).toBe(2);
    await cards.first().locator('.yours-edit').click();
    await page.locator('.screen-studio .cm-content').waitFor();
    await expect.poll(() => fileTab('endings.ink').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
