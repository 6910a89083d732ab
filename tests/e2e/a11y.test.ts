/**
 * Accessibility you can measure (issue 13 item 5), in the shipped game in real Chromium:
 *
 * - axe-core finds no violation on any screen (and the conversation's two dialogs), in English and in
 *   Dutch, at phone and at laptop size;
 * - reflow: no screen scrolls sideways or cuts off content at 320 CSS px wide (what a 1280 px window
 *   shows at 400 % zoom, WCAG 1.4.10), nor at 200 % zoom. Zoom is emulated by its layout: a browser
 *   at 200 % lays a 1280×800 window out as 640×400 CSS px, so the page gets a 640×400 viewport (the
 *   device pixel ratio only sharpens the drawing, it changes no layout);
 * - a screen reader hears each dialogue line once, whole, when it is complete: the transcript (a
 *   polite live region) never holds a half-typed line in the accessibility tree, and every line
 *   added to it is already complete and never changes afterwards;
 * - focus moves to the new screen's heading on every change of screen: by a button, by Back and
 *   Forward, and by an address typed over the page.
 *
 * One browser, and one page per language, so the many screens cost one start-up each.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { LAPTOP, launch, openPage, PHONE } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** 400 % zoom of a 1280 px wide window (WCAG 1.4.10's reference). */
const NARROW = { width: 320, height: 640 } as const;
/** 200 % zoom of a 1280×800 window, as the page lays it out. */
const ZOOM_200 = { width: 640, height: 400 } as const;

/** axe's findings as readable lines: rule, impact and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}): ${n.target.join(' ')} — ${v.help}`),
  );
}

/**
 * What the page loses at its current size: sideways scrolling of the page, and any text or control
 * cut off by a box that hides its overflow (a scrolling box is fine: its content can be reached).
 */
async function reflowLosses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lost: string[] = [];
    const doc = document.documentElement;
    const sideways = doc.scrollWidth - doc.clientWidth;
    if (sideways > 1) lost.push(`the page scrolls sideways by ${sideways}px`);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of document.querySelectorAll<HTMLElement>('#app *')) {
      if (!shown(el) || el.closest('.sr-only, [hidden], dialog:not([open])')) continue;
      const style = getComputedStyle(el);
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (hidesX && el.scrollWidth > el.clientWidth + 1)
        lost.push(`${name(el)} cuts off ${el.scrollWidth - el.clientWidth}px of its width`);
      if (hidesY && el.scrollHeight > el.clientHeight + 1)
        lost.push(`${name(el)} cuts off ${el.scrollHeight - el.clientHeight}px of its height`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        lost.push(`${name(el)} ends its text in an ellipsis`);
    }
    // Every control and heading lies within the page's width (reachable without sideways scrolling).
    for (const el of document.querySelectorAll('#app :is(h1, h2, h3, button, a, input, select)')) {
      if (!shown(el) || el.closest('.sr-only, [hidden], dialog:not([open])')) continue;
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > doc.clientWidth + 1)
        lost.push(`${name(el)} lies outside the page's width (${box.left}–${box.right})`);
    }
    return lost;
  });
}

/** Checks the screen on show at phone and laptop size with axe, then its reflow when zoomed. */
async function check(page: Page, name: string, found: string[]): Promise<void> {
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    for (const v of await violations(page)) found.push(`${name} at ${size.width}px: ${v}`);
  }
  for (const size of [NARROW, ZOOM_200]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    for (const v of await reflowLosses(page))
      found.push(`${name} at ${size.width}×${size.height}: ${v}`);
  }
  await page.setViewportSize(LAPTOP);
}

/** Takes choices until the conversation offers its debrief. */
async function playToEnd(page: Page): Promise<void> {
  for (let guard = 0, choices = 0; guard < 400; guard++) {
    if (await page.locator('button.to-debrief').isVisible()) return;
    const buttons = page.locator('button.choice:not([disabled])');
    const count = await buttons.count();
    if (count === 0) {
      await page.locator('.transcript').click();
      await page.waitForTimeout(60);
      continue;
    }
    await buttons.nth(choices % count).click();
    choices++;
    await page.waitForTimeout(60);
  }
  throw new Error('the scenario never reached its end');
}

/**
 * Records where focus goes, in the page: each element that receives focus, described by its tag, its
 * text and whether it is the heading (h1) of the screen on show. `focusLog` reads and clears it.
 */
async function watchFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { tag: string; text: string; isHeading: boolean }[] = [];
    (window as unknown as { focusLog: typeof log }).focusLog = log;
    document.addEventListener('focusin', (e) => {
      const el = e.target instanceof Element ? e.target : null;
      log.push({
        tag: el?.tagName ?? '',
        text: el?.textContent?.trim() ?? '',
        isHeading: el !== null && el === document.querySelector('#app h1'),
      });
    });
  });
}

async function focusLog(page: Page): Promise<{ tag: string; text: string; isHeading: boolean }[]> {
  return page.evaluate(() => {
    const w = window as unknown as {
      focusLog: { tag: string; text: string; isHeading: boolean }[];
    };
    return w.focusLog.splice(0);
  });
}

describe('accessibility', () => {
  for (const lang of ['en', 'nl'] as const) {
    const t = lang === 'nl' ? nl : en;
    it(`finds no axe violation and no loss on reflow on any screen (${lang})`, async () => {
      const { context, page, problems } = await openPage(browser, baseUrl, {
        viewport: LAPTOP,
        locale: lang === 'nl' ? 'nl-BE' : 'en-GB',
        reducedMotion: true,
        // Dialogue only: axe reads the page, not the canvas's pixels, and each of the many resizes
        // here would otherwise redraw the stage. The other tests below keep the stage on.
        pictures: false,
      });
      const found: string[] = [];
      /** Types an address over the page (the first one opens it) and waits for its screen. */
      const at = async (hash: string, ready: string) => {
        await page.goto(`${baseUrl}${hash}`);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
      };
      try {
        await at(`#/?lang=${lang}`, '.screen-title h1');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await check(page, 'title', found);
        await at('#/scenarios', 'button[data-scenario]');
        await check(page, 'scenarios', found);
        await at('#/settings', '.screen-settings h1');
        await check(page, 'settings', found);
        await at('#/progress', '.screen-progress h1');
        await check(page, 'progress', found);
        await at('#/profiles', '.screen-profiles h1');
        await check(page, 'profiles', found);
        await at('#/somewhere/else', '.screen-not-found h1');
        await check(page, 'not-found', found);
        await at('#/workshop', '.screen-workshop h1');
        await check(page, 'workshop set-up', found);
        await at('#/join', '.screen-join h1');
        await check(page, 'join', found);
        await at('#/studio', '.screen-studio .cm-editor');
        await check(page, 'studio', found);
        await at(`#/play/secretary-call?lang=${lang}`, 'button.choice');
        await check(page, 'conversation', found);
        // The conversation's dialogs, open.
        await page.locator('.screen-conversation button.settings-open').click();
        await page.locator('dialog[open]').waitFor();
        await check(page, 'conversation settings dialog', found);
        await page.keyboard.press('Escape');
        await page.locator('button.leave').click();
        await page.locator('dialog.leave-dialog[open]').waitFor();
        await check(page, 'leave dialog', found);
        await page.locator('button.leave-stay').click();
        await playToEnd(page);
        await page.locator('button.to-debrief').click();
        await page.locator('.tip').first().waitFor({ timeout: 60_000 });
        await check(page, 'debrief', found);
        expect(found).toEqual([]);
        expect(await page.locator('h1').first().textContent()).toBe(t.debriefTitle);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }, 480_000);
  }

  it('lets a screen reader hear each line once, whole, when it is complete (never typed out)', async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, { reducedMotion: false });
    try {
      // The slowest text speed, so the typing is long enough to be watched.
      await page.goto(`${baseUrl}#/settings`);
      await page.locator('.screen-settings h1').waitFor({ timeout: 60_000 });
      await page.locator('.setting-speed input[value="slow"]').check();
      // Every change to what the live region exposes, as the page sees it: additions of nodes that
      // are not hidden from assistive technology, and text that changes inside such nodes. Watched
      // from before the conversation opens (its address is typed over this page: same document).
      await page.evaluate(() => {
        const app = document.getElementById('app');
        if (!app) throw new Error('no #app');
        const regionOf = (n: Node | null) =>
          (n instanceof Element ? n : n?.parentElement)?.closest('.transcript') ?? null;
        const exposed = (n: Node | null): boolean => {
          const region = regionOf(n);
          for (let e = n instanceof Element ? n : n?.parentElement; e; e = e.parentElement) {
            if (e === region) return true;
            if (e.getAttribute('aria-hidden') === 'true') return false;
          }
          return false;
        };
        /** A node's text as assistive technology gets it: without its hidden parts. */
        const spoken = (n: Node): string => {
          if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
          if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
          return [...n.childNodes].map(spoken).join('');
        };
        const heard: { kind: string; text: string }[] = [];
        (window as unknown as { heard: typeof heard }).heard = heard;
        new MutationObserver((records) => {
          for (const r of records) {
            if (regionOf(r.target) === null) continue;
            if (r.type === 'characterData' && exposed(r.target))
              heard.push({ kind: 'changed', text: r.target.textContent ?? '' });
            if (r.type === 'attributes' && exposed(r.target))
              heard.push({ kind: 'unhidden', text: spoken(r.target) });
            if (r.type === 'childList')
              for (const n of r.addedNodes)
                if (exposed(n)) {
                  const text = spoken(n).trim();
                  const region = r.target instanceof Element && r.target.matches('.transcript');
                  if (text) heard.push({ kind: region ? 'added' : 'grew', text });
                }
          }
        }).observe(app, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['aria-hidden'],
        });
      });
      await page.goto(`${baseUrl}#/play/hard-seller?lang=en`);
      const log = page.locator('.transcript');
      await log.waitFor({ timeout: 60_000 });
      expect(await log.getAttribute('aria-live')).toBe('polite');
      expect(await log.getAttribute('role')).toBe('log');
      // While a line types out, the accessibility tree of the live region holds no part of it; once
      // it is complete, the whole line is there, once.
      let watchedTyping = 0;
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 400; i++) {
          if (await page.locator('button.choice').count()) break;
          // The line typing now (kept by the page, so the sample is of that one line), its whole
          // text and the part typed so far; then the tree; then whether it was still typing.
          const typing = await page.evaluate(() => {
            const line = document.querySelector('.transcript .line:has(.said.typing)');
            (window as unknown as { typingLine: Element | null }).typingLine = line;
            const said = line?.querySelector('.said');
            return line && said
              ? { full: said.textContent ?? '', typed: said.firstChild?.textContent ?? '' }
              : null;
          });
          if (typing && typing.full.length > 12) {
            const seen = await log.ariaSnapshot();
            const still = await page.evaluate(() => {
              const line = (window as unknown as { typingLine: Element | null }).typingLine;
              return line?.isConnected === true && line.querySelector('.said.typing') !== null;
            });
            if (still) {
              // Neither the whole line nor the part typed so far is in the tree yet.
              expect(seen).not.toContain(typing.full.slice(0, 12));
              if (typing.typed.length > 12) expect(seen).not.toContain(typing.typed);
              watchedTyping++;
            }
          }
          await page.waitForTimeout(50);
        }
        await page.locator('button.choice').first().waitFor({ timeout: 60_000 });
        if (round === 0) await page.locator('button.choice').first().click();
      }
      expect(watchedTyping).toBeGreaterThanOrEqual(2);
      const heard = await page.evaluate(
        () => (window as unknown as { heard: { kind: string; text: string }[] }).heard,
      );
      // Only whole additions to the region, and each spoken line exactly as it ends up.
      expect(heard.filter((h) => h.kind !== 'added')).toEqual([]);
      const lines = await log.locator(':scope > .line').evaluateAll((nodes) =>
        nodes.map((n) => {
          const spoken = (x: Node): string =>
            x instanceof Element && x.getAttribute('aria-hidden') === 'true'
              ? ''
              : x.nodeType === Node.TEXT_NODE
                ? (x.textContent ?? '')
                : [...x.childNodes].map(spoken).join('');
          return spoken(n).trim();
        }),
      );
      expect(lines.length).toBeGreaterThan(2);
      const addedLines = heard.map((h) => h.text).filter((text) => lines.includes(text));
      expect(addedLines).toEqual(lines);
      // The tree the browser exposes has each complete line once.
      const tree = await log.ariaSnapshot();
      const said = await log.locator(':scope > .line .said').allTextContents();
      // (Lines of plain words only: the snapshot is YAML, which escapes quotes.)
      const plain = said.filter(
        (text) => text.length > 20 && /^[\p{L}\p{N} ,.!?'’-]+$/u.test(text),
      );
      expect(plain.length).toBeGreaterThan(0);
      for (const text of plain) expect(tree.split(text).length - 1, text).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("moves focus to the new screen's heading on every change of screen, Back and Forward too", async () => {
    const { context, page, problems } = await openPage(browser, baseUrl, { reducedMotion: true });
    /**
     * The first place focus went since the last look is the new screen's heading. (A conversation
     * then moves it on to the question when the choices appear, issue 17: the heading comes first.)
     */
    const expectHeading = async (text: string) => {
      const first: { tag: string; text: string; isHeading: boolean }[] = [];
      await expect
        .poll(
          async () => {
            first.push(...(await focusLog(page)));
            return first[0] ?? null;
          },
          { timeout: 30_000 },
        )
        .toEqual({ tag: 'H1', text, isHeading: true });
    };
    try {
      await page.goto(baseUrl);
      await page.locator('.screen-title h1').waitFor({ timeout: 60_000 });
      await watchFocus(page);
      // By a button, with the keyboard.
      await page.getByRole('button', { name: en.start }).focus();
      await focusLog(page);
      await page.keyboard.press('Enter');
      await expectHeading(en.selectTitle);
      await page.goBack();
      await expectHeading(en.appName);
      await page.goForward();
      await expectHeading(en.selectTitle);
      // Addresses typed over the page (the same document: a hash changes), screens loaded on demand.
      await page.goto(`${baseUrl}#/progress`);
      await expectHeading(en.progress.progressTitle);
      await page.goto(`${baseUrl}#/workshop`);
      await expectHeading(en.workshop.title);
      await page.goto(`${baseUrl}#/studio`);
      await page.locator('.screen-studio h1').waitFor({ timeout: 60_000 });
      await expectHeading((await page.locator('.screen-studio h1').textContent()) ?? '');
      await page.goBack();
      await expectHeading(en.workshop.title);
      await page.goBack();
      await expectHeading(en.progress.progressTitle);
      await page.goForward();
      await expectHeading(en.workshop.title);
      // Into a conversation, and out of it to the debrief.
      await page.goto(`${baseUrl}#/play/secretary-call?lang=en`);
      await page.locator('button.choice').first().waitFor({ timeout: 60_000 });
      await expectHeading((await page.locator('.screen-conversation h1').textContent()) ?? '');
      await playToEnd(page);
      await focusLog(page);
      await page.locator('button.to-debrief').click();
      await expectHeading(en.debriefTitle);
      await page.goBack();
      await expectHeading(en.workshop.title);
      await page.goForward();
      await expectHeading(en.debriefTitle);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
