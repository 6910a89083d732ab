/**
 * Colours for the placeholder venues: each venue a wall, a floor, an accent and a light. The real
 * venue art (assets/art/venues) replaces these drawings later; the ids are the story's `scene:` ids.
 */
export interface VenuePalette {
  readonly wallTop: number;
  readonly wallBottom: number;
  readonly floor: number;
  readonly accent: number;
  readonly light: number;
  readonly crowd: number;
}

export const VENUES: Readonly<Record<string, VenuePalette>> = {
  reception: {
    wallTop: 0x3b2a3f,
    wallBottom: 0x6b3f3a,
    floor: 0x2a1f26,
    accent: 0xc98b4a,
    light: 0xffd58a,
    crowd: 0x1f1520,
  },
  office: {
    wallTop: 0xc9d3dc,
    wallBottom: 0xe6ebef,
    floor: 0x7d8791,
    accent: 0x3f6e8c,
    light: 0xffffff,
    crowd: 0x5a6670,
  },
  cafe: {
    wallTop: 0x6f4a36,
    wallBottom: 0xb8875e,
    floor: 0x4a3226,
    accent: 0x2f5d50,
    light: 0xffe2a8,
    crowd: 0x3a271d,
  },
  'breakfast-room': {
    wallTop: 0xf1e3c4,
    wallBottom: 0xfbf3e2,
    floor: 0xb99a74,
    accent: 0x8fae8b,
    light: 0xfff6dc,
    crowd: 0x9c8566,
  },
};

export function paletteFor(venue: string): VenuePalette {
  return VENUES[venue] ?? (VENUES.reception as VenuePalette);
}

/** '#a1b2c3' → 0xa1b2c3, for colours that come from the art's CSS-style looks. */
export function hexColor(css: string): number {
  const n = parseInt(css.replace('#', ''), 16);
  return Number.isFinite(n) ? n : 0x888888;
}
