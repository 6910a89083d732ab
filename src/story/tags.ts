/**
 * The tag grammar. Ink tags are free text; ours are a small language, documented in docs/authoring.md.
 * A tag that does not parse is an error, never ignored: a typo in `tip2 +2` would otherwise silently
 * change what a learner is scored on.
 *
 * Choice tags (inside the choice brackets):  `tip1 +2`, `tip4 -1`, `why: plain reason`,
 *                                            `act: id` and its modifiers (`timing: late`; see
 *                                            docs/rubric.md), `trust: cast-id +1`, `timeout`
 *                                            (the choice taken when a timed choice runs out).
 * Line tags (on a line of output):           `speaker: id`, `mood: uneasy` (or `mood: id uneasy`),
 *                                            `via: phone`, `leave: id`, `scene: reception`,
 *                                            `sound: id`, `ending: id`, `discuss: a question`.
 * Global tags (top of the file):             `title: …`, `summary: …`, `main: tip2`,
 *                                            `cast: id \| Full Name \| role`, `ending: id \| Title`.
 */
import { findAct, findModifier, MODIFIER_KEYS, type Modifiers } from './rubric.ts';
import {
  MAX_EFFECT,
  MOODS,
  type CastMember,
  type EndingTitle,
  type Mood,
  type StoryMeta,
  type TipEffects,
  type TipId,
  type TrustEffect,
} from './types.ts';

export class TagError extends Error {
  constructor(
    message: string,
    readonly tag: string,
  ) {
    super(message);
    this.name = 'TagError';
  }
}

const TIP_EFFECT = /^tip([1-5])\s+([+-])(\d+)$/;
const KEY_VALUE = /^([a-z]+):\s*(.*)$/;
const ID = /^[a-z][a-z0-9-]*$/;

export const LINE_TAG_KEYS = ['speaker', 'mood', 'scene', 'sound', 'ending'] as const;
export type LineTagKey = (typeof LINE_TAG_KEYS)[number];
export const GLOBAL_TAG_KEYS = ['title', 'summary', 'main', 'cast', 'ending', 'remember'] as const;

export interface ParsedChoiceTags {
  readonly effects: TipEffects;
  readonly why: string | null;
  /** The rubric act (docs/rubric.md), or null when the choice names none. */
  readonly act: string | null;
  /** Context modifiers that shift the act's band, e.g. `{ timing: 'late' }`. */
  readonly modifiers: Modifiers;
  /** How the choice moves named characters' trust in the player. */
  readonly trust: readonly TrustEffect[];
  /**
   * `timeout`: the story's answer when time runs out at this choice point (docs/authoring.md, "Time
   * pressure"). A choice point with no such choice is never timed. Absent on every other choice.
   */
  readonly timeout?: true;
}

/** The bare choice tag that marks the choice taken when time runs out. */
export const TIMEOUT_TAG = 'timeout';

const TRUST = /^trust:\s*(\S+)\s+([+-])(\d+)$/;

/** How a speaker who is not in the room reaches the player (`via: phone`): heard or read, not seen. */
export const VIAS = ['phone', 'message'] as const;
export type Via = (typeof VIAS)[number];

export interface ParsedLineTags {
  readonly speaker: string | null;
  readonly mood: Mood | null;
  /** `mood: els uneasy`: one named person's expression from this line on, whoever speaks. */
  readonly feeling?: { readonly person: string; readonly mood: Mood };
  /** `via: phone`: the speaker is not in the room (a caller, a message), so is not drawn. */
  readonly via?: Via;
  /** `leave: id`: these people leave the room on this line (drawn again once they speak in person). */
  readonly leaves?: readonly string[];
  readonly scene: string | null;
  readonly sound: string | null;
  readonly ending: string | null;
  /** A facilitator's discussion prompt for the choice point that follows; only when tagged. */
  readonly discuss?: string;
}

function isMood(value: string): value is Mood {
  return (MOODS as readonly string[]).includes(value);
}

/** Parses the tags written inside a choice's brackets. Throws TagError on the first bad tag. */
export function parseChoiceTags(tags: readonly string[]): ParsedChoiceTags {
  const effects: TipEffects = {};
  let why: string | null = null;
  let act: string | null = null;
  const modifiers: Record<string, string> = {};
  const trust: TrustEffect[] = [];
  let timeout = false;
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag === TIMEOUT_TAG) {
      if (timeout) throw new TagError('a choice has two "timeout" tags', tag);
      timeout = true;
      continue;
    }
    const t = TRUST.exec(tag);
    if (t) {
      const person = t[1] ?? '';
      const size = Number(t[3]);
      if (!ID.test(person)) {
        throw new TagError(`"trust:" names a cast id (lowercase), got "${person}"`, tag);
      }
      if (size === 0 || size > MAX_EFFECT) {
        throw new TagError(
          `trust change "${tag}" is out of range: use +1..+${MAX_EFFECT} or -1..-${MAX_EFFECT}`,
          tag,
        );
      }
      if (trust.some((x) => x.person === person)) {
        throw new TagError(`${person}'s trust is changed twice on one choice ("${tag}")`, tag);
      }
      trust.push({ person, delta: t[2] === '-' ? -size : size });
      continue;
    }
    if (/^trust\b/.test(tag)) {
      throw new TagError(`malformed trust change "${tag}": write it as "trust: kurt +1"`, tag);
    }
    const effect = TIP_EFFECT.exec(tag);
    if (effect) {
      const tip = Number(effect[1]) as TipId;
      const size = Number(effect[3]);
      if (size === 0 || size > MAX_EFFECT) {
        throw new TagError(
          `tip effect "${tag}" is out of range: use +1..+${MAX_EFFECT} or -1..-${MAX_EFFECT}`,
          tag,
        );
      }
      if (effects[tip] !== undefined) {
        throw new TagError(`tip${tip} is scored twice on one choice ("${tag}")`, tag);
      }
      effects[tip] = effect[2] === '-' ? -size : size;
      continue;
    }
    if (/^tip/i.test(tag)) {
      throw new TagError(
        `malformed tip effect "${tag}": write it as "tip1 +2" (tips 1-5, sign required)`,
        tag,
      );
    }
    const kv = KEY_VALUE.exec(tag);
    if (kv?.[1] === 'why') {
      if (why !== null) throw new TagError('a choice has two "why:" tags', tag);
      const reason = (kv[2] ?? '').trim();
      if (reason === '') throw new TagError('"why:" has no reason after it', tag);
      why = reason;
      continue;
    }
    if (kv?.[1] === 'act') {
      if (act !== null) throw new TagError('a choice has two "act:" tags', tag);
      const id = (kv[2] ?? '').trim();
      if (!findAct(id)) {
        throw new TagError(`unknown act "${id}": the acts are listed in docs/rubric.md`, tag);
      }
      act = id;
      continue;
    }
    if (kv?.[1] && MODIFIER_KEYS.includes(kv[1])) {
      const key = kv[1];
      const value = (kv[2] ?? '').trim();
      if (!findModifier(key, value)) {
        throw new TagError(`unknown modifier "${key}: ${value}": see docs/rubric.md`, tag);
      }
      if (modifiers[key] !== undefined) throw new TagError(`a choice has two "${key}:" tags`, tag);
      modifiers[key] = value;
      continue;
    }
    throw new TagError(
      `unknown choice tag "${tag}": choices take "tipN +K", "why: …", "act: …", ${MODIFIER_KEYS.map((k) => `"${k}: …"`).join(', ')}, "trust: id +K" and "timeout"`,
      tag,
    );
  }
  return { effects, why, act, modifiers, trust, ...(timeout ? { timeout: true as const } : {}) };
}

/** Parses the tags on one line of output. Throws TagError on the first bad tag. */
export function parseLineTags(tags: readonly string[]): ParsedLineTags {
  const found: Partial<Record<LineTagKey, string>> = {};
  let discuss: string | undefined;
  let feeling: { person: string; mood: Mood } | undefined;
  let via: Via | undefined;
  const leaves: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const kv = KEY_VALUE.exec(tag);
    const key = kv?.[1];
    const named = key === 'mood' ? /^(\S+)\s+(\S+)$/.exec((kv?.[2] ?? '').trim()) : null;
    if (named) {
      const [, person = '', mood = ''] = named;
      if (feeling !== undefined) throw new TagError('a line has two "mood: id mood" tags', tag);
      if (!ID.test(person)) {
        throw new TagError(`"mood: id mood" needs a cast id first, got "${person}"`, tag);
      }
      if (!isMood(mood)) {
        throw new TagError(`unknown mood "${mood}": moods are ${MOODS.join(', ')}`, tag);
      }
      feeling = { person, mood };
      continue;
    }
    if (key === 'via') {
      const value = (kv?.[2] ?? '').trim();
      if (via !== undefined) throw new TagError('a line has two "via:" tags', tag);
      if (!(VIAS as readonly string[]).includes(value)) {
        throw new TagError(
          `unknown "via: ${value}": a speaker can be reached ${VIAS.join(', ')}`,
          tag,
        );
      }
      via = value as Via;
      continue;
    }
    if (key === 'leave') {
      const value = (kv?.[2] ?? '').trim();
      if (!ID.test(value)) {
        throw new TagError(`"leave:" needs a cast id, got "${value}"`, tag);
      }
      if (!leaves.includes(value)) leaves.push(value);
      continue;
    }
    if (key === 'discuss') {
      if (discuss !== undefined) throw new TagError('a line has two "discuss:" tags', tag);
      const prompt = (kv?.[2] ?? '').trim();
      if (prompt === '') throw new TagError('"discuss:" has no question after it', tag);
      discuss = prompt;
      continue;
    }
    if (!kv || !(LINE_TAG_KEYS as readonly string[]).includes(key ?? '')) {
      if (
        TIP_EFFECT.test(tag) ||
        tag === TIMEOUT_TAG ||
        /^(why|act|trust|timing|asked|effort):/.test(tag)
      ) {
        throw new TagError(
          `"${tag}" is on a line, not a choice: write it inside the choice brackets, e.g. "* [Ask # ${tag}]"`,
          tag,
        );
      }
      throw new TagError(
        `unknown line tag "${tag}": lines take ${LINE_TAG_KEYS.join(', ')}, via, leave, discuss`,
        tag,
      );
    }
    const lineKey = key as LineTagKey;
    const value = (kv[2] ?? '').trim();
    if (found[lineKey] !== undefined) throw new TagError(`a line has two "${lineKey}:" tags`, tag);
    if (!ID.test(value)) {
      throw new TagError(
        `"${lineKey}:" needs an id of lowercase letters, digits and dashes, got "${value}"`,
        tag,
      );
    }
    if (lineKey === 'mood' && !isMood(value)) {
      throw new TagError(`unknown mood "${value}": moods are ${MOODS.join(', ')}`, tag);
    }
    found[lineKey] = value;
  }
  return {
    speaker: found.speaker ?? null,
    mood: (found.mood as Mood | undefined) ?? null,
    scene: found.scene ?? null,
    sound: found.sound ?? null,
    ending: found.ending ?? null,
    ...(discuss !== undefined ? { discuss } : {}),
    ...(feeling !== undefined ? { feeling } : {}),
    ...(via !== undefined ? { via } : {}),
    ...(leaves.length > 0 ? { leaves } : {}),
  };
}

/** Parses the global tags at the top of a story. Throws TagError on the first bad tag. */
export function parseGlobalTags(tags: readonly string[]): StoryMeta {
  let title = '';
  let summary = '';
  let mainTip: TipId | null = null;
  const cast: CastMember[] = [];
  const endings: EndingTitle[] = [];
  const remember: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const kv = KEY_VALUE.exec(tag);
    const value = (kv?.[2] ?? '').trim();
    switch (kv?.[1]) {
      case 'title':
        title = value;
        break;
      case 'summary':
        summary = value;
        break;
      case 'main': {
        const m = /^tip([1-5])$/.exec(value);
        if (!m) throw new TagError(`"main:" names one tip, e.g. "main: tip3", got "${value}"`, tag);
        mainTip = Number(m[1]) as TipId;
        break;
      }
      case 'cast': {
        const parts = value.split('|').map((p) => p.trim());
        const [id, name, role] = parts;
        if (parts.length !== 3 || !id || !name || !role || !ID.test(id)) {
          throw new TagError(`"cast:" is "cast: id | Full Name | role", got "${value}"`, tag);
        }
        if (cast.some((c) => c.id === id))
          throw new TagError(`cast member "${id}" is declared twice`, tag);
        cast.push({ id, name, role });
        break;
      }
      case 'ending': {
        const parts = value.split('|').map((p) => p.trim());
        const [id, endingTitle] = parts;
        if (parts.length !== 2 || !id || !endingTitle || !ID.test(id)) {
          throw new TagError(`"ending:" at the top is "ending: id \\| Title", got "${value}"`, tag);
        }
        if (endings.some((e) => e.id === id)) {
          throw new TagError(`ending "${id}" is declared twice`, tag);
        }
        endings.push({ id, title: endingTitle });
        break;
      }
      case 'remember':
        if (!/^mem_[A-Za-z0-9_]+$/.test(value)) {
          throw new TagError(
            `"remember:" names one memory variable, e.g. "remember: mem_met_kurt", got "${value}"`,
            tag,
          );
        }
        remember.push(value);
        break;
      default:
        throw new TagError(
          `unknown global tag "${tag}": the top of a story takes ${GLOBAL_TAG_KEYS.join(', ')}`,
          tag,
        );
    }
  }
  if (title === '') throw new TagError('the story has no "title:" tag at the top', '');
  return { title, summary, mainTip, cast, endings, ...(remember.length > 0 ? { remember } : {}) };
}
