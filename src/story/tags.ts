/**
 * The tag grammar. Ink tags are free text; ours are a small language, documented in docs/authoring.md.
 * A tag that does not parse is an error, never ignored: a typo in `tip2 +2` would otherwise silently
 * change what a learner is scored on.
 *
 * Choice tags (inside the choice brackets):  `tip1 +2`, `tip4 -1`, `why: plain reason`.
 * Line tags (on a line of output):           `speaker: id`, `mood: uneasy`, `scene: reception`,
 *                                            `sound: id`, `ending: id`.
 * Global tags (top of the file):             `title: …`, `summary: …`, `main: tip2`,
 *                                            `cast: id \| Full Name \| role`, `ending: id \| Title`.
 */
import {
  MAX_EFFECT,
  MOODS,
  type CastMember,
  type EndingTitle,
  type Mood,
  type StoryMeta,
  type TipEffects,
  type TipId,
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
export const GLOBAL_TAG_KEYS = ['title', 'summary', 'main', 'cast', 'ending'] as const;

export interface ParsedChoiceTags {
  readonly effects: TipEffects;
  readonly why: string | null;
}

export interface ParsedLineTags {
  readonly speaker: string | null;
  readonly mood: Mood | null;
  readonly scene: string | null;
  readonly sound: string | null;
  readonly ending: string | null;
}

function isMood(value: string): value is Mood {
  return (MOODS as readonly string[]).includes(value);
}

/** Parses the tags written inside a choice's brackets. Throws TagError on the first bad tag. */
export function parseChoiceTags(tags: readonly string[]): ParsedChoiceTags {
  const effects: TipEffects = {};
  let why: string | null = null;
  for (const raw of tags) {
    const tag = raw.trim();
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
    throw new TagError(`unknown choice tag "${tag}": choices take "tipN +K" and "why: …"`, tag);
  }
  return { effects, why };
}

/** Parses the tags on one line of output. Throws TagError on the first bad tag. */
export function parseLineTags(tags: readonly string[]): ParsedLineTags {
  const found: Partial<Record<LineTagKey, string>> = {};
  for (const raw of tags) {
    const tag = raw.trim();
    const kv = KEY_VALUE.exec(tag);
    const key = kv?.[1];
    if (!kv || !(LINE_TAG_KEYS as readonly string[]).includes(key ?? '')) {
      if (TIP_EFFECT.test(tag) || /^why:/.test(tag)) {
        throw new TagError(
          `"${tag}" is on a line, not a choice: write it inside the choice brackets, e.g. "* [Ask # ${tag}]"`,
          tag,
        );
      }
      throw new TagError(`unknown line tag "${tag}": lines take ${LINE_TAG_KEYS.join(', ')}`, tag);
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
  };
}

/** Parses the global tags at the top of a story. Throws TagError on the first bad tag. */
export function parseGlobalTags(tags: readonly string[]): StoryMeta {
  let title = '';
  let summary = '';
  let mainTip: TipId | null = null;
  const cast: CastMember[] = [];
  const endings: EndingTitle[] = [];
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
      default:
        throw new TagError(
          `unknown global tag "${tag}": the top of a story takes ${GLOBAL_TAG_KEYS.join(', ')}`,
          tag,
        );
    }
  }
  if (title === '') throw new TagError('the story has no "title:" tag at the top', '');
  return { title, summary, mainTip, cast, endings };
}
