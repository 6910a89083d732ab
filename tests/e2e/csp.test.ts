/**
 * The Content-Security-Policy (issue 13 item 6, issue 16 item 11): the built game states a strict one
 * in every page, and plays under it, stage, sound and all, without a single violation report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { directives } from '../../scripts/vite-plugin-csp.ts';
import { launch, watch } from './browser.ts';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i;

/** Every violation the page reports, as readable lines. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.violations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the Content-Security-Policy', () => {
  it('is strict, and on every page of the build', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages).toContain('index.html');
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      const policy = META.exec(html)?.[1];
      expect(policy, file).toBeTruthy();
      const d = directives(policy ?? '');
      expect(d.get('script-src'), file).toEqual(["'self'"]);
      expect(d.get('connect-src'), file).toEqual(["'self'"]);
      expect(d.get('default-src'), file).toEqual(["'self'"]);
      expect(d.get('object-src'), file).toEqual(["'none'"]);
      expect(policy, file).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
      // No inline script anywhere: every <script> has a src.
      for (const m of html.matchAll(/<script\b([^>]*)>/g)) expect(m[1], file).toMatch(/\ssrc=/);
    }
  });

  it('holds while the game is played to the debrief, with the stage and sound', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watch(page, baseUrl);
    try {
      await recordViolations(page);
      await page.goto(baseUrl);
      await page.getByRole('button', { name: en.start }).click();
      await page.locator('button[data-scenario="hard-seller"]').click();
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
        .toBe('webgl');
      let choices = 0;
      for (let guard = 0; guard < 400; guard++) {
        if (await page.locator('button.to-debrief').isVisible()) break;
        const buttons = page.locator('button.choice:not([disabled])');
        const count = await buttons.count();
        if (count === 0) {
          await page.locator('.transcript').click();
          await page.waitForTimeout(60);
          continue;
        }
        await buttons.nth(choices % count).click();
        choices++;
        // Give the stage time to draw who speaks, blinks included (pictures drawn in the page).
        if (choices === 2) await page.waitForTimeout(3000);
        await page.waitForTimeout(60);
      }
      await page.locator('button.to-debrief').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);

      // The policy is in force (so the listener above could have failed): eval is refused, and
      // reported.
      const evalResult = await page.evaluate(() => {
        try {
          return String((0, eval)('1 + 1'));
        } catch (e) {
          return e instanceof Error ? e.name : 'refused';
        }
      });
      expect(evalResult).toBe('EvalError');
      await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
