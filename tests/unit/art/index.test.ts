/** The art domain's public face: URLs and texture keys the scene loads. */
import { describe, expect, it } from 'vitest';
import {
  characterTextureKey,
  characterTextures,
  characterUrl,
  MOODS,
  renderCharacter,
  characterLook,
  venueTextureKey,
  VENUE_IDS,
} from '../../../src/art/index.ts';

describe('characterUrl and characterTextures', () => {
  it('points a known cast member at the generated files', () => {
    expect(characterUrl('katrien', 'uneasy')).toMatch(
      /\/assets\/art\/characters\/katrien-uneasy\.svg/,
    );
  });

  it('draws an unknown cast member on the fly, as the generator would', () => {
    const url = characterUrl('a-new-face', 'annoyed');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString();
    expect(svg).toBe(renderCharacter(characterLook('a-new-face'), 'annoyed'));
  });

  it('gives five textures per person, ten with blinks, under keys that never collide', () => {
    const plain = characterTextures('jens', 'secretary-call');
    expect(plain.map((t) => t.mood)).toEqual([...MOODS]);
    const withBlink = characterTextures('sofie', 'coffee-one-on-one', { blink: true });
    expect(withBlink).toHaveLength(10);
    expect(
      withBlink
        .filter((t) => t.blink)
        .every((t) => t.key.endsWith(':blink') && t.url.startsWith('data:')),
    ).toBe(true);
    const keys = [...plain, ...withBlink].map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(characterTextureKey('sofie', 'neutral', 'coffee-one-on-one')).not.toBe(
      characterTextureKey('sofie', 'neutral', 'beyond-the-pitch'),
    );
    expect(new Set(VENUE_IDS.map(venueTextureKey)).size).toBe(VENUE_IDS.length);
  });
});
