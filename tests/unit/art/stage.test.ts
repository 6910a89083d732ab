/** Placement helpers: venues cover any screen, cast slots stay on screen, idle motion stays small. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  castSlots,
  characterHeight,
  coverFit,
  idlePose,
  VENUE_HEIGHT,
  VENUE_WIDTH,
} from '../../../src/art/stage.ts';

describe('coverFit', () => {
  it('covers the whole viewport at any size, phone portrait to projector', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, h, focus) => {
          const fit = coverFit(w, h, VENUE_WIDTH, VENUE_HEIGHT, focus);
          expect(fit.x).toBeLessThanOrEqual(1e-9);
          expect(fit.y).toBeLessThanOrEqual(1e-9);
          expect(fit.x + VENUE_WIDTH * fit.scale).toBeGreaterThanOrEqual(w - 1e-6);
          expect(fit.y + VENUE_HEIGHT * fit.scale).toBeGreaterThanOrEqual(h - 1e-6);
        },
      ),
    );
  });

  it('keeps the focus point in the middle of a portrait phone', () => {
    const fit = coverFit(360, 640);
    const centre = (360 / 2 - fit.x) / fit.scale;
    expect(centre).toBeCloseTo(VENUE_WIDTH / 2, 5);
  });
});

describe('castSlots and characterHeight', () => {
  it('places each character on screen, left to right, without overlap of slots', () => {
    for (const [w, h] of [
      [360, 640],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      for (let count = 1; count <= 4; count++) {
        const slots = castSlots(count, w, h);
        expect(slots).toHaveLength(count);
        slots.forEach((x) => expect(x > 0 && x < 1).toBe(true));
        for (let i = 1; i < slots.length; i++) expect(slots[i]).toBeGreaterThan(slots[i - 1] ?? 1);
      }
    }
    expect(castSlots(0, 800, 600)).toEqual([]);
    expect(characterHeight(360, 640)).toBeLessThan(characterHeight(640, 360) * 1.8);
  });
});

describe('idlePose', () => {
  it('moves gently and differently for different characters', () => {
    let maxDy = 0;
    for (let t = 0; t < 10_000; t += 50) {
      const p = idlePose(t, 1234);
      maxDy = Math.max(maxDy, Math.abs(p.dy));
      expect(Math.abs(p.scaleY - 1)).toBeLessThan(0.01);
      expect(Math.abs(p.rotation)).toBeLessThan(0.01);
    }
    expect(maxDy).toBeGreaterThan(0.5);
    expect(idlePose(1000, 1)).not.toEqual(idlePose(1000, 500));
  });
});
