/** The debrief radar's geometry: scales, axes, polygons and the previous attempt on the same scale. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartRows,
  labelPoint,
  lifted,
  polygonPoints,
  radarPoint,
  RADAR_CENTRE,
  RADAR_FLOOR,
  RADAR_RADIUS,
  shareOf,
} from '../../../src/ui/chart.ts';

describe('shareOf', () => {
  it('places a score between min (0) and max (1), clamped', () => {
    expect(shareOf(-2, -2, 6)).toBe(0);
    expect(shareOf(6, -2, 6)).toBe(1);
    expect(shareOf(2, -2, 6)).toBe(0.5);
    expect(shareOf(9, -2, 6)).toBe(1);
    expect(shareOf(-5, -2, 6)).toBe(0);
  });

  it('is null for a tip the scenario cannot move', () => {
    expect(shareOf(0, 0, 0)).toBeNull();
    expect(shareOf(1, 3, 1)).toBeNull();
  });
});

describe('radarPoint', () => {
  it('puts the first axis straight up and goes clockwise', () => {
    expect(radarPoint(0, 5, 1)).toEqual({ x: RADAR_CENTRE, y: RADAR_CENTRE - RADAR_RADIUS });
    const second = radarPoint(1, 5, 1);
    expect(second.x).toBeGreaterThan(RADAR_CENTRE);
    expect(second.y).toBeLessThan(RADAR_CENTRE);
    expect(radarPoint(3, 5, 0)).toEqual({ x: RADAR_CENTRE, y: RADAR_CENTRE });
  });

  it('stays within the rim for any share, and labels sit outside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (i, s) => {
          const p = radarPoint(i, 5, s);
          const d = Math.hypot(p.x - RADAR_CENTRE, p.y - RADAR_CENTRE);
          expect(d).toBeLessThanOrEqual(RADAR_RADIUS + 0.01);
          const l = labelPoint(i, 5);
          expect(Math.hypot(l.x - RADAR_CENTRE, l.y - RADAR_CENTRE)).toBeGreaterThan(
            RADAR_RADIUS + 10,
          );
        },
      ),
    );
  });
});

describe('polygonPoints', () => {
  it('lists one point per tip, a tip not at stake at the centre', () => {
    const pts = polygonPoints([1, null, 0.5, 0, 1]).split(' ');
    expect(pts).toHaveLength(5);
    expect(pts[1]).toBe(`${RADAR_CENTRE},${RADAR_CENTRE}`);
    expect(pts[0]).toBe(`${RADAR_CENTRE},${RADAR_CENTRE - RADAR_RADIUS}`);
  });
});

describe('chartRows', () => {
  const tips = [
    { tip: 1 as const, score: 3, min: -3, max: 3 },
    { tip: 2 as const, score: 0, min: 0, max: 0 },
  ];

  it('puts the previous attempt on the same scale as this play', () => {
    const rows = chartRows(tips, { 1: -3, 2: 0, 3: 0, 4: 0, 5: 0 });
    expect(rows[0]).toMatchObject({ share: 1, previous: -3, previousShare: 0, zeroShare: 0.5 });
    expect(rows[1]).toMatchObject({ share: null, previous: 0, previousShare: null });
  });

  it('has no previous values without a previous attempt', () => {
    const rows = chartRows(tips, null);
    expect(rows.map((r) => r.previous)).toEqual([null, null]);
    expect(rows.map((r) => r.previousShare)).toEqual([null, null]);
  });
});

describe('lifted', () => {
  it('keeps the lowest score off the centre and the highest on the rim; not at stake stays null', () => {
    expect(lifted(0)).toBe(RADAR_FLOOR);
    expect(lifted(1)).toBe(1);
    expect(lifted(0.5)).toBeCloseTo(RADAR_FLOOR + (1 - RADAR_FLOOR) / 2);
    expect(lifted(-3)).toBe(RADAR_FLOOR);
    expect(lifted(null)).toBeNull();
    // A play at the bottom of every tip still draws a shape with room between its dots.
    const a = radarPoint(0, 5, lifted(0) ?? 0);
    const b = radarPoint(1, 5, lifted(0) ?? 0);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(18);
  });
});
