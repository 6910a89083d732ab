/**
 * The application layer for a play (src/game/play.ts) over a small story compiled in-test: opening
 * fresh and resumed with one check, the three kinds of record (the real progress store over memory,
 * nothing, an outside one shaped like a learning platform's suspend data), observers, choices made by
 * code outside any screen, and the typed failures on open — a network failure among them.
 */
import { describe, expect, it } from 'vitest';
import {
  memoryRecord,
  Plays,
  progressRecord,
  type OpenResult,
  type Play,
  type PlayEvents,
  type PlayRecord,
  type SavedPlay,
} from '../../../src/game/index.ts';
import { ProgressStore, SharedMemoryStorage } from '../../../src/progress/index.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { BROKEN, PARTY, scenarioFrom } from './fixtures.ts';

const party = scenarioFrom(PARTY);
const broken = { ...scenarioFrom(BROKEN), id: 'broken' };
/** The party with a mood the game does not know after the first choice: it breaks there. */
const breaksLater = { ...party, id: 'broken', json: party.json.replace('interested', 'furious') };

function progressStore(shared = new SharedMemoryStorage()): ProgressStore {
  const store = ProgressStore.open({ backend: shared.tab() });
  if (!store.activeProfile()) store.createProfile('Ana');
  return store;
}

/** A clock the test moves by hand. */
function clock(start = 1_000) {
  let now = start;
  return { now: () => now, tick: (ms: number) => (now += ms) };
}

function plays(
  record: PlayRecord,
  options: {
    load?: (lang: string, id: string) => Promise<CompiledScenario>;
    online?: () => boolean;
    now?: () => number;
  } = {},
) {
  const catalogue = [party, broken];
  return new Plays({
    catalogue,
    loadScenario:
      options.load ??
      ((lang, id) => {
        const found = catalogue.find((s) => s.lang === lang && s.id === id);
        return found ? Promise.resolve(found) : Promise.reject(new Error('missing'));
      }),
    record,
    ...(options.online ? { online: options.online } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}

function opened(result: OpenResult): Play {
  if (!result.ok) throw new Error(`could not open: ${result.kind} ${result.detail}`);
  return result.play;
}

/** Every event a play emits, in order. */
function log(play: Play) {
  const events: { type: keyof PlayEvents; payload: unknown }[] = [];
  play.observe({
    started: (p) => events.push({ type: 'started', payload: p }),
    beat: (p) => events.push({ type: 'beat', payload: p }),
    decision: (p) => events.push({ type: 'decision', payload: p }),
    ended: (p) => events.push({ type: 'ended', payload: p }),
    failed: (p) => events.push({ type: 'failed', payload: p }),
    left: (p) => events.push({ type: 'left', payload: p }),
  });
  return events;
}

/** The progress store with every call to its memory and run writers counted. */
function countingStore() {
  const store = progressStore();
  const calls: string[] = [];
  for (const name of ['saveMemory', 'finishRun', 'startRun', 'recordChoice'] as const) {
    const original = store[name].bind(store) as (...args: unknown[]) => unknown;
    (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(name);
      return original(...args);
    };
  }
  return { store, calls };
}

describe('Plays.open', () => {
  it('opens a catalogue entry, reports start, decisions and end, and writes memory once', async () => {
    const { store, calls } = countingStore();
    const time = clock();
    const play = opened(
      await plays(progressRecord(store), { now: time.now }).open({ scenario: party }),
    );
    const events = log(play);
    expect(play.state).toBe('ready');
    play.start();
    expect(events.map((e) => e.type)).toEqual(['started', 'beat']);
    expect(events[0]?.payload).toMatchObject({
      scenario: 'test',
      lang: 'en',
      version: 'test',
      resumed: false,
      path: [],
      ranges: party.ranges,
    });
    expect(play.beat?.choices.map((c) => c.text)).toEqual([
      'Ask about her bakery',
      'Pitch your product',
    ]);
    const point = play.beat?.point;
    expect(point).toMatch(/\S/);

    time.tick(1234);
    expect(play.choose(0)).toBe(true);
    const decision = events.find((e) => e.type === 'decision')?.payload as PlayEvents['decision'];
    expect(decision).toMatchObject({
      point,
      position: 0,
      chosen: { index: 0, text: 'Ask about her bakery' },
      effects: { 2: 2 },
      latencyMs: 1234,
      path: [0],
    });
    expect(decision.offered).toHaveLength(2);

    play.choose(0);
    const ended = events.at(-1);
    expect(ended?.type).toBe('ended');
    const payload = ended?.payload as PlayEvents['ended'];
    expect(payload).toMatchObject({
      totals: { 1: 0, 2: 2, 3: 0, 4: 0, 5: 1 },
      path: [0, 0],
      memory: { mem_met_ann: true, mem_name: '' },
    });
    expect(payload.result).toMatchObject({ ending: 'warm', startedAt: 1_000 });
    expect(payload.result.info.id).toBe('test');
    expect(play.result).toBe(payload.result);
    // The memory is written once, with the attempt; never through a separate saveMemory.
    expect(calls.filter((c) => c === 'finishRun')).toHaveLength(1);
    expect(calls).not.toContain('saveMemory');
    expect(store.memory()).toMatchObject({ mem_met_ann: true });
    expect(store.activeProfile()?.attempts[0]).toMatchObject({ status: 'completed', path: [0, 0] });
  });

  it('opens by scenario id and language, starting with the remembered memory', async () => {
    const record = memoryRecord({ mem_name: 'Bob' });
    const play = opened(await plays(record).open({ scenario: { id: 'test', lang: 'en' } }));
    play.start();
    expect(play.beat?.lines[0]?.text).toBe('Welcome back, Bob.');
  });

  it('lets code outside a screen choose, and refuses a choice that is not on offer', async () => {
    const play = opened(await plays(memoryRecord()).open({ scenario: party }));
    expect(play.choose(0)).toBe(false);
    play.start();
    expect(play.choose(7)).toBe(false);
    expect(play.path).toEqual([]);
    expect(play.choose(1)).toBe(true);
    expect(play.path).toEqual([1]);
    expect(play.beat?.lines[0]?.text).toBe('Let me tell you what I sell.');
  });

  it('resumes a saved play on the same line with the same scores, checking it once', async () => {
    const shared = new SharedMemoryStorage();
    const first = progressStore(shared);
    const before = opened(await plays(progressRecord(first)).open({ scenario: party }));
    before.start();
    before.choose(1);
    const line = before.beat;
    // The page goes away without leaving the play; a new page finds the saved run.
    before.detach();
    const second = progressStore(shared);
    const service = plays(progressRecord(second));
    const saved = service.saved();
    expect(saved?.path).toEqual([1]);
    if (!saved) return;
    const after = opened(await service.open({ scenario: party, resume: saved }));
    const events = log(after);
    after.start();
    expect(events[0]).toMatchObject({ type: 'started', payload: { resumed: true, path: [1] } });
    expect(after.beat).toEqual(line);
    expect(after.session.moments).toEqual(before.session.moments);
    after.choose(0);
    expect(second.activeProfile()?.attempts[0]).toMatchObject({
      id: saved.id,
      status: 'completed',
      path: [1, 0],
      totals: { 1: -2, 2: 0, 3: 0, 4: 0, 5: 0 },
    });
  });

  it('says the story changed when the version differs or the saved path no longer fits', async () => {
    const service = plays(memoryRecord());
    const saved: SavedPlay = { scenario: 'test', lang: 'en', version: 'old', memory: {}, path: [] };
    const changed = await service.open({ scenario: party, resume: saved });
    expect(changed).toMatchObject({ ok: false, kind: 'story-changed', saved });
    expect(service.check({ scenario: party, resume: saved })).toMatchObject({
      kind: 'story-changed',
    });
    const unfit = await service.open({
      scenario: party,
      resume: { ...saved, version: 'test', path: [5] },
    });
    expect(unfit).toMatchObject({ ok: false, kind: 'story-changed' });
    expect(unfit.ok ? '' : unfit.detail).toMatch(/not on offer/);
  });

  it('says a scenario is missing when the catalogue has no such entry', async () => {
    const result = await plays(memoryRecord()).open({ scenario: { id: 'gone', lang: 'en' } });
    expect(result).toMatchObject({ ok: false, kind: 'scenario-missing', scenario: 'gone' });
  });

  it('tells a network failure apart from a damaged story, and retries on request', async () => {
    let online = false;
    const load = (lang: string, id: string) =>
      online
        ? Promise.resolve(party)
        : Promise.reject(
            new TypeError(`Failed to fetch dynamically imported module: /${lang}/${id}`),
          );
    const service = plays(memoryRecord(), { load });
    const offline = await service.open({ scenario: party });
    expect(offline).toMatchObject({ ok: false, kind: 'network' });
    if (offline.ok || offline.kind !== 'network') throw new Error('expected a network failure');
    online = true;
    const again = await offline.retry();
    expect(again.ok).toBe(true);

    // A device that says it is offline: whatever the error, it is the network.
    const said = plays(memoryRecord(), {
      load: () => Promise.reject(new Error('anything')),
      online: () => false,
    });
    expect(await said.open({ scenario: party })).toMatchObject({ kind: 'network' });
    // Online, and the loader itself refused: that is not a network problem.
    const refused = plays(memoryRecord(), { load: () => Promise.reject(new Error('no such')) });
    expect(await refused.open({ scenario: party })).toMatchObject({ kind: 'load' });
  });

  it('fails to open a story that cannot be read, with the session’s kind', async () => {
    const bad = { ...party, json: '{"not":"ink"}' };
    const result = await plays(memoryRecord(), { load: () => Promise.resolve(bad) }).open({
      scenario: party,
    });
    expect(result).toMatchObject({ ok: false, kind: 'load' });
  });

  it('records a play that breaks, or is left, as abandoned, and tells the observers', async () => {
    const store = progressStore();
    const service = plays(progressRecord(store), {
      load: (_lang, id) => Promise.resolve(id === 'broken' ? breaksLater : party),
    });
    // A story that breaks on its first line cannot be opened at all.
    const first = await plays(progressRecord(store)).open({ scenario: broken });
    expect(first).toMatchObject({ ok: false, kind: 'runtime' });
    const play = opened(await service.open({ scenario: broken }));
    const events = log(play);
    play.start();
    play.choose(0);
    expect(events.at(-1)).toMatchObject({ type: 'failed', payload: { kind: 'runtime' } });
    const left = opened(await service.open({ scenario: party }));
    const leftEvents = log(left);
    left.start();
    left.choose(1);
    left.leave();
    left.leave();
    expect(leftEvents.at(-1)).toMatchObject({
      type: 'left',
      payload: { path: [1], totals: { 1: -2, 5: -1 } },
    });
    expect(store.activeProfile()?.attempts.map((a) => [a.scenario, a.status])).toEqual([
      ['broken', 'abandoned'],
      ['test', 'abandoned'],
    ]);
  });

  it('keeps playing when an observer throws', async () => {
    const service = plays(memoryRecord());
    const play = opened(
      await service.open({
        scenario: party,
        observers: [
          {
            decision: () => {
              throw new Error('observer broke');
            },
          },
        ],
      }),
    );
    const thrown: unknown[] = [];
    const onError = (e: unknown) => thrown.push(e);
    process.on('uncaughtException', onError);
    try {
      play.start();
      play.choose(0);
      play.choose(0);
      expect(play.state).toBe('ended');
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(thrown).toHaveLength(2);
  });
});

describe('records', () => {
  it('memoryRecord keeps memory and the unfinished play in the page only', async () => {
    const record = memoryRecord();
    const service = plays(record);
    const first = opened(await service.open({ scenario: party }));
    first.start();
    first.choose(0);
    first.choose(0);
    expect(record.remembered()).toEqual({ mem_met_ann: true, mem_name: '' });

    const second = opened(await service.open({ scenario: party }));
    second.start();
    second.choose(1);
    expect(record.saved()).toMatchObject({ scenario: 'test', path: [1] });
    second.detach();
    const saved = record.saved();
    if (!saved) throw new Error('nothing saved');
    const resumed = opened(await service.open({ scenario: party, resume: saved }));
    resumed.start();
    expect(resumed.path).toEqual([1]);
    record.discard(saved);
    expect(record.saved()).toBeNull();
  });

  it('an outside record (a learning platform) gets the path and memory it needs to resume', async () => {
    // Shaped like a SCORM adapter: one suspend-data string, the platform being the only record.
    let suspendData = '';
    const finished: unknown[] = [];
    const lms: PlayRecord = {
      memory: () => (suspendData ? (JSON.parse(suspendData) as SavedPlay).memory : {}),
      saved: () => (suspendData ? (JSON.parse(suspendData) as SavedPlay) : null),
      begin: (begin) => ({
        choice: (_index, path) => {
          suspendData = JSON.stringify({ ...begin, resumed: undefined, path });
        },
        finish: (end) => finished.push(end),
        abandon: () => undefined,
      }),
      discard: () => (suspendData = ''),
    };
    const service = plays(memoryRecord(), {});
    const play = opened(await service.open({ scenario: party, record: lms }));
    play.start();
    play.choose(1);
    expect(JSON.parse(suspendData)).toMatchObject({ scenario: 'test', path: [1], memory: {} });
    play.detach();

    const saved = lms.saved();
    if (!saved) throw new Error('no suspend data');
    const again = opened(await service.open({ scenario: party, resume: saved, record: lms }));
    again.start();
    again.choose(0);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({
      ending: 'warm',
      path: [1, 0],
      totals: { 1: -2, 2: 0, 3: 0, 4: 0, 5: 0 },
    });
  });
});
