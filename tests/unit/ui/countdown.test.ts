/**
 * The clock of a timed choice point (src/ui/countdown.ts) under vitest's fake clock: it counts whole
 * seconds, speaks only at the start and at 10 and 5 seconds left, gives a whole period more on
 * request (as often as asked), holds still while held, and runs out exactly once, at the end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from '../../../src/ui/countdown.ts';
import { keyIntent } from '../../../src/ui/conversation-state.ts';
import { readSettings } from '../../../src/progress/settings.ts';

function watch(seconds: number) {
  const said: string[] = [];
  const ticks: number[] = [];
  const expire = vi.fn();
  const clock = new Countdown(seconds, {
    tick: (left) => ticks.push(left),
    announce: (left, why) => said.push(`${why} ${left}`),
    expire,
  });
  return { clock, said, ticks, expire };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Countdown', () => {
  it('runs out at the end of its time, once, speaking only at the start, 10 s and 5 s', () => {
    const { clock, said, ticks, expire } = watch(15);
    clock.start();
    expect(said).toEqual(['start 15']);
    vi.advanceTimersByTime(14_999);
    expect(expire).not.toHaveBeenCalled();
    expect(said).toEqual(['start 15', 'soon 10', 'soon 5']);
    expect(ticks).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledTimes(1);
    expect(clock.expired).toBe(true);
    expect(clock.active).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('does not warn at a threshold it starts at or above', () => {
    const { clock, said } = watch(5);
    clock.start();
    vi.advanceTimersByTime(5_000);
    expect(said).toEqual(['start 5']);
  });

  it('gives a whole period more on request, as often as asked, and warns again', () => {
    const { clock, said, expire } = watch(15);
    clock.start();
    vi.advanceTimersByTime(12_000);
    clock.more();
    expect(said.at(-1)).toBe('more 18');
    vi.advanceTimersByTime(17_000);
    clock.more();
    expect(said.at(-1)).toBe('more 16');
    vi.advanceTimersByTime(15_999);
    expect(expire).not.toHaveBeenCalled();
    expect(said.filter((s) => s === 'soon 5')).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('holds still while held and goes on from the same time', () => {
    const { clock, expire } = watch(15);
    clock.start();
    vi.advanceTimersByTime(10_000);
    clock.hold();
    vi.advanceTimersByTime(600_000);
    expect(expire).not.toHaveBeenCalled();
    expect(clock.remainingMs).toBe(5_000);
    clock.more();
    expect(clock.remainingMs).toBe(20_000);
    clock.resume();
    vi.advanceTimersByTime(19_999);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('stopped (a choice, the setting turned off) never runs out', () => {
    const { clock, expire } = watch(15);
    clock.start();
    vi.advanceTimersByTime(3_000);
    clock.stop();
    clock.more();
    clock.resume();
    vi.advanceTimersByTime(60_000);
    expect(expire).not.toHaveBeenCalled();
    expect(clock.expired).toBe(false);
  });
});

describe('time pressure around the clock', () => {
  it('M asks for more time while choosing, not while lines arrive or when held down', () => {
    const focus = { choice: -1, control: false, count: 3 };
    expect(keyIntent('choosing', 'm', false, focus).kind).toBe('more-time');
    expect(keyIntent('choosing', 'M', false, focus).kind).toBe('more-time');
    expect(keyIntent('choosing', 'm', true, focus).kind).toBe('none');
    expect(keyIntent('revealing', 'm', false, focus).kind).toBe('skip');
  });

  it('is off everywhere in settings written before it existed, and read per scenario', () => {
    expect(readSettings({ textSpeed: 'fast' }).settings.timePressure).toEqual({});
    const read = readSettings({ timePressure: { 'hard-seller': 'brisk' } });
    expect(read.settings.timePressure).toEqual({ 'hard-seller': 'brisk' });
    expect(read.invalid).toEqual([]);
    const bad = readSettings({ timePressure: { 'hard-seller': 'frantic' } });
    expect(bad.settings.timePressure).toEqual({});
    expect(bad.invalid).toEqual(['timePressure']);
  });
});
