/**
 * Where things go on the canvas. Pure arithmetic, no Phaser, so it is unit-tested: the part of the
 * canvas the dialogue panel leaves free, where each person stands in it, how the venue picture covers
 * the canvas, and how a character's sprite is posed from its spot, the speaker and the idle motion.
 */
import type { PanelPlacement } from '../game/index.ts';
import { CHARACTER_HEIGHT, VENUE_HEIGHT, VENUE_WIDTH, type IdlePose } from '../art/stage.ts';

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
 * height allows, nor shrink so far that a face stops reading. The drawings are waist-up busts, so a
 * figure may take most of the free height: its waist sits on the panel's edge.
 */
export function placeCast(area: Rect, count: number): Spot[] {
  if (count <= 0 || area.w <= 0 || area.h <= 0) return [];
  const slot = area.w / count;
  const size = Math.max(60, Math.min(area.h * 0.8, slot * 1.25, 900));
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

/** How the venue picture sits on the canvas: its scale and its top-left corner. */
export interface VenueFit {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Covers the canvas with the 16:9 venue, centred on what the player can see. With the panel at the
 * bottom (phones) only the strip above it needs the picture (plus a little under the panel's rounded
 * corners), so the venue covers that strip instead of the whole screen: a portrait phone then shows
 * the middle of the room, not a sliver of its wall. Beside a side panel the whole canvas is covered and
 * the picture's centre moves towards the middle of the free area, as far as its edges allow.
 */
export function venueFit(
  width: number,
  height: number,
  free: Rect,
  bottomPanel: boolean,
): VenueFit {
  const coverH = bottomPanel ? Math.min(height, free.h + Math.max(24, height * 0.04)) : height;
  const scale = Math.max(width / VENUE_WIDTH, coverH / VENUE_HEIGHT);
  const w = VENUE_WIDTH * scale;
  const h = VENUE_HEIGHT * scale;
  const centre = free.w > 0 ? free.x + free.w / 2 : width / 2;
  const x = Math.min(0, Math.max(width - w, centre - w / 2));
  const y = Math.min(0, (coverH - h) / 2);
  return { scale, x, y };
}

/** Everything the scene sets on a character's sprite in one frame. */
export interface FigurePose {
  readonly x: number;
  readonly y: number;
  readonly scaleX: number;
  readonly scaleY: number;
  readonly rotation: number;
  readonly alpha: number;
  /** Multiplied into the drawing's colours: white for the speaker, a little dimmer for listeners. */
  readonly tint: number;
  readonly depth: number;
}

/** The role a person has at this moment: the one speaking, one listening to them, or nobody speaks. */
export type FigureRole = 'speaker' | 'listener' | 'idle';

/** A role as a number the scene can ease towards: 1 speaking, 0 nobody speaks, -1 listening. */
export function roleFocus(role: FigureRole): number {
  return role === 'speaker' ? 1 : role === 'listener' ? -1 : 0;
}

/** Mixes two 0xRRGGBB colours: t = 0 gives `a`, t = 1 gives `b`. */
export function mixColor(a: number, b: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const ca = (a >> shift) & 255;
    const cb = (b >> shift) & 255;
    out |= Math.round(ca + (cb - ca) * k) << shift;
  }
  return out;
}

const LISTENER_TINT = 0xc4c1cf;

/**
 * The pose of a character's sprite (origin at the bottom centre) standing at `spot`. `focus` runs
 * from -1 (listening to someone else) through 0 (nobody speaks) to 1 (speaking): the speaker is drawn
 * a little larger and in front, listeners a touch smaller and dimmer, so the eye finds who talks
 * without a frame or an arrow. `idle` is the breathing and swaying from art/stage.ts, or null when
 * motion is reduced. `enter` (0..1) fades and lifts in a person who has just joined the scene.
 */
export function figurePose(
  spot: Spot,
  focus: number,
  idle: IdlePose | null,
  enter = 1,
): FigurePose {
  const f = Math.min(1, Math.max(-1, focus));
  const base = spot.size / CHARACTER_HEIGHT;
  const scale = base * (f >= 0 ? 1 + 0.04 * f : 1 + 0.03 * f);
  const e = Math.min(1, Math.max(0, enter));
  const rise = (1 - e) * spot.size * 0.06;
  return {
    x: spot.x,
    y: spot.y + (idle ? idle.dy * base : 0) + rise,
    scaleX: scale,
    scaleY: scale * (idle ? idle.scaleY : 1),
    rotation: idle ? idle.rotation : 0,
    alpha: e,
    tint: mixColor(0xffffff, LISTENER_TINT, Math.max(0, -f)),
    depth: f > 0.5 ? 2 : 1,
  };
}

/** Whether a person at this moment speaks, listens to someone else, or nobody speaks at all. */
export function roleOf(id: string, speaker: string | null, present: readonly string[]): FigureRole {
  if (speaker === id) return 'speaker';
  return speaker !== null && present.includes(speaker) ? 'listener' : 'idle';
}

/** Moves `from` towards `to` by at most `step` (frame-rate independent easing of the focus). */
export function approach(from: number, to: number, step: number): number {
  if (Math.abs(to - from) <= step) return to;
  return from + Math.sign(to - from) * step;
}

/**
 * Blinking: whether the eyes are closed at `ms`. Every person blinks for about 120 ms once every 3 to
 * 5.5 seconds, at a rhythm of their own from `seed`, so a group never blinks in unison.
 */
export function isBlinking(ms: number, seed: number): boolean {
  const period = 3000 + (seed % 2500);
  const offset = (seed * 7919) % period;
  return (ms + offset) % period < 120;
}

/** Frames a second while something eases (an entrance, the speaker's emphasis, a crossfade, loading). */
export const FULL_FPS = 30;
/**
 * Frames a second while people only breathe, sway and blink. Between two frames at this rate the top
 * of the tallest person the stage draws (900 px, see placeCast) moves a pixel at the most
 * (../art/stage.ts idlePose), and a 120 ms blink always falls on a frame: the motion looks the same
 * as at 30, but the GPU (or, without one, the CPU) draws half the frames while a player reads.
 */
export const IDLE_FPS = 15;

/**
 * How often the stage must be drawn: `full` while something eases, `idle` while people stand and
 * breathe (motion on), `still` when nothing moves at all (the loop may sleep).
 */
export type Pace = 'full' | 'idle' | 'still';

export function framePace(s: {
  readonly reducedMotion: boolean;
  /** People on stage. */
  readonly people: number;
  /** Something eases towards a target: an entrance, a focus change, a tween, a picture loading. */
  readonly easing: boolean;
}): Pace {
  if (s.easing) return 'full';
  return s.people > 0 && !s.reducedMotion ? 'idle' : 'still';
}

/** Below this many frames a second of people only breathing, idle motion stops (IdleRate). */
export const SLOW_FPS = 12;
/** One measurement of the idle rate, in ms. */
export const MEASURE_MS = 2000;
/** A gap between two frames this long is a hidden tab or a busy page, not slow drawing. */
const GAP_MS = 1000;

/**
 * Measures the rate at which the stage manages to draw while people only breathe and blink, and says
 * when it cannot keep it up: under SLOW_FPS in three measurements in a row (six seconds). Breathing
 * then is a stutter that costs the CPU the dialogue needs (a GPU the browser draws in software, a
 * cheap laptop on battery saver), so people stand still, as with reduced motion; entrances and the speaker's emphasis are then
 * shown at once too. A window with a long gap (a hidden tab, a long task) is not counted.
 */
export class IdleRate {
  private from = -1;
  private last = 0;
  private frames = 0;
  private slow = 0;

  /** A frame drawn at the idle pace; true once the machine is known to be too slow for idle motion. */
  frame(time: number): boolean {
    if (this.from < 0 || time - this.last > GAP_MS) {
      this.from = time;
      this.frames = 0;
    } else {
      this.frames++;
    }
    this.last = time;
    const ms = time - this.from;
    if (ms < MEASURE_MS) return false;
    this.slow = (this.frames * 1000) / ms < SLOW_FPS ? this.slow + 1 : 0;
    this.from = time;
    this.frames = 0;
    return this.slow >= 3;
  }

  /** Something else than idle motion is drawn: the next idle frame starts a new measurement. */
  pause(): void {
    this.from = -1;
  }
}
