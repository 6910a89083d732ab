/**
 * The LMS adapter over a real SCORM run-time (scorm-again, in Node) and a real play of the real
 * hard-seller story: what the LMS receives for a finished attempt, resume in a second LMS session, and
 * an LMS that misbehaves. The browser tests (tests/e2e/lms.test.ts) repeat the story from a package.
 */
import { resolve } from 'node:path';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '../../../scripts/ink/scenario.ts';
import { GameSession, InMemoryStore, rangesForMemory } from '../../../src/game/index.ts';
import { dictionaries } from '../../../src/i18n/index.ts';
import { LmsAdapter, observedSession, type Unrecorded } from '../../../src/lms/adapter.ts';
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

/** Starts a play watched by the adapter; `pick` chooses among the options (default: the first). */
function play(
  adapter: LmsAdapter,
  options: {
    resume?: { memory: Record<string, string | number | boolean>; path: number[] };
    stopAfter?: number;
    pick?: (beat: Beat) => number;
  } = {},
) {
  const session = new GameSession(scenario, new InMemoryStore(), options.resume ?? null);
  adapter.observe(observedSession(session, scenario, options.resume?.path ?? []));
  const beats: Beat[] = [];
  session.events.on('beat', (b) => beats.push(b));
  session.start();
  let made = 0;
  while (session.state === 'playing' && made < (options.stopAfter ?? Infinity)) {
    const beat = session.beat;
    if (!beat || beat.choices.length === 0) break;
    const choice = options.pick ? options.pick(beat) : (beat.choices[0]?.index ?? 0);
    session.choose(choice);
    made++;
  }
  return { session, beats };
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

const adapterFor = (win: WindowLike, version: '1.2' | '2004', masteryThreshold = 0.6) =>
  new LmsAdapter({ window: win, version, masteryThreshold, tipNames });

describe('reporting a finished scenario', () => {
  it('SCORM 2004: completion, success, scaled score, five objectives, one interaction per decision', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const sessionTimes: string[] = [];
    api.on('SetValue.cmi.session_time', (_el: string, v: string) => sessionTimes.push(v));
    const { session } = play(adapter);
    expect(session.state).toBe('ended');
    adapter.close();

    const cmi = api.cmi;
    const debrief = buildDebrief(session.moments, rangesForMemory(scenario, session.startMemory));
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe((debrief.overall ?? 1) >= 0.6 ? 'passed' : 'failed');
    expect(Number(cmi.score.scaled)).toBeCloseTo(debrief.overall ?? 0, 3);
    const min = Object.values(scenario.ranges).reduce((s, r) => s + r.min, 0);
    const max = Object.values(scenario.ranges).reduce((s, r) => s + r.max, 0);
    expect(Number(cmi.score.min)).toBe(min);
    expect(Number(cmi.score.max)).toBe(max);
    expect(dataModel(api)('cmi.exit')).toBe('normal');
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

    expect(rows(api, 'cmi.interactions')).toBe(session.moments.length);
    expect(dm('cmi.interactions.0.id')).toMatch(/^urn:mingle:hard-seller:/);
    expect(dm('cmi.interactions.0.type')).toBe('choice');
    expect(dm('cmi.interactions.0.learner_response')).toMatch(/^\d+$/);
    expect(dm('cmi.interactions.0.result')).toMatch(/^(correct|incorrect|neutral)$/);
    expect(dm('cmi.interactions.0.latency')).toMatch(/^PT/);
    expect(dm('cmi.interactions.0.description')).toMatch(/^\{lang=en\}\[\d+( \d+)+\] \S/);
    expect(dm('cmi.interactions.0.correct_responses.0.pattern')).toMatch(/^\d+(\[,\]\d+)*$/);
    expect(dm('cmi.interactions.0.id')).toBe('urn:mingle:hard-seller:arrival.0');
    expect(api.isTerminated()).toBe(true);
  });

  it('SCORM 1.2: lesson status by the LMS’s mastery score, 0–100 scores, letters for options', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.cmi.student_data.mastery_score = '99';
    const adapter = adapterFor(lmsWindow(api, 'API'), '1.2', 0.1);
    const sessionTimes: string[] = [];
    api.on('LMSSetValue.cmi.core.session_time', (_el: string, v: string) => sessionTimes.push(v));
    const { session } = play(adapter, { pick: (b) => b.choices.at(-1)?.index ?? 0 });
    adapter.close();
    const debrief = buildDebrief(session.moments, rangesForMemory(scenario, session.startMemory));
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
    expect(rows(api, 'cmi.interactions')).toBe(session.moments.length);
    expect(dm('cmi.interactions.0.id')).toMatch(/^hard_seller_[A-Za-z0-9_]+$/);
    expect(dm('cmi.interactions.0.student_response')).toMatch(/^[0-9a-z]$/);
    expect(dm('cmi.interactions.0.result')).toMatch(/^(correct|wrong|neutral)$/);
    expect(dm('cmi.interactions.0.latency')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(sessionTimes).toEqual([expect.stringMatching(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/)]);
  });
});

describe('resuming in the next LMS session', () => {
  it('lands on the same line with the same scores', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const first = play(adapter, { stopAfter: 3, pick: (b) => b.choices.at(-1)?.index ?? 0 });
    adapter.close(); // the window closes: pagehide
    expect(dataModel(api)('cmi.exit')).toBe('suspend');
    expect(api.cmi.completion_status).toBe('incomplete');
    const committed = api.renderCMIToJSONObject() as { cmi: Record<string, unknown> };

    // The LMS starts the next session from what it stored, and says it resumes.
    const api2 = new Scorm2004API({ logLevel: 5 });
    api2.loadFromJSON({ ...committed.cmi, entry: 'resume' });
    const adapter2 = adapterFor(lmsWindow(api2, 'API_1484_11'), '2004');
    const saved = adapter2.resumeState();
    expect(saved).toEqual({
      lang: 'en',
      version: scenario.version,
      memory: first.session.startMemory,
      path: first.session.moments.map((_, i) => first.beats[i]?.choices.at(-1)?.index ?? 0),
    });
    const second = play(adapter2, {
      resume: { memory: { ...saved!.memory }, path: [...saved!.path] },
      stopAfter: 0,
    });
    expect(second.beats.at(-1)).toEqual(first.beats.at(-1));
    expect(second.session.moments).toEqual(first.session.moments);
    // The decisions of the first session are not reported twice.
    expect(rows(api2, 'cmi.interactions')).toBe(3);
  });
});

describe('an LMS that is missing or misbehaves', () => {
  it('without an LMS, says once that progress is not recorded, and the play goes on', () => {
    const win: Record<string, unknown> = {};
    win.parent = win;
    const adapter = adapterFor(win, '2004');
    const heard: Unrecorded[] = [];
    adapter.onUnrecorded((w) => heard.push(w));
    const { session } = play(adapter);
    adapter.close();
    expect(session.state).toBe('ended');
    expect(heard).toEqual([{ reason: 'no-lms' }]);
    expect(adapter.recording).toBe(false);
  });

  it('with an API that fails every call, says so once and never throws', () => {
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
    const { session } = play(adapter);
    adapter.close();
    expect(session.state).toBe('ended');
    expect(heard).toEqual([
      { reason: 'lms-failed', detail: 'Initialize answered false (error 101)' },
    ]);
    expect(calls).toBe(1);
  });

  it('with an API that vanishes mid-session, keeps playing and says so once', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    const adapter = adapterFor(lmsWindow(api, 'API_1484_11'), '2004');
    const heard: Unrecorded[] = [];
    adapter.onUnrecorded((w) => heard.push(w));
    let made = 0;
    const { session } = play(adapter, {
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
    expect(session.state).toBe('ended');
    expect(heard).toHaveLength(1);
    expect(heard[0]?.reason).toBe('lms-failed');
  });
});
