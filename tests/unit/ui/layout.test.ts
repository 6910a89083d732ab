import { describe, expect, it } from 'vitest';
import { freeArea, placeCast } from '../../../src/scenes/layout.ts';

describe('stage layout', () => {
  it('leaves the part of the canvas the panel does not cover', () => {
    expect(freeArea(390, 844, 'bottom', 0.64)).toEqual({ x: 0, y: 0, w: 390, h: 844 * 0.36 });
    expect(freeArea(1366, 768, 'side', 0.36)).toEqual({ x: 0, y: 0, w: 1366 * 0.64, h: 768 });
    expect(freeArea(800, 600, 'none', 0.5)).toEqual({ x: 0, y: 0, w: 800, h: 600 });
  });

  it('places every person inside the free area, left to right, none overlapping the next', () => {
    for (const [w, h] of [
      [390, 300],
      [874, 768],
      [1300, 1080],
    ] as const) {
      for (let count = 1; count <= 4; count++) {
        const area = { x: 0, y: 0, w, h };
        const spots = placeCast(area, count);
        expect(spots).toHaveLength(count);
        spots.forEach((s, i) => {
          expect(s.x).toBeGreaterThan(0);
          expect(s.x).toBeLessThan(w);
          expect(s.y).toBeLessThanOrEqual(h);
          expect(s.size).toBeLessThanOrEqual(h);
          const next = spots[i + 1];
          // A figure is about 0.64 of its size wide: neighbours must not stand inside each other.
          if (next) expect(next.x - s.x).toBeGreaterThanOrEqual(s.size * 0.64 * 0.95);
        });
      }
    }
  });

  it('places nobody when there is nobody or no room', () => {
    expect(placeCast({ x: 0, y: 0, w: 500, h: 400 }, 0)).toEqual([]);
    expect(placeCast({ x: 0, y: 0, w: 0, h: 400 }, 2)).toEqual([]);
  });
});
