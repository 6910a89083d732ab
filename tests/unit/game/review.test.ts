/**
 * Seeing a finished play again (src/game/review.ts): a play kept in the real progress store is
 * replayed from its stored path into the same debrief it ended with; a story that no longer fits the
 * path, scores it differently or is gone comes back as a typed failure; "replay from here" opens the
 * same play again at that choice, with the choices before it replayed.
 */
import { describe, expect, it } from 'vitest';
import {
  Plays,
  progressRecord,
  replayPoint,
  reviewPlay,
  type Play,
  type PlayResult,
} from '../../../src/game/index.ts';
import { ProgressStore, SharedMemoryStorage } from '../../../src/progress/index.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { PARTY, scenarioFrom } from './fixtures.ts';

const party = scenarioFrom(PARTY);
// The same party, reading back what it wrote on an earlier play (a story only does so when it says
// `remember:`), so a second play starts from remembered memory.
const remembering = scenarioFrom(
  PARTY.replace('# main: tip2', '# main: tip2\n# remember: mem_met_ann'),
);

function setup(catalogue: CompiledScenario[] = [party]) {
  const store = ProgressStore.open({ backend: new SharedMemoryStorage().tab() });
  store.createProfile('Ana');
  const load = (lang: string, id: string) => {
    const found = catalogue.find((s) => s.lang === lang && s.id === id);
    return found ? Promise.resolve(found) : Promise.reject(new Error('missing'));
  };
  const plays = new Plays({ catalogue, loadScenario: load, record: progressRecord(store) });
  return { store, plays, load };
}

async function playThrough(
  plays: Plays,
  choices: number[],
  scenario: CompiledScenario = party,
): Promise<PlayResult> {
  const opened = await plays.open({ scenario });
  if (!opened.ok) throw new Error(opened.detail);
  const play: Play = opened.play;
  play.start();
  for (const c of choices) play.choose(c);
  if (!play.result) throw new Error('the play did not end');
  return play.result;
}

describe('reviewPlay', () => {
  it('rebuilds the debrief a finished attempt ended with, from its stored path and memory', async () => {
    const { store, plays, load } = setup([remembering]);
    // A first play leaves memory behind (mem_met_ann), so the second starts from it.
    await playThrough(plays, [0, 0], remembering);
    const ended = await playThrough(plays, [1, 0], remembering);
    const attempt = store.activeProfile()?.attempts.at(-1);
    if (!attempt) throw new Error('no attempt');
    // The attempt keeps the memory the story started with, so the replay starts the same way.
    expect(ended.startMemory).toMatchObject({ mem_met_ann: true });
    expect(attempt.memory).toEqual(ended.startMemory);
    const reviewed = await reviewPlay(
      { catalogue: [remembering], loadScenario: load, isDownloadFailure: () => false },
      attempt,
    );
    if (!reviewed.ok) throw new Error(reviewed.detail);
    expect(reviewed.result.debrief).toEqual(ended.debrief);
    expect(reviewed.result.ending).toBe('warm');
    expect(reviewed.result.path).toEqual([1, 0]);
    expect(reviewed.result.startedAt).toBe(attempt.startedAt);
  });

  it('says so when the story changed under the attempt, or is gone, instead of showing a wrong debrief', async () => {
    const { store, plays, load } = setup();
    await playThrough(plays, [0, 0]);
    const attempt = store.activeProfile()?.attempts.at(-1);
    if (!attempt) throw new Error('no attempt');
    const deps = { catalogue: [party], loadScenario: load, isDownloadFailure: () => false };
    // Other scores for the same path.
    const rescored = await reviewPlay(deps, {
      ...attempt,
      totals: { 1: 0, 2: 9, 3: 0, 4: 0, 5: 0 },
    });
    expect(rescored).toMatchObject({ ok: false, kind: 'story-changed' });
    // A path the story does not offer.
    const offPath = await reviewPlay(deps, { ...attempt, path: [5, 0] });
    expect(offPath).toMatchObject({ ok: false, kind: 'story-changed' });
    // A path that stops before an ending.
    const short = await reviewPlay(deps, { ...attempt, path: [0] });
    expect(short).toMatchObject({ ok: false, kind: 'story-changed' });
    // Not in the catalogue.
    const gone = await reviewPlay({ ...deps, catalogue: [] }, attempt);
    expect(gone).toMatchObject({ ok: false, kind: 'scenario-missing' });
    // Could not be downloaded.
    const offline = await reviewPlay(
      {
        catalogue: [party],
        loadScenario: () => Promise.reject(new TypeError('Failed to fetch')),
        isDownloadFailure: (e) => e instanceof TypeError,
      },
      attempt,
    );
    expect(offline).toMatchObject({ ok: false, kind: 'network' });
  });
});

describe('replayPoint', () => {
  it('opens the same play again at a choice, the choices before it replayed, as a new attempt', async () => {
    const { store, plays } = setup();
    const ended = await playThrough(plays, [1, 1]);
    expect(replayPoint(ended, 2)).toBeNull();
    expect(replayPoint({ ...ended, path: undefined }, 0)).toBeNull();
    const saved = replayPoint(ended, 1);
    expect(saved).toMatchObject({ scenario: party.id, lang: party.lang, path: [1] });
    const opened = await plays.open({ scenario: party, resume: saved });
    if (!opened.ok) throw new Error(opened.detail);
    opened.play.start();
    // It stands at the second choice, with the first one's scores already counted.
    expect(opened.play.beat?.choices.map((c) => c.text)).toEqual([
      'Say goodbye kindly',
      'Walk off',
    ]);
    expect(opened.play.path).toEqual([1]);
    opened.play.choose(0);
    const attempts = store.activeProfile()?.attempts ?? [];
    expect(attempts).toHaveLength(2);
    expect(attempts.at(-1)?.path).toEqual([1, 0]);
    expect(attempts.at(-1)?.status).toBe('completed');
  });
});
