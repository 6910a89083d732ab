/**
 * One saved scenario ("Your scenarios") as it is kept in the browser: the author's ink source in each
 * language written (for the Studio's Edit and for Export) and the scenario the Studio's check made of
 * it (compiled story and what the analyzer found), so the game plays it after a reload without the
 * Studio or its compiler ever loading.
 *
 * Stored text is untrusted (another version of the game, a damaged disk, a hand edit): `readRecord`
 * checks every field the game relies on and caps every text, and says what is wrong when it refuses.
 * Hand-written rather than zod, because it runs when the game starts (zod stays out of that bundle).
 */
import { isLang, LANGS, type Lang } from '../vocabulary/index.ts';
import { TIPS, type CompiledScenario, type TipId } from '../story/index.ts';

export const RECORD_FORMAT = 'mingle-saved-scenario';
/**
 * 1: one ink file per language. 2: with the files it INCLUDEs (`parts`). A record without parts is
 * still written as 1, so a game from before parts reads it; one with parts is 2, which such a game sets
 * aside whole (never reads without its parts, and so never saves it back without them).
 */
export const RECORD_VERSION = 2;
/** Saved scenarios' ids start with this, which no bundled story file's name may (tests/unit/library). */
export const SAVED_PREFIX = 'yours-';
/** A saved scenario's id: the prefix and a random kebab-case tail (a valid address and progress id). */
export const SAVED_ID = /^yours-[a-z0-9]{4,24}$/;
/** The most characters of ink source one language may have (the Studio's own cap). */
export const MAX_SOURCE_CHARS = 256 * 1024;
/** The most characters of compiled story one language may have (compiled ink is wordier than ink). */
export const MAX_JSON_CHARS = 16 * MAX_SOURCE_CHARS;
/** The most characters of any one short text (a title, a name, a version). */
const MAX_SHORT = 2_000;
/** The story's own file name among its parts (the Studio's; no part may take it). */
export const STORY_FILE = 'story.ink';
/** A part's name: a plain file name ending in .ink, no folders, no URL, no control characters. */
export const PART_NAME = /^[\w][\w.-]{0,80}\.ink$/;
/** The most files one language may have, the story included. */
export const MAX_FILES = 16;

/** One more ink file of a scenario in one language, which its story INCLUDEs by `name`. */
export interface InkPart {
  readonly name: string;
  readonly text: string;
}

/** Why a list of parts cannot be one language's (a name twice, a bad name, too many), or null. */
export function partsProblem(parts: readonly InkPart[]): string | null {
  if (parts.length > MAX_FILES - 1) return 'too many files';
  const seen = new Set<string>();
  for (const p of parts) {
    if (!PART_NAME.test(p.name) || p.name === STORY_FILE) return 'a file with a bad name';
    if (seen.has(p.name)) return 'two files of the same name';
    seen.add(p.name);
    if (p.text.length > MAX_SOURCE_CHARS) return 'a file over the size limit';
  }
  return null;
}

export interface SavedVersion {
  /** The author's ink, as written in the Studio. */
  readonly source: string;
  /** The files the story INCLUDEs, by name (absent or empty: none). */
  readonly parts?: readonly InkPart[];
  /** What the check made of it: the scenario the game plays (its id is the record's). */
  readonly scenario: CompiledScenario;
}

export interface SavedScenario {
  readonly id: string;
  /** When it was saved last (ms since the epoch). */
  readonly savedAt: number;
  /** Each language written (at least one). */
  readonly versions: Partial<Record<Lang, SavedVersion>>;
}

export function isSavedId(id: string): boolean {
  return SAVED_ID.test(id);
}

/** A fresh id for a new saved scenario. */
export function newSavedId(random: () => number = Math.random): string {
  let tail = '';
  while (tail.length < 10) tail += Math.floor(random() * 36).toString(36);
  return `${SAVED_PREFIX}${tail.slice(0, 10)}`;
}

/** The languages a saved scenario is written in, in the game's order. */
export function langsOf(saved: SavedScenario): Lang[] {
  return LANGS.filter((l) => saved.versions[l] !== undefined);
}

/** Its title in `lang`, or in the first language it has. */
export function titleOf(saved: SavedScenario, lang: string): string {
  const own = isLang(lang) ? saved.versions[lang] : undefined;
  return (own ?? saved.versions[langsOf(saved)[0] ?? 'en'])?.scenario.meta.title ?? saved.id;
}

/** The record as stored (JSON text). */
export function writeRecord(saved: SavedScenario): string {
  const versions: Partial<Record<Lang, SavedVersion>> = {};
  for (const lang of langsOf(saved)) {
    const v = saved.versions[lang];
    if (!v) continue;
    const { parts, ...rest } = v;
    versions[lang] = parts && parts.length > 0 ? { ...rest, parts } : rest;
  }
  const withParts = Object.values(versions).some((v) => v.parts !== undefined);
  const version = withParts ? RECORD_VERSION : 1;
  return JSON.stringify({ format: RECORD_FORMAT, version, ...saved, versions });
}

/** The parts of one language as stored, each checked (a record of version 1 has none). */
function partsOf(v: unknown, where: string): InkPart[] {
  if (v === undefined) return [];
  const parts = list(v, `${where}'s files`, MAX_FILES).map((p) => {
    if (!isObject(p)) throw new Refusal(`${where}'s files are damaged`);
    return {
      name: text(p.name, `a file name of ${where}`, 100),
      text: text(p.text, `a file of ${where}`, MAX_SOURCE_CHARS),
    };
  });
  const problem = partsProblem(parts);
  if (problem) throw new Refusal(`${where} has ${problem}`);
  return parts;
}

class Refusal extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown, what: string, max = MAX_SHORT): string {
  if (typeof v !== 'string') throw new Refusal(`${what} is not text`);
  if (v.length > max) throw new Refusal(`${what} is over the size limit`);
  return v;
}

function num(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Refusal(`${what} is not a number`);
  return v;
}

function list(v: unknown, what: string, max = 1_000): unknown[] {
  if (!Array.isArray(v)) throw new Refusal(`${what} is not a list`);
  if (v.length > max) throw new Refusal(`${what} is too long`);
  return v;
}

function tip(v: unknown, what: string): TipId {
  if (!(TIPS as readonly unknown[]).includes(v)) throw new Refusal(`${what} is not a tip`);
  return v as TipId;
}

function ranges(v: unknown, what: string): Record<TipId, { min: number; max: number }> {
  if (!isObject(v)) throw new Refusal(`${what} are missing`);
  const out = {} as Record<TipId, { min: number; max: number }>;
  for (const t of TIPS) {
    const r = v[t];
    if (!isObject(r)) throw new Refusal(`${what} lack tip ${t}`);
    out[t] = { min: num(r.min, `${what} of tip ${t}`), max: num(r.max, `${what} of tip ${t}`) };
  }
  return out;
}

function memoryValues(v: unknown, what: string): Record<string, string | number | boolean> {
  if (!isObject(v)) throw new Refusal(`${what} is not a set of values`);
  const out: Record<string, string | number | boolean> = {};
  for (const [k, value] of Object.entries(v).slice(0, 200)) {
    if (typeof value === 'string') out[k] = text(value, what);
    else if (typeof value === 'number' || typeof value === 'boolean') out[k] = value;
    else throw new Refusal(`${what} holds a value that is not text, a number or true/false`);
  }
  return out;
}

/** The scenario of one language, rebuilt field by field (nothing unexpected is carried along). */
function scenarioOf(v: unknown, id: string, lang: Lang): CompiledScenario {
  const where = `the ${lang} version`;
  if (!isObject(v)) throw new Refusal(`${where} has no scenario`);
  if (v.lang !== lang) throw new Refusal(`${where} is marked as another language`);
  const meta = v.meta;
  if (!isObject(meta)) throw new Refusal(`${where} has no title`);
  const cast = list(meta.cast, `${where}'s cast`).map((c) => {
    if (!isObject(c)) throw new Refusal(`${where}'s cast is damaged`);
    return {
      id: text(c.id, 'a cast id'),
      name: text(c.name, 'a cast name'),
      role: text(c.role, 'a cast role'),
    };
  });
  const endings = list(meta.endings, `${where}'s endings`).map((e) => {
    if (!isObject(e)) throw new Refusal(`${where}'s endings are damaged`);
    return { id: text(e.id, 'an ending id'), title: text(e.title, 'an ending title') };
  });
  const remember =
    meta.remember === undefined
      ? undefined
      : list(meta.remember, `${where}'s memory`).map((r) => text(r, 'a memory name'));
  const byMemory =
    v.rangesByMemory === undefined
      ? undefined
      : list(v.rangesByMemory, `${where}'s ranges by memory`, 64).map((m) => {
          if (!isObject(m)) throw new Refusal(`${where}'s ranges by memory are damaged`);
          const memory = memoryValues(m.memory, 'a starting memory');
          for (const c of Object.values(memory))
            if (c !== 'default' && c !== 'set') throw new Refusal('a starting memory is damaged');
          return {
            memory: memory as Record<string, 'default' | 'set'>,
            ranges: ranges(m.ranges, 'ranges by memory'),
          };
        });
  return {
    id,
    lang,
    meta: {
      title: text(meta.title, `${where}'s title`),
      summary: text(meta.summary, `${where}'s summary`, 10 * MAX_SHORT),
      mainTip: meta.mainTip === null ? null : tip(meta.mainTip, `${where}'s main tip`),
      cast,
      endings,
      ...(remember ? { remember } : {}),
    },
    ranges: ranges(v.ranges, `${where}'s tip ranges`),
    tipsScored: list(v.tipsScored, `${where}'s tips`, 5).map((t) => tip(t, `${where}'s tips`)),
    ...(byMemory ? { rangesByMemory: byMemory } : {}),
    ...(v.memoryDefaults === undefined
      ? {}
      : { memoryDefaults: memoryValues(v.memoryDefaults, `${where}'s memory defaults`) }),
    version: text(v.version, `${where}'s version`, 200),
    json: text(v.json, `${where}'s compiled story`, MAX_JSON_CHARS),
  };
}

export type ReadResult =
  | { readonly ok: true; readonly saved: SavedScenario }
  | { readonly ok: false; readonly reason: string };

/** Reads a stored record (its JSON text), or says in a few words why it cannot be one. */
export function readRecord(raw: unknown, key: string): ReadResult {
  try {
    if (typeof raw !== 'string') throw new Refusal('not stored as text');
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Refusal('not readable as JSON');
    }
    if (!isObject(value) || value.format !== RECORD_FORMAT)
      throw new Refusal('not a saved scenario');
    if (value.version !== 1 && value.version !== RECORD_VERSION)
      throw new Refusal(`a saved scenario of another version (${String(value.version)})`);
    const id = text(value.id, 'its id', 64);
    if (!isSavedId(id) || id !== key) throw new Refusal('its id is damaged');
    const savedAt = num(value.savedAt, 'its date');
    if (!isObject(value.versions)) throw new Refusal('no story in it');
    const versions: Partial<Record<Lang, SavedVersion>> = {};
    for (const [lang, v] of Object.entries(value.versions)) {
      if (!isLang(lang)) throw new Refusal(`a story in an unknown language (${lang.slice(0, 8)})`);
      if (!isObject(v)) throw new Refusal(`the ${lang} version is damaged`);
      const parts = value.version === 1 ? [] : partsOf(v.parts, `the ${lang} version`);
      versions[lang] = {
        source: text(v.source, `the ${lang} source`, MAX_SOURCE_CHARS),
        ...(parts.length > 0 ? { parts } : {}),
        scenario: scenarioOf(v.scenario, id, lang),
      };
    }
    if (Object.keys(versions).length === 0) throw new Refusal('no story in it');
    return { ok: true, saved: { id, savedAt, versions } };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, reason: e.message };
    throw e;
  }
}

/** The export file's format name (one file holding every language of one scenario). */
export const FILE_FORMAT = 'mingle-scenario';
/**
 * 1: one ink source per language. 2: with the files each story INCLUDEs (`parts`). As with records, a
 * scenario without parts is exported as 1, which every version of the game imports.
 */
export const FILE_VERSION = 2;

/**
 * A saved scenario as an export file: the ink source of each language and the files it includes (the
 * compiled story is not carried: an import checks the source again, so a file never brings the game
 * anything unchecked).
 */
export function exportFile(saved: SavedScenario): string {
  const versions: Partial<
    Record<Lang, { title: string; source: string; parts?: readonly InkPart[] }>
  > = {};
  let withParts = false;
  for (const lang of langsOf(saved)) {
    const v = saved.versions[lang];
    if (!v) continue;
    const parts = v.parts ?? [];
    withParts ||= parts.length > 0;
    versions[lang] = {
      title: v.scenario.meta.title,
      source: v.source,
      ...(parts.length > 0 ? { parts: parts.map((p) => ({ name: p.name, text: p.text })) } : {}),
    };
  }
  const version = withParts ? FILE_VERSION : 1;
  return `${JSON.stringify({ format: FILE_FORMAT, version, versions }, null, 2)}\n`;
}

/** The export file's name: the title in `lang`, made safe for any file system. */
export function exportFileName(saved: SavedScenario, lang: string): string {
  const slug = titleOf(saved, lang)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.mingle.json`;
}
