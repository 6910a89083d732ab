/** Character looks: stable per id, distinct between ids, and drawable in every combination. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCharacter } from '../../../src/art/character.ts';
import {
  BEARDS,
  characterLook,
  HAIR_STYLES,
  hashedLook,
  KNOWN_LOOKS,
  lookKey,
  OUTFITS,
  type CharacterLook,
} from '../../../src/art/look.ts';
import { MOODS } from '../../../src/story/types.ts';

const same = (a: CharacterLook, b: CharacterLook): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

describe('characterLook', () => {
  it('gives the same look for the same id, every time', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (id) => {
        expect(characterLook(id)).toEqual(characterLook(id));
      }),
    );
  });

  it('gives different ids different looks', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `guest-${i}`).concat([
      'anna',
      'anne',
      'ann',
      'jan',
      'jana',
      'jo',
    ]);
    const looks = ids.map((id) => hashedLook(id));
    let clashes = 0;
    for (let i = 0; i < looks.length; i++)
      for (let j = i + 1; j < looks.length; j++)
        if (same(looks[i] as CharacterLook, looks[j] as CharacterLook)) clashes++;
    expect(clashes).toBe(0);
  });

  it('uses the hand-picked look for a known id, and a scenario override when there is one', () => {
    expect(characterLook('kurt')).toBe(KNOWN_LOOKS['kurt']);
    expect(lookKey('ruben', 'coffee-one-on-one')).toBe('coffee-one-on-one/ruben');
    expect(lookKey('sofie', 'coffee-one-on-one')).toBe('coffee-one-on-one/sofie');
    expect(lookKey('sofie', 'beyond-the-pitch')).toBe('sofie');
    expect(lookKey('jens', 'secretary-call')).toBe('jens');
    expect(lookKey('nobody-we-know')).toBeNull();
    expect(same(characterLook('ruben', 'coffee-one-on-one'), characterLook('ruben'))).toBe(false);
  });

  it('tells apart the cast of every story (no two people in one scenario share hair and clothes)', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'stories');
    for (const lang of readdirSync(dir)) {
      for (const file of readdirSync(join(dir, lang)).filter(
        (f) => f.endsWith('.ink') && !f.startsWith('_'),
      )) {
        const scenario = file.replace(/\.ink$/, '');
        const ids = [
          ...readFileSync(join(dir, lang, file), 'utf8').matchAll(/^# cast:\s*([a-z0-9-]+)/gm),
        ].map((m) => m[1] ?? '');
        const looks = ids.map((id) => characterLook(id, scenario));
        const signatures = looks.map(
          (l) => `${l.hair}/${l.hairColor}/${l.outfit}/${l.outfitColor}`,
        );
        expect(new Set(signatures).size, `${lang}/${file}`).toBe(ids.length);
      }
    }
  });
});

describe('renderCharacter', () => {
  const look = fc.record({
    skin: fc.constantFrom('#f7d7c1', '#633f2b'),
    hair: fc.constantFrom(...HAIR_STYLES),
    hairColor: fc.constantFrom('#2b2426', '#cfcac4'),
    outfit: fc.constantFrom(...OUTFITS),
    outfitColor: fc.constantFrom('#2f4a6d', '#cf9436'),
    innerColor: fc.constant('#f6f3ee'),
    face: fc.constantFrom('oval' as const, 'round' as const, 'long' as const),
    build: fc.constantFrom('narrow' as const, 'medium' as const, 'broad' as const),
    beard: fc.constantFrom(...BEARDS),
    glasses: fc.boolean(),
    earrings: fc.boolean(),
    lanyard: fc.constantFrom(null, '#e0643c'),
    mature: fc.boolean(),
  });

  it('draws every combination of parts as a complete SVG with finite numbers', () => {
    fc.assert(
      fc.property(look, fc.constantFrom(...MOODS), (l, mood) => {
        const svg = renderCharacter(l, mood);
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg.endsWith('</svg>')).toBe(true);
        expect(svg).not.toMatch(/NaN|undefined|Infinity/);
        expect(svg.split('<path').length).toBeGreaterThan(8);
      }),
    );
  });

  it('changes the face, and only the face, between moods', () => {
    const l = characterLook('kurt');
    const drawings = MOODS.map((m) => renderCharacter(l, m));
    expect(new Set(drawings).size).toBe(MOODS.length);
    // Clothes are drawn before the head group; they must not change with the mood.
    const clothes = drawings.map((d) => d.slice(0, d.lastIndexOf('<g transform="rotate(')));
    const withoutTilt = clothes.map((c) => c.replace(/rotate\([^)]*\)/g, ''));
    expect(new Set(withoutTilt).size).toBe(1);
  });
});

describe('blink drawings', () => {
  it('close the eyes and change nothing else; pleased eyes are already shut', () => {
    const l = characterLook('katrien');
    for (const mood of MOODS) {
      const open = renderCharacter(l, mood);
      const closed = renderCharacter(l, mood, { blink: true });
      if (mood === 'pleased') {
        expect(closed).toBe(open);
        continue;
      }
      expect(closed, mood).not.toBe(open);
      expect(closed.match(/<ellipse fill="#33232b"/g), mood).toBeNull();
      expect(open.match(/<ellipse fill="#33232b"/g)?.length, mood).toBe(2);
      // Clothes and hair are the same drawing.
      const cut = (svg: string): string => svg.slice(0, svg.lastIndexOf('<g transform="rotate('));
      expect(cut(closed)).toBe(cut(open));
    }
  });
});
