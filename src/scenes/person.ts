/**
 * A person, drawn waist-up with plain shapes, in one of the five moods. A placeholder for the art in
 * src/art (whose colours it borrows, so nobody changes hair colour when the real drawings arrive).
 * It draws through `Pen`, the few Graphics calls it needs, so it stays free of Phaser at import time.
 */
import type { CharacterLook } from '../art/look.ts';
import type { Mood } from '../story/index.ts';
import { hexColor } from './palette.ts';

export interface Pen {
  clear(): this;
  fillStyle(color: number, alpha?: number): this;
  lineStyle(lineWidth: number, color: number, alpha?: number): this;
  fillRect(x: number, y: number, width: number, height: number): this;
  fillRoundedRect(x: number, y: number, width: number, height: number, radius?: number): this;
  fillEllipse(x: number, y: number, width: number, height: number, smoothness?: number): this;
  fillCircle(x: number, y: number, radius: number): this;
  strokeCircle(x: number, y: number, radius: number): this;
  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): this;
  lineBetween(x1: number, y1: number, x2: number, y2: number): this;
  beginPath(): this;
  arc(
    x: number,
    y: number,
    radius: number,
    startAngle: number,
    endAngle: number,
    anticlockwise?: boolean,
  ): this;
  strokePath(): this;
}

const INK = 0x33232b;
const LONG_HAIR = new Set(['bob', 'long', 'ponytail']);
const BIG_HAIR = new Set(['afro', 'curly']);

/** Darkens a colour towards plum by `t` (0..1), the same way the art shades its materials. */
export function shade(color: number, t = 0.2): number {
  const to = [0x2a, 0x15, 0x30];
  const c = [(color >> 16) & 255, (color >> 8) & 255, color & 255];
  const m = c.map((v, i) => Math.round(v + ((to[i] ?? 0) - v) * t));
  return ((m[0] ?? 0) << 16) | ((m[1] ?? 0) << 8) | (m[2] ?? 0);
}

/**
 * Draws the body and hair, everything that does not change with mood. The origin is the centre of
 * the waist; the figure is `size` tall and rises above it (negative y).
 */
export function drawBody(pen: Pen, look: CharacterLook, size: number): void {
  const u = size / 100;
  const skin = hexColor(look.skin);
  const hair = hexColor(look.hairColor);
  const outfit = hexColor(look.outfitColor);
  const inner = hexColor(look.innerColor);
  const broad = look.build === 'broad' ? 1.1 : look.build === 'narrow' ? 0.9 : 1;
  pen.clear();
  // Hair that falls behind the head and shoulders.
  if (LONG_HAIR.has(look.hair)) {
    pen.fillStyle(shade(hair, 0.15)).fillRoundedRect(-19 * u, -80 * u, 38 * u, 44 * u, 14 * u);
  }
  if (BIG_HAIR.has(look.hair)) {
    pen.fillStyle(hair).fillCircle(0, -66 * u, look.hair === 'afro' ? 26 * u : 22 * u);
  }
  // Shoulders and torso.
  const w = 64 * u * broad;
  pen.fillStyle(outfit).fillRoundedRect(-w / 2, -36 * u, w, 38 * u, 16 * u);
  pen.fillStyle(shade(outfit, 0.25)).fillRect(-w / 2 + 4 * u, -4 * u, w - 8 * u, 6 * u);
  // Neck and the shirt's V.
  pen.fillStyle(shade(skin, 0.18)).fillRect(-6 * u, -46 * u, 12 * u, 12 * u);
  pen.fillStyle(inner).fillTriangle(-9 * u, -36 * u, 9 * u, -36 * u, 0, -20 * u);
  pen.fillStyle(shade(skin, 0.1)).fillTriangle(-5 * u, -36 * u, 5 * u, -36 * u, 0, -29 * u);
  if (look.lanyard) {
    pen.lineStyle(2 * u, hexColor(look.lanyard)).lineBetween(-8 * u, -35 * u, -3 * u, -12 * u);
    pen.lineBetween(8 * u, -35 * u, 3 * u, -12 * u);
    pen.fillStyle(0xffffff).fillRoundedRect(-6 * u, -14 * u, 12 * u, 9 * u, 1.5 * u);
  }
  // Head.
  const hw = look.face === 'round' ? 17 : look.face === 'long' ? 14 : 15.5;
  const hh = look.face === 'long' ? 40 : 36;
  pen.fillStyle(skin).fillEllipse(0, -62 * u, hw * 2 * u, hh * u);
  pen
    .fillStyle(skin)
    .fillCircle(-hw * u, -61 * u, 3 * u)
    .fillCircle(hw * u, -61 * u, 3 * u);
  // Hair on top.
  const top = -62 * u - (hh / 2) * u;
  if (look.hair === 'bun') pen.fillStyle(hair).fillCircle(0, top - 4 * u, 7 * u);
  if (look.hair === 'ponytail')
    pen.fillStyle(hair).fillEllipse(hw * u + 3 * u, -62 * u, 9 * u, 22 * u);
  if (look.hair !== 'buzz') {
    const cap = look.hair === 'receding' ? 0.7 : 1;
    pen.fillStyle(hair).fillEllipse(0, top + 6 * u, (hw * 2 + 3) * u * cap, 17 * u);
    if (look.hair === 'side-part') pen.fillEllipse(-5 * u, top + 9 * u, 18 * u, 10 * u);
    if (LONG_HAIR.has(look.hair) || BIG_HAIR.has(look.hair)) {
      pen.fillEllipse(-hw * u, -66 * u, 8 * u, 24 * u).fillEllipse(hw * u, -66 * u, 8 * u, 24 * u);
    }
  } else {
    pen.fillStyle(hair, 0.6).fillEllipse(0, top + 4 * u, hw * 2 * u, 10 * u);
  }
  if (look.beard !== 'none') {
    const alpha = look.beard === 'stubble' ? 0.35 : 0.9;
    if (look.beard === 'moustache') pen.fillStyle(hair).fillEllipse(0, -52.5 * u, 12 * u, 3.5 * u);
    else pen.fillStyle(hair, alpha).fillEllipse(0, -50 * u, hw * 1.7 * u, 13 * u);
  }
  if (look.earrings)
    pen
      .fillStyle(0xe7c35a)
      .fillCircle(-hw * u, -56 * u, 1.6 * u)
      .fillCircle(hw * u, -56 * u, 1.6 * u);
}

/** Draws the face for a mood: brows, eyes and mouth, the parts an expression changes. */
export function drawFace(pen: Pen, look: CharacterLook, mood: Mood, size: number): void {
  const u = size / 100;
  const line = Math.max(1.5, 1.6 * u);
  const ex = 6.5 * u;
  const ey = -63 * u;
  const my = -51.5 * u;
  pen.clear();
  pen.lineStyle(line, INK, 1);
  pen.fillStyle(INK);
  // Eyes.
  if (mood === 'pleased') {
    for (const x of [-ex, ex])
      pen
        .beginPath()
        .arc(x, ey + 1 * u, 2.4 * u, Math.PI * 1.1, Math.PI * 1.9)
        .strokePath();
  } else {
    const r = mood === 'interested' ? 2.1 * u : 1.8 * u;
    const look = mood === 'uneasy' ? 1 * u : 0;
    pen.fillCircle(-ex + look, ey, r).fillCircle(ex + look, ey, r);
  }
  // Brows: raised when interested, pinched up when uneasy, pinched down when annoyed.
  const by = ey - 5 * u;
  const lift = mood === 'interested' ? -1.5 * u : mood === 'pleased' ? -0.8 * u : 0;
  const inner = mood === 'annoyed' ? 2.2 * u : mood === 'uneasy' ? -2.2 * u : 0;
  pen.lineBetween(-ex - 3.5 * u, by + lift, -ex + 3 * u, by + lift + inner);
  pen.lineBetween(ex + 3.5 * u, by + lift, ex - 3 * u, by + lift + inner);
  // Mouth.
  const mw = 6 * u;
  if (mood === 'pleased') {
    pen
      .fillStyle(0x5b2631)
      .beginPath()
      .arc(0, my - 2 * u, mw, Math.PI * 0.15, Math.PI * 0.85)
      .strokePath();
  } else if (mood === 'interested') {
    pen
      .beginPath()
      .arc(0, my - 4 * u, mw * 0.8, Math.PI * 0.3, Math.PI * 0.7)
      .strokePath();
  } else if (mood === 'annoyed') {
    pen
      .beginPath()
      .arc(0, my + 5 * u, mw, Math.PI * 1.25, Math.PI * 1.75)
      .strokePath();
  } else if (mood === 'uneasy') {
    pen.lineBetween(-mw * 0.7, my + 0.6 * u, -mw * 0.1, my - 0.6 * u);
    pen.lineBetween(-mw * 0.1, my - 0.6 * u, mw * 0.6, my + 0.8 * u);
  } else {
    pen.lineBetween(-mw * 0.6, my, mw * 0.6, my);
  }
  if (look.glasses) {
    pen.lineStyle(Math.max(1, 1.2 * u), 0x2b2b33, 0.9);
    pen.strokeCircle(-ex, ey, 4.6 * u).strokeCircle(ex, ey, 4.6 * u);
    pen.lineBetween(-ex + 4.6 * u, ey, ex - 4.6 * u, ey);
  }
}
