/**
 * Lets sound follow the game without the rules knowing sound exists: the game emits plain events
 * (a line was shown, a choice was scored, the player did something in the UI) and this function
 * subscribes the AudioDirector to them. Any emitter with a typed `on` that returns an unsubscribe
 * function fits, e.g. `TypedEmitter<AudioEventMap>` from src/events.
 */
import type { UiSoundKind } from '../art/ids.ts';
import type { AudioDirector } from './director.ts';

export interface AudioEventMap {
  /** A line of the story appeared: its `sound:` tag and its `scene:` tag (a venue id), if any. */
  lineShown: { readonly sound: string | null; readonly scene: string | null };
  /** A scored choice was made: the sum of its tip effects. */
  choiceScored: { readonly net: number };
  /** The player hovered, selected, confirmed or went back in the interface. */
  uiAction: { readonly kind: UiSoundKind };
}

export interface AudioEventSource {
  on<K extends keyof AudioEventMap>(
    type: K,
    handler: (payload: AudioEventMap[K]) => void,
  ): () => void;
}

export interface ConnectOptions {
  /**
   * Whether coach cues play; asked at each scored choice, so a settings change applies at once.
   * Pass `() => settings.coachMode`: in real mode feedback waits for the debrief, sound included.
   */
  readonly cues?: () => boolean;
}

/** Subscribes the director to the events; returns a function that unsubscribes all of them. */
export function connectAudio(
  director: AudioDirector,
  events: AudioEventSource,
  options: ConnectOptions = {},
): () => void {
  const cues = options.cues ?? (() => true);
  const offs = [
    events.on('lineShown', ({ sound, scene }) => {
      if (scene !== null) director.setAmbience(scene);
      if (sound !== null) director.play(sound);
    }),
    events.on('choiceScored', ({ net }) => {
      if (net === 0 || !cues()) return;
      director.cue(net > 0 ? 'positive' : 'negative');
    }),
    events.on('uiAction', ({ kind }) => director.ui(kind)),
  ];
  return () => offs.forEach((off) => off());
}
