/**
 * The art domain's public face. Pure (no Phaser, no DOM): ids, character looks, SVG drawing, and the
 * URLs of the generated files in assets/art/, which Vite fingerprints at build time. A cast id with no
 * generated file (a character added to a story after the last `npm run assets`) is drawn on the fly
 * into a data URL from the same generator, so it still has a stable look of its own.
 *
 * Build tools that run outside Vite (the story checks) import ./ids.ts directly: this file uses
 * `import.meta.glob`, which only Vite and Vitest understand.
 */
import { MOODS, type Mood } from '../story/types.ts';
import { renderCharacter } from './character.ts';
import { type VenueId } from './ids.ts';
import { characterLook, lookFileStem, lookKey } from './look.ts';

export * from './ids.ts';
export { MOODS, type Mood };
export { characterLook, hashId, KNOWN_LOOKS, lookKey, type CharacterLook } from './look.ts';
export { renderCharacter, type RenderOptions } from './character.ts';
export * from './stage.ts';

/**
 * Every generated SVG, as a URL. `no-inline` matters: without it Vite would inline the small
 * character files into the JavaScript bundle and the first screen would wait for all of them.
 */
const FILES = import.meta.glob<string>('/assets/art/**/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

export function venueUrl(id: VenueId): string {
  const url = FILES[`/assets/art/venues/${id}.svg`];
  if (url === undefined) throw new Error(`No art for venue "${id}": run npm run assets`);
  return url;
}

/** The URL of the generated file for this character and mood, or null when none was generated. */
export function characterFileUrl(id: string, mood: Mood, scenario?: string): string | null {
  const key = lookKey(id, scenario);
  if (key === null) return null;
  return FILES[`/assets/art/characters/${lookFileStem(key)}-${mood}.svg`] ?? null;
}

/**
 * A URL for this character in this mood: the generated file when there is one, otherwise the same
 * drawing made now, as a data URL (Phaser's loader and <img> both accept it).
 */
export function characterUrl(id: string, mood: Mood, scenario?: string): string {
  const file = characterFileUrl(id, mood, scenario);
  if (file !== null) return file;
  const svg = renderCharacter(characterLook(id, scenario), mood);
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/**
 * A stable texture key for one character in one mood. Two scenarios that give one id to two
 * different people get two keys, so their textures never overwrite each other.
 */
export function characterTextureKey(id: string, mood: Mood, scenario?: string): string {
  const key = lookKey(id, scenario);
  return `char:${key === null ? id : lookFileStem(key)}:${mood}`;
}

export function venueTextureKey(id: VenueId): string {
  return `venue:${id}`;
}

export interface CharacterTexture {
  readonly key: string;
  readonly mood: Mood;
  readonly url: string;
  /** True for the eyes-closed drawing used for idle blinks. */
  readonly blink: boolean;
}

/**
 * Every mood of one character, with key and URL: what a scene preloads when a cast member appears.
 * With `blink`, also an eyes-closed drawing of each mood (keys end in `:blink`), drawn on the fly as
 * data URLs, so blinking costs no download.
 */
export function characterTextures(
  id: string,
  scenario?: string,
  options: { blink?: boolean } = {},
): CharacterTexture[] {
  const open = MOODS.map((mood) => ({
    key: characterTextureKey(id, mood, scenario),
    mood,
    url: characterUrl(id, mood, scenario),
    blink: false,
  }));
  if (!options.blink) return open;
  // Drawn only when a URL is asked for: listing the keys (the stage does, for every cast member, while
  // the first lines play) must cost nothing.
  const closed = MOODS.map((mood) => {
    let url: string | null = null;
    return {
      key: `${characterTextureKey(id, mood, scenario)}:blink`,
      mood,
      get url(): string {
        url ??= `data:image/svg+xml;base64,${btoa(
          renderCharacter(characterLook(id, scenario), mood, { blink: true }),
        )}`;
        return url;
      },
      blink: true,
    };
  });
  return [...open, ...closed];
}
