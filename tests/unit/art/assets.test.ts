/**
 * Every id the game and the stories can name has its files, the files are what the generators make
 * today (so nobody edits an SVG by hand and loses it at the next `npm run assets`), and they stay small.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArt } from '../../../scripts/gen-assets.ts';
import {
  AUDIO_FILES,
  characterFileUrl,
  KNOWN_LOOKS,
  MOODS,
  SOUND_IDS,
  VENUE_IDS,
  venueUrl,
} from '../../../src/art/index.ts';
import { soundSources } from '../../../src/audio/index.ts';
import { lookFileStem } from '../../../src/art/look.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'assets');

describe('art files', () => {
  it('has a venue background for every VENUE_ID, and the app can resolve its URL', () => {
    for (const id of VENUE_IDS) {
      expect(existsSync(join(root, 'art', 'venues', `${id}.svg`)), id).toBe(true);
      expect(venueUrl(id)).toMatch(new RegExp(`${id}.*\\.svg`));
    }
  });

  it('has all five moods of every hand-picked character', () => {
    for (const key of Object.keys(KNOWN_LOOKS)) {
      for (const mood of MOODS) {
        const file = join(root, 'art', 'characters', `${lookFileStem(key)}-${mood}.svg`);
        expect(existsSync(file), file).toBe(true);
      }
    }
    expect(characterFileUrl('coffee-one-on-one', 'neutral')).toBeNull();
    expect(characterFileUrl('ruben', 'pleased', 'coffee-one-on-one')).toMatch(
      /coffee-one-on-one\.ruben-pleased/,
    );
  });

  describe('the committed SVGs are exactly what the generators write', () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

    it('generates the same bytes twice, and the same as in assets/', () => {
      const a = mkdtempSync(join(tmpdir(), 'art-a-'));
      const b = mkdtempSync(join(tmpdir(), 'art-b-'));
      dirs.push(a, b);
      const first = generateArt(a);
      const second = generateArt(b);
      expect(second).toEqual(first);
      for (const rel of first) {
        const path = rel.replace(/^art\//, '');
        const bytes = readFileSync(join(a, path), 'utf8');
        expect(readFileSync(join(b, path), 'utf8')).toBe(bytes);
        expect(
          readFileSync(join(root, rel), 'utf8'),
          `${rel} is stale: run npm run assets -- --art`,
        ).toBe(bytes);
      }
      // Nothing left over from a character or venue that no longer exists.
      const committed = ['venues', 'characters'].flatMap((d) =>
        readdirSync(join(root, 'art', d)).map((f) => `art/${d}/${f}`),
      );
      expect(committed.sort()).toEqual([...first].sort());
    });
  });

  it('stays light: every SVG is well-formed and the whole art set is under 400 KB', () => {
    let total = 0;
    for (const d of ['venues', 'characters']) {
      for (const f of readdirSync(join(root, 'art', d))) {
        const text = readFileSync(join(root, 'art', d, f), 'utf8');
        expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), f).toBe(true);
        expect(text.trimEnd().endsWith('</svg>'), f).toBe(true);
        expect(text, f).not.toMatch(/NaN|undefined|Infinity/);
        total += text.length;
      }
    }
    expect(total).toBeLessThan(400_000);
  });
});

describe('sound files', () => {
  it('has a WebM/Opus and an MP3 file for every sound, and the app resolves both', () => {
    for (const stem of AUDIO_FILES) {
      const webm = readFileSync(join(root, 'audio', `${stem}.webm`));
      const mp3 = readFileSync(join(root, 'audio', `${stem}.mp3`));
      // EBML magic for WebM; an MPEG frame sync (or an ID3 tag) for MP3.
      expect(webm.subarray(0, 4).toString('hex'), stem).toBe('1a45dfa3');
      expect(webm.includes(Buffer.from('A_OPUS')), `${stem} is Opus`).toBe(true);
      expect(
        mp3.subarray(0, 3).toString() === 'ID3' ||
          (mp3[0] === 0xff && ((mp3[1] ?? 0) & 0xe0) === 0xe0),
        stem,
      ).toBe(true);
      const urls = soundSources(stem);
      expect(urls.map((u) => /\.(webm|mp3)(\?|$)/.exec(u)?.[1])).toEqual(['webm', 'mp3']);
    }
    for (const id of SOUND_IDS) expect(AUDIO_FILES).toContain(id);
  });

  it('keeps ambience loops under 60 KB and UI sounds under 10 KB per file', () => {
    for (const stem of AUDIO_FILES) {
      for (const ext of ['webm', 'mp3']) {
        const size = statSync(join(root, 'audio', `${stem}.${ext}`)).size;
        const limit = stem.startsWith('amb-') ? 60_000 : stem.startsWith('ui-') ? 10_000 : 40_000;
        expect(size, `${stem}.${ext}`).toBeLessThan(limit);
      }
    }
  });
});
