/**
 * The rubric: a closed list of networking acts, each with the effect it may have on each tip (its
 * band) and why. Every choice names its act (`# act: promise`); the story checks refuse an effect
 * outside the act's band, so the same act scores the same way in every scenario. Context can move a
 * band only through a documented modifier (`# timing: late`). The reasoning for every band is in
 * docs/rubric.md; a unit test keeps that document and this table in step.
 */
import type { TipEffects, TipId } from './types.ts';

/** The lowest and highest effect an act may have on one tip; [0, 0] means the act never moves it. */
export type Band = readonly [min: number, max: number];
export type Bands = Readonly<Record<TipId, Band>>;

export interface ActDefinition {
  readonly id: string;
  /** One line a facilitator can read out: what the act is, and what it does to the tips. */
  readonly line: string;
  readonly bands: Bands;
}

type Partial5 = Partial<Record<TipId, Band>>;
const ZERO: Band = [0, 0];
const bands = (b: Partial5): Bands => ({
  1: b[1] ?? ZERO,
  2: b[2] ?? ZERO,
  3: b[3] ?? ZERO,
  4: b[4] ?? ZERO,
  5: b[5] ?? ZERO,
});

const act = (id: string, line: string, b: Partial5): ActDefinition => ({
  id,
  line,
  bands: bands(b),
});

/** The acts, in the order docs/rubric.md lists them. */
export const ACTS: readonly ActDefinition[] = [
  // Meeting people at the event
  act(
    'mingle',
    'Join people with nothing to get from them: that is what an event is for (tip 1).',
    {
      1: [0, 2],
      2: [-1, 1],
    },
  ),
  act(
    'small-talk',
    'Light, friendly talk: it opens a door (tip 1) but stays on the surface (tip 2).',
    {
      1: [0, 1],
      2: [-1, 1],
      5: [0, 1],
    },
  ),
  act('open-question', 'An open question about the person: the way past the pitch (tip 2).', {
    1: [0, 1],
    2: [1, 3],
    4: [0, 1],
    5: [0, 1],
  }),
  act(
    'follow-thread',
    'Listen and follow their thread: depth with one person (tip 2), at the price of meeting fewer (tip 1).',
    { 1: [-1, 1], 2: [1, 3], 4: [0, 2], 5: [0, 1] },
  ),
  act(
    'say-what-you-do',
    'Say what you do, as a story or when asked, and stop: people should know you and your business, without a sale.',
    { 1: [-1, 2], 2: [-1, 1], 5: [0, 1] },
  ),
  act(
    'self-disclose',
    'Talk about yourself: it can make you a person (tip 2), but it takes the room that asking how to help needs (tip 4).',
    { 1: [0, 1], 2: [-1, 1], 4: [-2, 0], 5: [-1, 1] },
  ),
  act(
    'pitch',
    'Present your offer (pitch, quote, discount, demo, brochure): selling at a meeting, never a tip gained.',
    { 1: [-3, 0], 2: [-2, 0], 4: [-2, 0], 5: [-3, 0] },
  ),
  act(
    'qualify',
    'Sales-discovery questions (staff count, current provider, budget): a question, but about your sale.',
    { 1: [-3, -1], 2: [-1, 0], 3: [-2, 0], 4: [-2, 0], 5: [-2, 0] },
  ),
  act(
    'target',
    'Sort people by what you can sell them: they become leads before they are people.',
    { 1: [-3, -1], 2: [-1, 0], 3: [-2, 0], 5: [-2, 0] },
  ),
  act(
    'work-the-room',
    'Many quick contacts: you meet a lot of people (tip 1) and get to know none (tip 2).',
    { 1: [-1, 1], 2: [-3, -1], 5: [-1, 0] },
  ),
  act(
    'swap-cards',
    'Swap cards or contact details: a start, but stopping there is what tip 2 warns against.',
    { 1: [-1, 1], 2: [-2, 0], 5: [-1, 1] },
  ),
  act(
    'hear-out',
    "Let someone's pitch run: kind and patient (tip 5), but the conversation stays a pitch (tip 2).",
    { 1: [-1, 1], 2: [-2, 0], 5: [0, 1] },
  ),
  act(
    'deflect',
    'Defuse a pitch lightly, or name the game: stops the selling (tip 1) without a lesson.',
    { 1: [0, 2], 2: [-1, 1], 5: [-1, 1] },
  ),
  act(
    'decline',
    'Say no, set a boundary, protect a conversation: honest, but a closed door can cost the long game.',
    { 1: [-1, 1], 2: [-1, 1], 3: [-1, 1], 4: [-1, 0], 5: [-2, 1] },
  ),
  act(
    'exit',
    'Leave a conversation or move on: you meet more people (tip 1) and go less deep (tip 2).',
    { 1: [0, 2], 2: [-2, 0], 5: [-1, 1] },
  ),
  act(
    'advise',
    'Unasked advice, a lesson, a solution before they finish: the message may be right, the listening is gone.',
    { 1: [-1, 1], 2: [-2, 0], 4: [-2, 1], 5: [-1, 1] },
  ),
  act(
    'candour',
    'Say honestly what you think or what happened, when it is asked for or owed: it builds credibility.',
    { 1: [-1, 2], 2: [-1, 2], 3: [-1, 1], 4: [0, 1], 5: [-1, 2] },
  ),
  act(
    'smooth-over',
    'Tell people what they want to hear (a vague report, a white lie, a yes to get rid of someone): easy now, costly later.',
    { 1: [-2, 1], 2: [-1, 0], 3: [-2, 0], 5: [-3, 0] },
  ),
  // Helping
  act('ask-how-to-help', 'Ask how you can help them: tip 4 itself, and where trust starts.', {
    1: [0, 1],
    2: [0, 2],
    3: [0, 1],
    4: [1, 3],
    5: [0, 2],
  }),
  act(
    'offer-help',
    'Offer a specific help nobody asked for: generous, but a guess about what helps, sometimes with a hook.',
    { 1: [-1, 1], 2: [0, 1], 4: [-1, 2], 5: [-1, 2] },
  ),
  act(
    'ask-referral',
    'Ask for a lead, an introduction or a favour: taking before giving, unless they asked how to help.',
    { 1: [-2, 1], 4: [-2, 0], 5: [-2, 1] },
  ),
  act(
    'invite',
    'Propose a one-on-one with no agenda: the monthly coffee of tip 4, and the long game.',
    { 1: [0, 1], 2: [0, 1], 3: [0, 1], 4: [0, 3], 5: [0, 2] },
  ),
  // Promises and follow-up
  act(
    'promise',
    'Promise a concrete follow-up: worth nothing on tip 3 until it is kept; an over-promise costs the long game.',
    { 1: [0, 1], 2: [0, 1], 4: [0, 2], 5: [-2, 2] },
  ),
  act('keep-promise', 'Do what you promised, when you said: the heart of tip 3.', {
    1: [0, 1],
    2: [0, 1],
    3: [1, 3],
    4: [0, 1],
    5: [0, 2],
  }),
  act('break-promise', 'Put off or drop a promise: the follow-up tip 3 asks for does not happen.', {
    3: [-3, -1],
    4: [-1, 0],
    5: [-2, 0],
  }),
  act(
    'introduce',
    'Introduce two people who can help each other: the other follow-up tip 3 names.',
    { 1: [-1, 1], 2: [0, 1], 3: [0, 3], 4: [0, 2], 5: [-1, 2] },
  ),
  act(
    'follow-up',
    'Follow up without selling (a thank-you, an article, congratulations, a personal note): tip 3.',
    { 1: [0, 1], 2: [0, 1], 3: [1, 3], 4: [0, 1], 5: [0, 2] },
  ),
  act(
    'follow-up-with-pitch',
    'A follow-up that sells (brochure in the thank-you, P.S. with an offer, newsletter): what tip 3 forbids.',
    { 1: [-3, 0], 3: [-3, -1], 4: [-1, 0], 5: [-3, 0] },
  ),
  act('cold-call', 'Turn contacts into cold calls or booked sales meetings: the secretary call.', {
    1: [-3, -1],
    3: [-3, -1],
    4: [-1, 0],
    5: [-3, -1],
  }),
  act('wait', 'Hold off and let it rest: no harm done yet (tip 5), no follow-up either (tip 3).', {
    1: [0, 1],
    3: [-2, 0],
    5: [-1, 1],
  }),
  act(
    'keep-notes',
    'Write down who said what and what you promised: it makes real follow-up possible.',
    { 1: [-1, 0], 2: [0, 2], 3: [0, 2], 5: [0, 2] },
  ),
  act(
    'repair',
    'Apologise, go back, undo a mistake: a repair is visible, and it rebuilds the long game.',
    { 1: [0, 2], 2: [0, 2], 3: [0, 2], 4: [0, 1], 5: [-1, 3] },
  ),
  act('reflect', 'A private conclusion that frames what you do next: small moves either way.', {
    1: [-1, 1],
    2: [-1, 1],
    3: [-1, 2],
    5: [-1, 1],
  }),
  act(
    'prepare',
    'Get ready before you go in (rehearse, read up, pack material): it can help or get in the way.',
    { 1: [-1, 1], 2: [-1, 1], 4: [0, 2], 5: [-1, 1] },
  ),
];

/**
 * Context modifiers: `key: value` choice tags that replace some of an act's bands. Only the acts
 * listed may take a modifier; anything else is an error, so a modifier cannot quietly widen a band.
 */
export interface ModifierDefinition {
  readonly key: string;
  readonly value: string;
  readonly line: string;
  readonly acts: Readonly<Record<string, Partial5>>;
}

export const MODIFIERS: readonly ModifierDefinition[] = [
  {
    key: 'timing',
    value: 'late',
    line: 'Kept, but late: the promise still counts a little on tip 3, and the wait can cost the long game.',
    acts: {
      'keep-promise': { 3: [0, 1], 5: [-1, 1] },
      'follow-up': { 3: [0, 1], 5: [-1, 1] },
      introduce: { 3: [0, 1], 5: [-1, 1] },
    },
  },
  {
    key: 'asked',
    value: 'yes',
    line: 'They asked for it: answering a question about your offer, or naming what would help you, is not pushing.',
    acts: {
      pitch: { 1: [-2, 1], 2: [-2, 1], 5: [-2, 1] },
      'ask-referral': { 1: [-1, 2], 4: [-1, 1], 5: [0, 2] },
    },
  },
  {
    key: 'effort',
    value: 'token',
    line: 'A token follow-up (a default connection request, a like): better than silence, barely.',
    acts: {
      'follow-up': { 2: [-1, 0], 3: [-1, 1], 5: [-1, 1] },
    },
  },
];

export const MODIFIER_KEYS: readonly string[] = [...new Set(MODIFIERS.map((m) => m.key))];

const BY_ID = new Map(ACTS.map((a) => [a.id, a]));

export function findAct(id: string): ActDefinition | null {
  return BY_ID.get(id) ?? null;
}

export function findModifier(key: string, value: string): ModifierDefinition | null {
  return MODIFIERS.find((m) => m.key === key && m.value === value) ?? null;
}

/** A choice's modifiers, as `key: value` pairs. */
export type Modifiers = Readonly<Record<string, string>>;

/**
 * The bands of `actId` with `modifiers` applied. Throws a plain Error naming the problem when the
 * act or a modifier is unknown, or a modifier does not apply to the act.
 */
export function bandsFor(actId: string, modifiers: Modifiers = {}): Bands {
  const found = findAct(actId);
  if (!found) throw new Error(`unknown act "${actId}": see docs/rubric.md for the list`);
  let out: Record<TipId, Band> = { ...found.bands };
  for (const [key, value] of Object.entries(modifiers)) {
    const mod = findModifier(key, value);
    if (!mod) throw new Error(`unknown modifier "${key}: ${value}"`);
    const change = mod.acts[actId];
    if (!change) {
      throw new Error(
        `"${key}: ${value}" does not apply to the act "${actId}" (only to ${Object.keys(mod.acts).join(', ')})`,
      );
    }
    out = { ...out, ...change };
  }
  return out;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

export function formatBand([min, max]: Band): string {
  if (min === 0 && max === 0) return '0';
  return min === max ? signed(min) : `${signed(min)}..${signed(max)}`;
}

/** Every tip effect outside its band, as one readable sentence each (empty when the choice fits). */
export function bandViolations(actId: string, modifiers: Modifiers, effects: TipEffects): string[] {
  return bandBreaches(actId, modifiers, effects).map(bandText);
}

/**
 * A tip effect outside its band, as parameters for a message in any language: the tip, the effect
 * (`+2`), the act, its modifiers as written (`"timing: late"`, comma-separated; '' for none) and the
 * band (`0..+1`).
 */
export interface BandBreach {
  readonly tip: number;
  readonly value: string;
  readonly act: string;
  readonly modifiers: string;
  readonly band: string;
}

/** Every tip effect outside its band (empty when the choice fits). */
export function bandBreaches(
  actId: string,
  modifiers: Modifiers,
  effects: TipEffects,
): BandBreach[] {
  const b = bandsFor(actId, modifiers);
  const out: BandBreach[] = [];
  for (const tip of [1, 2, 3, 4, 5] as const) {
    const value = effects[tip] ?? 0;
    const [min, max] = b[tip];
    if (value < min || value > max) {
      out.push({
        tip,
        value: signed(value),
        act: actId,
        modifiers: Object.entries(modifiers)
          .map(([k, v]) => `"${k}: ${v}"`)
          .join(', '),
        band: formatBand(b[tip]),
      });
    }
  }
  return out;
}

/** A breach in English: the command line's words (modifier values never hold a comma). */
export function bandText(p: BandBreach): string {
  const mods = p.modifiers === '' ? [] : p.modifiers.split(', ').map((m) => ` with ${m}`);
  return `tip${p.tip} ${p.value} is outside the band of "${p.act}"${mods.join('')} (${p.band})`;
}

/**
 * Scenarios whose choices are not yet converted to the rubric: the check does not yet require an
 * act on each of their choices (an act that is written is always checked). Empty since all six
 * bundled scenarios were converted; it only ever shrank, and a new scenario is held to the rubric
 * from its first line.
 */
export const RUBRIC_PENDING: ReadonlySet<string> = new Set([]);

/**
 * Whether every choice of the story file at `path` must name its act: true for every scenario under a
 * `stories/<lang>/` folder (the bundled ones and a club's own) unless it is still pending. Other
 * files (test fixtures, `_parts.ink`) are held to the rubric only when a caller asks for it.
 */
export function rubricEnforced(path: string): boolean {
  const m = /(?:^|[\\/])stories[\\/][^\\/]+[\\/]([^\\/_][^\\/]*)\.ink$/.exec(path);
  return m?.[1] !== undefined && !RUBRIC_PENDING.has(m[1]);
}
