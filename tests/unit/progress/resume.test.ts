/**
 * Resume: the pure checks, and the real thing over a real scenario. A player makes some choices in
 * hard-seller, the page "reloads" (a new store over the same storage), and replaying the saved path
 * must land on the very same beat with the very same scores. When the story is edited, the save must
 * be refused plainly instead of replayed into nonsense.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEffects, zeroTotals, type TipTotals } from '../../../src/scoring/index.ts';
import { compileInk } from '../../../src/story/compile.ts';
import { StoryRunner, type Beat } from '../../../src/story/index.ts';
import {
  checkResume,
  replayPath,
  STORY_CHANGED_MESSAGE,
  type Run,
} from '../../../src/progress/index.ts';
import { newStorage, openStore } from './helpers.ts';

const run: Run = {
  id: 'r1',
  scenario: 'hard-seller',
  lang: 'en',
  version: 'aaa',
  memory: {},
  path: [0, 1],
  startedAt: 1,
  updatedAt: 2,
};

describe('checkResume', () => {
  it('resumes only the same scenario, language and version', () => {
    expect(checkResume(run, { id: 'hard-seller', lang: 'en', version: 'aaa' })).toEqual({
      kind: 'resume',
      run,
    });
    expect(checkResume(run, { id: 'hard-seller', lang: 'en', version: 'bbb' })).toEqual({
      kind: 'story-changed',
      run,
      message: STORY_CHANGED_MESSAGE,
    });
    expect(checkResume(run, null).kind).toBe('scenario-missing');
    expect(checkResume(run, { id: 'hard-seller', lang: 'nl', version: 'aaa' }).kind).toBe(
      'scenario-missing',
    );
  });
});

describe('replayPath', () => {
  it('stops at the first choice that does not fit, including one that throws', () => {
    expect(replayPath([0, 1, 2], () => true)).toEqual({ ok: true });
    expect(replayPath([0, 1, 2], (c) => c !== 1)).toMatchObject({ ok: false, at: 1 });
    expect(
      replayPath([0, 1], (_c, i) => {
        if (i === 0) throw new Error('story broke');
        return true;
      }),
    ).toMatchObject({ ok: false, at: 0 });
  });
});

// ---------------------------------------------------------------- over a real scenario

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE = readFileSync(resolve(ROOT, 'stories/en/hard-seller.ink'), 'utf8');

function compile(source: string): { json: string; version: string } {
  const { json } = compileInk('hard-seller.ink', { resolve: (n) => n, read: () => source });
  return { json, version: createHash('sha256').update(json).digest('hex').slice(0, 12) };
}

/** The runner's step for replayPath: the choice must be on offer at this point. */
function stepper(runner: StoryRunner): (index: number) => boolean {
  return (index) => {
    runner.continue();
    if (!runner.choices.some((c) => c.index === index)) return false;
    runner.choose(index);
    return true;
  };
}

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('resuming hard-seller after a reload', { timeout: 60_000 }, () => {
  const story = compile(SOURCE);

  for (const pick of [0, 1, 2]) {
    it(`lands on the same line with the same scores (always choosing option ${pick + 1} where there is one)`, () => {
      const shared = newStorage();
      const tab = openStore(shared.tab());
      tab.createProfile('Ana');
      tab.startRun({ scenario: 'hard-seller', lang: 'en', version: story.version });
      const runner = new StoryRunner(story.json, tab.memory());
      let totals: TipTotals = zeroTotals();
      let beat: Beat = runner.continue();
      for (let n = 0; n < 4 && !beat.ended; n++) {
        const choice = beat.choices[Math.min(pick, beat.choices.length - 1)];
        if (!choice) throw new Error('no choice');
        totals = addEffects(totals, runner.choose(choice.index).effects);
        expect(tab.recordChoice(choice.index).ok).toBe(true);
        beat = runner.continue();
      }

      // The page reloads: a new store over the same storage.
      const reloaded = openStore(shared.tab(), 'u');
      const saved = reloaded.savedRun();
      if (!saved) throw new Error('the run was not saved');
      expect(
        checkResume(saved, { id: 'hard-seller', lang: 'en', version: story.version }).kind,
      ).toBe('resume');
      const again = new StoryRunner(story.json, saved.memory);
      let replayedTotals: TipTotals = zeroTotals();
      const result = replayPath(saved.path, (index) => {
        again.continue();
        const choice = again.choices.find((c) => c.index === index);
        if (!choice) return false;
        replayedTotals = addEffects(replayedTotals, again.choose(index).effects);
        return true;
      });
      expect(result).toEqual({ ok: true });
      expect(again.continue()).toEqual(beat);
      expect(replayedTotals).toEqual(totals);
      expect(reloaded.resumeRun(saved.id)?.path).toEqual(saved.path);
      // The resumed run carries on saving in the new tab.
      const next = beat.choices[0];
      if (next) expect(reloaded.recordChoice(next.index).ok).toBe(true);
    });
  }

  it('refuses a save made against an edited story, and the replay shows it no longer fits', () => {
    // The edit an author might make: the first choice point loses its third option.
    const cut = /\n\* \[Run through how you'll introduce yourself[^\n]*\n[^\n]*/;
    expect(cut.test(SOURCE)).toBe(true);
    const edited = compile(SOURCE.replace(cut, ''));
    const original = compile(SOURCE);
    expect(edited.version).not.toBe(original.version);

    const saved: Run = { ...run, version: original.version, path: [2, 1, 0] };
    expect(replayPath(saved.path, stepper(new StoryRunner(original.json)))).toEqual({ ok: true });
    expect(
      checkResume(saved, { id: 'hard-seller', lang: 'en', version: edited.version }),
    ).toMatchObject({
      kind: 'story-changed',
      message: STORY_CHANGED_MESSAGE,
    });
    // Replaying anyway is safe: the cut option is reported as the place where the path stops fitting.
    expect(replayPath(saved.path, stepper(new StoryRunner(edited.json)))).toMatchObject({
      ok: false,
      at: 0,
    });
    // So is a path that runs past the end of the story.
    const endless = [...saved.path, ...Array<number>(200).fill(0)];
    const past = replayPath(endless, stepper(new StoryRunner(original.json)));
    expect(past.ok).toBe(false);
  });
});
