/**
 * The stage behind the dialogue, in the shipped build: Phaser from its modules draws with WebGL, and
 * with canvas when WebGL is off; when the stage's chunk cannot load at all, the game plays to its
 * debrief as dialogue only. The stage never starts before the first choice is on screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  chooseScenario,
  drawn,
  launch,
  openPage,
  path,
  PHONE,
  playToEnd,
  SCREENSHOTS,
  screenshot,
  watch,
} from './browser.ts';
import { chromium } from 'playwright-core';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Plays the open scenario to its debrief with clicks; returns how many choices it took. */
async function playToDebrief(page: Page): Promise<number> {
  const choices = await playToEnd(page, (step, count) => step % count, { click: true });
  await page.locator('button.to-debrief').click();
  await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
  return choices;
}

/** When the first choice appeared, in the page's performance clock. */
async function recordFirstChoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { firstChoiceAt?: number };
    new MutationObserver(() => {
      if (w.firstChoiceAt === undefined && document.querySelector('button.choice'))
        w.firstChoiceAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The people's pictures the page has fetched (not the venues), with when each fetch started. */
function peoplePictures(page: Page): Promise<{ name: string; startTime: number }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (e) => /\.svg$/.test(e.name) && !/\/(reception|cafe|office|breakfast-room)-/.test(e.name),
      )
      .map((e) => ({ name: e.name, startTime: e.startTime })),
  );
}

/**
 * The share (0–1) of pixels in `area` that differ clearly between two screenshots. Decoded in a blank
 * page of the same browser (the game's own page has a Content-Security-Policy that is none of this).
 */
async function pixelsDiffering(
  scratch: Page,
  a: Buffer,
  b: Buffer,
  area: { x: number; y: number; width: number; height: number },
): Promise<number> {
  return scratch.evaluate(
    async ({ a64, b64, area }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(bitmap, 0, 0);
        return g.getImageData(area.x, area.y, area.width, area.height).data;
      };
      const [x, y] = [await pixels(a64), await pixels(b64)];
      let differing = 0;
      for (let i = 0; i < x.length; i += 4) {
        const d =
          Math.abs(x[i]! - y[i]!) +
          Math.abs(x[i + 1]! - y[i + 1]!) +
          Math.abs(x[i + 2]! - y[i + 2]!);
        if (d > 40) differing++;
      }
      return differing / (x.length / 4);
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), area },
  );
}

async function openScenario(page: Page, id: string): Promise<void> {
  await page.goto(baseUrl);
  await chooseScenario(page, id);
  await page.waitForSelector('button.choice', { timeout: 60_000 });
}

describe('the stage', () => {
  it('draws with WebGL from a Phaser built of its modules, loading pictures after the first choice', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watch(page, baseUrl);
    try {
      await recordFirstChoice(page);
      await openScenario(page, 'hard-seller');
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
        .toBe('webgl');
      await expect.poll(() => page.locator('#stage canvas').count()).toBe(1);
      await page.locator('#stage').screenshot({ path: `${SCREENSHOTS}/stage-webgl.png` });
      // The people come after the first choice: first who is on stage, then the rest in idle time.
      await expect
        .poll(async () => (await peoplePictures(page)).length, { timeout: 60_000 })
        .toBeGreaterThan(4);
      const firstChoice = await page.evaluate(
        () => (window as unknown as { firstChoiceAt?: number }).firstChoiceAt ?? Infinity,
      );
      for (const p of await peoplePictures(page))
        expect(p.startTime, p.name).toBeGreaterThan(firstChoice);
      // Nobody is at the bar yet when the first choice comes: an empty venue is a still picture.
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-pace'), { timeout: 30_000 })
        .toBe('still');
      // The first choice brings Els to the bar.
      await page.locator('button.choice').first().click();
      await expect
        .poll(async () => Object.keys(await drawn(page)), { timeout: 30_000 })
        .toContain('els');
      // Once everyone has come in and the emphasis has settled, people only breathe and blink: the
      // stage draws at its idle rate (motion on), not at full rate for as long as the player reads;
      // or, where it cannot draw even that smoothly (WebGL in software, as here without a GPU), people
      // stand still and the stage stops drawing, saying why.
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-pace'), { timeout: 30_000 })
        .toMatch(/^(idle|still)$/);
      const stage = page.locator('#stage');
      const motion = async () =>
        `${await stage.getAttribute('data-pace')} ${await stage.getAttribute('data-motion')}`;
      await expect.poll(motion, { timeout: 30_000 }).toMatch(/^(idle null|still too-slow)$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the first choice free of the stage on a fresh visit straight into a scenario', async () => {
    // Hold Phaser's chunk: the first choice must appear regardless, and the chunk must not even be
    // asked for while the scenario is starting unless the title screen was idle long enough.
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watch(page, baseUrl);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/scenes-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await openScenario(page, 'secretary-call');
      expect(await page.locator('#stage').getAttribute('data-renderer')).toBeNull();
      release();
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
        .toBe('webgl');
      expect(problems).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });

  it('draws with canvas when WebGL is off, and the game plays to the debrief', async () => {
    const noWebgl = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS, '--disable-3d-apis'],
    });
    try {
      const page = await noWebgl.newPage({
        viewport: { width: 390, height: 844 },
        locale: 'en-GB',
      });
      const problems = watch(page, baseUrl);
      await openScenario(page, 'hard-seller');
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
        .toBe('canvas');
      await page.screenshot({ path: `${SCREENSHOTS}/stage-canvas-phone.png` });
      expect(await playToDebrief(page)).toBeGreaterThanOrEqual(3);
      expect(problems).toEqual([]);
    } finally {
      await noWebgl.close();
    }
  });

  it('shows the venue above the panel when the options scroll (phone, motion reduced)', async () => {
    // Four long options at trade-fair-booth's third choice point overflow the panel on a phone, so the
    // options' area scrolls. An opaque scroller once hid the canvas above the panel (see .choices-area
    // in main.css): the stage strip must look the same with the dialogue shown as with it hidden.
    const { context, page, problems } = await openPage(browser, baseUrl, {
      viewport: PHONE,
      reducedMotion: true,
    });
    const scratch = await context.newPage();
    try {
      await page.goto(`${baseUrl}#/play/trade-fair-booth?lang=en`);
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      expect(await playToEnd(page, path([3, 3]), { stopAfter: 2 })).toBe(2);
      await expect.poll(() => page.locator('button.choice:not([disabled])').count()).toBe(4);
      expect(
        await page.locator('.choices-area').evaluate((e) => e.scrollHeight > e.clientHeight + 1),
      ).toBe(true);
      // The stage boots in idle time after the first choice: on a loaded machine that can take a
      // while, so these waits have the same budget as the stage's other waits.
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-drawn'), { timeout: 60_000 })
        .toMatch(/ilse:/);
      await expect
        .poll(() => page.locator('.pictures-progress:visible').count(), { timeout: 60_000 })
        .toBe(0);
      // Motion reduced: nothing breathes, so once drawn the stage stops drawing.
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-pace'), { timeout: 30_000 })
        .toBe('still');
      const panelTop = await page.locator('.panel').evaluate((e) => e.getBoundingClientRect().top);
      const strip = { x: 0, y: 0, width: PHONE.width, height: Math.floor(panelTop) - 60 };
      expect(strip.height).toBeGreaterThan(150);
      await screenshot(page, 'stage-phone-options-scroll');
      const shown = await page.screenshot();
      await page
        .locator('main.ui')
        .evaluate((e) => ((e as HTMLElement).style.visibility = 'hidden'));
      await page.waitForTimeout(300);
      const hidden = await page.screenshot();
      await page.locator('main.ui').evaluate((e) => ((e as HTMLElement).style.visibility = ''));
      expect(await pixelsDiffering(scratch, shown, hidden, strip)).toBeLessThan(0.05);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fetches nothing of the stage while the player has the pictures off, and starts it when they turn them on', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, {
      pictures: false,
      reducedMotion: true,
    });
    const stageAsked: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(scenes-[^/]*\.js|[^/]*\.svg)$/.test(r.url())) stageAsked.push(r.url());
    });
    try {
      await openScenario(page, 'secretary-call');
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      expect(stageAsked).toEqual([]);
      expect(await page.locator('#stage canvas').count()).toBe(0);

      // A new visit, straight to the settings (the conversation is kept for later).
      await page.goto('about:blank');
      await page.goto(`${baseUrl}#/settings`);
      await page.getByRole('radio', { name: en.picturesOn }).check();
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
        .toBe('webgl');
      await expect.poll(() => page.locator('#stage canvas').isVisible()).toBe(true);
      expect(stageAsked.some((u) => /scenes-/.test(u))).toBe(true);

      // Off again: the canvas goes at once, and the setting is kept for the next visit.
      await page.getByRole('radio', { name: en.picturesOff }).check();
      await expect.poll(() => page.locator('#stage canvas').isVisible()).toBe(false);
      await page.reload();
      await expect
        .poll(() => page.getByRole('radio', { name: en.picturesOff }).isChecked())
        .toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('plays secretary-call to the debrief as dialogue only when the stage cannot load', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watch(page, baseUrl);
    await page.route(/\/assets\/scenes-[^/]*\.js$/, (route) => route.abort('failed'));
    try {
      await openScenario(page, 'secretary-call');
      await expect
        .poll(() => page.evaluate(() => document.body.classList.contains('no-canvas')), {
          timeout: 60_000,
        })
        .toBe(true);
      expect(await playToDebrief(page)).toBeGreaterThanOrEqual(8);
      // The only problems are the one we caused: the stage's chunk did not arrive (and the browser's
      // console says so).
      expect(problems.filter((p) => !/scenes-[^/]*\.js|Failed to load resource/.test(p))).toEqual(
        [],
      );
      expect(problems.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
