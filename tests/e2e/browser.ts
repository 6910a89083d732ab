/**
 * Real Chromium for the end-to-end tests, with a watch on everything that should never happen: a
 * console error, an uncaught page error, a failed request, or a request to any other origin.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/** Collects every problem the page reports, as readable lines for the assertion message. */
export function watch(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`failed request: ${r.url()} (${r.failure()?.errorText ?? '?'})`),
  );
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
