/**
 * `npm run bench:start [--runs N] [--root DIR] [--json FILE]`
 *
 * How fast the first choice is clickable, measured side by side with a bare page that plays the same
 * compiled `hard-seller` with inkjs and a few lines of DOM code (built here, from the same story).
 * Headless Chromium, 4× CPU throttle (CDP Emulation.setCPUThrottlingRate), reduced motion (so no text
 * animation counts), a fresh browser context (empty cache, first visit) per run; the variants run
 * interleaved and each figure is the median of N runs (default 5).
 *
 * Measured per run, on the page's own clock (navigation start = 0):
 * - bare page: navigation → first clickable choice;
 * - Mingle from a deep link (`#/play/hard-seller?lang=en`): navigation → first clickable choice;
 *   when the build has no such route the title screen shows and the figure is "n/a";
 * - Mingle from the title: navigation → title usable, then the scenario's click → first choice;
 * - main-thread long tasks (the browser's `longtask` entries, over 50 ms) between choosing the scenario
 *   and the first choice, and the longest task before the first choice;
 * - JavaScript fetched (gzip, as the server would send it) before the first choice and in all, once
 *   the stage has had 6 s to come in;
 * - the default experience (motion on, default text speed), from the title: scenario click → first
 *   choice, in seconds.
 * Static: the stage chunk (the one with Phaser's WebGL renderer) and the initial bundle, gzipped.
 *
 * `--root` measures another checkout (e.g. a `git worktree` of main, with `node_modules` linked),
 * so a change can be compared with what it replaces; the bare page is always built from this tree.
 * `--compare DIR` also measures another checkout's deep link in the same runs, interleaved: on a
 * loaded machine the only fair way to tell a change from its base. The deep link that runs right
 * after the bare page is measured some 60-80 ms slower than the one after it, whichever build it
 * is, so the two take turns in that place (this tree first in odd runs, DIR first in even runs) and
 * each order's medians are given apart too. `--deep-only` skips the title path and the default
 * experience (for such an A/B), `--settle MS` shortens the 6 s each page runs on after its choice.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { compileInk } from '../src/story/compile.ts';
import { STORY_LINT_OPTIONS } from './ink/lint-options.ts';
import { nodeInkLoader } from './ink/node-loader.ts';
import { arg, CHROMIUM, gzipKiB, initialChunks, serve } from './bench-common.ts';

const HERE = resolve(import.meta.dirname, '..');
const THROTTLE = 4;
/** How long each page is left to run after its first choice (the stage's download is counted). */
const SETTLE_MS = Math.max(0, Number(arg('settle') ?? 6000));
/** Only the bare page and the deep links: an A/B of a change to the start, in a quarter of the time. */
const DEEP_ONLY = process.argv.includes('--deep-only');

const RUNS = Math.max(1, Number(arg('runs') ?? 5));
const ROOT = resolve(arg('root') ?? HERE);
/** Another checkout whose deep link is measured in the same runs, interleaved (a change against its base). */
const COMPARE = arg('compare') ? resolve(arg('compare') ?? '') : null;
const JSON_OUT = arg('json');
// One folder per checkout: worktrees share node_modules (a link), and two benchmarks must not build
// into each other's folders.
const WORK = join(HERE, 'node_modules/.cache/mingle-bench', basename(HERE));

/** The bare page: inkjs's runtime, the compiled story as JSON, and a dozen lines of DOM. */
async function buildBare(): Promise<string> {
  const src = join(WORK, 'bare-src');
  const out = join(WORK, 'bare');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(src, 'public'), { recursive: true });
  const entry = 'stories/en/hard-seller.ink';
  const { json } = compileInk(entry, nodeInkLoader(HERE, entry), STORY_LINT_OPTIONS);
  writeFileSync(join(src, 'public/hard-seller.json'), json);
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head>' +
      '<body><main id="out"></main><ul id="choices"></ul><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(
    join(src, 'main.js'),
    `import { Story } from 'inkjs';
const story = new Story(await (await fetch('./hard-seller.json')).text());
const out = document.getElementById('out');
const list = document.getElementById('choices');
function step() {
  while (story.canContinue) {
    const p = document.createElement('p');
    p.textContent = story.Continue();
    out.append(p);
  }
  list.replaceChildren(...story.currentChoices.map((c) => {
    const b = document.createElement('button');
    b.className = 'choice';
    b.textContent = c.text;
    b.onclick = () => { story.ChooseChoiceIndex(c.index); step(); };
    const li = document.createElement('li');
    li.append(b);
    return li;
  }));
}
step();
`,
  );
  await build({
    root: src,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  return out;
}

async function buildGame(
  root = ROOT,
  name = root === HERE ? 'game' : 'game-other',
): Promise<string> {
  const out = join(WORK, name);
  await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  return out;
}

interface RunResult {
  /** ms from navigation to the first clickable choice (deep link or bare page); null when n/a. */
  firstChoice: number | null;
  /** ms from navigation to the title's first button (title path). */
  titleReady: number | null;
  /** ms from the scenario's click to the first choice (title path). */
  chosenToChoice: number | null;
  longTasksInWindow: number;
  longestInWindow: number;
  longestBeforeChoice: number;
  jsBeforeChoiceKiB: number;
  jsTotalKiB: number;
}

/**
 * Installed before any page script: the first choice's time, the scenario's click and every long task,
 * on the page clock. Plain JavaScript in a string, so no helper of our TypeScript toolchain leaks in.
 */
const INSTRUMENT = `(() => {
  let settle;
  const bench = (window.bench = {
    firstChoice: null, chosen: null, tasks: [], timeOrigin: performance.timeOrigin,
    // What came up first: the first clickable choice, or the title screen (a build without routes).
    shown: new Promise((resolve) => (settle = resolve)),
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (bench.firstChoice !== null) return;
    const b = document.querySelector('button.choice');
    if (b && !b.disabled) {
      bench.firstChoice = performance.now();
      settle('choice');
    } else if (document.querySelector('.screen-title')) settle('title');
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    if (e.target && e.target.closest && e.target.closest('[data-scenario]')) bench.chosen = performance.now();
  }, true);
})();`;

interface Bench {
  firstChoice: number | null;
  chosen: number | null;
  tasks: [number, number][];
  /** The page clock's zero, in ms since the epoch (the clock the requests below are timed on). */
  timeOrigin: number;
}

async function readBench(page: Page): Promise<Bench> {
  return page.evaluate(() => {
    const { firstChoice, chosen, tasks, timeOrigin } = (window as unknown as { bench: Bench })
      .bench;
    return { firstChoice, chosen, tasks, timeOrigin };
  });
}

async function run(
  browser: Browser,
  url: string,
  dist: string,
  mode: 'bare' | 'deep' | 'title',
  reducedMotion: boolean,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const js: { url: string; t: number }[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('.js')) js.push({ url: r.url(), t: Date.now() });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript({ content: INSTRUMENT });
  let titleReady: number | null = null;
  let firstChoice: number | null = null;
  let chosenToChoice: number | null = null;
  let from = 0;
  let choiceAt = 0;
  if (mode === 'title') {
    await page.goto(url);
    await page.locator('button.start').waitFor({ timeout: 120_000 });
    titleReady = await page.evaluate(() => performance.now());
    await page.locator('button.start').click();
    await page.locator('button[data-scenario="hard-seller"]').click();
    await page.locator('button.choice').first().waitFor({ timeout: 120_000 });
    const b = await readBench(page);
    from = b.chosen ?? 0;
    choiceAt = b.firstChoice ?? 0;
    chosenToChoice = choiceAt - from;
  } else {
    await page.goto(mode === 'deep' ? `${url}#/play/hard-seller?lang=en` : url);
    // Waited for in the page itself (a promise the instrument settles), not with a locator: the first
    // locator makes Playwright evaluate its selector engine in the page, a few hundred ms of main
    // thread at this throttle, which then lands inside one variant's measured window and not the
    // other's, depending on when each page's load event lets this line run.
    let timer: NodeJS.Timeout | undefined;
    const which = await Promise.race([
      page.evaluate(() => (window as unknown as { bench: { shown: Promise<string> } }).bench.shown),
      new Promise<string>((resolve) => (timer = setTimeout(() => resolve('none'), 120_000))),
    ]).finally(() => clearTimeout(timer));
    if (which === 'none') throw new Error(`${mode}: neither a choice nor the title screen came up`);
    if (which === 'choice') {
      const b = await readBench(page);
      choiceAt = b.firstChoice ?? 0;
      firstChoice = choiceAt;
    }
  }
  await page.waitForTimeout(SETTLE_MS);
  const b = await readBench(page);
  // When the choice became clickable, on the wall clock the requests were timed on (not when this
  // script noticed it, which may be after the stage's chunk was asked for).
  const choiceWall = b.timeOrigin + choiceAt;
  await context.close();
  const inWindow = b.tasks.filter(([t, d]) => t + d > from && t < choiceAt);
  const before = b.tasks.filter(([t]) => t < choiceAt);
  const size = (u: string) => {
    const file = join(dist, new URL(u).pathname);
    return existsSync(file) ? gzipKiB(file) : 0;
  };
  const unique = (list: { url: string }[]) => [...new Set(list.map((x) => x.url))];
  return {
    firstChoice,
    titleReady,
    chosenToChoice,
    longTasksInWindow: mode === 'deep' || mode === 'title' ? inWindow.length : 0,
    longestInWindow: Math.max(0, ...inWindow.map(([, d]) => d)),
    longestBeforeChoice: Math.max(0, ...before.map(([, d]) => d)),
    jsBeforeChoiceKiB: unique(js.filter((x) => x.t <= choiceWall)).reduce((s, u) => s + size(u), 0),
    jsTotalKiB: unique(js).reduce((s, u) => s + size(u), 0),
  };
}

function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] ?? null) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

function pairedRatio(game: readonly RunResult[], bare: readonly RunResult[]): number | null {
  return median(
    game.map((g, i) => {
      const b = bare[i]?.firstChoice;
      return g.firstChoice !== null && b ? g.firstChoice / b : null;
    }),
  );
}

type Results = Record<'bare' | 'deep' | 'compare', RunResult[]>;

/** This tree's and the compared tree's figures over the runs of one order (`parity` 0: this first). */
function orderFigures(results: Results, parity: number) {
  const pick = (list: RunResult[]) => list.filter((_, i) => i % 2 === parity);
  const [bare, deep, compare] = [pick(results.bare), pick(results.deep), pick(results.compare)];
  const med = (list: RunResult[], f: keyof RunResult) => median(list.map((r) => r[f]));
  return {
    runs: deep.length,
    bareMs: med(bare, 'firstChoice'),
    deepMs: med(deep, 'firstChoice'),
    deepRatio: pairedRatio(deep, bare),
    deepLongestMs: med(deep, 'longestBeforeChoice'),
    compareMs: med(compare, 'firstChoice'),
    compareRatio: pairedRatio(compare, bare),
    compareLongestMs: med(compare, 'longestBeforeChoice'),
  };
}

const ms = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x)} ms`);
const kib = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} KiB`);

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  console.log(`Building the bare page and the game (${ROOT})…`);
  const bareDist = await buildBare();
  const gameDist = await buildGame();
  const assets = join(gameDist, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const stage = js.filter((f) => /WebGLRenderer/.test(readFileSync(join(assets, f), 'utf8')));
  const stageKiB = stage.reduce((s, f) => s + gzipKiB(join(assets, f)), 0);
  const initialKiB = initialChunks(gameDist).reduce((s, f) => s + gzipKiB(join(assets, f)), 0);

  const compareDist = COMPARE ? await buildGame(COMPARE, 'game-compare') : null;

  const bare = await serve(bareDist);
  const game = await serve(gameDist);
  const other = compareDist ? await serve(compareDist) : null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
  });
  const results: Record<'bare' | 'deep' | 'title' | 'motion' | 'compare', RunResult[]> = {
    bare: [],
    deep: [],
    title: [],
    motion: [],
    compare: [],
  };
  try {
    for (let i = 0; i < RUNS; i++) {
      results.bare.push(await run(browser, bare.url, bareDist, 'bare', true));
      const deep = () => run(browser, game.url, gameDist, 'deep', true);
      if (other && compareDist) {
        const compare = () => run(browser, other.url, compareDist, 'deep', true);
        if (i % 2 === 0) {
          results.deep.push(await deep());
          results.compare.push(await compare());
        } else {
          results.compare.push(await compare());
          results.deep.push(await deep());
        }
      } else results.deep.push(await deep());
      if (DEEP_ONLY) {
        process.stdout.write(`run ${i + 1}/${RUNS} done\n`);
        continue;
      }
      results.title.push(await run(browser, game.url, gameDist, 'title', true));
      results.motion.push(await run(browser, game.url, gameDist, 'title', false));
      process.stdout.write(`run ${i + 1}/${RUNS} done\n`);
    }
  } finally {
    await browser.close();
    bare.server.close();
    game.server.close();
    other?.server.close();
  }
  const m = (k: keyof typeof results, f: keyof RunResult) => median(results[k].map((r) => r[f]));
  const deepOk = results.deep.some((r) => r.firstChoice !== null);
  const pathRow = deepOk ? 'deep' : 'title';
  const summary = {
    root: ROOT,
    runs: RUNS,
    throttle: THROTTLE,
    bareFirstChoiceMs: m('bare', 'firstChoice'),
    bareJsKiB: m('bare', 'jsTotalKiB'),
    deepFirstChoiceMs: m('deep', 'firstChoice'),
    titleReadyMs: m('title', 'titleReady'),
    chosenToChoiceMs: m('title', 'chosenToChoice'),
    longTasksChosenToChoice: m(pathRow, 'longTasksInWindow'),
    longestTaskChosenToChoiceMs: m(pathRow, 'longestInWindow'),
    longTasksChosenToChoiceTitlePath: m('title', 'longTasksInWindow'),
    longestTaskChosenToChoiceTitlePathMs: m('title', 'longestInWindow'),
    longestTaskBeforeChoiceMs: m(pathRow, 'longestBeforeChoice'),
    jsBeforeChoiceKiB: m(pathRow, 'jsBeforeChoiceKiB'),
    jsTotalKiB: m(pathRow, 'jsTotalKiB'),
    stageChunkKiB: stage.length ? stageKiB : null,
    initialBundleKiB: initialKiB,
    defaultExperienceChosenToChoiceMs: m('motion', 'chosenToChoice'),
    // Each run's own ratio (its deep link against the bare page just before it): steadier than the
    // ratio of the medians when the machine's load drifts during the runs.
    pairedRatio: pairedRatio(results.deep, results.bare),
    compare: COMPARE,
    compareFirstChoiceMs: COMPARE ? m('compare', 'firstChoice') : null,
    compareLongestMs: COMPARE ? m('compare', 'longestBeforeChoice') : null,
    comparePairedRatio: COMPARE ? pairedRatio(results.compare, results.bare) : null,
    // The same figures for the runs where each went first (odd runs: this tree), and second.
    byOrder: COMPARE
      ? {
          thisFirst: orderFigures(results, 0),
          compareFirst: orderFigures(results, 1),
        }
      : null,
  };
  const ratio =
    summary.deepFirstChoiceMs !== null && summary.bareFirstChoiceMs
      ? (summary.deepFirstChoiceMs / summary.bareFirstChoiceMs).toFixed(2)
      : 'n/a';
  console.log(`
Start-up, hard-seller, ${THROTTLE}× CPU throttle, reduced motion, median of ${RUNS} interleaved runs
(${ROOT})

| | bare inkjs page | Mingle |
|---|---|---|
| navigation → first clickable choice (deep link) | ${ms(summary.bareFirstChoiceMs)} | ${ms(summary.deepFirstChoiceMs)} (${ratio}× the bare page) |
| navigation → title usable | – | ${ms(summary.titleReadyMs)} |
| scenario chosen (title path) → first choice | – | ${ms(summary.chosenToChoiceMs)} |
| long tasks, scenario chosen → first choice (${deepOk ? 'deep link' : 'title path'}) | – | ${summary.longTasksChosenToChoice ?? 'n/a'}, longest ${ms(summary.longestTaskChosenToChoiceMs)} |
| long tasks, scenario chosen → first choice (title path) | – | ${summary.longTasksChosenToChoiceTitlePath ?? 'n/a'}, longest ${ms(summary.longestTaskChosenToChoiceTitlePathMs)} |
| longest main-thread task before the first choice | – | ${ms(summary.longestTaskBeforeChoiceMs)} |
| JS fetched before the first choice (gzip) | ${kib(summary.bareJsKiB)} | ${kib(summary.jsBeforeChoiceKiB)} |
| JS fetched in all, ${SETTLE_MS / 1000} s later (gzip) | ${kib(summary.bareJsKiB)} | ${kib(summary.jsTotalKiB)} |
| stage chunk (gzip) | – | ${kib(summary.stageChunkKiB)} |
| initial bundle (gzip) | – | ${kib(summary.initialBundleKiB)} |
| default experience (motion on, default speed): scenario chosen → first choice | – | ${summary.defaultExperienceChosenToChoiceMs === null ? 'n/a' : `${(summary.defaultExperienceChosenToChoiceMs / 1000).toFixed(1)} s`} |
| deep link ÷ bare page, median of each run's own ratio | – | ${summary.pairedRatio?.toFixed(2) ?? 'n/a'}× |
${
  COMPARE
    ? `| --compare ${COMPARE}: deep link → first choice, longest task before it; median of each run's ratio | – | ${ms(summary.compareFirstChoiceMs)}, ${ms(summary.compareLongestMs)}; ${summary.comparePairedRatio?.toFixed(2) ?? 'n/a'}× |\n`
    : ''
}`);
  for (const [name, o] of Object.entries(summary.byOrder ?? {}))
    console.log(
      `${name === 'thisFirst' ? 'this tree first' : '--compare first'} (${o.runs} runs): bare ${ms(o.bareMs)}; ` +
        `this ${ms(o.deepMs)} (${o.deepRatio?.toFixed(2) ?? 'n/a'}×, longest ${ms(o.deepLongestMs)}); ` +
        `compare ${ms(o.compareMs)} (${o.compareRatio?.toFixed(2) ?? 'n/a'}×, longest ${ms(o.compareLongestMs)})`,
    );
  if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ summary, results }, null, 2)}\n`);
}

await main();
