/**
 * The LMS adapter over a real SCORM run-time (scorm-again, in Node) and real plays of the real
 * hard-seller story, opened the way every entry point opens them: through the application layer
 * (`Plays.open`) with the LMS as the record and the adapter's observer. What the LMS receives for a
 * finished attempt, resume in a second LMS session, a story that changed in between, a play left
 * before its end, a replay after completion, and an LMS that misbehaves. The browser tests
 * (tests/e2e/lms.test.ts) repeat the story from a package.
 */
import { resolve } from 'node:path';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '../../../scripts/ink/scenario.ts';
import { Plays, rangesForMemory, type Play, type SavedPlay } from '../../../src/game/index.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { LmsAdapter, type Unrecorded } from '../../../src/lms/adapter.ts';
import type { WindowLike } from '../../../src/lms/api.ts';
import { buildDebrief } from '../../../src/scoring/index.ts';
import type { Beat, CompiledScenario, TipId } from '../../../src/story/index.ts';

const root = resolve(import.meta.dirname, '../../..');
let scenario: CompiledScenario;

beforeAll(() => {
  scenario = buildScenario(resolve(root, 'stories/en/hard-seller.ink'), root).scenario;
}, 120_000);

const tipNames = (lang: string) => {
  const t = dictionaries[lang === 'nl' ? 'nl' : 'en'].tips;
  return Object.fromEntries(([1, 2, 3, 4, 5] as const).map((n) => [n, t[n].name])) as Record<
    TipId,
    string
  >;
};

/** A top-level window holding the LMS API, as an LMS page does. */
function lmsWindow(api: Record<string, unknown> | object, name: 'API' | 'API_1484_11'): WindowLike {
  const win: Record<string, unknown> = { [name]: api };
  win.parent = win;
  return win;
}

/** The application layer as the LMS launch builds it: the LMS is the record, the adapter watches. */
function playsFor(adapter: LmsAdapter, story: CompiledScenario = scenario): Plays {
  return new Plays({
    catalogue: [story],
    loadScenario: () => Promise.resolve(story),
    record: adapter.record,
    observers: [adapter.observer],
  });
}

/**
 * Opens hard-seller (resuming what the LMS saved when `resume` is set) and plays it; `pick` chooses
 * among the options (default: the first), `stopAfter` stops after that many choices.
 */
async function play(
  adapter: LmsAdapter,
  options: { resume?: boolean; stopAfter?: number; pick?: (beat: Beat) => number } = {},
): Promise<{ play: Play; beats: Beat[] }> {
  const plays = playsFor(adapter);
  const opened = await plays.open({
    scenario: { id: scenario.id, lang: scenario.lang },
    resume: options.resume ? plays.saved() : null,
  });
  if (!opened.ok) throw new Error(`could not open: ${opened.kind} ${opened.detail}`);
  const beats: Beat[] = [];
  opened.play.events.on('beat', (b) => beats.push(b));
  opened.play.start();
  let made = 0;
  while (opened.play.state === 'playing' && made < (options.stopAfter ?? Infinity)) {
    const beat = opened.play.beat;
    if (!beat || beat.choices.length === 0) break;
    opened.play.choose(options.pick ? options.pick(beat) : (beat.choices[0]?.index ?? 0));
    made++;
  }
  return { play: opened.play, beats };
}

/** The data model as the LMS holds it, flattened: `cmi.objectives.0.id` → value. */
function dataModel(api: { getFlattenedCMI(): object }): (key: string) => string {
  const flat = api.getFlattenedCMI() as Record<string, unknown>;
  return (key) => {
    const v = flat[key];
    return typeof v === 'string' ? v : v === undefined ? '<absent>' : JSON.stringify(v);
  };
}

/** How many rows a list (`cmi.objectives`, `cmi.interactions`) holds. */
function rows(api: { getFlattenedCMI(): object }, list: string): number {
  const keys = Object.keys(api.getFlattenedCMI());
  const ids = new Set(keys.filter((k) => k.startsWith(`${list}.`)).map((k) => k.split('.')[2]));
  return ids.size;
}

const adapterFor = (
  win: WindowLike,
  version: '1.2' | '2004',
  masteryThreshold = 0.6,
  warn?: (message: string) => void,
) =>
  new LmsAdapter({
    window: win,
    version,
    scenario: 'hard-seller',
    masteryThreshold,
    tipNames,
    ...(warn ? { warn } : {}),
  });

/** A 2004 LMS session started from what an earlier one committed, as an LMS re-enters a SCO. */
function nextSession(previous: Scorm2004API): Scorm2004API {
  const committed = previous.renderCMIToJSONObject() as { cmi: Record<string, unknown> };
  const api = new Scorm2004API({ logLevel: 5 });
  api.loadFromJSON({ ...committed.cmi, entry: 'resume' });
  return api;
}

describe('reporting a finished scenario', () => {
  it('SCORM 2004: completion, success, scaled score, five objectives, one interaction per decision', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const sessionTimes: string[] = [];
    const commits: number[] = [];
    api.on('SetValue.cmi.session_time', (_el: string, v: string) => sessionTimes.push(v));
    api.on('Commit', () => commits.push(1));
    const { play: p } = await play(adapter);
    expect(p.state).toBe('ended');
    const moments = p.session.moments;
    // One commit when the play starts, one per decision, one at the ending.
    expect(commits).toHaveLength(1 + moments.length + 1);
    adapter.close();

    const cmi = api.cmi;
    const debrief = buildDebrief(moments, rangesForMemory(scenario, p.session.startMemory));
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe((debrief.overall ?? 1) >= 0.6 ? 'passed' : 'failed');
    expect(Number(cmi.score.scaled)).toBeCloseTo(debrief.overall ?? 0, 3);
    const min = Object.values(scenario.ranges).reduce((s, r) => s + r.min, 0);
    const max = Object.values(scenario.ranges).reduce((s, r) => s + r.max, 0);
    expect(Number(cmi.score.min)).toBe(min);
    expect(Number(cmi.score.max)).toBe(max);
    expect(dataModel(api)('cmi.exit')).toBe('normal');
    expect(dataModel(api)('cmi.suspend_data')).toBe('');
    expect(sessionTimes).toEqual([expect.stringMatching(/^PT(\d+H)?(\d+M)?[\d.]+S$/)]);

    const dm = dataModel(api);
    expect(rows(api, 'cmi.objectives')).toBe(5);
    expect([0, 1, 2, 3, 4].map((n) => dm(`cmi.objectives.${n}.id`))).toEqual([
      'tip-1-meet-dont-sell',
      'tip-2-beyond-the-pitch',
      'tip-3-follow-up-without-selling',
      'tip-4-ask-how-you-can-help',
      'tip-5-the-long-game',
    ]);
    for (const result of debrief.tips) {
      const o = `cmi.objectives.${result.tip - 1}`;
      expect(Number(dm(`${o}.score.scaled`))).toBeCloseTo(result.share ?? 0, 3);
      expect(Number(dm(`${o}.score.raw`))).toBe(result.score);
      expect(dm(`${o}.completion_status`)).toBe('completed');
    }
    expect(dm('cmi.objectives.0.description')).toBe(`{lang=en}${tipNames('en')[1]}`);

    expect(rows(api, 'cmi.interactions')).toBe(moments.length);
    expect(dm('cmi.interactions.0.id')).toMatch(/^urn:mingle:hard-seller:/);
    expect(dm('cmi.interactions.0.type')).toBe('choice');
    // Options are named by their rubric act and ink's id: hard-seller opens on target, mingle, prepare.
    expect(dm('cmi.interactions.0.learner_response')).toMatch(/^(target|mingle|prepare)\.\d+$/);
    expect(dm('cmi.interactions.0.result')).toMatch(/^(correct|incorrect|neutral)$/);
    expect(dm('cmi.interactions.0.latency')).toMatch(/^PT/);
    expect(dm('cmi.interactions.0.description')).toMatch(
      /^\{lang=en\}\[target\.\d+ mingle\.\d+ prepare\.\d+\] A waiter /,
    );
    expect(dm('cmi.interactions.0.correct_responses.0.pattern')).toMatch(
      /^[a-z-]+\.\d+(\[,\][a-z-]+\.\d+)*$/,
    );
    expect(dm('cmi.interactions.0.id')).toBe('urn:mingle:hard-seller:arrival.0');
    expect(api.isTerminated()).toBe(true);
  });

  it('SCORM 1.2: lesson status by the LMS’s mastery score, 0–100 scores, letters for options', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.cmi.student_data.mastery_score = '99';
    const adapter = adapterFor(lmsWindow(api, 'API'), '1.2', 0.1);
    const sessionTimes: string[] = [];
    api.on('LMSSetValue.cmi.core.session_time', (_el: string, v: string) => sessionTimes.push(v));
    const { play: p } = await play(adapter, { pick: (b) => b.choices.at(-1)?.index ?? 0 });
    adapter.close();
    const moments = p.session.moments;
    const debrief = buildDebrief(moments, rangesForMemory(scenario, p.session.startMemory));
    const cmi = api.cmi;
    expect(cmi.core.lesson_status).toBe((debrief.overall ?? 0) >= 0.99 ? 'passed' : 'failed');
    expect(Number(cmi.core.score.raw)).toBeCloseTo((debrief.overall ?? 0) * 100, 1);
    expect(cmi.core.score.max).toBe('100');
    const dm = dataModel(api);
    expect([0, 1, 2, 3, 4].map((n) => dm(`cmi.objectives.${n}.id`))).toEqual([
      'tip1_meet_dont_sell',
      'tip2_beyond_the_pitch',
      'tip3_follow_up_without_selling',
      'tip4_ask_how_you_can_help',
      'tip5_the_long_game',
    ]);
    expect(rows(api, 'cmi.interactions')).toBe(moments.length);
    expect(dm('cmi.interactions.0.id')).toMatch(/^hard_seller_[A-Za-z0-9_]+$/);
    expect(dm('cmi.interactions.0.student_response')).toMatch(/^[0-9a-z]$/);
    expect(dm('cmi.interactions.0.result')).toMatch(/^(correct|wrong|neutral)$/);
    expect(dm('cmi.interactions.0.latency')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(sessionTimes).toEqual([expect.stringMatching(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/)]);
  });

  it('a replay after completion reports its own result and never sets the attempt back to incomplete', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const statuses: string[] = [];
    api.on('SetValue.cmi.completion_status', (_el: string, v: string) => statuses.push(v));
    const first = await play(adapter, { pick: (b) => b.choices.at(-1)?.index ?? 0 });
    const second = await play(adapter, { pick: (b) => b.choices[0]?.index ?? 0, stopAfter: 2 });
    expect(first.play.state).toBe('ended');
    expect(statuses).toEqual(['incomplete', 'completed']);
    expect(api.cmi.completion_status).toBe('completed');
    // The unfinished replay is resumable, and its decisions follow the first play's.
    expect(rows(api, 'cmi.interactions')).toBe(first.play.session.moments.length + 2);
    expect(dataModel(api)('cmi.suspend_data')).toMatch(/^m1\|en\|/);
    expect(adapter.resumeState()).toBeNull(); // what this session started from is long gone
    second.play.leave();
    expect(dataModel(api)('cmi.suspend_data')).toBe('');
    adapter.close();
  });
});

describe('resuming in the next LMS session', () => {
  it('lands on the same line with the same scores', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const first = await play(adapter, { stopAfter: 3, pick: (b) => b.choices.at(-1)?.index ?? 0 });
    first.play.detach(); // the window closes: the play stays resumable
    adapter.close(); // pagehide
    expect(dataModel(api)('cmi.exit')).toBe('suspend');
    expect(api.cmi.completion_status).toBe('incomplete');

    // The LMS starts the next session from what it stored, and says it resumes.
    const api2 = nextSession(api);
    const adapter2 = adapterFor(lmsWindow(api2, 'API_1484_11'), '2004');
    const saved = adapter2.resumeState();
    expect(saved).toEqual({
      scenario: 'hard-seller',
      lang: 'en',
      version: scenario.version,
      memory: first.play.session.startMemory,
      path: first.play.path,
    } satisfies SavedPlay);
    const second = await play(adapter2, { resume: true, stopAfter: 0 });
    expect(second.beats.at(-1)).toEqual(first.beats.at(-1));
    expect(second.play.session.moments).toEqual(first.play.session.moments);
    // The decisions of the first session are not reported twice.
    expect(rows(api2, 'cmi.interactions')).toBe(3);
    // One more choice, and the resume data holds four.
    const beat = second.play.beat;
    second.play.choose(beat?.choices[0]?.index ?? 0);
    expect(rows(api2, 'cmi.interactions')).toBe(4);
    expect(dataModel(api2)('cmi.suspend_data')).toMatch(/\|\w{4}$/);
  });

  it('keeps the marks of choices made against the clock', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const first = await play(adapter, { stopAfter: 1 });
    // Two choices on timed choice points: one chosen in time, one the story took when time ran out.
    for (const pressure of ['timed', 'ran-out'] as const)
      first.play.choose(first.play.beat?.choices[0]?.index ?? 0, pressure);
    first.play.detach();
    adapter.close();
    expect(dataModel(api)('cmi.suspend_data')).toMatch(/\|1t,2r$/);

    const adapter2 = adapterFor(lmsWindow(nextSession(api), 'API_1484_11'), '2004');
    expect(adapter2.resumeState()?.pressure).toEqual([
      { step: 1, pressure: 'timed' },
      { step: 2, pressure: 'ran-out' },
    ]);
    const second = await play(adapter2, { resume: true, stopAfter: 0 });
    // The resumed play's moments carry the marks, so its debrief shows them as the first would have.
    expect(second.play.session.moments).toEqual(first.play.session.moments);
    expect(second.play.session.moments.map((m) => m.pressure)).toEqual([
      undefined,
      'timed',
      'ran-out',
    ]);
    adapter2.close();
  });

  it('when the story changed in between, the play is refused and a restart forgets the old data', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    (await play(adapter, { stopAfter: 2 })).play.detach();
    adapter.close();

    const api2 = nextSession(api);
    const adapter2 = adapterFor(lmsWindow(api2, 'API_1484_11'), '2004');
    const changed: CompiledScenario = { ...scenario, version: 'a-newer-build' };
    const plays = playsFor(adapter2, changed);
    const saved = plays.saved();
    expect(saved?.path).toHaveLength(2);
    const opened = await plays.open({ scenario: changed, resume: saved });
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.kind).toBe('story-changed');
    // What the app does when the learner accepts the restart.
    if (saved) adapter2.record.discard(saved);
    expect(plays.saved()).toBeNull();
    expect(dataModel(api2)('cmi.suspend_data')).toBe('');
    const fresh = await plays.open({ scenario: changed });
    expect(fresh.ok).toBe(true);
    adapter2.close();
  });

  it('a play left before its end is not offered again; damaged or foreign data starts fresh', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const { play: p } = await play(adapter, { stopAfter: 2 });
    expect(dataModel(api)('cmi.suspend_data')).not.toBe('');
    p.leave();
    expect(dataModel(api)('cmi.suspend_data')).toBe('');
    adapter.close();

    for (const data of ['{"ink":"state"}', 'm1|en|', 'm9|en|v||00']) {
      const other = new Scorm2004API({ logLevel: 5 });
      other.loadFromJSON({ suspend_data: data, entry: 'resume' });
      expect(adapterFor(lmsWindow(other, 'API_1484_11'), '2004').resumeState()).toBeNull();
    }
  });
});

describe('an LMS that is missing or misbehaves', () => {
  it('without an LMS, says once that progress is not recorded, and the play goes on', async () => {
    const win: Record<string, unknown> = {};
    win.parent = win;
    const adapter = adapterFor(win, '2004');
    const heard: Unrecorded[] = [];
    adapter.onUnrecorded((w) => heard.push(w));
    const { play: p } = await play(adapter);
    adapter.close();
    expect(p.state).toBe('ended');
    expect(heard).toEqual([{ reason: 'no-lms' }]);
    expect(adapter.recording).toBe(false);
    expect(adapter.resumeState()).toBeNull();
  });

  it('with an API that fails every call, says so once and never throws', async () => {
    let calls = 0;
    const api = {
      Initialize: () => (calls++, 'false'),
      Terminate: () => (calls++, 'false'),
      GetValue: () => (calls++, ''),
      SetValue: () => (calls++, 'false'),
      Commit: () => (calls++, 'false'),
      GetLastError: () => '101',
    };
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const heard: Unrecorded[] = [];
    adapter.onUnrecorded((w) => heard.push(w));
    const { play: p } = await play(adapter);
    adapter.close();
    expect(p.state).toBe('ended');
    expect(heard).toEqual([
      { reason: 'lms-failed', detail: 'Initialize answered false (error 101)' },
    ]);
    expect(calls).toBe(1);
  });

  it('with an API that vanishes mid-session, keeps playing and says so once', async () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const heard: Unrecorded[] = [];
    adapter.onUnrecorded((w) => heard.push(w));
    let made = 0;
    const { play: p } = await play(adapter, {
      pick: (b) => {
        if (++made === 2) {
          // The LMS frame navigated away: its API's functions are gone.
          for (const key of ['SetValue', 'Commit', 'GetValue', 'Terminate'])
            Object.defineProperty(api, key, { value: undefined });
        }
        return b.choices[0]?.index ?? 0;
      },
    });
    adapter.close();
    expect(p.state).toBe('ended');
    expect(heard).toHaveLength(1);
    expect(heard[0]?.reason).toBe('lms-failed');
  });

  it('resume data that would not fit the LMS is dropped with a warning, never sent to be refused', async () => {
    const api = new Scorm12API({ logLevel: 5 });
    const warnings: string[] = [];
    const adapter = adapterFor(lmsWindow(api, 'API'), '1.2', 0.6, (m) => warnings.push(m));
    // A remembered name absurdly long: the resume data outgrows SCORM 1.2's 4,096 characters. The
    // introduction reads the promise hard-seller made (a story never reads back memory it writes
    // itself, so hard-seller would start from its own default and stay small).
    const introduction = buildScenario(
      resolve(root, 'stories/en/the-introduction.ink'),
      root,
    ).scenario;
    const plays = new Plays({
      catalogue: [introduction],
      loadScenario: () => Promise.resolve(introduction),
      record: { ...adapter.record, memory: () => ({ mem_promised_intro: 'x'.repeat(5000) }) },
      observers: [adapter.observer],
    });
    const opened = await plays.open({ scenario: introduction });
    if (!opened.ok) throw new Error(opened.detail);
    opened.play.start();
    opened.play.choose(opened.play.beat?.choices[0]?.index ?? 0);
    expect(adapter.recording).toBe(true);
    expect(dataModel(api)('cmi.suspend_data')).toBe('');
    expect(warnings[0]).toMatch(/exceeds 4096/);
    adapter.close();
    // Building the scenario compiles and analyses a real story: a generous budget for a loaded machine.
  }, 120_000);
});
