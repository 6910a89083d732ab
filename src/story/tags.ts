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
  codedMessage,
  TAG_MESSAGES,
  type CodedMessage,
  type MessageParams,
  type TagMessageCode,
} from './tag-messages.ts';
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

/** A tag that does not parse: the English message, and its code and parameters (./tag-messages.ts). */
export class TagError extends Error {
  readonly code: string;
  readonly params: MessageParams;

  constructor(
    readonly tag: string,
    coded: CodedMessage,
  ) {
    super(coded.message);
    this.name = 'TagError';
    this.code = coded.code;
    this.params = coded.params;
  }
}

/** The TagError for `tag`, with the message `code` of the tag grammar. */
function tagError<C extends TagMessageCode>(
  tag: string,
  code: C,
  ...params: Parameters<(typeof TAG_MESSAGES)[C]>
): TagError {
  return new TagError(tag, codedMessage(TAG_MESSAGES, code, ...params));
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
      if (timeout) throw tagError(tag, 'timeout-twice');
      timeout = true;
      continue;
    }
    const t = TRUST.exec(tag);
    if (t) {
      const person = t[1] ?? '';
      const size = Number(t[3]);
      if (!ID.test(person)) {
        throw tagError(tag, 'trust-not-id', { person });
      }
      if (size === 0 || size > MAX_EFFECT) {
        throw tagError(tag, 'trust-range', { tag, max: MAX_EFFECT });
      }
      if (trust.some((x) => x.person === person)) {
        throw tagError(tag, 'trust-twice', { person, tag });
      }
      trust.push({ person, delta: t[2] === '-' ? -size : size });
      continue;
    }
    if (/^trust\b/.test(tag)) {
      throw tagError(tag, 'trust-malformed', { tag });
    }
    const effect = TIP_EFFECT.exec(tag);
    if (effect) {
      const tip = Number(effect[1]) as TipId;
      const size = Number(effect[3]);
      if (size === 0 || size > MAX_EFFECT) {
        throw tagError(tag, 'tip-range', { tag, max: MAX_EFFECT });
      }
      if (effects[tip] !== undefined) {
        throw tagError(tag, 'tip-twice', { tip, tag });
      }
      effects[tip] = effect[2] === '-' ? -size : size;
      continue;
    }
    if (/^tip/i.test(tag)) {
      throw tagError(tag, 'tip-malformed', { tag });
    }
    const kv = KEY_VALUE.exec(tag);
    if (kv?.[1] === 'why') {
      if (why !== null) throw tagError(tag, 'why-twice');
      const reason = (kv[2] ?? '').trim();
      if (reason === '') throw tagError(tag, 'why-empty');
      why = reason;
      continue;
    }
    if (kv?.[1] === 'act') {
      if (act !== null) throw tagError(tag, 'act-twice');
      const id = (kv[2] ?? '').trim();
      if (!findAct(id)) {
        throw tagError(tag, 'act-unknown', { act: id });
      }
      act = id;
      continue;
    }
    if (kv?.[1] && MODIFIER_KEYS.includes(kv[1])) {
      const key = kv[1];
      const value = (kv[2] ?? '').trim();
      if (!findModifier(key, value)) {
        throw tagError(tag, 'modifier-unknown', { key, value });
      }
      if (modifiers[key] !== undefined) throw tagError(tag, 'choice-key-twice', { key });
      modifiers[key] = value;
      continue;
    }
    throw tagError(tag, 'choice-tag-unknown', {
      tag,
      modifiers: MODIFIER_KEYS.map((k) => `"${k}: …"`).join(', '),
    });
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
      if (feeling !== undefined) throw tagError(tag, 'mood-twice');
      if (!ID.test(person)) {
        throw tagError(tag, 'mood-needs-id', { person });
      }
      if (!isMood(mood)) {
        throw tagError(tag, 'mood-unknown', { mood, moods: MOODS.join(', ') });
      }
      feeling = { person, mood };
      continue;
    }
    if (key === 'via') {
      const value = (kv?.[2] ?? '').trim();
      if (via !== undefined) throw tagError(tag, 'via-twice');
      if (!(VIAS as readonly string[]).includes(value)) {
        throw tagError(tag, 'via-unknown', { value, vias: VIAS.join(', ') });
      }
      via = value as Via;
      continue;
    }
    if (key === 'leave') {
      const value = (kv?.[2] ?? '').trim();
      if (!ID.test(value)) {
        throw tagError(tag, 'leave-needs-id', { value });
      }
      if (!leaves.includes(value)) leaves.push(value);
      continue;
    }
    if (key === 'discuss') {
      if (discuss !== undefined) throw tagError(tag, 'discuss-twice');
      const prompt = (kv?.[2] ?? '').trim();
      if (prompt === '') throw tagError(tag, 'discuss-empty');
      discuss = prompt;
      continue;
    }
    if (!kv || !(LINE_TAG_KEYS as readonly string[]).includes(key ?? '')) {
      if (
        TIP_EFFECT.test(tag) ||
        tag === TIMEOUT_TAG ||
        /^(why|act|trust|timing|asked|effort):/.test(tag)
      ) {
        throw tagError(tag, 'choice-tag-on-line', { tag });
      }
      throw tagError(tag, 'line-tag-unknown', { tag, keys: LINE_TAG_KEYS.join(', ') });
    }
    const lineKey = key as LineTagKey;
    const value = (kv[2] ?? '').trim();
    if (found[lineKey] !== undefined) throw tagError(tag, 'line-key-twice', { key: lineKey });
    if (!ID.test(value)) {
      throw tagError(tag, 'line-tag-not-id', { key: lineKey, value });
    }
    if (lineKey === 'mood' && !isMood(value)) {
      throw tagError(tag, 'mood-unknown', { mood: value, moods: MOODS.join(', ') });
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
        if (!m) throw tagError(tag, 'main-not-tip', { value });
        mainTip = Number(m[1]) as TipId;
        break;
      }
      case 'cast': {
        const parts = value.split('|').map((p) => p.trim());
        const [id, name, role] = parts;
        if (parts.length !== 3 || !id || !name || !role || !ID.test(id)) {
          throw tagError(tag, 'cast-malformed', { value });
        }
        if (cast.some((c) => c.id === id)) throw tagError(tag, 'cast-twice', { id });
        cast.push({ id, name, role });
        break;
      }
      case 'ending': {
        const parts = value.split('|').map((p) => p.trim());
        const [id, endingTitle] = parts;
        if (parts.length !== 2 || !id || !endingTitle || !ID.test(id)) {
          throw tagError(tag, 'ending-malformed', { value });
        }
        if (endings.some((e) => e.id === id)) {
          throw tagError(tag, 'ending-twice', { id });
        }
        endings.push({ id, title: endingTitle });
        break;
      }
      case 'remember':
        if (!/^mem_[A-Za-z0-9_]+$/.test(value)) {
          throw tagError(tag, 'remember-malformed', { value });
        }
        remember.push(value);
        break;
      default:
        throw tagError(tag, 'global-tag-unknown', { tag, keys: GLOBAL_TAG_KEYS.join(', ') });
    }
  }
  if (title === '') throw tagError('', 'no-title');
  return { title, summary, mainTip, cast, endings, ...(remember.length > 0 ? { remember } : {}) };
}
