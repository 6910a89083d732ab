/**
 * The sound generator, measured without ffmpeg: every recipe is deterministic, never clips, sits at a
 * sensible level, and every ambience loop joins end to start like any other pair of samples.
 */
import { describe, expect, it } from 'vitest';
import { db, peak, rms } from '../../../scripts/sound/dsp.ts';
import { seamRatio } from '../../../scripts/sound/encode.ts';
import { RECIPES } from '../../../scripts/sound/sounds.ts';
import { AUDIO_FILES } from '../../../src/audio/index.ts';

describe('sound recipes', () => {
  it('cover exactly the audio files the game knows', () => {
    expect(RECIPES.map((r) => r.id).sort()).toEqual([...AUDIO_FILES].sort());
  });

  it('are deterministic: the same recipe gives the same samples twice', () => {
    for (const id of ['ui-confirm', 'glasses', 'applause']) {
      const recipe = RECIPES.find((r) => r.id === id);
      expect(recipe, id).toBeDefined();
      expect(
        Buffer.from(recipe!.make().buffer).equals(Buffer.from(recipe!.make().buffer)),
        id,
      ).toBe(true);
    }
  });

  it('never clip, and sit at their intended level', { timeout: 60_000 }, () => {
    for (const recipe of RECIPES) {
      const pcm = recipe.make();
      const p = db(peak(pcm));
      const r = db(rms(pcm));
      expect(p, `${recipe.id} peak`).toBeLessThanOrEqual(-3);
      if (recipe.loop) {
        // A bed under the dialogue: audible but never in the way.
        expect(r, `${recipe.id} rms`).toBeGreaterThan(-36);
        expect(r, `${recipe.id} rms`).toBeLessThan(-26);
        expect(seamRatio(pcm), `${recipe.id} seam`).toBeLessThan(3);
      } else {
        expect(r, `${recipe.id} rms`).toBeGreaterThan(-32);
        expect(pcm.length, `${recipe.id} length`).toBeLessThan(48_000 * 5);
      }
    }
  });
});
