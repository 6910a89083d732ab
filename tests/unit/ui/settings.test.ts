// @vitest-environment jsdom
/** Settings: typewriter timing, which motion setting wins, and the root classes the CSS reads. */
import { describe, expect, it } from 'vitest';
import {
  applyRootSettings,
  CHAR_MS,
  effectiveReducedMotion,
  revealedChars,
  typewriterDuration,
  typewriterTimes,
} from '../../../src/ui/screens/settings.ts';

describe('typewriter timing', () => {
  it('types one character per tick of the chosen speed, slower after punctuation', () => {
    const times = typewriterTimes('Hi, you.', 'normal');
    const ms = CHAR_MS.normal;
    expect(times.slice(0, 4)).toEqual([0, ms, 2 * ms, 5 * ms]);
    expect(typewriterDuration('Hi, you.', 'normal')).toBe(times[7]! + ms);
  });

  it('reveals more with time, never more than the line, and the speeds are ordered', () => {
    const line = 'Nice to meet you. What brings you here tonight?';
    let previous = 0;
    for (let t = 0; t < 5000; t += 37) {
      const n = revealedChars(line, t, 'normal');
      expect(n).toBeGreaterThanOrEqual(previous);
      expect(n).toBeLessThanOrEqual(line.length);
      previous = n;
    }
    expect(previous).toBe(line.length);
    expect(revealedChars(line, 400, 'fast')).toBeGreaterThan(revealedChars(line, 400, 'normal'));
    expect(revealedChars(line, 400, 'normal')).toBeGreaterThan(revealedChars(line, 400, 'slow'));
    expect(typewriterDuration(line, 'slow')).toBeGreaterThan(typewriterDuration(line, 'fast'));
  });

  it('shows everything at once when instant', () => {
    expect(revealedChars('Hello there', 0, 'instant')).toBe(11);
    expect(typewriterDuration('Hello there', 'instant')).toBe(0);
  });

  it('counts code points, so an emoji or accent is never split', () => {
    expect(typewriterTimes('café 👋', 'fast')).toHaveLength(6);
  });
});

describe('effectiveReducedMotion', () => {
  it('lets the setting win, and follows the device on "system"', () => {
    expect(effectiveReducedMotion('reduce', false)).toBe(true);
    expect(effectiveReducedMotion('full', true)).toBe(false);
    expect(effectiveReducedMotion('system', true)).toBe(true);
    expect(effectiveReducedMotion('system', false)).toBe(false);
  });
});

describe('applyRootSettings', () => {
  it('keeps exactly one text-size class and marks the motion', () => {
    const root = document.createElement('html');
    root.classList.add('other');
    applyRootSettings(root, { textSize: 'large', reducedMotion: 'system' }, true);
    expect([...root.classList].sort()).toEqual(['other', 'text-large']);
    expect(root.dataset.motion).toBe('reduce');
    applyRootSettings(root, { textSize: 'x-large', reducedMotion: 'full' }, true);
    expect([...root.classList].sort()).toEqual(['other', 'text-x-large']);
    expect(root.dataset.motion).toBe('full');
  });
});
