/**
 * Sound for the DOM game: turns what the player sees (a line shown, a scored choice, a button focused
 * or pressed, the venue on stage) into the plain events src/audio listens to, and keeps the director's
 * volume in step with the settings.
 *
 * Nothing happens at import, and nothing audible is even loaded before the player's first gesture (a
 * key or a pointer press): browsers refuse to start audio earlier, and asking them anyway only fills the
 * console with warnings. Until then the wanted ambience is remembered and one-shots are dropped (a
 * click heard late is worse than none). When audio cannot play at all, the director stays silent.
 */
import {
  connectAudio,
  createAudioDirector,
  type AudioDirector,
  type AudioEventMap,
  type AudioSettings,
  type UiSoundKind,
} from '../audio/index.ts';
import { isVenueId } from '../art/ids.ts';
import { TypedEmitter } from '../events/index.ts';
import type { StageState } from '../game/index.ts';
import type { Settings } from '../progress/index.ts';

export interface GameSound {
  /** A story line appeared, with its `sound:` and `scene:` tags. */
  lineShown(line: { readonly sound: string | null; readonly scene: string | null }): void;
  /** A scored choice was made; `net` is the sum of its tip effects. */
  choiceScored(net: number): void;
  uiAction(kind: UiSoundKind): void;
  /** The settings changed: volume and mute follow at once. */
  applySettings(settings: Settings): void;
  /** True once the first gesture has armed the director. */
  readonly armed: boolean;
  dispose(): void;
}

/** The part of the StageBridge sound follows: which venue is on stage, and whether a scenario plays. */
export interface StageLike {
  readonly state: StageState;
  readonly events: {
    on(type: 'change', handler: (state: StageState) => void): () => void;
  };
}

export interface GameSoundDeps {
  readonly settings: () => Settings;
  readonly stage?: StageLike;
  /** Where the first gesture is heard (the window); null arms at once (tests). */
  readonly gestures: EventTarget | null;
  /** Makes the director; by default the real one (Howler, loaded on first use). */
  readonly createDirector?: (initial: Partial<AudioSettings>) => AudioDirector;
}

/** Our one volume slider is the director's master channel; mute is mute. */
export function audioSettingsFrom(settings: Settings): Partial<AudioSettings> {
  return { master: settings.volume, muted: settings.muted };
}

/** The ambience a stage state calls for: its venue while a scenario is played, else silence. */
export function ambienceFor(state: StageState): string | null {
  return state.mode === 'conversation' && isVenueId(state.venue) ? state.venue : null;
}

const GESTURES = ['pointerdown', 'keydown'] as const;

export function createGameSound(deps: GameSoundDeps): GameSound {
  const events = new TypedEmitter<AudioEventMap>();
  let director: AudioDirector | null = null;
  let disconnect: (() => void) | null = null;
  /**
   * Whether a line of the current conversation has been shown. The stage enters a scenario in its
   * default venue before the story's first line names the real one; waiting for that line spares a
   * download and a crossfade from a room the player never sees.
   */
  let started = false;
  let wanted: string | null = null;
  let disposed = false;
  const follow = (state: StageState | undefined) => {
    if (state && state.mode !== 'conversation') started = false;
    const next = started && state ? ambienceFor(state) : null;
    if (next === wanted) return;
    wanted = next;
    director?.setAmbience(next);
  };

  const arm = () => {
    if (director || disposed) return;
    for (const type of GESTURES) deps.gestures?.removeEventListener(type, arm, true);
    // Without Web Audio (old browsers, test DOMs) the game stays silent rather than half-working.
    if (!deps.createDirector && typeof globalThis.AudioContext === 'undefined') return;
    try {
      director = (deps.createDirector ?? createAudioDirector)(audioSettingsFrom(deps.settings()));
      disconnect = connectAudio(director, events, { cues: () => deps.settings().coachMode });
      director.setAmbience(wanted);
    } catch (e) {
      // The real director never throws; a broken one must not take the game down with it.
      console.warn('Mingle plays without sound:', e);
      director = null;
    }
  };

  if (deps.gestures) for (const type of GESTURES) deps.gestures.addEventListener(type, arm, true);
  else arm();

  const offStage = deps.stage?.events.on('change', follow);

  return {
    lineShown(line) {
      // The stage owns the venue (a scene tag reaches it too), so the ambience follows the stage;
      // only the line's sound is played from here.
      events.emit('lineShown', { sound: line.sound, scene: null });
      if (!started) {
        started = true;
        follow(deps.stage?.state);
      }
    },
    choiceScored(net) {
      events.emit('choiceScored', { net });
    },
    uiAction(kind) {
      events.emit('uiAction', { kind });
    },
    applySettings(settings) {
      if (!director) return;
      director.setVolume('master', settings.volume);
      director.mute(settings.muted);
    },
    get armed() {
      return director !== null;
    },
    dispose() {
      disposed = true;
      for (const type of GESTURES) deps.gestures?.removeEventListener(type, arm, true);
      offStage?.();
      disconnect?.();
      director?.dispose();
    },
  };
}

/** Which UI sound a pressed button makes: choices select, ways back go back, the rest confirm. */
export function soundForButton(button: Element): UiSoundKind {
  if (button.classList.contains('choice')) return 'select';
  if (button.matches('.leave, .back, [data-sound="back"]')) return 'back';
  return 'confirm';
}

/**
 * Gives every button in `root` its sounds: a soft tick when it gets focus or the pointer moves onto
 * it, and a press sound when activated. Returns the function that removes the listeners.
 */
export function bindUiSounds(root: HTMLElement, sound: GameSound): () => void {
  let lastHover: Element | null = null;
  let lastAt = 0;
  const hover = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button, [role="radio"]') : null;
    if (!button || button === lastHover) return;
    const now = Date.now();
    lastHover = button;
    // A quick sweep across a list should not rattle.
    if (now - lastAt < 70) return;
    lastAt = now;
    sound.uiAction('hover');
  };
  const press = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button || button.disabled) return;
    sound.uiAction(soundForButton(button));
  };
  const leave = (e: Event) => {
    if (e.target instanceof Element && e.target.closest('button') === lastHover) lastHover = null;
  };
  root.addEventListener('focusin', hover);
  root.addEventListener('mouseover', hover);
  root.addEventListener('focusout', leave);
  root.addEventListener('click', press);
  return () => {
    root.removeEventListener('focusin', hover);
    root.removeEventListener('mouseover', hover);
    root.removeEventListener('focusout', leave);
    root.removeEventListener('click', press);
  };
}
