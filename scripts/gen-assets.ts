/**
 * Generates every art and sound asset of the game into assets/: `npm run assets`.
 * Output is deterministic (seeded randomness, rounded numbers), so regenerating without changing a
 * generator leaves git clean. Sound needs ffmpeg; `npm run assets -- --art` skips it, and
 * `npm run assets -- --sound [id ...]` makes only the sound (or only the named sounds).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCharacter } from '../src/art/character.ts';
import { KNOWN_LOOKS, lookFileStem } from '../src/art/look.ts';
import { VENUE_IDS } from '../src/art/ids.ts';
import { MOODS } from '../src/story/types.ts';
import { VENUES } from './art/venues/index.ts';
import { generateSound } from './sound/encode.ts';

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
  const args = process.argv.slice(2);
  if (!args.includes('--sound')) {
    const art = generateArt();
    console.log(`art: ${art.length} files`);
  }
  if (!args.includes('--art')) {
    // `--sound id id ...` regenerates only the named sounds.
    const named = args.filter((a) => !a.startsWith('--'));
    const dir = join(root, 'audio');
    mkdirSync(dir, { recursive: true });
    const reports = generateSound(dir, named.length ? new Set(named) : undefined);
    for (const r of reports) {
      const seam = r.seam === null ? '' : `  seam ${r.seam.toFixed(2)}`;
      console.log(
        `${r.id.padEnd(20)} ${r.seconds.toFixed(2).padStart(6)} s  rms ${r.rmsDb.toFixed(1).padStart(6)} dB  peak ${r.peakDb.toFixed(1).padStart(5)} dB  webm ${String(r.webmBytes).padStart(6)}  mp3 ${String(r.mp3Bytes).padStart(6)}${seam}`,
      );
    }
  }
}
