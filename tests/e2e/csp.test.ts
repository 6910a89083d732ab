/**
 * The Content-Security-Policy (issue 13 item 6, issue 16 item 11): the built game states a strict one
 * in every page, and plays under it, stage, sound and all, without a single violation report; the
 * production server (server/main.ts) sends the same policy as a header, and the game and a live
 * workshop (projector, phone, the split's bars) run under both with no violation either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { directives } from '../../scripts/vite-plugin-csp.ts';
import { headerPolicy, pagePolicy } from '../../server/csp.ts';
import { removeDir, startServer, tempDir } from '../server/helpers.ts';
import { chooseScenario, launch, playToEnd, watch } from './browser.ts';

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
      await chooseScenario(page, 'hard-seller');
      await page.waitForSelector('button.choice', { timeout: 60_000 });
      await expect
        .poll(() => page.locator('#stage').getAttribute('data-renderer'), { timeout: 60_000 })
        .toBe('webgl');
      await playToEnd(page, (step, count) => step % count, {
        click: true,
        // Give the stage time to draw who speaks, blinks included (pictures drawn in the page).
        atChoices: async (step) => {
          if (step === 2) await page.waitForTimeout(3000);
        },
      });
      await page.locator('button.to-debrief').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.debriefTitle);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);

      // The policy is in force (so the listener above could have failed): an inline script put into
      // the page does not run, and is reported. (Not eval from here: Chromium lets code that the test
      // runs through DevTools evaluate strings whatever the policy says.)
      const ran = await page.evaluate(async () => {
        const w = window as unknown as { inlineRan?: boolean };
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return w.inlineRan === true;
      });
      expect(ran).toBe(false);
      await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('the production server', () => {
  it("sends the page's policy as a header; the game and a live workshop run under both", async () => {
    const data = tempDir('mingle-csp-data-');
    const server = await startServer({ MINGLE_DIST: dist, MINGLE_DATA_DIR: data });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
    });
    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
    });
    try {
      const base = `${server.url}/`;
      const res = await fetch(base);
      const page = pagePolicy(await res.text());
      expect(page).toBeTruthy();
      expect(res.headers.get('content-security-policy')).toBe(headerPolicy(page ?? ''));

      const p = await context.newPage();
      const problems = watch(p, base);
      await recordViolations(p);
      await p.goto(base);
      await p.getByRole('button', { name: en.start }).click();
      await p.locator('button[data-scenario="hard-seller"]').click();
      await p.waitForSelector('button.choice', { timeout: 60_000 });
      await p.locator('button.choice').first().click();

      // A live room: the projector's code and QR, a phone joining, a vote, the split's bars.
      const w = en.workshop;
      // The game held under the policy; the workshop opens in a fresh load of its address (a hash
      // change alone would be a Back-like move out of the conversation, which asks first).
      expect(await violations(p)).toEqual([]);
      await p.goto('about:blank');
      await p.goto(`${base}#/workshop`);
      await expect.poll(() => p.locator('.screen-workshop').count(), { timeout: 20_000 }).toBe(1);
      await p.locator('.screen-workshop select').selectOption('hard-seller');
      await p.getByRole('button', { name: w.openRoom }).click();
      await expect
        .poll(() => p.locator('.join-code .code').textContent(), { timeout: 20_000 })
        .toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
      const code = ((await p.locator('.join-code .code').textContent()) ?? '').replace('-', '');
      expect(await p.locator('svg.qr').count()).toBe(1);

      const phone = await phoneContext.newPage();
      const phoneProblems = watch(phone, base);
      await recordViolations(phone);
      await phone.goto(`${base}#/join/${code}`);
      await phone.getByRole('button', { name: w.join, exact: true }).click();
      await expect.poll(() => phone.locator('.screen-phone').count(), { timeout: 20_000 }).toBe(1);
      await p.getByRole('button', { name: w.startStory }).click();
      await expect
        .poll(() => phone.locator('button.phone-option:not([disabled])').count(), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      await phone.locator('button.phone-option').first().click();
      await expect
        .poll(() => p.locator('.voted').textContent(), { timeout: 20_000 })
        .toBe(w.voted(1, 1));
      await p.locator('button.reveal').click();
      // The bar's width is set through the CSSOM, which the policy allows: the bar is drawn.
      await expect
        .poll(() =>
          p
            .locator('.split-fill')
            .first()
            .evaluate((e) => e.getBoundingClientRect().width),
        )
        .toBeGreaterThan(0);

      expect(await violations(p)).toEqual([]);
      expect(await violations(phone)).toEqual([]);
      expect(problems).toEqual([]);
      expect(phoneProblems).toEqual([]);
    } finally {
      await phoneContext.close();
      await context.close();
      await server.stop();
      removeDir(data);
    }
  });
});
