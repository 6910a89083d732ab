/**
 * The Studio's draft, kept in the browser so a reload (or a closed tab) never loses what an author
 * wrote. One draft per browser: the story in each language the author has written, and the language
 * shown last. Stored as JSON under one key of the storage backend the progress store also uses (the
 * browser's localStorage, or memory when the browser refuses storage).
 *
 * The same rules as progress: a draft that cannot be read is set aside under a key of its own, exactly
 * as it was found, and never deleted by the game; the author can download it from the notice. When
 * even the copy cannot be written (a full quota), the original stays where it is and nothing is saved
 * over it.
 */
import { isQuotaError, type StorageBackend } from '../progress/index.ts';
import { isLang, LANGS, type Lang } from '../i18n/index.ts';
import { isSavedId, partsProblem, type InkPart } from '../library/index.ts';
import { MAX_FILE_CHARS } from './protocol.ts';

export const DRAFT_KEY = 'mingle:studio:draft';
export const SET_ASIDE_PREFIX = 'mingle:studio:set-aside:';
const FORMAT = 'mingle-studio-draft';
/**
 * 1: one story per language. 2: with the files each story includes (`parts`); written only when there
 * are some, so a game from before parts sets such a draft aside whole instead of dropping its parts.
 */
const VERSION = 2;

export interface Draft {
  /** The language the author was writing in last. */
  readonly lang: Lang;
  /** The story in each language written so far (at least the one in `lang`). */
  readonly texts: Partial<Record<Lang, string>>;
  /** When it was saved (ms since the epoch). */
  readonly savedAt: number;
  /** The saved scenario (Your scenarios) this draft edits, which Save replaces; absent: a new one. */
  readonly savedId?: string;
  /** The files each language's story includes (a language with none may be absent). */
  readonly parts?: Partial<Record<Lang, readonly InkPart[]>>;
}

export interface DraftLoad {
  readonly draft: Draft | null;
  /** A stored draft that could not be read: where its text was put and why (null: none). */
  readonly setAside: {
    readonly key: string | null;
    readonly reason: string;
    readonly raw: string;
  } | null;
}

export type SaveResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'too-large' | 'quota' | 'blocked' | 'held' };

/** Why a stored text is not a draft, or null when it is one. */
function problemOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a draft';
  const o = value as Record<string, unknown>;
  if (o.format !== FORMAT) return 'not a Studio draft';
  if (o.version !== 1 && o.version !== VERSION)
    return `a draft of another version (${String(o.version)})`;
  if (typeof o.lang !== 'string' || !isLang(o.lang)) return 'its language is unknown';
  if (typeof o.savedAt !== 'number' || !Number.isFinite(o.savedAt)) return 'its date is damaged';
  const texts = o.texts;
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts)) return 'no story in it';
  for (const [lang, text] of Object.entries(texts)) {
    if (!isLang(lang)) return `a story in an unknown language (${lang.slice(0, 8)})`;
    if (typeof text !== 'string') return 'a story that is not text';
    if (text.length > MAX_FILE_CHARS) return 'a story over the size limit';
  }
  if (typeof (texts as Record<string, unknown>)[o.lang] !== 'string') return 'no story in it';
  if (o.savedId !== undefined && (typeof o.savedId !== 'string' || !isSavedId(o.savedId)))
    return 'the saved scenario it edits is unknown';
  if (o.version === VERSION && o.parts !== undefined) {
    const parts = o.parts;
    if (typeof parts !== 'object' || parts === null || Array.isArray(parts)) return 'damaged files';
    for (const [lang, list] of Object.entries(parts)) {
      if (!isLang(lang) || typeof (texts as Record<string, unknown>)[lang] !== 'string')
        return `files of a story it does not hold (${lang.slice(0, 8)})`;
      if (!Array.isArray(list)) return 'damaged files';
      for (const p of list as unknown[]) {
        const f = p as Record<string, unknown> | null;
        if (typeof f !== 'object' || f === null) return 'damaged files';
        if (typeof f.name !== 'string' || typeof f.text !== 'string') return 'damaged files';
      }
      const problem = partsProblem(list as InkPart[]);
      if (problem) return problem;
    }
  }
  return null;
}

export class DraftStore {
  /** Set when a damaged draft could not be set aside: it must not be written over. */
  private held = false;

  constructor(
    private readonly backend: StorageBackend,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Reads the saved draft; a damaged one is set aside (copied whole, then removed) and reported. */
  load(): DraftLoad {
    let raw: string | null;
    try {
      raw = this.backend.getItem(DRAFT_KEY);
    } catch {
      return { draft: null, setAside: null };
    }
    if (raw === null) return { draft: null, setAside: null };
    let value: unknown;
    let reason: string | null;
    try {
      value = JSON.parse(raw);
      reason = problemOf(value);
    } catch {
      reason = 'not readable as JSON';
    }
    if (reason === null) {
      const d = value as {
        version: number;
        lang: Lang;
        texts: Record<string, string>;
        savedAt: number;
        savedId?: string;
        parts?: Record<string, InkPart[]>;
      };
      const texts: Partial<Record<Lang, string>> = {};
      const parts: Partial<Record<Lang, readonly InkPart[]>> = {};
      for (const lang of LANGS) {
        if (typeof d.texts[lang] === 'string') texts[lang] = d.texts[lang];
        const own = d.version === VERSION ? d.parts?.[lang] : undefined;
        if (own && own.length > 0) parts[lang] = own.map((p) => ({ name: p.name, text: p.text }));
      }
      return {
        draft: {
          lang: d.lang,
          texts,
          savedAt: d.savedAt,
          ...(d.savedId === undefined ? {} : { savedId: d.savedId }),
          ...(Object.keys(parts).length > 0 ? { parts } : {}),
        },
        setAside: null,
      };
    }
    return { draft: null, setAside: { key: this.setAside(raw, reason), reason, raw } };
  }

  /** Copies damaged text under a key of its own; returns that key, or null when it could not. */
  private setAside(raw: string, reason: string): string | null {
    const at = Math.max(0, Math.floor(this.clock()));
    const key = `${SET_ASIDE_PREFIX}${at}`;
    try {
      this.backend.setItem(key, JSON.stringify({ from: DRAFT_KEY, reason, at, raw }));
    } catch {
      this.held = true;
      return null;
    }
    try {
      this.backend.removeItem(DRAFT_KEY);
    } catch {
      this.held = true;
    }
    return key;
  }

  save(draft: Omit<Draft, 'savedAt'>): SaveResult {
    if (this.held) return { ok: false, reason: 'held' };
    if (Object.values(draft.texts).some((t) => t.length > MAX_FILE_CHARS))
      return { ok: false, reason: 'too-large' };
    const parts = Object.fromEntries(
      Object.entries(draft.parts ?? {}).filter(([, list]) => list.length > 0),
    );
    if (Object.values(parts).some((list) => partsProblem(list) !== null))
      return { ok: false, reason: 'too-large' };
    const { parts: _parts, ...rest } = draft;
    const withParts = Object.keys(parts).length > 0;
    const record = {
      format: FORMAT,
      version: withParts ? VERSION : 1,
      ...rest,
      ...(withParts ? { parts } : {}),
      savedAt: this.clock(),
    };
    try {
      this.backend.setItem(DRAFT_KEY, JSON.stringify(record));
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota' : 'blocked' };
    }
  }
}
