/**
 * The run recorder over the real progress store (in memory) and a small story compiled in-test: a run
 * is saved at the start and after every choice, finished into the history with the debrief's totals,
 * abandoned when left, and a new store over the same storage resumes on the same line with the same
 * scores. checkReplay refuses a path that an edited story no longer offers.
 */
import { describe, expect, it } from 'vitest';
import {
  GameSession,
  InMemoryStore,
  RunRecorder,
  checkReplay,
  type TranscriptEntry,
} from '../../../src/game/index.ts';
import {
  ProgressStore,
  SharedMemoryStorage,
  type Run,
  type StorageBackend,
} from '../../../src/progress/index.ts';
import type { Beat } from '../../../src/story/index.ts';
import { BROKEN, PARTY, scenarioFrom } from './fixtures.ts';

const party = scenarioFrom(PARTY);

function open(backend: StorageBackend): ProgressStore {
  const store = ProgressStore.open({ backend });
  if (!store.activeProfile()) store.createProfile('Ana');
  return store;
}

function memoryOf(store: ProgressStore) {
  return {
    load: () => store.memory(),
    save: (v: Record<string, string | number | boolean>) => store.saveMemory(v),
  };
}

/** A session with its recorder, and the beats it emits. */
function play(store: ProgressStore, saved: Run | null = null) {
  const session = new GameSession(
    party,
    memoryOf(store),
    saved ? { memory: saved.memory, path: saved.path } : null,
  );
  const recorder = new RunRecorder(
    session,
    store,
    party,
    saved ? { id: saved.id, path: saved.path } : null,
  );
  const beats: Beat[] = [];
  const restored: TranscriptEntry[][] = [];
  session.events.on('beat', (b) => beats.push(b));
  session.events.on('restored', (r) => restored.push([...r.entries]));
  session.start();
  return { session, recorder, beats, restored };
}

describe('RunRecorder', () => {
  it('saves the run at the start and after every choice, and files a completed attempt at the end', () => {
    const store = open(new SharedMemoryStorage().tab());
    const { session, recorder } = play(store);
    expect(store.savedRun()).toMatchObject({
      scenario: 'test',
      lang: 'en',
      version: 'test',
      path: [],
    });
    expect(recorder.open).toBe(true);

    session.choose(0);
    expect(store.savedRun()?.path).toEqual([0]);
    let ended: { ending: string | null } | null = null;
    session.events.on('ended', (e) => (ended = e));
    session.choose(0);

    expect(ended).toMatchObject({ ending: 'warm' });
    expect(store.savedRun()).toBeNull();
    const attempts = store.activeProfile()?.attempts ?? [];
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      status: 'completed',
      ending: 'warm',
      path: [0, 0],
      totals: { 1: 0, 2: 2, 3: 0, 4: 0, 5: 1 },
    });
    expect(store.activeProfile()?.best.test).toEqual({ 1: 0, 2: 2, 3: 0, 4: 0, 5: 1 });
    expect(store.memory()).toMatchObject({ mem_met_ann: true });
    expect(recorder.open).toBe(false);
  });

  it('files a run the player left as abandoned, with the scores so far', () => {
    const store = open(new SharedMemoryStorage().tab());
    const { session, recorder } = play(store);
    session.choose(1);
    recorder.abandon();
    recorder.abandon();
    const attempts = store.activeProfile()?.attempts ?? [];
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      status: 'abandoned',
      path: [1],
      totals: { 1: -2, 2: 0, 3: 0, 4: 0, 5: -1 },
    });
    expect(store.savedRun()).toBeNull();
  });

  it('leaves a finished run alone when the player then leaves', () => {
    const store = open(new SharedMemoryStorage().tab());
    const { session, recorder } = play(store);
    session.choose(0);
    session.choose(1);
    recorder.abandon();
    expect(store.activeProfile()?.attempts.map((a) => a.status)).toEqual(['completed']);
  });

  it('resumes in a new store over the same storage: same line, same choices, same scores', () => {
    const shared = new SharedMemoryStorage();
    const first = open(shared.tab());
    const before = play(first);
    before.session.choose(1);
    const lineBefore = before.beats.at(-1);
    // The page goes away here: no abandon, no finish. A new page opens the same storage.
    const second = ProgressStore.open({ backend: shared.tab() });
    const saved = second.savedRun();
    expect(saved?.path).toEqual([1]);
    if (!saved) return;
    expect(checkReplay(party, saved.memory, saved.path)).toBe(true);

    const after = play(second, saved);
    expect(after.beats).toHaveLength(1);
    expect(after.beats[0]).toEqual(lineBefore);
    expect(after.restored).toHaveLength(1);
    const entries = after.restored[0] ?? [];
    expect(entries.at(-1)).toEqual({ kind: 'choice', text: 'Pitch your product' });
    expect(
      entries.filter((e) => e.kind === 'line').map((e) => e.kind === 'line' && e.line.text),
    ).toEqual(['Ann waves at you.', "Hi, I'm Ann. What do you do?"]);
    expect(after.session.moments).toEqual(before.session.moments);
    expect(after.recorder.id).toBe(saved.id);

    after.session.choose(0);
    const attempt = second.activeProfile()?.attempts[0];
    expect(attempt).toMatchObject({
      id: saved.id,
      status: 'completed',
      path: [1, 0],
      totals: { 1: -2, 2: 0, 3: 0, 4: 0, 5: 0 },
    });
  });

  it('records a resumed play as a new run, path included, when its saved run vanished meanwhile', () => {
    const shared = new SharedMemoryStorage();
    const store = open(shared.tab());
    const { session } = play(store);
    session.choose(0);
    const saved = store.savedRun();
    if (!saved) throw new Error('no saved run');
    store.abandonRun(saved.id);
    const again = play(store, saved);
    expect(again.recorder.id).not.toBe(saved.id);
    expect(store.savedRun()?.path).toEqual([0]);
  });

  it('abandons the run when the story breaks (this one breaks at its first line)', () => {
    const store = open(new SharedMemoryStorage().tab());
    const broken = scenarioFrom(BROKEN);
    const session = new GameSession(broken, new InMemoryStore());
    const recorder = new RunRecorder(session, store, broken, null);
    const failed: string[] = [];
    session.events.on('failed', (f) => failed.push(f.kind));
    session.start();
    expect(failed).toEqual(['runtime']);
    expect(recorder.open).toBe(false);
    expect(store.savedRun()).toBeNull();
    expect(store.activeProfile()?.attempts.map((a) => [a.status, a.path])).toEqual([
      ['abandoned', []],
    ]);
  });

  it('fails a resumed session whose saved path no longer fits, without recording anything', () => {
    const store = open(new SharedMemoryStorage().tab());
    const session = new GameSession(party, new InMemoryStore(), { memory: {}, path: [5] });
    const recorder = new RunRecorder(session, store, party, null);
    const failed: string[] = [];
    session.events.on('failed', (f) => failed.push(f.kind));
    session.start();
    expect(failed).toEqual(['runtime']);
    expect(recorder.id).toBeNull();
    expect(store.savedRun()).toBeNull();
    expect(store.activeProfile()?.attempts).toEqual([]);
  });
});

describe('checkReplay', () => {
  it('accepts the paths the story offers and refuses the ones it does not', () => {
    expect(checkReplay(party, {}, [])).toBe(true);
    expect(checkReplay(party, {}, [0, 1])).toBe(true);
    expect(checkReplay(party, {}, [2])).toBe(false);
    expect(checkReplay(party, {}, [0, 0, 0])).toBe(false);
  });

  it('refuses a saved path after the story was edited to offer fewer options', () => {
    const edited = scenarioFrom(PARTY.replace(/\* \[Pitch your product[^\n]*\n[^\n]*\n/, ''));
    expect(checkReplay(edited, {}, [0])).toBe(true);
    expect(checkReplay(edited, {}, [1, 0])).toBe(false);
  });

  it('refuses a story that does not load at all', () => {
    expect(checkReplay({ ...party, json: '{not json' }, {}, [])).toBe(false);
  });
});
