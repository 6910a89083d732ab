/**
 * `npm run bench:trace [--dist DIR | --plain] [--hash '#/play/hard-seller?lang=en'] [--out FILE | --from FILE]`
 *
 * What the main thread does between navigation and the first clickable choice, from Chromium's own
 * performance trace (CDP Tracing, with the V8 sampling profiler), under the same conditions as
 * `bench:start` (headless Chromium, 4× CPU throttle, reduced motion, a fresh context). Prints every
 * main-thread task over 50 ms up to 3 s after the first choice: when it ran, what it was made of
 * (script evaluation by file, compile, parse, style, layout, paint, garbage collection) and the
 * JavaScript functions the profiler found most often in it. `--out` keeps the raw trace, which the
 * Performance panel of Chromium's DevTools opens.
 *
 * A tool for finding the work, not a figure: tracing itself slows the page; compare with bench:start.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { arg, CHROMIUM, serve } from './bench-common.ts';

const HERE = resolve(import.meta.dirname, '..');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      functionName?: string;
      type?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: {
          id: number;
          callFrame: { functionName: string; url: string; lineNumber: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** How a piece of work inside a task is labelled in the summary. */
function label(e: TraceEvent): string | null {
  const short = (u: string | undefined) => (u ? (u.split('/').pop() ?? u) : '?');
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `evaluate ${short(e.args?.data?.url)}`;
    case 'v8.compile':
    case 'V8.CompileCode':
    case 'v8.compileModule':
      return `compile ${short(e.args?.data?.url)}`;
    case 'FunctionCall':
      return `call ${e.args?.data?.functionName || '(anon)'} ${short(e.args?.data?.url)}`;
    case 'ParseHTML':
      return 'parse HTML';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
      return 'paint';
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_MARK_COMPACTOR':
      return 'gc';
    case 'Decode Image':
    case 'ImageDecodeTask':
      return 'image decode';
    default:
      return null;
  }
}

async function main(): Promise<void> {
  const from = arg('from');
  if (from) {
    // A trace kept earlier with --out: summarize it again, no browser.
    report((JSON.parse(readFileSync(from, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
    return;
  }
  let dist = arg('dist');
  if (!dist) {
    dist = join(HERE, 'node_modules/.cache/mingle-trace', basename(HERE));
    // --plain: unminified, so the profiler's function names are the source's.
    const minify = !process.argv.includes('--plain');
    try {
      await build({
        root: HERE,
        logLevel: 'warn',
        build: { outDir: dist, emptyOutDir: true, minify },
      });
    } catch (e) {
      // Unminified, the stage's chunk is over the service worker's precache limit and the PWA plugin
      // fails the build at its very end, after the page has been written: the page is what we need.
      if (minify || !existsSync(join(dist, 'index.html'))) throw e;
    }
  }
  const hash = arg('hash') ?? '#/play/hard-seller?lang=en';
  const game = await serve(resolve(dist));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-GB',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.addInitScript({
      content: `new MutationObserver((_, o) => {
        const b = document.querySelector('button.choice');
        if (b && !b.disabled) { performance.mark('first-choice'); o.disconnect(); }
      }).observe(document, { childList: true, subtree: true });`,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => {
      events.push(...(d.value as unknown as TraceEvent[]));
    });
    const finished = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordContinuously' },
      transferMode: 'ReportEvents',
    });
    await page.goto(game.url + hash);
    await page.locator('button.choice').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(3000);
    await cdp.send('Tracing.end');
    await finished;
    await context.close();
    const out = arg('out');
    if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }));
    report(events);
  } finally {
    await browser.close();
    game.server.close();
  }
}

function report(events: TraceEvent[]): void {
  // The page's main thread: the renderer thread that evaluated our scripts.
  const threads = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      const key = `${e.pid}:${e.tid}`;
      threads.set(key, 0);
    }
  }
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (threads.has(key) && e.name === 'EvaluateScript')
      threads.set(key, (threads.get(key) ?? 0) + 1);
  }
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const [pid, tid] = main.split(':').map(Number);
  const mine = events.filter((e) => e.pid === pid && e.tid === tid);
  const nav = mine.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame');
  const mark = mine.find((e) => e.name === 'first-choice');
  const t0 = nav?.ts ?? Math.min(...mine.map((e) => e.ts));
  const choiceAt = mark ? (mark.ts - t0) / 1000 : Infinity;
  console.log(`first choice at ${mark ? `${Math.round(choiceAt)} ms` : '?'} (traced, slower)`);

  // Profiler samples on this thread, as [time, leaf function] pairs.
  const samples: { t: number; fn: string }[] = [];
  const nodes = new Map<number, string>();
  // The sampling profile of this thread: its Profile event names the id its chunks carry (the chunks
  // themselves come from the sampler's own thread).
  const profile = mine.find((e) => e.name === 'Profile');
  let clock = profile?.args?.data?.startTime ?? 0;
  const chunks = events.filter(
    (x) => x.pid === pid && x.name === 'ProfileChunk' && profile && x.id === profile.id,
  );
  for (const e of chunks) {
    const p = e.args?.data?.cpuProfile;
    for (const n of p?.nodes ?? []) {
      const f = n.callFrame;
      const file = f.url ? (f.url.split('/').pop() ?? '') : '';
      nodes.set(n.id, `${f.functionName || '(anon)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`);
    }
    const deltas = e.args?.data?.timeDeltas ?? [];
    (p?.samples ?? []).forEach((id, i) => {
      clock += deltas[i] ?? 0;
      samples.push({ t: clock, fn: nodes.get(id) ?? String(id) });
    });
  }

  const tops = mine.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      (e.dur ?? 0) > 50_000 &&
      (e.ts - t0) / 1000 < choiceAt + 3000,
  );
  for (const task of tops) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    const parts = new Map<string, number>();
    for (const e of mine) {
      if (e.ph !== 'X' || e.ts < start || e.ts >= end || e === task) continue;
      const l = label(e);
      if (l) parts.set(l, (parts.get(l) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const fns = new Map<string, number>();
    for (const s of samples) if (s.t >= start && s.t < end) fns.set(s.fn, (fns.get(s.fn) ?? 0) + 1);
    const at = (start - t0) / 1000;
    console.log(
      `\ntask at ${Math.round(at)} ms, ${Math.round((task.dur ?? 0) / 1000)} ms${at > choiceAt ? ' (after the first choice)' : ''}`,
    );
    for (const [l, d] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`  ${Math.round(d)} ms  ${l}`);
    const total = [...fns.values()].reduce((s, n) => s + n, 0);
    for (const [f, n] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`    ${Math.round((100 * n) / Math.max(1, total))}%  ${f}`);
  }
}

await main();
