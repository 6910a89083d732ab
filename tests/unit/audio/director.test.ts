/**
 * The AudioDirector against a fake Howler: it plays what it is asked, crossfades ambience, respects
 * volumes and mute, waits for the browser's audio unlock, and never throws into the game, whatever
 * the engine does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAudioDirector,
  type AudioEngine,
  type HowlLike,
  type HowlOptionsLike,
} from '../../../src/audio/index.ts';

interface Call {
  readonly method: string;
  readonly args: readonly unknown[];
}

/** A Howl that records what is done to it; `failOn` makes one method throw. */
class FakeHowl implements HowlLike {
  static created: FakeHowl[] = [];
  static failOn: string | null = null;
  readonly calls: Call[] = [];
  private next = 1;
  unlockHandlers: (() => void)[] = [];

  constructor(readonly options: HowlOptionsLike) {
    if (FakeHowl.failOn === 'constructor') throw new Error('no audio here');
    FakeHowl.created.push(this);
  }

  private record(method: string, args: unknown[]): void {
    this.calls.push({ method, args });
    if (FakeHowl.failOn === method) throw new Error(`${method} failed`);
  }

  play(): number {
    this.record('play', []);
    return this.next++;
  }
  stop(id?: number): this {
    this.record('stop', [id]);
    return this;
  }
  volume(volume: number, id?: number): this {
    this.record('volume', [volume, id]);
    return this;
  }
  fade(from: number, to: number, duration: number, id?: number): this {
    this.record('fade', [from, to, duration, id]);
    return this;
  }
  once(_event: 'unlock', callback: () => void): this {
    this.unlockHandlers.push(callback);
    return this;
  }
  unload(): null {
    this.record('unload', []);
    return null;
  }

  stem(): string {
    return (this.options.src[0] ?? '').replace(/^\/a\//, '').replace(/\..*$/, '');
  }
  count(method: string): number {
    return this.calls.filter((c) => c.method === method).length;
  }
}

const sources = (stem: string): string[] =>
  stem === 'missing' || stem === 'amb-nowhere'
    ? []
    : [`/a/${stem}.webm`, `/a/${stem}.mp3?no-inline`];

function setup(
  options: { unlocked?: boolean; engine?: () => AudioEngine | Promise<AudioEngine> } = {},
) {
  let unlocked = options.unlocked ?? true;
  const warnings: string[] = [];
  const loadEngine = vi.fn(
    options.engine ?? (() => ({ Howl: FakeHowl, unlocked: () => unlocked })),
  );
  const director = createAudioDirector(
    { master: 0.5, music: 0.6, sfx: 0.8 },
    { loadEngine, sources, fadeMs: 1000, warn: (m) => warnings.push(m) },
  );
  return { director, loadEngine, warnings, unlock: () => (unlocked = true) };
}

const howl = (stem: string): FakeHowl | undefined =>
  FakeHowl.created.find((h) => h.stem() === stem);

beforeEach(() => {
  FakeHowl.created = [];
  FakeHowl.failOn = null;
});
afterEach(() => vi.useRealTimers());

describe('createAudioDirector', () => {
  it('does nothing at creation: the engine loads on first use', async () => {
    const { director, loadEngine } = setup();
    expect(loadEngine).not.toHaveBeenCalled();
    director.play('door');
    expect(await director.ready()).toBe(true);
    expect(loadEngine).toHaveBeenCalledTimes(1);
  });

  it('plays a one-shot at master × sfx volume, creating its Howl once, with both formats', async () => {
    const { director } = setup();
    await director.ready();
    director.play('door');
    director.play('door');
    expect(FakeHowl.created).toHaveLength(1);
    const door = howl('door');
    expect(door?.options.format).toEqual(['webm', 'mp3']);
    expect(door?.options.loop).toBe(false);
    expect(door?.count('play')).toBe(2);
    expect(door?.calls.find((c) => c.method === 'volume')?.args[0]).toBeCloseTo(0.4);
  });

  it('plays UI sounds and coach cues by kind', async () => {
    const { director } = setup();
    await director.ready();
    director.ui('confirm');
    director.cue('positive');
    director.cue('negative');
    expect(FakeHowl.created.map((h) => h.stem())).toEqual([
      'ui-confirm',
      'cue-positive',
      'cue-negative',
    ]);
  });

  it('crossfades ambience between venues and stops the old loop after the fade', async () => {
    vi.useFakeTimers();
    const { director } = setup();
    await director.ready();
    director.setAmbience('reception');
    director.setAmbience('reception');
    const reception = howl('amb-reception');
    expect(reception?.options.loop).toBe(true);
    expect(reception?.count('play')).toBe(1);
    expect(reception?.calls.find((c) => c.method === 'fade')?.args).toEqual([
      0,
      expect.closeTo(0.3, 5),
      1000,
      1,
    ]);
    director.setAmbience('office');
    const office = howl('amb-office');
    expect(office?.count('play')).toBe(1);
    expect(reception?.calls.at(-1)).toEqual({
      method: 'fade',
      args: [expect.closeTo(0.3, 5), 0, 1000, 1],
    });
    expect(reception?.count('stop')).toBe(0);
    vi.advanceTimersByTime(1100);
    expect(reception?.count('stop')).toBe(1);
    director.setAmbience(null);
    vi.advanceTimersByTime(1100);
    expect(office?.count('stop')).toBe(1);
  });

  it('mutes and unmutes: ambience volume follows, one-shots are skipped while muted', async () => {
    const { director } = setup();
    await director.ready();
    director.setAmbience('cafe');
    director.mute(true);
    const cafe = howl('amb-cafe');
    expect(cafe?.calls.at(-1)).toEqual({ method: 'volume', args: [0, 1] });
    director.play('message');
    expect(howl('message')).toBeUndefined();
    director.mute(false);
    expect(cafe?.calls.at(-1)?.args[0]).toBeCloseTo(0.3);
    director.setVolume('music', 2);
    expect(director.settings.music).toBe(1);
    expect(cafe?.calls.at(-1)?.args[0]).toBeCloseTo(0.5);
  });

  it('drops one-shots while the browser blocks audio, but starts the ambience and fades it in on unlock', async () => {
    const { director, unlock } = setup({ unlocked: false });
    await director.ready();
    director.play('door');
    expect(howl('door')).toBeUndefined();
    director.setAmbience('reception');
    const reception = howl('amb-reception');
    expect(reception?.count('play')).toBe(1);
    unlock();
    reception?.unlockHandlers.forEach((h) => h());
    expect(reception?.count('fade')).toBe(2);
    director.play('door');
    expect(howl('door')?.count('play')).toBe(1);
  });

  it('survives a Howl constructor that throws, and says so once', async () => {
    FakeHowl.failOn = 'constructor';
    const { director, warnings } = setup();
    await director.ready();
    expect(() => {
      director.play('door');
      director.play('door');
      director.setAmbience('office');
      director.ui('hover');
    }).not.toThrow();
    expect(warnings.filter((w) => w.includes('"door"'))).toHaveLength(1);
  });

  it('survives play, fade and volume that throw', async () => {
    const { director } = setup();
    await director.ready();
    for (const method of ['play', 'fade', 'volume', 'stop', 'unload']) {
      FakeHowl.failOn = method;
      expect(() => {
        director.play('glasses');
        director.setAmbience(method === 'fade' ? 'cafe' : 'office');
        director.setVolume('master', 0.3);
        director.mute(true);
        director.mute(false);
      }, method).not.toThrow();
    }
    FakeHowl.failOn = 'unload';
    expect(() => director.dispose()).not.toThrow();
  });

  it('stays silent when the engine cannot load at all', async () => {
    const { director, warnings } = setup({
      engine: () => {
        throw new Error('AudioContext is not defined');
      },
    });
    expect(() => director.play('door')).not.toThrow();
    expect(await director.ready()).toBe(false);
    director.setAmbience('reception');
    expect(FakeHowl.created).toHaveLength(0);
    expect(warnings).toHaveLength(1);

    const rejecting = setup({ engine: () => Promise.reject(new Error('chunk failed to load')) });
    expect(await rejecting.director.ready()).toBe(false);
  });

  it('gives up on a sound with no files or one that fails to load, without retrying', async () => {
    const { director, warnings } = setup();
    await director.ready();
    director.play('missing');
    director.play('missing');
    expect(warnings).toHaveLength(1);
    director.setAmbience('nowhere');
    expect(FakeHowl.created).toHaveLength(0);
    director.play('applause');
    howl('applause')?.options.onloaderror?.(null, 'decode error');
    FakeHowl.created = [];
    director.play('applause');
    expect(FakeHowl.created).toHaveLength(0);
  });

  it('plays a sound requested before the engine was ready, once it is', async () => {
    const { director } = setup();
    director.play('phone-ring');
    await director.ready();
    await Promise.resolve();
    expect(howl('phone-ring')?.count('play')).toBe(1);
  });
});
