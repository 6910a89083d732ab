/**
 * The one Phaser scene: the venue picture, and the people of the scenario standing in the part of the
 * canvas the dialogue panel leaves free. It only reads the StageBridge's state (who speaks, in which
 * mood, where) and turns it into pictures; it holds no game logic and never talks back to the game.
 *
 * Pictures load on demand, as the state asks for them: the venue and who is on stage first, then in
 * idle time every mood of the scenario's people (so a change of expression never waits). Until a picture has arrived the scene
 * simply leaves it out, and the page's painted background shows through the transparent canvas. All
 * placement arithmetic lives in ./layout.ts and ../art/stage.ts, which are unit-tested.
 */
import * as Phaser from './phaser.ts';
import {
  characterTextures,
  hashId,
  idlePose,
  isVenueId,
  VENUE_HEIGHT,
  VENUE_WIDTH,
  venueTextureKey,
  venueUrl,
  CHARACTER_HEIGHT,
  CHARACTER_WIDTH,
  type CharacterTexture,
} from '../art/index.ts';
import type { StageBridge, StageState } from '../game/index.ts';
import type { Mood } from '../story/index.ts';
import {
  approach,
  figurePose,
  framePace,
  freeArea,
  FULL_FPS,
  IDLE_FPS,
  IdleRate,
  isBlinking,
  placeCast,
  roleFocus,
  roleOf,
  venueFit,
  type Pace,
  type Spot,
} from './layout.ts';
import { emitStageProgress } from '../events/index.ts';
import { whenIdle } from './boot.ts';

/** How long a venue crossfade and a person's entrance take, in ms. */
const CROSSFADE_MS = 600;
const ENTER_MS = 500;
/** How fast the speaker's emphasis eases, in focus units per ms (a full swing in about 250 ms). */
const FOCUS_RATE = 1 / 125;
/** How long a still picture keeps being redrawn before the game loop sleeps, in ms. */
const SLEEP_AFTER_MS = 800;
/**
 * The same when motion is reduced: nothing eases or breathes then, so once a change is drawn (a frame
 * or two) there is nothing left to draw. A conversation read at speed no longer keeps the loop awake.
 */
const SLEEP_AFTER_STILL_MS = 100;

interface Figure {
  readonly id: string;
  readonly image: Phaser.Image;
  readonly seed: number;
  /** Texture keys by mood, open eyes and closed. */
  readonly open: ReadonlyMap<Mood, string>;
  readonly closed: ReadonlyMap<Mood, string>;
  mood: Mood;
  spot: Spot;
  focus: number;
  /** When the person first appeared on screen (their picture loaded), in game time; null until then. */
  enteredAt: number | null;
}

/**
 * Who stands on stage: the scenario's people who have come into it so far; nobody in the menus or
 * behind the debrief (people half-hidden behind its card look like a mistake).
 */
function castKey(state: StageState): string {
  if (state.mode !== 'conversation') return '';
  return `${state.scenario ?? ''}:${state.present.join(',')}`;
}

export class VenueScene extends Phaser.Scene {
  private venue: { id: string; image: Phaser.Image } | null = null;
  private figures: Figure[] = [];
  private current: StageState;
  private shownCast = '\u0000';
  private lastTime = 0;
  /** Game time since which nothing on stage has moved; 0 while something moves. */
  private stillSince = 0;
  /** Texture keys handed to the loader (loaded, loading or failed), so none is asked for twice. */
  private readonly queued = new Set<string>();
  /** Whether the second wave of pictures is waiting for an idle moment. */
  private restDue = false;
  /** The frame rate asked for (see setPace). */
  private fps = FULL_FPS;
  /** How fast idle motion is drawn; false once this machine is too slow for it (see IdleRate). */
  private readonly idleRate = new IdleRate();
  private breathing = true;

  constructor(
    private readonly bridge: StageBridge,
    /** Where loading progress is announced (the stage's host element; the event bubbles). */
    private readonly progressTarget: EventTarget,
  ) {
    super('venue');
    this.current = bridge.state;
  }

  create(): void {
    const off = this.bridge.events.on('change', (state) => {
      // Pictures turned off: the canvas is hidden (src/styles/main.css) and nothing is drawn.
      if (!state.pictures) {
        this.current = state;
        this.game.loop.sleep();
        return;
      }
      this.wake();
      this.apply(state);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
    this.events.once(Phaser.Scenes.Events.DESTROY, off);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => {
      this.wake();
      this.layout();
    });
    this.load.on(Phaser.Loader.Events.PROGRESS, () => this.reportProgress(false));
    this.load.on(Phaser.Loader.Events.COMPLETE, () => {
      this.wake();
      this.reportProgress(true);
      // Whatever arrived can now be shown.
      this.apply(this.current);
    });
    // A picture drawn here (see queue()) is ready when its texture is added.
    this.textures.on(Phaser.Textures.Events.ADD, () => {
      this.wake();
      this.apply(this.current);
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.LoaderFile) => {
      // A missing picture leaves that person or venue out; the dialogue goes on regardless.
      console.warn(`Mingle: could not load picture ${file.key}`);
    });
    this.apply(this.bridge.state);
  }

  override update(time: number): void {
    const dt = this.lastTime === 0 ? 16 : Math.min(100, time - this.lastTime);
    this.lastTime = time;
    this.sleepWhenStill(time);
    const still = this.standingStill;
    const { speaker, present } = this.current;
    for (const f of this.figures) {
      if (f.enteredAt === null) continue;
      const target = roleFocus(roleOf(f.id, speaker, present));
      f.focus = still ? target : approach(f.focus, target, dt * FOCUS_RATE);
      const enter = still ? 1 : easeOut((time - f.enteredAt) / ENTER_MS);
      const pose = figurePose(f.spot, f.focus, still ? null : idlePose(time, f.seed), enter);
      f.image
        .setPosition(pose.x, pose.y)
        .setScale(pose.scaleX, pose.scaleY)
        .setRotation(pose.rotation)
        .setAlpha(pose.alpha)
        .setTint(pose.tint)
        .setDepth(pose.depth);
      const eyes = !still && isBlinking(time, f.seed) ? f.closed : f.open;
      const key = eyes.get(f.mood) ?? f.open.get(f.mood);
      if (key && this.textures.exists(key) && f.image.texture.key !== key) f.image.setTexture(key);
    }
  }

  /** Brings the picture up to date with the state, loading what it needs first. */
  private apply(state: StageState): void {
    this.current = state;
    this.requestTextures(state);
    this.showVenue(state.venue);
    const key = castKey(state);
    if (key !== this.shownCast) this.syncCast(state, key);
    for (const f of this.figures) {
      f.mood = state.moods[f.id] ?? 'neutral';
      const texture = f.open.get(f.mood);
      if (f.enteredAt === null && texture && this.textures.exists(texture)) {
        f.image.setTexture(texture).setVisible(true);
        f.enteredAt = this.time.now;
      }
    }
    this.layout();
    this.describe();
  }

  /**
   * Says on the host who is drawn, in which mood (`data-drawn="jens:pleased katrien:neutral"`): the
   * end-to-end tests read the picture's cast from it, since a canvas has no DOM to ask.
   */
  private describe(): void {
    const host = this.progressTarget;
    if (!(host instanceof HTMLElement)) return;
    host.dataset.drawn = this.figures
      .filter((f) => f.enteredAt !== null)
      .map((f) => `${f.id}:${f.mood}`)
      .join(' ');
  }

  /**
   * Queues the pictures the state needs, in two waves. First what is on screen now: the venue and the
   * people present, each in their current mood. Then, in idle time once those are in, every other mood
   * of the scenario's people and their eyes-closed drawings, so a change of expression never waits.
   * While a scenario is starting nothing is queued at all: decoding and uploading a picture is main
   * thread work, and the first choice comes first.
   */
  private requestTextures(state: StageState): void {
    if (state.starting) return;
    const wanted: { key: string; url: string; venue: boolean }[] = [];
    if (isVenueId(state.venue)) {
      wanted.push({ key: venueTextureKey(state.venue), url: venueUrl(state.venue), venue: true });
    }
    const conversation = state.mode === 'conversation' && state.scenario !== null;
    if (conversation) {
      for (const id of state.present) {
        const now = this.texturesOf(id, state)[0];
        if (now) wanted.push({ key: now.key, url: now.url, venue: false });
      }
    }
    let missing = wanted.filter((t) => !this.textures.exists(t.key));
    if (missing.length === 0 && conversation) {
      // The first wave is in: the rest may come, a little later.
      if (!this.restDue) {
        this.restDue = true;
        whenIdle(window, () => {
          this.restDue = false;
          this.queueRest(this.current);
        });
      }
      return;
    }
    missing = missing.filter((t) => !this.queued.has(t.key));
    this.queue(missing);
  }

  /** Every picture of the scenario's people not yet loaded, people on stage first. */
  private queueRest(state: StageState): void {
    if (state.starting || state.mode !== 'conversation' || state.scenario === null) return;
    const ids = [...new Set([...state.present, ...state.cast.map((c) => c.id)])];
    const rest = ids
      .flatMap((id) => this.texturesOf(id, state))
      .filter((t) => !this.textures.exists(t.key) && !this.queued.has(t.key))
      .map((t) => ({ key: t.key, url: t.url, venue: false }));
    this.queue(rest);
  }

  private queue(files: readonly { key: string; url: string; venue: boolean }[]): void {
    if (files.length === 0) return;
    let fetching = false;
    for (const f of files) {
      this.queued.add(f.key);
      if (f.url.startsWith('data:')) {
        // Drawn here (eyes-closed drawings, people without a generated file): decoded as an image,
        // never fetched, so the Content-Security-Policy's connect-src stays the game's own origin.
        this.textures.addBase64(f.key, f.url);
      } else if (f.venue) {
        this.load.svg(f.key, f.url, { width: VENUE_WIDTH, height: VENUE_HEIGHT });
        fetching = true;
      } else {
        this.load.svg(f.key, f.url, { width: CHARACTER_WIDTH, height: CHARACTER_HEIGHT });
        fetching = true;
      }
    }
    if (fetching && !this.load.isLoading()) {
      this.wake();
      this.load.start();
    }
  }

  /**
   * Draws as often as the picture needs: 30 frames a second while something eases, 15 while people
   * only breathe and blink (motion on), and none once nothing has moved for a moment (a menu, the
   * debrief, or people standing still because motion is reduced, or because this machine cannot draw
   * idle motion smoothly: IdleRate): a still picture need not be redrawn, and a phone's battery or a
   * software-rendered canvas is grateful. Any change of state wakes it.
   */
  private sleepWhenStill(time: number): void {
    if (!this.current.pictures) {
      this.game.loop.sleep();
      return;
    }
    const pace = framePace({
      reducedMotion: this.standingStill,
      people: this.figures.length,
      easing:
        this.figures.some(
          (f) =>
            f.focus !== this.targetFocus(f) ||
            (f.enteredAt !== null && time - f.enteredAt < ENTER_MS),
        ) ||
        this.tweens.getTweens().length > 0 ||
        this.load.isLoading(),
    });
    this.setPace(pace);
    if (pace === 'idle' && this.idleRate.frame(time)) {
      this.breathing = false;
      const host = this.progressTarget;
      if (host instanceof HTMLElement) host.dataset.motion = 'too-slow';
    } else if (pace !== 'idle') this.idleRate.pause();
    if (pace !== 'still') {
      this.stillSince = 0;
      return;
    }
    if (this.stillSince === 0) this.stillSince = time;
    else if (time - this.stillSince > (this.standingStill ? SLEEP_AFTER_STILL_MS : SLEEP_AFTER_MS))
      this.game.loop.sleep();
  }

  /** Sets the frame rate for a pace (said on the host as `data-pace`, for tests and bug reports). */
  private setPace(pace: Pace): void {
    const fps = pace === 'idle' ? IDLE_FPS : FULL_FPS;
    if (this.fps !== fps) {
      this.fps = fps;
      // Not from inside a frame: Phaser's setFPSLimit restarts the animation-frame loop, and from
      // within a frame's callback that would leave two loops running. A microtask runs just after.
      queueMicrotask(() => {
        const loop = this.game.loop;
        if (loop.fpsLimit !== this.fps) loop.setFPSLimit(this.fps);
      });
    }
    const host = this.progressTarget;
    if (host instanceof HTMLElement && host.dataset.pace !== pace) host.dataset.pace = pace;
  }

  /** People stand still: motion is reduced, or this machine cannot draw idle motion (IdleRate). */
  private get standingStill(): boolean {
    return this.current.reducedMotion || !this.breathing;
  }

  private targetFocus(f: Figure): number {
    return roleFocus(roleOf(f.id, this.current.speaker, this.current.present));
  }

  private wake(): void {
    this.stillSince = 0;
    // A change may start something easing: at full rate until the next frame says otherwise.
    this.setPace('full');
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private texturesOf(id: string, state: StageState): CharacterTexture[] {
    // Nobody blinks while people stand still (motion reduced, or too slow to draw): no eyes-closed
    // drawings then, which saves drawing, decoding and uploading half the pictures. Motion turned on
    // later asks for them with the next change.
    const blink = !(state.reducedMotion || !this.breathing);
    const all = characterTextures(id, state.scenario ?? undefined, { blink });
    const mood = state.moods[id] ?? 'neutral';
    return [...all].sort((a, b) => rank(a, mood) - rank(b, mood));
  }

  private reportProgress(complete: boolean): void {
    const l = this.load;
    // Phaser's own download is the first step of the stage's progress (see ./boot.ts): it is in.
    emitStageProgress(this.progressTarget, {
      done: l.totalComplete + l.totalFailed + 1,
      total: l.totalToLoad + 1,
      complete,
    });
  }

  /** Shows the venue, crossfading from the one before (at once when motion is reduced). */
  private showVenue(id: string): void {
    if (!isVenueId(id) || this.venue?.id === id) return;
    const key = venueTextureKey(id);
    if (!this.textures.exists(key)) return;
    const before = this.venue;
    const image = this.add.image(0, 0, key).setOrigin(0, 0).setDepth(-1);
    this.venue = { id, image };
    this.layout();
    if (!before) return;
    before.image.setDepth(-2);
    if (this.current.reducedMotion) {
      before.image.destroy();
      return;
    }
    image.setAlpha(0);
    this.tweens.add({
      targets: image,
      alpha: 1,
      duration: CROSSFADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => before.image.destroy(),
    });
  }

  /** Adds people who have joined and removes people who are gone (or the whole cast, in the menus). */
  private syncCast(state: StageState, key: string): void {
    const sameScenario = this.shownCast.split(':')[0] === (state.scenario ?? '');
    this.shownCast = key;
    const wanted = key === '' ? [] : state.present;
    const keep = sameScenario ? this.figures.filter((f) => wanted.includes(f.id)) : [];
    for (const f of this.figures) if (!keep.includes(f)) f.image.destroy();
    this.figures = wanted.map((id) => {
      const existing = keep.find((f) => f.id === id);
      if (existing) return existing;
      const textures = characterTextures(id, state.scenario ?? undefined, { blink: true });
      const image = this.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 1).setVisible(false);
      return {
        id,
        image,
        seed: hashId(id),
        open: new Map(textures.filter((t) => !t.blink).map((t) => [t.mood, t.key])),
        closed: new Map(textures.filter((t) => t.blink).map((t) => [t.mood, t.key])),
        mood: state.moods[id] ?? 'neutral',
        spot: { x: 0, y: 0, size: 100 },
        focus: 0,
        enteredAt: null,
      };
    });
  }

  /** Places the venue and the people for the canvas size and the panel's place. */
  private layout(): void {
    const { width, height } = this.scale.gameSize;
    const state = this.current;
    const free = freeArea(width, height, state.panel, state.panelShare);
    if (this.venue) {
      const fit = venueFit(width, height, free, state.panel === 'bottom');
      this.venue.image.setPosition(fit.x, fit.y).setScale(fit.scale);
    }
    const spots = placeCast(free, this.figures.length);
    this.figures.forEach((f, i) => {
      f.spot = spots[i] ?? f.spot;
    });
    // With motion reduced, update() still places everyone, but only when asked: do it now.
    if (state.reducedMotion) this.update(this.time.now);
  }
}

/** Loading order for one person's pictures: the current mood first, eyes-closed drawings last. */
function rank(t: CharacterTexture, mood: Mood): number {
  return (t.blink ? 2 : 0) + (t.mood === mood ? 0 : 1);
}

function easeOut(t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return 1 - (1 - k) * (1 - k);
}
