/**
 * Placeholder venues drawn with plain shapes: a wall, a floor, light, and a suggestion of the room
 * (windows, a bar, lamps, a crowd in the background). Deterministic, so every screenshot of a venue is
 * the same; drawn through the Pen interface, so no Phaser at import time.
 */
import { seededRandom, hashId } from '../art/look.ts';
import type { Pen } from './person.ts';
import { paletteFor } from './palette.ts';
import type { Rect } from './layout.ts';
import { shade } from './person.ts';

export interface VenuePen extends Pen {
  fillGradientStyle(
    topLeft: number,
    topRight: number,
    bottomLeft: number,
    bottomRight: number,
    alphaTopLeft?: number,
    alphaTopRight?: number,
    alphaBottomLeft?: number,
    alphaBottomRight?: number,
  ): this;
}

/**
 * Draws the venue over the whole canvas; `free` is the part the panel leaves visible. `gradients` is
 * false under Phaser's Canvas renderer (no WebGL), which cannot fill gradients: walls are then flat.
 */
export function drawVenue(
  pen: VenuePen,
  venue: string,
  width: number,
  height: number,
  free: Rect,
  gradients = true,
): void {
  const p = paletteFor(venue);
  const rand = seededRandom(hashId(venue));
  const floorY = free.y + free.h * 0.72;
  pen.clear();
  if (gradients)
    pen.fillGradientStyle(p.wallTop, p.wallTop, p.wallBottom, p.wallBottom, 1, 1, 1, 1);
  else pen.fillStyle(p.wallBottom);
  pen.fillRect(0, 0, width, floorY);
  const deep = shade(p.floor, 0.3);
  if (gradients) pen.fillGradientStyle(p.floor, p.floor, deep, deep, 1, 1, 1, 1);
  else pen.fillStyle(p.floor);
  pen.fillRect(0, floorY, width, height - floorY);
  pen.fillStyle(shade(p.floor, 0.2)).fillRect(0, floorY, width, Math.max(2, free.h * 0.01));

  const unit = Math.max(free.h, 200) / 100;
  switch (venue) {
    case 'office': {
      // A wide window with a city behind it, and a desk edge.
      const wx = free.x + free.w * 0.12;
      const ww = free.w * 0.76;
      const wy = free.y + free.h * 0.1;
      const wh = floorY - wy - 12 * unit;
      pen.fillStyle(0xa9c6dc).fillRect(wx, wy, ww, wh);
      for (let x = wx; x < wx + ww - 4; x += ww / 9) {
        const bh = wh * (0.3 + rand() * 0.5);
        pen.fillStyle(0x7f9db3, 0.8).fillRect(x + 2, wy + wh - bh, ww / 9 - 6, bh);
      }
      pen.fillStyle(0xffffff, 0.6);
      for (let x = wx; x <= wx + ww; x += ww / 4) pen.fillRect(x - 2, wy, 4, wh);
      pen.fillStyle(p.accent).fillRect(0, floorY - 6 * unit, width, 6 * unit);
      break;
    }
    case 'cafe': {
      // A chalkboard, hanging lamps and a warm glow.
      pen
        .fillStyle(0x26302c)
        .fillRoundedRect(
          free.x + free.w * 0.08,
          free.y + free.h * 0.14,
          free.w * 0.3,
          free.h * 0.3,
          6,
        );
      pen.lineStyle(2, 0xf2efe6, 0.5);
      for (let i = 0; i < 4; i++) {
        const y = free.y + free.h * (0.2 + i * 0.06);
        pen.lineBetween(free.x + free.w * 0.11, y, free.x + free.w * (0.2 + rand() * 0.14), y);
      }
      for (let i = 0; i < 4; i++) {
        const x = free.x + free.w * (0.45 + i * 0.15);
        pen.lineStyle(2, 0x1e1410, 0.8).lineBetween(x, 0, x, free.y + free.h * 0.12);
        pen.fillStyle(p.light, 0.12).fillCircle(x, free.y + free.h * 0.19, 9 * unit);
        pen
          .fillStyle(p.accent)
          .fillTriangle(
            x - 7 * unit,
            free.y + free.h * 0.16,
            x + 7 * unit,
            free.y + free.h * 0.16,
            x,
            free.y + free.h * 0.11,
          );
      }
      break;
    }
    case 'breakfast-room': {
      // Tall windows with morning light falling in.
      for (let i = 0; i < 3; i++) {
        const x = free.x + free.w * (0.1 + i * 0.3);
        const y = free.y + free.h * 0.08;
        const h = floorY - y - 18 * unit;
        pen.fillStyle(0xfffaf0).fillRoundedRect(x, y, free.w * 0.2, h, 10);
        pen.fillStyle(0xd7e6ef, 0.7).fillRect(x + 6, y + 6, free.w * 0.2 - 12, h - 12);
        pen
          .fillStyle(p.light, 0.35)
          .fillTriangle(x, y + h, x + free.w * 0.2, y + h, x + free.w * 0.32, height);
      }
      break;
    }
    default: {
      // Reception: string lights, a bar, tall windows, and a crowd in the warm dark.
      for (let i = 0; i < 4; i++) {
        const x = free.x + free.w * (0.06 + i * 0.25);
        pen
          .fillStyle(shade(p.wallTop, 0.3))
          .fillRoundedRect(x, free.y + free.h * 0.1, free.w * 0.12, floorY - free.h * 0.18, 40);
      }
      const sag = free.h * 0.06;
      for (let i = 0; i <= 24; i++) {
        const t = i / 24;
        const x = free.x + free.w * t;
        const y = free.y + free.h * 0.08 + Math.sin(t * Math.PI * 3) ** 2 * sag;
        pen.fillStyle(p.light, 0.14).fillCircle(x, y, Math.min(3.6 * unit, 16));
        pen.fillStyle(p.light, 0.95).fillCircle(x, y, Math.min(1.1 * unit, 5));
      }
      pen
        .fillStyle(shade(p.accent, 0.35))
        .fillRect(free.x + free.w * 0.72, floorY - 16 * unit, free.w * 0.4, 16 * unit);
      pen
        .fillStyle(p.accent)
        .fillRect(free.x + free.w * 0.72, floorY - 17 * unit, free.w * 0.4, 3 * unit);
      break;
    }
  }
  // A few people in the background, out of focus, so the room is never empty.
  const crowd = venue === 'office' ? 0 : venue === 'breakfast-room' ? 3 : 7;
  for (let i = 0; i < crowd; i++) {
    const x = free.x + free.w * rand();
    const s = (18 + rand() * 8) * unit;
    const y = floorY - s * 0.2;
    pen.fillStyle(p.crowd, 0.4).fillRoundedRect(x - s * 0.4, y - s, s * 0.8, s, s * 0.3);
    pen.fillStyle(p.crowd, 0.4).fillCircle(x, y - s * 1.18, s * 0.22);
  }
}
