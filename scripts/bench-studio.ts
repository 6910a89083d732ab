/**
 * `npm run bench:studio [--runs N] [--json FILE] [--only ID]`
 *
 * The Studio's figures (issue 12), on the shipped build in headless Chromium (the e2e tests' flags),
 * each the median of N runs (default 3), every ratio taken within the same run:
 * - keystroke pause → errors shown, for the largest bundled story: a line typed into the editor, then
 *   the time from the end of the pause (PAUSE_MS after the last key) to the list and the margin being
 *   redrawn, and the same from the key itself;
 * - the full Check of every bundled story in the Studio's worker (the worker's own time, and the page's
 *   from the click to the drawn report) next to the command line's check of the same story
 *   (scripts/analysis-check.ts, in this process), interleaved story by story. Both sides are warm:
 *   the page checks the largest story once before the measured checks (the Studio keeps its check
 *   worker between checks), as this process does before its first measured one; a runtime that has
 *   not yet run the analyzer is measured apart, as the first check of a fresh page next to the first
 *   check of a fresh command-line process, for the largest story;
 * - main-thread long tasks (the browser's `longtask` entries, over 50 ms) from the click on Check to
 *   the drawn report, for every bundled story and for the analyzer's exploding fixture run to its
 *   partial result; and, from a trace of the same window, the CPU time the main thread itself spent in
 *   its longest task (on a loaded machine a long task's wall time is mostly waiting for a core);
 * - static: the Studio's chunks (its screen with CodeMirror, and the worker with the ink compiler),
 *   and the game's initial bundle built with the Studio and without it (the Studio's module replaced
 *   by an empty one), gzipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { checkStory } from './analysis-check.ts';
import { CHROMIUM_FLAGS } from '../tests/e2e/browser.ts';
import { PAUSE_MS } from '../src/studio/protocol.ts';
import { arg, CHROMIUM, gzipKiB, initialChunks, serve } from './bench-common.ts';

const HERE = resolve(import.meta.dirname, '..');
/** Where the two builds go; BENCH_DIR sets another place (worktrees share node_modules). */
const WORK = process.env.BENCH_DIR ?? join(HERE, 'node_modules/.cache/mingle-bench');
const EXPLODING = join(HERE, 'tests/analysis/fixtures/exploding.ink');

const RUNS = Math.max(1, Number(arg('runs') ?? 3));
const JSON_OUT = arg('json');
const ONLY = arg('only');

/** Replaces the Studio's module with an empty one: the game as it would be without the Studio. */
function withoutStudio(): Plugin {
  const studio = resolve(HERE, 'src/studio/index.ts');
  return {
    name: 'bench-without-studio',
    enforce: 'pre',
    load(id) {
      return id === studio ? 'export function openStudio() {}' : null;
    },
  };
}

async function buildGame(name: string, plugins: Plugin[] = []): Promise<string> {
  const out = join(WORK, name);
  await build({
    root: HERE,
    logLevel: 'warn',
    plugins,
    build: { outDir: out, emptyOutDir: true, manifest: true },
  });
  return out;
}

/** The Studio's own chunks (not shared with the first screen), and its worker's. */
function studioChunks(
  dist: string,
  initial: readonly string[],
): { page: string[]; worker: string[] } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const page = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry) return;
    const file = basename(entry.file);
    if (page.has(file) || initial.includes(file)) return;
    page.add(file);
    for (const i of entry.imports ?? []) visit(i);
  };
  visit('src/studio/index.ts');
  const worker = new Set<string>();
  for (const f of page) {
    const code = readFileSync(join(dist, 'assets', f), 'utf8');
    for (const m of code.matchAll(/assets\/(worker-[\w-]+\.js)/g)) if (m[1]) worker.add(m[1]);
  }
  return { page: [...page], worker: [...worker] };
}

/** Installed before any page script: every long task, on the page clock. */
const INSTRUMENT = `(() => {
  const bench = (window.bench = { tasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

type Tasks = [number, number][];

const now = (page: Page) => page.evaluate(() => performance.now());
const tasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { bench: { tasks: Tasks } }).bench.tasks);

interface StoryFigure {
  readonly story: string;
  /** The worker's own time (compile, analysis, report), ms. */
  readonly workerMs: number;
  /** Click on Check → report drawn, on the page, ms. */
  readonly pageMs: number;
  /** The command line's check of the same story, in this process, ms. */
  readonly cliMs: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly longestTaskCpuMs: number;
  readonly state: string;
}

async function openStudio(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/studio`);
  await page.locator('.screen-studio .cm-content').waitFor({ timeout: 120_000 });
  await page
    .locator('.studio-status[data-state="ok"], .studio-status[data-state="problems"]')
    .waitFor({ timeout: 120_000 });
}

async function loadBundled(page: Page, lang: string, id: string): Promise<void> {
  await page.locator('#studio-lang').selectOption(lang);
  await page.locator('#studio-start').selectOption(id);
  await page.locator('.studio-load').click();
  const first = readFileSync(join(HERE, `stories/${lang}/${id}.ink`), 'utf8').split('\n')[0] ?? '';
  await page
    .locator('.cm-line')
    .first()
    .filter({ hasText: first.trim().slice(0, 30) })
    .waitFor({ timeout: 60_000 });
}

/** Runs the Check pane on what the editor holds; the click's time and the finished status. */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * The renderer main thread's tasks over 50 ms (wall clock), each with the CPU time the thread itself
 * spent in it (the trace's `tdur`). On a loaded machine a task's wall time is mostly waiting for a
 * core; its CPU time is what the page's own code costs.
 */
async function traced<T>(
  page: Page,
  body: () => Promise<T>,
): Promise<{
  result: T;
  tasks: { wall: number; cpu: number }[];
}> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline',
    transferMode: 'ReportEvents',
  });
  const result = await body();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        main.has(`${e.pid}:${e.tid}`) &&
        (e.dur ?? 0) > 50_000,
    )
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
  return { result, tasks };
}

async function runCheck(page: Page): Promise<{
  workerMs: number;
  pageMs: number;
  state: string;
  longTasks: number;
  longestTaskMs: number;
  /** The CPU time of the longest task (by CPU) of the main thread, from the trace. */
  longestTaskCpuMs: number;
}> {
  const status = page.locator('.check-status');
  const from = await now(page);
  const { tasks: cpu } = await traced(page, async () => {
    await page.locator('.studio-check').click();
    await page
      .locator(
        '.check-status[data-state="complete"], .check-status[data-state="partial"], .check-status[data-state="failed"]',
      )
      .waitFor({ timeout: 300_000 });
    // The report is drawn in the task that set the status; one frame more lets its layout finish.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  });
  const to = await now(page);
  const during = (await tasks(page)).filter(([t, d]) => t + d > from && t < to);
  return {
    workerMs: Number((await status.getAttribute('data-worker-ms')) ?? NaN),
    pageMs: Number((await status.getAttribute('data-ms')) ?? NaN),
    state: (await status.getAttribute('data-state')) ?? '?',
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map(([, d]) => d)),
    longestTaskCpuMs: Math.max(0, ...cpu.map((t) => t.cpu)),
  };
}

/** Types a line into the largest story (or undoes it) and waits for its errors: pause → shown. */
async function keystroke(page: Page, i: number): Promise<{ pause: number; key: number }> {
  await page
    .locator('.cm-line')
    .nth(2)
    .click({ position: { x: 4, y: 4 } });
  await page.keyboard.press('Home');
  const before = Number((await page.locator('.studio-status').getAttribute('data-changes')) ?? 0);
  // Alternately a note typed in and the same note undone: the story stays the story.
  if (i % 2 === 0) await page.keyboard.type('// a note\n');
  else await page.keyboard.press('Control+z');
  await page.waitForFunction(
    (n) => {
      const s = document.querySelector<HTMLElement>('.studio-status');
      return (
        s !== null &&
        Number(s.dataset.changes ?? 0) > n &&
        (s.dataset.state === 'ok' || s.dataset.state === 'problems')
      );
    },
    before,
    { timeout: 60_000 },
  );
  const status = page.locator('.studio-status');
  return {
    pause: Number(await status.getAttribute('data-latency')),
    key: Number(await status.getAttribute('data-from-key')),
  };
}

/** The command line's first check in a fresh process (its analyzer not yet run), in ms. */
function coldCli(file: string): number {
  const code = `const { checkStory } = await import(${JSON.stringify(join(HERE, 'scripts/analysis-check.ts'))});
const t = performance.now();
checkStory(${JSON.stringify(file)}, ${JSON.stringify(HERE)});
console.log(performance.now() - t);`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: HERE,
    encoding: 'utf8',
  });
  return Number(out.stdout.trim().split('\n').at(-1));
}

function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] ?? NaN) : ((v[mid - 1] ?? 0) + (v[mid] ?? 0)) / 2;
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const kib = (x: number) => `${x.toFixed(1)} KiB`;

function bundledStories(): { lang: string; id: string; size: number }[] {
  return ['en', 'nl'].flatMap((lang) =>
    readdirSync(join(HERE, 'stories', lang))
      .filter((f) => f.endsWith('.ink'))
      .map((f) => ({
        lang,
        id: f.replace(/\.ink$/, ''),
        size: readFileSync(join(HERE, 'stories', lang, f)).length,
      }))
      .filter((s) => !ONLY || s.id === ONLY),
  );
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  console.log('Building the game with the Studio and without it…');
  const withDist = await buildGame('studio-with');
  const withoutDist = await buildGame('studio-without', [withoutStudio()]);
  const initialWith = initialChunks(withDist);
  const initialWithout = initialChunks(withoutDist);
  const sum = (dist: string, files: readonly string[]) =>
    files.reduce((s, f) => s + gzipKiB(join(dist, 'assets', f)), 0);
  const chunks = studioChunks(withDist, initialWith);
  const statics = {
    initialWithKiB: sum(withDist, initialWith),
    initialWithoutKiB: sum(withoutDist, initialWithout),
    studioPageKiB: sum(withDist, chunks.page),
    studioWorkerKiB: sum(withDist, chunks.worker),
    studioChunks: chunks,
  };

  const stories = bundledStories();
  const largest = [...stories].sort((a, b) => b.size - a.size)[0];
  if (!largest) throw new Error('no bundled stories');
  const game = await serve(withDist);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
  const keys: number[] = [];
  const fromKey: number[] = [];
  const cold: { workerMs: number; cliMs: number }[] = [];
  // This process's warm-up, as the page's below: the same story, unmeasured.
  checkStory(`stories/${largest.lang}/${largest.id}.ink`, HERE);
  const perStory = new Map<string, StoryFigure[]>();
  const exploding: Awaited<ReturnType<typeof runCheck>>[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale: 'en-GB',
        reducedMotion: 'reduce',
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      page.on('dialog', (d) => void d.accept());
      await page.addInitScript({ content: INSTRUMENT });
      await openStudio(page, game.url);

      // Keystroke pause → errors shown, largest story, six edits a run.
      await loadBundled(page, largest.lang, largest.id);
      for (let i = 0; i < 6; i++) {
        const k = await keystroke(page, i);
        keys.push(k.pause);
        fromKey.push(k.key);
      }

      // The page's first check (a fresh worker), next to a fresh command line's: then both are warm.
      const first = await runCheck(page);
      cold.push({
        workerMs: first.workerMs,
        cliMs: coldCli(`stories/${largest.lang}/${largest.id}.ink`),
      });

      // Every bundled story: the worker's check, then the command line's, interleaved.
      for (const s of stories) {
        await loadBundled(page, s.lang, s.id);
        const inPage = await runCheck(page);
        const started = performance.now();
        checkStory(`stories/${s.lang}/${s.id}.ink`, HERE);
        const cliMs = performance.now() - started;
        const name = `${s.lang}/${s.id}`;
        perStory.set(name, [...(perStory.get(name) ?? []), { story: name, cliMs, ...inPage }]);
      }

      // The exploding fixture, opened from disk, run to its partial result.
      await page.locator('#studio-file').setInputFiles(EXPLODING);
      await page.locator('.cm-line').filter({ hasText: 'Too many states' }).waitFor();
      exploding.push(await runCheck(page));
      await context.close();
      process.stdout.write(`run ${run + 1}/${RUNS} done\n`);
    }
  } finally {
    await browser.close();
    game.server.close();
  }

  const rows = [...perStory.entries()].map(([story, figures]) => {
    const ratios = figures.map((f) => f.workerMs / f.cliMs);
    return {
      story,
      workerMs: median(figures.map((f) => f.workerMs)),
      pageMs: median(figures.map((f) => f.pageMs)),
      cliMs: median(figures.map((f) => f.cliMs)),
      ratio: median(ratios),
      longTasks: Math.max(...figures.map((f) => f.longTasks)),
      longestTaskMs: Math.max(...figures.map((f) => f.longestTaskMs)),
      longestTaskCpuMs: Math.max(...figures.map((f) => f.longestTaskCpuMs)),
      state: figures.map((f) => f.state).join('/'),
    };
  });
  const summary = {
    runs: RUNS,
    largest: `${largest.lang}/${largest.id}.ink`,
    keyPauseToShownMs: median(keys),
    keyPauseToShownMaxMs: Math.max(...keys),
    keyToShownMs: median(fromKey),
    keyToShownMaxMs: Math.max(...fromKey),
    coldWorkerMs: median(cold.map((c) => c.workerMs)),
    coldCliMs: median(cold.map((c) => c.cliMs)),
    coldRatio: median(cold.map((c) => c.workerMs / c.cliMs)),
    worstRatio: Math.max(...rows.map((r) => r.ratio)),
    medianRatio: median(rows.map((r) => r.ratio)),
    bundledLongTasks: rows.reduce((s, r) => s + r.longTasks, 0),
    bundledLongestTaskMs: Math.max(...rows.map((r) => r.longestTaskMs)),
    bundledLongestTaskCpuMs: Math.max(...rows.map((r) => r.longestTaskCpuMs)),
    explodingState: exploding.map((e) => e.state).join('/'),
    explodingWorkerMs: median(exploding.map((e) => e.workerMs)),
    explodingLongTasks: Math.max(...exploding.map((e) => e.longTasks)),
    explodingLongestTaskMs: Math.max(...exploding.map((e) => e.longestTaskMs)),
    explodingLongestTaskCpuMs: Math.max(...exploding.map((e) => e.longestTaskCpuMs)),
    ...statics,
  };
  console.log(`
Studio, headless Chromium 1366×768, shipped build, median of ${RUNS} runs (long tasks: the worst run)

Keystroke pause → errors shown, ${summary.largest} (${keys.length} edits): ${ms(summary.keyPauseToShownMs)} median, ${ms(summary.keyPauseToShownMaxMs)} worst (target < 300 ms), after the ${PAUSE_MS} ms pause that follows the last key; from the last key itself ${ms(summary.keyToShownMs)} median, ${ms(summary.keyToShownMaxMs)} worst

| story | Check in the worker | click → report drawn | command line | worker ÷ CLI | long tasks > 50 ms (longest: wall / CPU) |
|---|---|---|---|---|---|
${rows
  .map(
    (r) =>
      `| ${r.story} | ${ms(r.workerMs)} | ${ms(r.pageMs)} | ${ms(r.cliMs)} | ${r.ratio.toFixed(2)}× | ${r.longTasks} (${ms(r.longestTaskMs)} / ${ms(r.longestTaskCpuMs)}) |`,
  )
  .join('\n')}

Worker ÷ CLI: median ${summary.medianRatio.toFixed(2)}×, worst ${summary.worstRatio.toFixed(2)}× (target ≤ 1.5×)
First check, ${summary.largest}: a fresh page's worker ${ms(summary.coldWorkerMs)}, a fresh command-line process ${ms(summary.coldCliMs)}, ratio ${summary.coldRatio.toFixed(2)}×
Exploding fixture (${basename(EXPLODING)}, ${summary.explodingState}): worker ${ms(summary.explodingWorkerMs)}, long tasks ${summary.explodingLongTasks}, longest ${ms(summary.explodingLongestTaskMs)} wall, longest CPU time of a main-thread task ${ms(summary.explodingLongestTaskCpuMs)} (target: none over 50 ms)
Studio chunks (gzip): screen ${kib(summary.studioPageKiB)} (${chunks.page.join(', ')}), worker ${kib(summary.studioWorkerKiB)} (${chunks.worker.join(', ')})
Initial bundle (gzip): ${kib(summary.initialWithKiB)} with the Studio, ${kib(summary.initialWithoutKiB)} without it (target: unchanged)
`);
  if (JSON_OUT)
    writeFileSync(
      JSON_OUT,
      `${JSON.stringify({ summary, rows, keys, fromKey, cold, exploding, perStory: [...perStory] }, null, 2)}\n`,
    );
}

await main();
