/**
 * The debrief's chart, the geometry half: a radar of the five tips, each axis running from the lowest
 * score the scenario allows (the centre) to the highest (the rim). Pure arithmetic, no DOM, so it is
 * unit-tested; ./chart-view.ts turns it into inline SVG.
 */
import { tipShare, type TipId, type TipTotals } from '../scoring/index.ts';

/** The chart's coordinate system (SVG user units); the SVG scales it to its box. */
export const RADAR_SIZE = 360;
export const RADAR_CENTRE = RADAR_SIZE / 2;
/** Room is left outside the rim for the tip numbers. */
export const RADAR_RADIUS = 128;
/**
 * The lowest score a scenario allows is drawn on a small inner ring, not at the centre, so a play at
 * the bottom of every scored tip still shows a shape and its dots instead of collapsing to a point
 * (issue 17); the centre itself is kept for tips that are not at stake.
 */
export const RADAR_FLOOR = 0.14;

/** Where a share (0 lowest .. 1 highest) is drawn along its axis: between the floor ring and the rim. */
export function lifted(share: number | null): number | null {
  return share === null ? null : RADAR_FLOOR + (1 - RADAR_FLOOR) * Math.min(1, Math.max(0, share));
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Where `score` sits between `min` (0) and `max` (1), as scoring says (tipShare); null when the
 * scenario cannot move the tip, which the chart then leaves at the centre and marks as not at stake.
 */
export function shareOf(score: number, min: number, max: number): number | null {
  return tipShare(score, { min, max });
}

/** The angle of axis `i` of `count`: the first points straight up, the rest follow clockwise. */
export function axisAngle(i: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / count;
}

/** The point at `share` (0 centre, 1 rim) along axis `i` of `count`. */
export function radarPoint(
  i: number,
  count: number,
  share: number,
  centre = RADAR_CENTRE,
  radius = RADAR_RADIUS,
): Point {
  const a = axisAngle(i, count);
  const r = radius * Math.min(1, Math.max(0, share));
  return { x: round2(centre + r * Math.cos(a)), y: round2(centre + r * Math.sin(a)) };
}

/** An SVG `points` attribute for one polygon; a tip that is not at stake sits at the centre. */
export function polygonPoints(shares: readonly (number | null)[]): string {
  return shares
    .map((s, i) => {
      const p = radarPoint(i, shares.length, s ?? 0);
      return `${p.x},${p.y}`;
    })
    .join(' ');
}

/** One row of what the chart shows, also what its table alternative lists. */
export interface ChartRow {
  readonly tip: TipId;
  readonly score: number;
  readonly min: number;
  readonly max: number;
  readonly share: number | null;
  /** The previous attempt's score and share on the same scale; null without one. */
  readonly previous: number | null;
  readonly previousShare: number | null;
  /** Where zero lies on this axis (0..1), so the eye can tell a gain from a loss. */
  readonly zeroShare: number | null;
}

/** The chart's rows: this play's results, with the previous attempt's totals on the same scales. */
export function chartRows(
  tips: readonly { tip: TipId; score: number; min: number; max: number }[],
  previous: TipTotals | null,
): ChartRow[] {
  return tips.map((t) => {
    const prev = previous ? (previous[t.tip] ?? 0) : null;
    return {
      tip: t.tip,
      score: t.score,
      min: t.min,
      max: t.max,
      share: shareOf(t.score, t.min, t.max),
      previous: prev,
      previousShare: prev === null ? null : shareOf(prev, t.min, t.max),
      zeroShare: shareOf(0, t.min, t.max),
    };
  });
}

/** Where a tip's number goes: just outside the rim, on its axis. */
export function labelPoint(i: number, count: number): Point {
  return radarPoint(i, count, 1, RADAR_CENTRE, RADAR_RADIUS + 26);
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
