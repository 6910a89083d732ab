/**
 * The authoring loop in the real dev server: a story error shows in Vite's overlay with the file and
 * the line, and editing a story reloads the running game. The server runs on a copy of a small
 * fixture story in a temporary folder, so the test never touches the real scenarios. A story that
 * reaches outside the stories folder, or is not UTF-8 text, is refused there as in the build.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkPlugin } from '../../scripts/vite-plugin-ink.ts';
import { cspPlugin } from '../../scripts/vite-plugin-csp.ts';
import { phaserPlugin } from '../../scripts/vite-plugin-phaser.ts';
import { launch } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
let server: ViteDevServer;
let browser: Browser;
let page: Page;
let base: string;
let storiesDir: string;
let story: string;
const SECRET = 'SECRET-next-to-the-stories';

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'mingle-dev-stories-'));
  storiesDir = join(base, 'stories');
  mkdirSync(join(storiesDir, 'en'), { recursive: true });
  writeFileSync(join(base, 'secret.ink'), `=== secret ===\n${SECRET}\n-> END\n`);
  story = join(storiesDir, 'en', 'dev-story.ink');
  copyFileSync(join(import.meta.dirname, 'fixtures', 'dev-story.ink'), story);
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin({ storiesDir }), phaserPlugin(), cspPlugin()],
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      watch: { usePolling: true, interval: 100 },
    },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  server.watcher.add(storiesDir);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

function url(): string {
  const found = server.resolvedUrls?.local[0];
  if (!found) throw new Error('the dev server has no URL');
  return found;
}

/** The text of Vite's error overlay, or null while there is none. */
function overlayText(p: Page): Promise<string | null> {
  return p.evaluate(
    () => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? null,
  );
}

/**
 * Waits for the title screen; a story error in the overlay fails at once, with its text, instead of
 * waiting out the timeout for a heading that cannot come.
 */
async function gameOrOverlay(p: Page): Promise<void> {
  await expect
    .poll(
      async () =>
        (await overlayText(p)) ?? ((await p.locator('h1').first().isVisible()) ? 'game' : null),
      { timeout: 120_000, interval: 250 },
    )
    .not.toBeNull();
  expect(await overlayText(p)).toBeNull();
}

describe('the dev server', () => {
  it('shows a story error with file and line, and reloads the game when the story is fixed', async () => {
    // The page's Content-Security-Policy holds on the dev server too (its overlay included).
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
      );
    });
    await page.goto(url(), { waitUntil: 'commit', timeout: 120_000 });
    await gameOrOverlay(page);

    // A mark on the page that only a reload can remove.
    await page.evaluate(() => {
      document.documentElement.dataset.beforeEdit = 'yes';
    });
    const good = readFileSync(story, 'utf8');
    const lines = good.split('\n');
    const line = lines.findIndex((l) => l.includes('# tip2 +2')) + 1;
    writeFileSync(story, good.replace('# tip2 +2', '# tip2 2'));
    await expect
      .poll(() => overlayText(page), { timeout: 60_000, interval: 500 })
      .toMatch(new RegExp(`dev-story\\.ink:${line}: error: malformed tip effect "tip2 2"`));

    writeFileSync(story, good.replace('Dev server check', 'Dev server check, edited'));
    await expect.poll(() => overlayText(page), { timeout: 60_000, interval: 500 }).toBeNull();
    await page.locator('h1').first().waitFor({ timeout: 60_000 });
    expect(
      await page.evaluate(() => document.documentElement.dataset.beforeEdit ?? null),
    ).toBeNull();
    // Passed as a string: Vitest would rewrite a dynamic import written inside a function.
    const title: unknown = await page.evaluate(
      "import('/@id/__x00__virtual:scenarios').then((m) => m.catalogue.map((s) => s.meta.title))",
    );
    expect(title).toEqual(['Dev server check, edited']);
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  });

  it('refuses an INCLUDE outside the stories folder and a story that is not UTF-8, as the build does', async () => {
    const good = readFileSync(story, 'utf8');
    await page.goto(url(), { waitUntil: 'commit', timeout: 120_000 });
    await gameOrOverlay(page);

    const lines = good.split('\n');
    const at = lines.findIndex((l) => !l.startsWith('#')) + 1;
    lines.splice(at - 1, 0, 'INCLUDE ../../secret.ink');
    writeFileSync(story, lines.join('\n'));
    await expect
      .poll(() => overlayText(page), { timeout: 60_000, interval: 500 })
      .toMatch(
        new RegExp(
          `dev-story\\.ink:${at}: error: INCLUDE \\.\\./\\.\\./secret\\.ink: outside the story folders`,
        ),
      );
    expect(await overlayText(page)).not.toContain(SECRET);

    writeFileSync(story, Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe, 0x00])]));
    await expect
      .poll(() => overlayText(page), { timeout: 60_000, interval: 500 })
      .toMatch(/dev-story\.ink: error: a binary file, not ink text/);

    writeFileSync(story, good);
    await expect.poll(() => overlayText(page), { timeout: 60_000, interval: 500 }).toBeNull();
  });
});
