/**
 * Mingle inside an LMS, in real Chromium, with scorm-again as the LMS's run-time. The packages are
 * built as `npm run package` builds them and unzipped onto a local server; a test page plays the LMS:
 * it creates the run-time, puts it on its own window (`API_1484_11` or `API`), hands it the mastery
 * threshold from the package's manifest and, for a second session, the data it committed in the
 * first, then loads the package's launch file in an iframe, exactly as an LMS does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRICULUM, inCurriculumOrder } from '../../src/game/curriculum.ts';
import { en } from '../../src/i18n/en.ts';
import {
  buildLmsBundle,
  makePackage,
  packageContents,
  type BuiltBundle,
  type PackageSpec,
} from '../../scripts/scorm/package.ts';
import { validatePackage } from '../../scripts/scorm/validate.ts';
import { launch, refuseStage, SCREENSHOTS, watch } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');
const RUNTIME = resolve(root, 'node_modules/scorm-again/dist');

let browser: Browser;
let bundle: BuiltBundle;
let server: Server;
let baseUrl = '';
/** Unzipped packages by name: path inside the package → bytes. */
const served = new Map<string, Map<string, Uint8Array>>();
const manifests = new Map<string, string>();

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  webm: 'audio/webm',
  png: 'image/png',
  json: 'application/json',
  xml: 'application/xml',
};

/**
 * The LMS's own page. `window.__lms` (set before the page runs) says which run-time, what data to
 * start from, and how the API should behave: 'real' (scorm-again), 'failing' (every call answers
 * false) or 'none' (no API at all).
 */
const HOST_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
<script src="/lms/scorm12.min.js"></script><script src="/lms/scorm2004.min.js"></script>
<script src="/lms/host.js"></script></head><body><iframe id="sco" title="Course"></iframe></body></html>`;

const HOST_JS = `
(function () {
  const init = window.__lms;
  const v2004 = init.version === '2004';
  if (init.mode === 'real') {
    const api = v2004 ? new Scorm2004API({ logLevel: 5 }) : new Scorm12API({ logLevel: 5 });
    if (init.cmi) api.loadFromJSON(init.cmi);
    // From the manifest, as an LMS passes it on: the mastery threshold, and resume on re-entry.
    if (v2004) { api.cmi.scaled_passing_score = init.passing; if (init.cmi) api.cmi.entry = 'resume'; }
    else { api.cmi.student_data.mastery_score = init.passing; if (init.cmi) api.cmi.core.entry = 'resume'; }
    window.__calls = [];
    window.__terminated = false;
    api.on(v2004 ? 'Terminate' : 'LMSFinish', function () { window.__terminated = true; });
    api.on(v2004 ? 'SetValue.cmi.*' : 'LMSSetValue.cmi.*', function (el, value) { window.__calls.push([el, value]); });
    if (v2004) window.API_1484_11 = api; else window.API = api;
  } else if (init.mode === 'failing') {
    window.__calls = [];
    const no = function (name) { return function () { window.__calls.push([name]); return 'false'; }; };
    const api = v2004
      ? { Initialize: no('Initialize'), Terminate: no('Terminate'), GetValue: function () { return ''; },
          SetValue: no('SetValue'), Commit: no('Commit'), GetLastError: function () { return '101'; },
          GetErrorString: function () { return 'General exception'; }, GetDiagnostic: function () { return ''; } }
      : { LMSInitialize: no('LMSInitialize'), LMSFinish: no('LMSFinish'), LMSGetValue: function () { return ''; },
          LMSSetValue: no('LMSSetValue'), LMSCommit: no('LMSCommit'), LMSGetLastError: function () { return '101'; },
          LMSGetErrorString: function () { return 'General exception'; }, LMSGetDiagnostic: function () { return ''; } };
    if (v2004) window.API_1484_11 = api; else window.API = api;
  }
  window.addEventListener('DOMContentLoaded', function () {
    document.getElementById('sco').src = init.launch;
  });
})();
`;

function send(res: ServerResponse, status: number, type: string, body: Uint8Array | string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

beforeAll(async () => {
  browser = await launch();
  bundle = await buildLmsBundle(root);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/lms/') return send(res, 200, TYPES.html ?? '', HOST_HTML);
    if (path === '/lms/host.js') return send(res, 200, TYPES.js ?? '', HOST_JS);
    if (path === '/lms/scorm12.min.js' || path === '/lms/scorm2004.min.js') {
      return send(res, 200, TYPES.js ?? '', readFileSync(resolve(RUNTIME, path.slice(5))));
    }
    const m = /^\/pkg\/([^/]+)\/(.+)$/.exec(path);
    const data = m ? served.get(m[1] ?? '')?.get(m[2] ?? '') : undefined;
    if (!data) return send(res, 404, 'text/plain', 'not found');
    return send(res, 200, TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream', data);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const spec of [
    { scorm: '2004', scope: 'hard-seller', lang: 'en', mastery: 0.6 },
    { scorm: '1.2', scope: 'hard-seller', lang: 'en', mastery: 0.6 },
    { scorm: '2004', scope: 'curriculum', lang: 'choice', mastery: 0.6 },
  ] as PackageSpec[]) {
    const pkg = makePackage(
      bundle,
      spec,
      CURRICULUM.map((s) => s.id),
      'Mingle',
    );
    const files = new Map(Object.entries(unzipSync(pkg.zip)));
    served.set(pkg.name, files);
    manifests.set(pkg.name, strFromU8(files.get('imsmanifest.xml') ?? new Uint8Array()));
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  bundle?.dispose();
});

interface Session {
  readonly page: Page;
  readonly problems: string[];
  readonly frame: () => Promise<Frame>;
}

/** Opens the test LMS on a package; `cmi` is the data a previous session committed. */
async function openLms(
  name: string,
  options: {
    mode?: 'real' | 'failing' | 'none';
    cmi?: unknown;
    scenario?: string;
    viewport?: { width: number; height: number };
    /** false (the default here): dialogue only, this file is about the LMS (see refuseStage). */
    pictures?: boolean;
  } = {},
): Promise<Session> {
  const version = name.includes('scorm2004') ? '2004' : '1.2';
  const manifest = manifests.get(name) ?? '';
  const passing =
    version === '2004'
      ? (/<imsss:minNormalizedMeasure>([\d.]+)</.exec(manifest)?.[1] ?? '')
      : (/<adlcp:masteryscore>(\d+)</.exec(manifest)?.[1] ?? '');
  const item = options.scenario ?? 'hard-seller';
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const problems = watch(
    page,
    baseUrl,
    options.pictures === true ? undefined : await refuseStage(page),
  );
  await page.addInitScript(
    (init) => {
      (window as unknown as { __lms: unknown }).__lms = init;
    },
    {
      version,
      mode: options.mode ?? 'real',
      cmi: options.cmi ?? null,
      passing,
      launch: `/pkg/${name}/lms.html?scenario=${item}`,
    },
  );
  await page.goto(`${baseUrl}/lms/`);
  const frame = async () => {
    await expect.poll(() => page.frames().some((f) => f.url().includes('/lms.html'))).toBe(true);
    const found = page.frames().find((f) => f.url().includes('/lms.html'));
    if (!found) throw new Error('the course frame never loaded');
    return found;
  };
  return { page, problems, frame };
}

/**
 * Plays until the end (or `stopAfter` choices): a click on a choice, then Space (as a player skips
 * the typing) until the next choices are offered. Returns the number of choices made.
 */
async function play(frame: Frame, stopAfter = Infinity): Promise<number> {
  let made = 0;
  const keyboard = frame.page().keyboard;
  for (let guard = 0; guard < 1000; guard++) {
    if (made >= stopAfter) return made;
    if (await frame.locator('button.to-debrief').isVisible()) return made;
    const buttons = frame.locator('button.choice:not([disabled])');
    const count = await buttons.count();
    if (count > 0) {
      await buttons.nth((made * 2 + 1) % count).click();
      made++;
    } else {
      await keyboard.press('Space');
    }
    await frame.waitForTimeout(80);
  }
  throw new Error('the scenario never reached its end');
}

/** Presses Space (as a player skips the typing) until choices are offered. */
async function untilChoices(frame: Frame): Promise<void> {
  for (let guard = 0; guard < 300; guard++) {
    if ((await frame.locator('button.choice:not([disabled])').count()) > 0) return;
    await frame.page().keyboard.press('Space');
    await frame.waitForTimeout(100);
  }
  throw new Error('no choices were ever offered');
}

type DataModel = Record<string, string>;

async function dataModel(page: Page, version: '1.2' | '2004'): Promise<DataModel> {
  return page.evaluate((v) => {
    const w = window as unknown as Record<string, { getFlattenedCMI(): Record<string, unknown> }>;
    const api = w[v === '2004' ? 'API_1484_11' : 'API'];
    const flat = api?.getFlattenedCMI() ?? {};
    const out: Record<string, string> = {};
    for (const [k, value] of Object.entries(flat)) if (typeof value === 'string') out[k] = value;
    return out;
  }, version);
}

const rowsOf = (dm: DataModel, list: string) =>
  new Set(
    Object.keys(dm)
      .filter((k) => k.startsWith(`${list}.`) && /^\d+$/.test(k.split('.')[2] ?? ''))
      .map((k) => k.split('.')[2]),
  ).size;

/** Closes the course the way a learner does: the LMS frame navigates away (pagehide). */
async function closeCourse(page: Page): Promise<void> {
  await page.evaluate(() => {
    const frame = document.getElementById('sco') as HTMLIFrameElement;
    frame.src = 'about:blank';
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __terminated: boolean }).__terminated))
    .toBe(true);
}

async function storageUsed(frame: Frame): Promise<number> {
  return frame.evaluate(async () => {
    const dbs = (await indexedDB.databases?.()) ?? [];
    return localStorage.length + sessionStorage.length + dbs.length;
  });
}

describe('every package the build makes', () => {
  it('has a valid manifest listing exactly its files', () => {
    const order = inCurriculumOrder(bundle.scenarios).map((s) => s.id);
    for (const scorm of ['1.2', '2004'] as const) {
      for (const scope of ['curriculum', ...new Set(order)]) {
        for (const lang of ['en', 'nl', 'choice'] as const) {
          const pkg = packageContents(
            bundle,
            { scorm, scope, lang, mastery: 0.6 },
            order,
            'Mingle',
          );
          expect(validatePackage(scorm, pkg.files).problems, pkg.name).toEqual([]);
        }
      }
    }
  }, 300_000);
});

describe('hard-seller in an LMS', () => {
  it('SCORM 2004: plays from the unzipped package to an ending and reports it all', async () => {
    const name = 'mingle-hard-seller-en-scorm2004.zip';
    const { page, problems, frame } = await openLms(name);
    const course = await frame();
    await course.waitForSelector('button.choice', { timeout: 150_000 });
    const made = await play(course);
    await course.locator('button.to-debrief').click();
    await course.waitForSelector('.screen-debrief', { timeout: 90_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/lms-debrief-laptop.png` });
    expect(await storageUsed(course)).toBe(0);
    await closeCourse(page);

    const dm = await dataModel(page, '2004');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/lms-data-model-2004.json', JSON.stringify(dm, null, 2));
    expect(dm['cmi.completion_status']).toBe('completed');
    const scaled = Number(dm['cmi.score.scaled']);
    expect(scaled).toBeGreaterThanOrEqual(0);
    expect(scaled).toBeLessThanOrEqual(1);
    expect(dm['cmi.success_status']).toBe(scaled >= 0.6 ? 'passed' : 'failed');
    expect(Number(dm['cmi.score.min'])).toBeLessThan(Number(dm['cmi.score.max']));
    expect(dm['cmi.exit']).toBe('normal');
    const calls = await page.evaluate(() => (window as unknown as { __calls: string[][] }).__calls);
    expect(calls.filter(([el]) => el === 'cmi.session_time')).toEqual([
      ['cmi.session_time', expect.stringMatching(/^PT/)],
    ]);
    expect(rowsOf(dm, 'cmi.objectives')).toBe(5);
    for (let n = 0; n < 5; n++) {
      expect(dm[`cmi.objectives.${n}.id`]).toMatch(new RegExp(`^tip-${n + 1}-`));
      expect(Number(dm[`cmi.objectives.${n}.score.scaled`])).toBeGreaterThanOrEqual(0);
      expect(dm[`cmi.objectives.${n}.success_status`]).toMatch(/^(passed|failed)$/);
    }
    expect(rowsOf(dm, 'cmi.interactions')).toBe(made);
    for (let n = 0; n < made; n++) {
      const p = `cmi.interactions.${n}`;
      expect(dm[`${p}.id`]).toMatch(/^urn:mingle:hard-seller:/);
      expect(dm[`${p}.type`]).toBe('choice');
      expect(dm[`${p}.result`]).toMatch(/^(correct|incorrect|neutral)$/);
      expect(dm[`${p}.latency`]).toMatch(/^PT/);
      // The option chosen is one of the options offered, which the description lists.
      const offered = /\[([^\]]+)\]/.exec(dm[`${p}.description`] ?? '')?.[1]?.split(' ') ?? [];
      expect(offered.length).toBeGreaterThan(1);
      expect(offered).toContain(dm[`${p}.learner_response`]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 480_000);

  it('SCORM 1.2: closed mid-way, the next LMS session lands on the same line, then finishes', async () => {
    const name = 'mingle-hard-seller-en-scorm12.zip';
    const first = await openLms(name);
    const course = await first.frame();
    await course.waitForSelector('button.choice', { timeout: 150_000 });
    await play(course, 3);
    await untilChoices(course);
    const lastLine = await course.locator('.transcript .line .said').last().textContent();
    const offered = await course.locator('button.choice .text').allTextContents();
    await closeCourse(first.page);
    const committed = await first.page.evaluate(() =>
      (
        window as unknown as { API: { renderCMIToJSONObject(): unknown } }
      ).API.renderCMIToJSONObject(),
    );
    const before = await dataModel(first.page, '1.2');
    expect(before['cmi.core.lesson_status']).toBe('incomplete');
    expect(before['cmi.core.exit']).toBe('suspend');
    expect(before['cmi.suspend_data']).toMatch(/^m1\|en\|[0-9a-f]+\|[^|]*\|[0-9a-z]{3}$/);
    expect(first.problems).toEqual([]);
    await first.page.context().close();

    const second = await openLms(name, {
      cmi: (committed as { cmi: unknown }).cmi,
    });
    const again = await second.frame();
    await again.waitForSelector('button.choice:not([disabled])', { timeout: 150_000 });
    expect(await again.locator('.transcript .line .said').last().textContent()).toBe(lastLine);
    expect(await again.locator('button.choice .text').allTextContents()).toEqual(offered);
    const made = await play(again);
    await closeCourse(second.page);
    const dm = await dataModel(second.page, '1.2');
    writeFileSync('test-results/lms-data-model-12.json', JSON.stringify(dm, null, 2));
    expect(dm['cmi.core.lesson_status']).toMatch(/^(passed|failed)$/);
    expect(Number(dm['cmi.core.score.raw'])).toBeGreaterThanOrEqual(0);
    expect(rowsOf(dm, 'cmi.objectives')).toBe(5);
    expect(rowsOf(dm, 'cmi.interactions')).toBe(3 + made);
    expect(second.problems).toEqual([]);
    await second.page.context().close();
  }, 480_000);
});

describe('without a working LMS', () => {
  for (const mode of ['failing', 'none'] as const) {
    // Without an LMS the play goes to its debrief; with a failing one, a few choices show it plays on
    // (the unit tests take a failing LMS through the ending), which keeps this file's time down.
    it(`${mode === 'none' ? 'with no API at all' : 'with an API that fails every call'}: plays on, says so once`, async () => {
      const name = 'mingle-hard-seller-en-scorm2004.zip';
      const { page, problems, frame } = await openLms(name, { mode });
      const course = await frame();
      const notice = mode === 'none' ? en.lms.noLms : en.lms.lmsFailed;
      await course.waitForSelector('button.choice', { timeout: 150_000 });
      await expect.poll(() => course.getByText(notice).count()).toBe(1);
      await page.screenshot({ path: `${SCREENSHOTS}/lms-${mode}-laptop.png` });
      if (mode === 'none') {
        await play(course);
        await course.locator('button.to-debrief').click();
        await course.waitForSelector('.screen-debrief', { timeout: 90_000 });
      } else {
        expect(await play(course, 4)).toBe(4);
        await untilChoices(course);
      }
      expect(await course.getByText(notice).count()).toBe(1);
      expect(await storageUsed(course)).toBe(0);
      if (mode === 'failing') {
        // One Initialize, answered false: the game never called again.
        expect(
          await page.evaluate(() => (window as unknown as { __calls: unknown[] }).__calls),
        ).toEqual([['Initialize']]);
      }
      // The frame's console warns the LMS administrator; nothing else went wrong.
      expect(problems).toEqual([]);
      await page.context().close();
    }, 480_000);
  }
});

describe('the whole curriculum, learner’s choice of language', () => {
  it('opens a scenario from the course on the title screen, in the learner’s language', async () => {
    const { page, problems, frame } = await openLms('mingle-curriculum-choice-scorm2004.zip', {
      scenario: 'secretary-call',
      // The conversation's screenshot at projector size shows the course as a learner sees it.
      pictures: true,
    });
    const course = await frame();
    await course.waitForSelector('.screen-title', { timeout: 150_000 });
    // Inside an LMS there are no profiles, no local history and no workshop rooms to offer.
    expect(await course.locator('.to-profiles, .to-progress, .to-workshop').count()).toBe(0);
    // The launch page at each size (one load, resized: a course frame follows its window).
    for (const vp of [
      { name: 'laptop', width: 1366, height: 768 },
      { name: 'phone', width: 390, height: 844 },
      { name: 'projector', width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await expect
        .poll(() => course.evaluate(() => window.innerWidth), { timeout: 30_000 })
        .toBe(vp.width);
      await course.waitForTimeout(300);
      await page.screenshot({ path: `${SCREENSHOTS}/lms-title-${vp.name}.png` });
    }
    await course.locator('label.lang-option', { hasText: 'Nederlands' }).click();
    await course.locator('button.start').click({ noWaitAfter: true });
    await course.locator('button[data-scenario="secretary-call"]').click({ noWaitAfter: true });
    await course.waitForSelector('button.choice', { timeout: 150_000 });
    expect(await course.locator('ol.choices').getAttribute('lang')).toBe('nl');
    await page.screenshot({ path: `${SCREENSHOTS}/lms-conversation-nl-projector.png` });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 480_000);
});
