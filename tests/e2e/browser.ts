/**
 * Real Chromium for the end-to-end tests, with a watch on everything that should never happen: a
 * console error, an uncaught page error, a failed request, or a request to any other origin.
 */
import { mkdirSync } from 'node:fs';
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
  const page = await context.newPage();
  return { context, page, problems: watch(page, baseUrl) };
}

/** Collects every problem the page reports, as readable lines for the assertion message. */
export function watch(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A reload or a new address ends the page that was loading, and the browser aborts whatever that
  // page was still fetching (the stage's art, the service worker's module): no fault of the game. Only
  // those are let go: aborted, and asked for before the page's latest navigation began.
  let navigations = 0;
  const askedIn = new WeakMap<Request, number>();
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
    else askedIn.set(r, navigations);
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
  return problems;
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
