/**
 * Real Chromium for the end-to-end tests, with a watch on everything that should never happen: a
 * console error, an uncaught page error, a failed request, or a request to any other origin.
 */
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = 'test-results/screenshots';

export function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1366, height: 768 } as const;
export const PROJECTOR = { width: 1920, height: 1080 } as const;

export interface PageOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** The browser's language; en-GB unless a test is about the language. */
  readonly locale?: string;
  /** Lines appear at once: for tests about something other than the reveal. */
  readonly reducedMotion?: boolean;
  readonly acceptDownloads?: boolean;
  /**
   * false: the player's "Pictures: dialogue only" setting, as a first visit would find it saved. For
   * files about something other than the stage (scores, storage, the LMS, rooms): under software
   * WebGL the stage costs most of a play's CPU. The stage has its own files (stage, look, play,
   * conversation, a11y, routes, offline, csp).
   */
  readonly pictures?: boolean;
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** What `watch` collects; a test ends with `expect(problems).toEqual([])`. */
  readonly problems: string[];
}

/** A fresh context (its own storage) and page, watched from its first request. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { ...(options.viewport ?? LAPTOP) },
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  if (options.pictures === false) await picturesOff(context);
  const page = await context.newPage();
  return { context, page, problems: watch(page, baseUrl) };
}

/** The storage key of the device's settings (src/progress/schema.ts). */
const SETTINGS_KEY = 'mingle:v1:settings';

/**
 * Saves "Pictures: dialogue only" in every page of the context before the game reads its settings,
 * unless settings are already saved (a test's own, or the game's after the setting was written).
 */
export async function picturesOff(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    try {
      if (localStorage.getItem(key) === null)
        localStorage.setItem(key, JSON.stringify({ schema: 1, pictures: false }));
    } catch {
      // Storage refused (a test about that): the pictures stay on.
    }
  }, SETTINGS_KEY);
}

/**
 * Collects every problem the page reports, as readable lines for the assertion message. `expected`
 * lets through the problems a test causes on purpose (and only those).
 */
export function watch(page: Page, baseUrl: string, expected?: RegExp): string[] {
  const found: string[] = [];
  const problems = {
    push: (line: string) => (expected?.test(line) ? found.length : found.push(line)),
  };
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A reload or a new address ends the page that was loading, and the browser aborts whatever that
  // page was still fetching (the stage's art, the service worker's module): no fault of the game. Only
  // those are let go: aborted, and asked for by a page that a later navigation replaced. The old page
  // lives on until the new one commits, so what it asks for while a reload is in flight is its own too.
  let navigations = 0;
  let inFlight = false;
  const askedIn = new WeakMap<Request, number>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) {
      navigations++;
      inFlight = true;
    } else askedIn.set(r, inFlight ? navigations - 1 : navigations);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) inFlight = false;
  });
  page.on('requestfailed', (r) => {
    const errorText = r.failure()?.errorText ?? '?';
    const asked = askedIn.get(r);
    if (errorText === 'net::ERR_ABORTED' && asked !== undefined && asked < navigations) return;
    problems.push(`failed request: ${r.url()} (${errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.push(`request to another origin: ${r.url()}`);
    }
  });
  return found;
}

/** The stage's chunk (Phaser and the scenes), as the build names it. */
export const STAGE_CHUNK = /\/assets\/scenes-[^/]*\.js$/;

/**
 * Where the pictures cannot be turned off by a saved setting (the LMS keeps none): the stage's chunk
 * is refused, and the game plays as dialogue only, as it does when the chunk cannot load. Returns
 * the problems that this causes, for `watch`'s `expected`.
 */
export async function refuseStage(page: Page): Promise<RegExp> {
  await page.route(STAGE_CHUNK, (route) => route.abort('failed'));
  return /scenes-[^/]*\.js|Failed to load resource/;
}

/**
 * Opens the game again at its first screen, as a new visit from a bookmark would. (A plain reload
 * stays on the screen it was on: every screen has an address, issue 13.)
 */
export async function reopen(page: Page): Promise<void> {
  await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search));
  await page.reload();
}

/** The text of the element that has keyboard focus (read only; the tests never drive by script). */
export async function focusedText(page: Page): Promise<string> {
  return (
    (await page
      .locator(':focus')
      .textContent({ timeout: 2000 })
      .catch(() => null)) ?? ''
  );
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
export async function tabTo(page: Page, selector: string, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(`${selector}:focus`).count()) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Opens a scenario as a shared link does (`#/play/<id>?lang=`), and waits for its conversation. Tests
 * about scenario select click their way in instead; every other test starts here.
 */
export async function openScenario(
  page: Page,
  baseUrl: string,
  id: string,
  lang?: string,
): Promise<void> {
  await page.goto(`${baseUrl}#/play/${id}${lang === undefined ? '' : `?lang=${lang}`}`);
  await page.waitForSelector('.screen-conversation');
}

/** From the title screen, as a player goes: Start, then the scenario's button in scenario select. */
export async function chooseScenario(page: Page, id: string): Promise<void> {
  await page.locator('button.start').click();
  await page.locator(`button[data-scenario="${id}"]`).click();
  await page.waitForSelector('.screen-conversation');
}

/** Waits until the stage draws and none of its pictures is still loading. */
export async function stageReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('#stage canvas', { timeout });
  await expect.poll(() => page.locator('.pictures-progress:visible').count(), { timeout }).toBe(0);
}

/** Who the stage draws, as id → mood (the stage host's `data-drawn`). */
export async function drawn(page: Page): Promise<Record<string, string>> {
  const value = (await page.locator('#stage').getAttribute('data-drawn')) ?? '';
  return Object.fromEntries(
    value
      .split(' ')
      .filter((p) => p !== '')
      .map((p) => p.split(':') as [string, string]),
  );
}

/** Waits until nothing animates, then saves a screenshot as `SCREENSHOTS/<name>.png`. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

/** Which option (0-based) to take at choice point `step`, when `count` are on offer. */
export type Pick = (step: number, count: number) => number;

/** The first option every time. */
export const first: Pick = () => 0;

/** The last option every time. */
export const last: Pick = (_step, count) => count - 1;

/** A written path: the option (1-based, as the number keys) to take at each choice point, in order. */
export function path(options: readonly number[]): Pick {
  return (step, count) => {
    const option = options[step];
    if (option === undefined) throw new Error(`more choice points than the path has (${step + 1})`);
    if (option > count)
      throw new Error(`choice point ${step + 1} has ${count} options, not ${option}`);
    return option - 1;
  };
}

export interface PlayOptions {
  /** Called whenever options are on offer, before choosing; `true` stops the play there. */
  readonly atChoices?: (step: number, count: number) => Promise<boolean | void>;
  /**
   * The key pressed while no option is on offer. Space completes the line being typed, then pauses;
   * any other key ('x', the default) shows the rest of a reply at once.
   */
  readonly advance?: (step: number) => string;
  /** Choose by clicking the buttons (and click the transcript to go on) instead of by keys. */
  readonly click?: boolean;
  /** Stop after this many choices. */
  readonly stopAfter?: number;
}

/**
 * Plays the open conversation by keyboard (number keys), taking `pick(step, count)` at each choice
 * point, until the end (the debrief button shows), `stopAfter` choices, or `atChoices` says stop.
 * Returns the number of choices made.
 */
export async function playToEnd(
  page: Page,
  pick: Pick,
  options: PlayOptions = {},
): Promise<number> {
  const { atChoices, advance = () => 'x', click = false, stopAfter = Infinity } = options;
  let step = 0;
  for (let guard = 0; guard < 600; guard++) {
    if (step >= stopAfter) return step;
    if (await page.locator('button.to-debrief').isVisible()) return step;
    const buttons = page.locator('button.choice:not([disabled])');
    const count = await buttons.count();
    if (count === 0) {
      if (click) await page.locator('.transcript').click();
      else await page.keyboard.press(advance(step));
      await page.waitForTimeout(60);
      continue;
    }
    if ((await atChoices?.(step, count)) === true) return step;
    const option = pick(step, count);
    if (click) await buttons.nth(option).click();
    else await page.keyboard.press(String(option + 1));
    step++;
    await page.waitForTimeout(60);
  }
  throw new Error('the scenario never reached its end');
}
