/**
 * What a character looks like, as data: skin, hair, clothes and a few accessories. The drawing code
 * (character.ts) turns a look and a mood into SVG. Looks are keyed by the story's cast id: the ids
 * we know get a hand-picked look that fits the role text; any other id gets a look derived from a hash
 * of the id, so a character added to a story tomorrow is drawn the same way on every run and every
 * machine, and two different ids almost never look alike.
 */

export const HAIR_STYLES = [
  'short',
  'side-part',
  'buzz',
  'curly',
  'bob',
  'long',
  'bun',
  'ponytail',
  'receding',
  'afro',
] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];

export const OUTFITS = [
  'blazer',
  'shirt',
  'dress',
  'cardigan',
  'turtleneck',
  'polo',
  'apron',
] as const;
export type Outfit = (typeof OUTFITS)[number];

export const BEARDS = ['none', 'stubble', 'short', 'moustache'] as const;
export type Beard = (typeof BEARDS)[number];

export type FaceShape = 'oval' | 'round' | 'long';
export type Build = 'narrow' | 'medium' | 'broad';

export interface CharacterLook {
  readonly skin: string;
  readonly hair: HairStyle;
  readonly hairColor: string;
  readonly outfit: Outfit;
  /** The main garment (the blazer, the cardigan, the dress...). */
  readonly outfitColor: string;
  /** What shows underneath: the shirt under a blazer, the top under a cardigan. */
  readonly innerColor: string;
  readonly face: FaceShape;
  readonly build: Build;
  readonly beard: Beard;
  readonly glasses: boolean;
  readonly earrings: boolean;
  /** A conference lanyard with a name badge; its strap colour. */
  readonly lanyard: string | null;
  /** Adds a few lines at the eyes and cheeks. */
  readonly mature: boolean;
}

/** Skin tones, light to deep, chosen to sit well on the warm venue palettes. */
export const SKIN_TONES = [
  '#f7d7c1',
  '#efc3a4',
  '#e0a985',
  '#c98d66',
  '#a8704c',
  '#87573a',
  '#633f2b',
] as const;

export const HAIR_COLORS = [
  '#2b2426', // black
  '#47302a', // dark brown
  '#6e4631', // chestnut
  '#9a5634', // auburn
  '#c99a5b', // dark blonde
  '#e2c185', // blonde
  '#8f8a86', // grey
  '#cfcac4', // silver
] as const;

/** Business-casual garment colours: muted, warm, readable against every venue. */
export const GARMENT_COLORS = [
  '#2f4a6d', // navy
  '#3d4250', // charcoal
  '#2f7872', // teal
  '#8c3b4c', // burgundy
  '#cf9436', // mustard
  '#6f7a45', // olive
  '#c0654a', // terracotta
  '#a9825a', // camel
  '#5f84ad', // dusty blue
  '#674a78', // plum
] as const;

export const SHIRT_COLORS = ['#f6f3ee', '#dbe7f1', '#f3ddd6', '#efe6d2', '#e3ece2'] as const;

export const LANYARD_COLORS = ['#e0643c', '#2f8f87', '#3f63b5', '#d9a329'] as const;

const BASE: CharacterLook = {
  skin: '#e0a985',
  hair: 'short',
  hairColor: '#47302a',
  outfit: 'blazer',
  outfitColor: '#2f4a6d',
  innerColor: '#f6f3ee',
  face: 'oval',
  build: 'medium',
  beard: 'none',
  glasses: false,
  earrings: false,
  lanyard: null,
  mature: false,
};

function look(parts: Partial<CharacterLook>): CharacterLook {
  return { ...BASE, ...parts };
}

/** Sofie appears in two scenarios, once with a club name badge and once without. */
const SOFIE = look({
  skin: '#efc3a4',
  hair: 'ponytail',
  hairColor: '#9a5634',
  outfit: 'cardigan',
  outfitColor: '#6f7a45',
  innerColor: '#efe6d2',
  build: 'narrow',
  lanyard: '#2f8f87',
});

/**
 * Hand-picked looks for the cast of our scenarios, matched to the role text in each story's
 * `# cast:` tags, and chosen so the people in one scene never share a colour or a silhouette.
 * A key is a cast id, or `scenario/id` when two scenarios use one id for two different people.
 * A new cast member needs no entry (the hash gives it a look), but a hand-picked one reads better.
 */
export const KNOWN_LOOKS: Readonly<Record<string, CharacterLook>> = {
  // hard-seller
  // Kurt Mertens: sells electric company-car leases; warm, loud, sure his method works.
  kurt: look({
    hair: 'side-part',
    outfitColor: '#2f4a6d',
    innerColor: '#dbe7f1',
    face: 'round',
    build: 'broad',
    beard: 'stubble',
    lanyard: '#e0643c',
  }),
  // Els Wouters: architect, three months on her own; dry, observant, allergic to pitches.
  els: look({
    skin: '#f7d7c1',
    hair: 'bob',
    hairColor: '#2b2426',
    outfit: 'turtleneck',
    outfitColor: '#2f7872',
    build: 'narrow',
    glasses: true,
    earrings: true,
    lanyard: '#3f63b5',
  }),
  // Johan Goossens: runs the family building firm; club member for twenty years, unhurried.
  johan: look({
    skin: '#efc3a4',
    hair: 'receding',
    hairColor: '#cfcac4',
    outfitColor: '#a9825a',
    innerColor: '#efe6d2',
    build: 'broad',
    beard: 'short',
    mature: true,
  }),

  // beyond-the-pitch
  // Hilde Vermeulen: notary and chair of the breakfast club; warm, punctual, merciless with the timer.
  hilde: look({
    skin: '#efc3a4',
    hair: 'bun',
    hairColor: '#8f8a86',
    outfitColor: '#8c3b4c',
    build: 'narrow',
    glasses: true,
    earrings: true,
    mature: true,
  }),
  // Wim De Smet: insurance broker; cheerful, quick, collects business cards like stamps.
  wim: look({
    skin: '#f7d7c1',
    hair: 'short',
    hairColor: '#c99a5b',
    outfit: 'shirt',
    outfitColor: '#5f84ad',
    face: 'round',
    lanyard: '#e0643c',
  }),
  // Sofie Maes: runs a bicycle shop in Mechelen; quiet, practical, dry humour.
  sofie: SOFIE,
  // Bram Jacobs: joiner, one year on his own; eager, nervous in front of a room.
  bram: look({
    skin: '#a8704c',
    hair: 'curly',
    hairColor: '#2b2426',
    outfit: 'polo',
    outfitColor: '#c0654a',
    face: 'long',
    lanyard: '#2f8f87',
  }),

  // not-ready-to-buy
  // Lieve Desmet: operations director at a cold-storage warehouse; warm, blunt, allergic to sales talk.
  lieve: look({
    skin: '#c98d66',
    hair: 'long',
    hairColor: '#6e4631',
    outfitColor: '#2f7872',
    build: 'narrow',
    earrings: true,
  }),
  // Bart Claeys (also in secretary-call and the-introduction): your sales manager; jovial, generous, very aware of the year-end target.
  'bart-claeys': look({
    hair: 'short',
    hairColor: '#47302a',
    outfit: 'shirt',
    outfitColor: '#8fa9c4',
    face: 'round',
    build: 'broad',
    beard: 'short',
    mature: true,
  }),
  // Yasmina Bouzid: runs a home-care organisation with eighty carers; brisk, practical.
  yasmina: look({
    skin: '#87573a',
    hair: 'bun',
    hairColor: '#2b2426',
    outfitColor: '#674a78',
    innerColor: '#f3ddd6',
    earrings: true,
  }),

  // secretary-call
  // Katrien Wuyts: management assistant, twelve years in the firm; efficient, dry, misses nothing.
  katrien: look({
    skin: '#efc3a4',
    hair: 'bob',
    hairColor: '#8f8a86',
    outfit: 'cardigan',
    outfitColor: '#8c3b4c',
    innerColor: '#efe6d2',
    build: 'narrow',
    glasses: true,
    lanyard: '#3f63b5',
    mature: true,
  }),
  // Jens Vermeiren: sales rep who books first meetings with new clients; cheerful, impatient.
  jens: look({
    skin: '#f7d7c1',
    hair: 'side-part',
    hairColor: '#e2c185',
    outfitColor: '#5f84ad',
    face: 'long',
    build: 'narrow',
  }),
  // Nadia Bogaert: assistant at an insurance broker; polite, working down a call list.
  nadia: look({
    skin: '#c98d66',
    hair: 'long',
    hairColor: '#47302a',
    outfit: 'cardigan',
    outfitColor: '#2f7872',
    innerColor: '#f6f3ee',
    build: 'narrow',
    glasses: true,
  }),
  // Geert Dierckx: sales director; friendly, thinks in spreadsheets.
  geert: look({
    skin: '#633f2b',
    hair: 'buzz',
    hairColor: '#2b2426',
    outfitColor: '#2f4a6d',
    innerColor: '#dbe7f1',
    glasses: true,
    beard: 'moustache',
    mature: true,
  }),
  // Marleen Peeters: runs a family bakery chain in Limburg; warm, direct, allergic to sales talk.
  marleen: look({
    skin: '#f7d7c1',
    hair: 'curly',
    hairColor: '#9a5634',
    outfit: 'dress',
    outfitColor: '#cf9436',
    face: 'round',
    earrings: true,
    mature: true,
  }),

  // coffee-one-on-one
  // Ruben Aerts: barista at Café De Zwaan; chatty, knows every regular's order by heart. Filed under
  // the scenario, as he only ever appears behind that counter.
  'coffee-one-on-one/ruben': look({
    skin: '#c98d66',
    hair: 'short',
    hairColor: '#2b2426',
    outfit: 'apron',
    outfitColor: '#5a3d33',
    innerColor: '#f6f3ee',
    build: 'broad',
    beard: 'short',
  }),
  // Sofie Maes again, over coffee rather than at the club breakfast: the same person, no name badge.
  'coffee-one-on-one/sofie': { ...SOFIE, lanyard: null },

  // the-referral (Niels is only ever heard on the phone, so he needs no look)
  // Thomas Verlinden: eight months into his own recruitment agency; funny, quick, a little too eager.
  thomas: look({
    skin: '#efc3a4',
    hair: 'short',
    hairColor: '#6e4631',
    outfitColor: '#3b6e8f',
    innerColor: '#ffffff',
    beard: 'stubble',
    lanyard: '#e0643c',
  }),
  // Karolien Verbist: managing director of a kitchen maker, your client for eleven years; precise,
  // loyal, hates surprises. A linen summer jacket at the garden drink.
  karolien: look({
    skin: '#f7d7c1',
    hair: 'bob',
    hairColor: '#cfcac4',
    outfitColor: '#cdbb95',
    innerColor: '#2f4a6d',
    glasses: true,
    earrings: true,
    mature: true,
  }),
};

/** FNV-1a: a small, well-spread string hash, identical on every platform. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded generator, so a look (or a venue) is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Hair styles that read as long or gathered; a beard is not drawn with these (it rarely fits). */
const LONG_STYLES: readonly HairStyle[] = ['bob', 'long', 'bun', 'ponytail'];

/** A look derived from the id alone: deterministic, and varied along every axis. */
export function hashedLook(id: string): CharacterLook {
  const rand = seededRandom(hashId(id));
  const mature = rand() < 0.3;
  const hair = pick(rand, HAIR_STYLES);
  const hairColor = mature
    ? pick(rand, ['#8f8a86', '#cfcac4', '#47302a'])
    : pick(rand, HAIR_COLORS.slice(0, 6));
  const outfit = pick(rand, OUTFITS);
  const outfitColor = pick(rand, GARMENT_COLORS);
  const innerColor = pick(rand, SHIRT_COLORS);
  const long = LONG_STYLES.includes(hair);
  const beardRoll = rand();
  const beard: Beard = long
    ? 'none'
    : beardRoll < 0.55
      ? 'none'
      : pick(rand, ['stubble', 'short', 'moustache']);
  return {
    skin: pick(rand, SKIN_TONES),
    hair,
    hairColor,
    outfit,
    outfitColor,
    innerColor,
    face: pick(rand, ['oval', 'round', 'long'] as const),
    build: pick(rand, ['narrow', 'medium', 'broad'] as const),
    beard,
    glasses: rand() < 0.3,
    earrings: long && rand() < 0.6,
    lanyard: rand() < 0.35 ? pick(rand, LANYARD_COLORS) : null,
    mature,
  };
}

/**
 * The key a cast member's look is filed under: `scenario/id` when that scenario has its own person
 * behind a shared id, the bare id when we know it, and null when the look comes from the hash.
 */
export function lookKey(id: string, scenario?: string): string | null {
  if (scenario !== undefined && Object.hasOwn(KNOWN_LOOKS, `${scenario}/${id}`))
    return `${scenario}/${id}`;
  return Object.hasOwn(KNOWN_LOOKS, id) ? id : null;
}

/** The file stem of a filed look: `coffee-one-on-one/sofie` is drawn to `coffee-one-on-one.sofie-<mood>.svg`. */
export function lookFileStem(key: string): string {
  return key.replace('/', '.');
}

/** The look of a cast member: hand-picked when we know the id, derived from the id otherwise. */
export function characterLook(id: string, scenario?: string): CharacterLook {
  const key = lookKey(id, scenario);
  return key === null ? hashedLook(id) : (KNOWN_LOOKS[key] as CharacterLook);
}
