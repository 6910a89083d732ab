/** The stage's placement arithmetic: venue cover, poses, speaker focus, blinking and load progress. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHARACTER_HEIGHT, idlePose, VENUE_HEIGHT, VENUE_WIDTH } from '../../../src/art/stage.ts';
import {
  approach,
  figurePose,
  framePace,
  freeArea,
  IDLE_FPS,
  IdleRate,
  isBlinking,
  mixColor,
  roleFocus,
  roleOf,
  venueFit,
} from '../../../src/scenes/layout.ts';
import { progressPercent } from '../../../src/events/index.ts';

describe('venueFit', () => {
  it('always covers what the player sees, from a portrait phone to a projector', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 3840 }),
        fc.integer({ min: 320, max: 2160 }),
        fc.double({ min: 0, max: 0.8, noNaN: true }),
        fc.boolean(),
        (w, h, share, bottom) => {
          const free = freeArea(w, h, bottom ? 'bottom' : 'side', share);
          const fit = venueFit(w, h, free, bottom);
          expect(fit.x).toBeLessThanOrEqual(1e-9);
          expect(fit.y).toBeLessThanOrEqual(1e-9);
          expect(fit.x + VENUE_WIDTH * fit.scale).toBeGreaterThanOrEqual(w - 1e-6);
          // The free strip (and with a side panel the whole canvas) is covered top to bottom.
          const needed = bottom ? free.h : h;
          expect(fit.y + VENUE_HEIGHT * fit.scale).toBeGreaterThanOrEqual(needed - 1e-6);
        },
      ),
    );
  });

  it('on a portrait phone covers only the strip above the panel, so more of the room shows', () => {
    const free = freeArea(390, 844, 'bottom', 0.64);
    const strip = venueFit(390, 844, free, true);
    const whole = venueFit(390, 844, freeArea(390, 844, 'none', 0), false);
    expect(strip.scale).toBeLessThan(whole.scale);
    // The room's centre stays in the middle of the phone.
    expect(strip.x + (VENUE_WIDTH * strip.scale) / 2).toBeCloseTo(195, 5);
  });

  it('beside a side panel moves the picture towards the free area as far as its edges allow', () => {
    // A 4:3 screen: the 16:9 picture is wider than the canvas, so it can slide left.
    const free = freeArea(1600, 1200, 'side', 0.36);
    const fit = venueFit(1600, 1200, free, false);
    const centre = fit.x + (VENUE_WIDTH * fit.scale) / 2;
    expect(centre).toBeLessThan(800);
    expect(fit.x + VENUE_WIDTH * fit.scale).toBeGreaterThanOrEqual(1600 - 1e-6);
  });
});

describe('figurePose', () => {
  const spot = { x: 300, y: 500, size: CHARACTER_HEIGHT / 2 };

  it('draws the figure at its size, standing on its spot, when still', () => {
    const pose = figurePose(spot, 0, null);
    expect(pose).toMatchObject({ x: 300, y: 500, scaleX: 0.5, scaleY: 0.5, rotation: 0, alpha: 1 });
    expect(pose.tint).toBe(0xffffff);
  });

  it('brings the speaker forward and dims listeners', () => {
    const speaker = figurePose(spot, 1, null);
    const listener = figurePose(spot, -1, null);
    expect(speaker.scaleX).toBeGreaterThan(0.5);
    expect(listener.scaleX).toBeLessThan(0.5);
    expect(speaker.depth).toBeGreaterThan(listener.depth);
    expect(listener.tint).not.toBe(0xffffff);
    expect(speaker.tint).toBe(0xffffff);
  });

  it('fades and lifts a person in as they enter', () => {
    const start = figurePose(spot, 0, null, 0);
    expect(start.alpha).toBe(0);
    expect(start.y).toBeGreaterThan(500);
    expect(figurePose(spot, 0, null, 1).y).toBe(500);
  });

  it('applies the idle pose scaled to the figure', () => {
    const pose = figurePose(spot, 0, { dy: -2, scaleY: 1.01, rotation: 0.004 });
    expect(pose.y).toBeCloseTo(499, 5);
    expect(pose.scaleY).toBeCloseTo(0.505, 5);
    expect(pose.rotation).toBe(0.004);
  });
});

describe('roles and focus', () => {
  it('knows who speaks and who listens; the player speaking leaves everyone idle', () => {
    expect(roleOf('ann', 'ann', ['ann', 'bo'])).toBe('speaker');
    expect(roleOf('bo', 'ann', ['ann', 'bo'])).toBe('listener');
    expect(roleOf('bo', 'you', ['ann', 'bo'])).toBe('idle');
    expect(roleOf('bo', null, ['ann', 'bo'])).toBe('idle');
    expect([roleFocus('speaker'), roleFocus('idle'), roleFocus('listener')]).toEqual([1, 0, -1]);
  });

  it('eases the focus by at most a step, landing exactly on the target', () => {
    expect(approach(0, 1, 0.3)).toBeCloseTo(0.3);
    expect(approach(0.9, 1, 0.3)).toBe(1);
    expect(approach(0, -1, 0.25)).toBe(-0.25);
  });

  it('mixes colours channel by channel', () => {
    expect(mixColor(0xffffff, 0x000000, 0)).toBe(0xffffff);
    expect(mixColor(0xffffff, 0x000000, 1)).toBe(0x000000);
    expect(mixColor(0x00ff00, 0x0000ff, 0.5)).toBe(0x008080);
  });
});

describe('isBlinking', () => {
  it('closes the eyes briefly, a few times in twenty seconds, at a rhythm of each person', () => {
    const blinks = (seed: number) => {
      let closed = 0;
      for (let t = 0; t < 20_000; t += 10) if (isBlinking(t, seed)) closed += 10;
      return closed;
    };
    for (const seed of [1, 977, 123456]) {
      const ms = blinks(seed);
      expect(ms).toBeGreaterThanOrEqual(3 * 120);
      expect(ms).toBeLessThanOrEqual(7 * 120);
    }
    const a = Array.from({ length: 600 }, (_, i) => isBlinking(i * 10, 5));
    const b = Array.from({ length: 600 }, (_, i) => isBlinking(i * 10, 1234));
    expect(a).not.toEqual(b);
  });
});

describe('progressPercent', () => {
  it('counts files done, and a finished or empty batch is full', () => {
    expect(progressPercent({ done: 3, total: 12, complete: false })).toBe(25);
    expect(progressPercent({ done: 0, total: 0, complete: false })).toBe(100);
    expect(progressPercent({ done: 2, total: 12, complete: true })).toBe(100);
  });
});

describe('framePace', () => {
  it('draws at full rate while something eases, at the idle rate while people breathe, not at all when still', () => {
    expect(framePace({ reducedMotion: false, people: 2, easing: true })).toBe('full');
    expect(framePace({ reducedMotion: true, people: 2, easing: true })).toBe('full');
    expect(framePace({ reducedMotion: false, people: 0, easing: true })).toBe('full');
    expect(framePace({ reducedMotion: false, people: 2, easing: false })).toBe('idle');
    expect(framePace({ reducedMotion: true, people: 2, easing: false })).toBe('still');
    expect(framePace({ reducedMotion: false, people: 0, easing: false })).toBe('still');
  });

  it('at the idle rate, the tallest person the stage draws moves a pixel a frame at the most', () => {
    const frame = 1000 / IDLE_FPS;
    const spot = { x: 960, y: 1080, size: 900 };
    const top = (ms: number, seed: number) => {
      const p = figurePose(spot, 0, idlePose(ms, seed));
      // The top of the head: the feet are the origin, the picture's height is scaled and turned.
      const h = CHARACTER_HEIGHT * p.scaleY;
      return { x: p.x + Math.sin(p.rotation) * h, y: p.y - Math.cos(p.rotation) * h };
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.nat(100_000), (seed, ms) => {
        const a = top(ms, seed);
        const b = top(ms + frame, seed);
        expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThan(1.05);
      }),
    );
  });

  it('at the idle rate, every blink is drawn', () => {
    const frame = 1000 / IDLE_FPS;
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(10_000), (seed, start) => {
        // Frames from any starting moment: each blink that begins shows its closed eyes on a frame.
        let checked = 0;
        for (let t = 1; t < 6000; t++) {
          if (!isBlinking(start + t, seed) || isBlinking(start + t - 1, seed)) continue;
          const first = Math.ceil(t / frame) * frame;
          expect(first).toBeLessThan(t + 120);
          expect(isBlinking(start + first, seed)).toBe(true);
          checked++;
        }
        expect(checked).toBeGreaterThan(0);
      }),
    );
  });
});

describe('IdleRate', () => {
  /** Feeds frames at `fps` for `ms`, from `start`; true if the rate was ever judged too slow. */
  const feed = (rate: IdleRate, fps: number, ms: number, start = 0): boolean => {
    let slow = false;
    for (let t = start; t <= start + ms; t += 1000 / fps) slow = rate.frame(t) || slow;
    return slow;
  };

  it('keeps idle motion on a machine that draws it at the idle rate, or nearly', () => {
    expect(feed(new IdleRate(), IDLE_FPS, 60_000)).toBe(false);
    expect(feed(new IdleRate(), 12.5, 60_000)).toBe(false);
  });

  it('stops it after six seconds under 12 frames a second', () => {
    const rate = new IdleRate();
    expect(feed(rate, 7, 4100)).toBe(false);
    expect(feed(rate, 7, 2100, 4200)).toBe(true);
  });

  it('does not count one slow moment (pictures decoding) between good ones', () => {
    const rate = new IdleRate();
    let t = 0;
    let slow = false;
    for (let i = 0; i < 10; i++) {
      slow = feed(rate, i % 2 === 0 ? 6 : IDLE_FPS, i % 2 === 0 ? 2000 : 10_000, t) || slow;
      t += i % 2 === 0 ? 2050 : 10_050;
    }
    expect(slow).toBe(false);
  });

  it('does not count a hidden tab or a paused stage as slow drawing', () => {
    const rate = new IdleRate();
    // Frames a few seconds apart: the tab was hidden (no animation frames) each time.
    let slow = false;
    for (let t = 0; t < 60_000; t += 3000) slow = rate.frame(t) || slow;
    expect(slow).toBe(false);
    // Slow frames with a pause in between are two halves, each measured afresh.
    const paused = new IdleRate();
    expect(feed(paused, 7, 2100)).toBe(false);
    paused.pause();
    expect(feed(paused, 7, 1500, 2200)).toBe(false);
  });
});
