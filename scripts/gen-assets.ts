/**
 * Generates every art and sound asset of the game into assets/: `npm run assets`.
 * Output is deterministic (seeded randomness, rounded numbers), so regenerating without changing a
 * generator leaves git clean. Sound needs ffmpeg; `npm run assets -- --art` skips it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCharacter } from '../src/art/character.ts';
import { KNOWN_LOOKS, lookFileStem } from '../src/art/look.ts';
import { VENUE_IDS } from '../src/art/ids.ts';
import { MOODS } from '../src/story/types.ts';
import { VENUES } from './art/venues/index.ts';

const root = join(import.meta.dirname, '..', 'assets');

/** Writes every SVG and returns their paths (relative to assets/). */
export function generateArt(dir = join(root, 'art')): string[] {
  const written: string[] = [];
  mkdirSync(join(dir, 'venues'), { recursive: true });
  mkdirSync(join(dir, 'characters'), { recursive: true });
  for (const id of VENUE_IDS) {
    writeFileSync(join(dir, 'venues', `${id}.svg`), VENUES[id]());
    written.push(`art/venues/${id}.svg`);
  }
  for (const [key, look] of Object.entries(KNOWN_LOOKS)) {
    for (const mood of MOODS) {
      const file = `${lookFileStem(key)}-${mood}.svg`;
      writeFileSync(join(dir, 'characters', file), renderCharacter(look, mood) + '\n');
      written.push(`art/characters/${file}`);
    }
  }
  return written;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const art = generateArt();
  console.log(`art: ${art.length} files`);
}
