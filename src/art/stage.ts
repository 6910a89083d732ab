/**
 * Pure helpers for placing the art on screen: how a 16:9 venue covers any viewport (a phone in
 * portrait keeps the centre, where each venue puts what identifies it), where one to three
 * characters stand, and a gentle idle motion (breathing and a slight sway) the scene may apply
 * unless motion is reduced. No Phaser here: the scene turns these numbers into positions.
 */
import { CHARACTER_HEIGHT, CHARACTER_WIDTH } from './character.ts';

export const VENUE_WIDTH = 1920;
export const VENUE_HEIGHT = 1080;
export { CHARACTER_HEIGHT, CHARACTER_WIDTH };

export interface CoverFit {
  /** Scale to apply to the venue image. */
  readonly scale: number;
  /** Where the image's top-left corner goes, in viewport pixels (zero or negative). */
  readonly x: number;
  readonly y: number;
}

/**
 * Scales an image to cover the viewport (like CSS `object-fit: cover`), keeping the point at
 * `focusX` (0..1 across the image) as near the viewport's centre as the image's edges allow.
 */
export function coverFit(
  viewW: number,
  viewH: number,
  imageW = VENUE_WIDTH,
  imageH = VENUE_HEIGHT,
  focusX = 0.5,
): CoverFit {
  const scale = Math.max(viewW / imageW, viewH / imageH);
  const w = imageW * scale;
  const h = imageH * scale;
  const x = Math.min(0, Math.max(viewW - w, viewW / 2 - focusX * w));
  return { scale, x, y: (viewH - h) / 2 };
}

/**
 * Horizontal positions (0..1 across the viewport) for `count` characters on stage. Narrow screens
 * bunch them towards the middle; the speaker is the scene's to highlight, not ours.
 */
export function castSlots(count: number, viewW: number, viewH: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0.5];
  const portrait = viewW < viewH;
  const spread = portrait ? 0.56 : Math.min(0.6, 0.22 * count);
  return Array.from({ length: count }, (_, i) => 0.5 - spread / 2 + (spread * i) / (count - 1));
}

/**
 * The height a character is drawn at: the bust fills a good part of the screen's height, less on a
 * portrait phone, where the dialogue box takes the lower half.
 */
export function characterHeight(viewW: number, viewH: number): number {
  const portrait = viewW < viewH;
  return Math.round(viewH * (portrait ? 0.42 : 0.62));
}

export interface IdlePose {
  /** Vertical offset in character pixels (at CHARACTER_HEIGHT scale). */
  readonly dy: number;
  /** Vertical scale around the feet: breathing. */
  readonly scaleY: number;
  /** Rotation in radians around the feet: a slow sway. */
  readonly rotation: number;
}

/**
 * A small idle motion at time `ms`, different in phase for each character (`seed`, e.g. from
 * hashId(castId)), so two people on stage never breathe in step. Amplitudes are tiny on purpose.
 */
export function idlePose(ms: number, seed: number): IdlePose {
  const phase = ((seed % 1000) / 1000) * Math.PI * 2;
  const breath = Math.sin((ms / 3600) * Math.PI * 2 + phase);
  const sway = Math.sin((ms / 7300) * Math.PI * 2 + phase * 1.7);
  return { dy: -1.6 * breath, scaleY: 1 + 0.006 * breath, rotation: 0.006 * sway };
}
