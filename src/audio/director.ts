/**
 * The AudioDirector: the only code that touches Howler. It plays one-shot sounds and keeps one
 * venue's ambience looping, crossfading when the venue changes.
 *
 * Three promises shape it. No side effects at import: Howler itself is imported on first use, so
 * importing the game's modules never creates an AudioContext. It never throws into the game: a
 * missing file, a browser that cannot play audio, or a Howler that throws all leave the director
 * silent, never broken. And it copes with autoplay rules: Howler unlocks audio on the first gesture;
 * until then one-shots are dropped (a click heard ten seconds late is worse than none) and the
 * ambience waits to start.
 */
import { ambienceFile, CUE_IDS, uiSoundFile, type UiSoundKind, type VenueId } from '../art/ids.ts';
import { soundSources } from './sources.ts';

export interface AudioSettings {
  /** 0..1, multiplies everything. */
  readonly master: number;
  /** 0..1, the ambience loops (our "music"). */
  readonly music: number;
  /** 0..1, story sounds, UI sounds and coach cues. */
  readonly sfx: number;
  readonly muted: boolean;
}

export const DEFAULT_AUDIO_SETTINGS: AudioSettings = {
  master: 0.8,
  music: 0.6,
  sfx: 0.8,
  muted: false,
};

export type VolumeChannel = 'master' | 'music' | 'sfx';

/** The options we give a Howl; a subset of Howler's own. */
export interface HowlOptionsLike {
  src: string[];
  format?: string[];
  loop?: boolean;
  volume?: number;
  html5?: boolean;
  preload?: boolean;
  onloaderror?: (id: number | null, error: unknown) => void;
  onplayerror?: (id: number | null, error: unknown) => void;
}

/** The part of Howler's Howl we use, so tests can hand in a fake. */
export interface HowlLike {
  play(): number;
  stop(id?: number): unknown;
  volume(volume: number, id?: number): unknown;
  fade(from: number, to: number, duration: number, id?: number): unknown;
  once(event: 'unlock', callback: () => void): unknown;
  unload(): unknown;
}

export type HowlConstructor = new (options: HowlOptionsLike) => HowlLike;

export interface AudioEngine {
  readonly Howl: HowlConstructor;
  /** False while the browser still blocks audio (before the first gesture). */
  readonly unlocked: () => boolean;
}

export interface AudioDeps {
  /** Loads the engine; by default imports Howler lazily. May throw or reject: the director stays silent. */
  readonly loadEngine?: () => AudioEngine | Promise<AudioEngine>;
  /** Looks up a sound's URLs; by default the generated files. */
  readonly sources?: (stem: string) => string[];
  /** Crossfade length for ambience changes, in ms. */
  readonly fadeMs?: number;
  /** Where problems are reported (once per sound); the default is console.warn. */
  readonly warn?: (message: string) => void;
}

export interface AudioDirector {
  /** Plays a one-shot sound by file stem: a story sound id (`door`), `ui-hover`, `cue-positive`... */
  play(stem: string): void;
  /** Plays the UI sound of one kind of interaction. */
  ui(kind: UiSoundKind): void;
  /** Plays the coach cue for a choice that helped (`positive`) or hurt (`negative`). */
  cue(kind: 'positive' | 'negative'): void;
  /** Crossfades to a venue's ambience (a VenueId); null, or a venue without ambience, fades it out. */
  setAmbience(venue: string | null): void;
  setVolume(channel: VolumeChannel, value: number): void;
  mute(muted: boolean): void;
  readonly settings: AudioSettings;
  /** Resolves true once the engine loaded, false when audio is unavailable. */
  ready(): Promise<boolean>;
  /** Stops everything and releases the sounds. */
  dispose(): void;
}

async function loadHowler(): Promise<AudioEngine> {
  const { Howl, Howler } = await import('howler');
  return {
    Howl: Howl as unknown as HowlConstructor,
    // With Web Audio, a context that is not running yet means the browser still waits for a gesture.
    unlocked: () => !Howler.ctx || Howler.ctx.state === 'running',
  };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

interface Loop {
  readonly venue: string;
  readonly howl: HowlLike;
  readonly id: number;
}

export function createAudioDirector(
  initial: Partial<AudioSettings> = {},
  deps: AudioDeps = {},
): AudioDirector {
  let settings: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS, ...initial };
  const sources = deps.sources ?? soundSources;
  const fadeMs = deps.fadeMs ?? 1200;
  const warned = new Set<string>();
  const warn = (key: string, message: string): void => {
    if (warned.has(key)) return;
    warned.add(key);
    (deps.warn ?? ((m: string) => console.warn(m)))(message);
  };

  let engine: AudioEngine | null = null;
  let failed = false;
  let loading: Promise<boolean> | null = null;
  const howls = new Map<string, HowlLike>();
  const broken = new Set<string>();
  let current: Loop | null = null;
  let wantedVenue: string | null = null;
  let disposed = false;

  const sfxVolume = (): number =>
    settings.muted ? 0 : clamp01(settings.master) * clamp01(settings.sfx);
  const musicVolume = (): number =>
    settings.muted ? 0 : clamp01(settings.master) * clamp01(settings.music);

  /** Runs `fn` against the engine, catching everything: audio must never break the game. */
  function guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      warn(what, `audio: ${what} failed (${String(e)}); continuing without it`);
    }
  }

  function start(): Promise<boolean> {
    if (loading) return loading;
    loading = (async () => {
      try {
        engine = await (deps.loadEngine ?? loadHowler)();
        return true;
      } catch (e) {
        failed = true;
        warn('engine', `audio: unavailable (${String(e)}); the game plays silently`);
        return false;
      }
    })();
    return loading;
  }

  function howlFor(stem: string, loop: boolean): HowlLike | null {
    if (!engine || broken.has(stem)) return null;
    const existing = howls.get(stem);
    if (existing) return existing;
    const src = sources(stem);
    if (src.length === 0) {
      broken.add(stem);
      warn(stem, `audio: no files for "${stem}"`);
      return null;
    }
    try {
      const howl = new engine.Howl({
        src,
        // Vite may add a query (`?no-inline`) in development, so read the extension before it.
        format: src.map((u) => (/\.mp3(\?|#|$)/.test(u) ? 'mp3' : 'webm')),
        loop,
        volume: 0,
        // Web Audio (not HTML5 audio) so loops are seamless and short sounds start on time.
        html5: false,
        preload: true,
        onloaderror: (_id, error) => {
          broken.add(stem);
          warn(stem, `audio: could not load "${stem}" (${String(error)})`);
        },
        onplayerror: (_id, error) =>
          warn(`${stem}:play`, `audio: could not play "${stem}" (${String(error)})`),
      });
      howls.set(stem, howl);
      return howl;
    } catch (e) {
      broken.add(stem);
      warn(stem, `audio: could not create "${stem}" (${String(e)})`);
      return null;
    }
  }

  function playNow(stem: string): void {
    if (!engine || disposed || settings.muted || sfxVolume() === 0) return;
    if (!engine.unlocked()) return;
    const howl = howlFor(stem, false);
    if (!howl) return;
    guard(`play ${stem}`, () => {
      const id = howl.play();
      howl.volume(sfxVolume(), id);
    });
  }

  function fadeOut(loop: Loop): void {
    guard(`fade ${loop.venue}`, () => {
      loop.howl.fade(musicVolume(), 0, fadeMs, loop.id);
    });
    setTimeout(() => guard(`stop ${loop.venue}`, () => loop.howl.stop(loop.id)), fadeMs + 50);
  }

  function applyAmbience(): void {
    if (!engine || disposed) return;
    if (current && current.venue === wantedVenue) return;
    if (current) fadeOut(current);
    current = null;
    if (wantedVenue === null) return;
    const venue = wantedVenue;
    const howl = howlFor(ambienceFile(venue as VenueId), true);
    if (!howl) return;
    guard(`ambience ${venue}`, () => {
      const id = howl.play();
      howl.volume(0, id);
      howl.fade(0, musicVolume(), fadeMs, id);
      current = { venue, howl, id };
      // If the browser still blocks audio, Howler plays on unlock; make sure the fade-in follows.
      howl.once('unlock', () =>
        guard(`ambience ${venue}`, () => howl.fade(0, musicVolume(), fadeMs, id)),
      );
    });
  }

  return {
    play(stem) {
      if (failed || disposed) return;
      if (engine) playNow(stem);
      else void start().then((ok) => ok && playNow(stem));
    },
    ui(kind) {
      this.play(uiSoundFile(kind));
    },
    cue(kind) {
      this.play(kind === 'positive' ? CUE_IDS[0] : CUE_IDS[1]);
    },
    setAmbience(venue) {
      if (failed || disposed) return;
      wantedVenue = venue;
      if (engine) applyAmbience();
      else void start().then((ok) => ok && applyAmbience());
    },
    setVolume(channel, value) {
      settings = { ...settings, [channel]: clamp01(value) };
      if (current) {
        const loop = current;
        guard('volume', () => loop.howl.volume(musicVolume(), loop.id));
      }
    },
    mute(muted) {
      settings = { ...settings, muted };
      if (current) {
        const loop = current;
        guard('mute', () => loop.howl.volume(musicVolume(), loop.id));
      }
    },
    get settings() {
      return settings;
    },
    ready() {
      return start();
    },
    dispose() {
      disposed = true;
      for (const howl of howls.values()) guard('unload', () => howl.unload());
      howls.clear();
      current = null;
    },
  };
}
