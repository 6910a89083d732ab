/**
 * The audio domain's public face: the AudioDirector (the only code that touches Howler, loaded on
 * first use), connectAudio (sound follows game events), and the ids sounds are named by.
 * Importing this module has no side effects: no AudioContext, no network request.
 */
export {
  createAudioDirector,
  DEFAULT_AUDIO_SETTINGS,
  type AudioDeps,
  type AudioDirector,
  type AudioEngine,
  type AudioSettings,
  type HowlConstructor,
  type HowlLike,
  type HowlOptionsLike,
  type VolumeChannel,
} from './director.ts';
export {
  connectAudio,
  type AudioEventMap,
  type AudioEventSource,
  type ConnectOptions,
} from './connect.ts';
export { soundSources } from './sources.ts';
export {
  AUDIO_FILES,
  CUE_IDS,
  ONE_SHOT_FILES,
  SOUND_IDS,
  UI_SOUND_KINDS,
  VENUE_IDS,
  isSoundId,
  type SoundId,
  type UiSoundKind,
  type VenueId,
} from '../art/ids.ts';
