/**
 * The ids stories may name in `scene:` and `sound:` tags, and the ids of the game's own sounds.
 * Pure constants with no imports, so build tools (the story checks) can read them in Node without
 * pulling in Vite-only asset URLs. Every id here has files in `assets/` (a unit test holds us to it).
 */

/** Venues a story can move to with `# scene: id`; each is a background in assets/art/venues/. */
export const VENUE_IDS = ['reception', 'garden', 'office', 'cafe', 'breakfast-room'] as const;
export type VenueId = (typeof VENUE_IDS)[number];

/** Sounds a story can play with `# sound: id`. */
export const SOUND_IDS = ['phone-ring', 'message', 'glasses', 'door', 'applause'] as const;
export type SoundId = (typeof SOUND_IDS)[number];

/** Sounds of the interface itself; the UI names them by kind, never by file. */
export const UI_SOUND_KINDS = ['hover', 'select', 'confirm', 'back'] as const;
export type UiSoundKind = (typeof UI_SOUND_KINDS)[number];

/** Coach-mode cues after a scored choice: a soft chime for a good move, a soft low tone for a poor one. */
export const CUE_IDS = ['cue-positive', 'cue-negative'] as const;
export type CueId = (typeof CUE_IDS)[number];

/** The file stem of a UI sound (assets/audio/ui-hover.webm, ...). */
export function uiSoundFile(kind: UiSoundKind): `ui-${UiSoundKind}` {
  return `ui-${kind}`;
}

/** The file stem of a venue's ambience loop (assets/audio/amb-reception.webm, ...). */
export function ambienceFile(venue: VenueId): `amb-${VenueId}` {
  return `amb-${venue}`;
}

/** Every one-shot sound file stem: story sounds, UI sounds and cues. */
export const ONE_SHOT_FILES: readonly string[] = [
  ...SOUND_IDS,
  ...UI_SOUND_KINDS.map(uiSoundFile),
  ...CUE_IDS,
];

/** Every audio file stem, one-shots and ambience loops; each exists as .webm (Opus) and .mp3. */
export const AUDIO_FILES: readonly string[] = [...ONE_SHOT_FILES, ...VENUE_IDS.map(ambienceFile)];

export function isVenueId(id: string): id is VenueId {
  return (VENUE_IDS as readonly string[]).includes(id);
}

export function isSoundId(id: string): id is SoundId {
  return (SOUND_IDS as readonly string[]).includes(id);
}
