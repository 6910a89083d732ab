/**
 * Where things go on the canvas. Pure arithmetic, no Phaser, so it is unit-tested: the part of the
 * canvas the dialogue panel leaves free, and where each person stands in it.
 */
import type { PanelPlacement } from '../game/index.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A person's spot: `x` is the centre line, `y` the bottom edge (the waist), `size` the figure height. */
export interface Spot {
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** The part of the canvas the player can see past the dialogue panel. */
export function freeArea(
  width: number,
  height: number,
  panel: PanelPlacement,
  share: number,
): Rect {
  if (panel === 'bottom') return { x: 0, y: 0, w: width, h: Math.max(0, height * (1 - share)) };
  if (panel === 'side') return { x: 0, y: 0, w: Math.max(0, width * (1 - share)), h: height };
  return { x: 0, y: 0, w: width, h: height };
}

/**
 * Spots for `count` people, side by side along the bottom of `area`, the middle ones a little
 * forward so a group reads as a group rather than a line-up. Figures never grow past what the area's
 * height allows, nor shrink so far that a face stops reading.
 */
export function placeCast(area: Rect, count: number): Spot[] {
  if (count <= 0 || area.w <= 0 || area.h <= 0) return [];
  const slot = area.w / count;
  const size = Math.max(60, Math.min(area.h * 0.62, slot * 1.25, 420));
  const spots: Spot[] = [];
  for (let i = 0; i < count; i++) {
    const centre = count === 1 ? 0 : Math.abs(i - (count - 1) / 2) / ((count - 1) / 2);
    spots.push({
      x: area.x + slot * (i + 0.5),
      y: area.y + area.h - size * 0.02 * centre,
      size: size * (1 - 0.06 * centre),
    });
  }
  return spots;
}
