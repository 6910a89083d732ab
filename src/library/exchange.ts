/**
 * Reading an export file (./record.ts, exportFile) back: untrusted input, so it is size-capped before it
 * is parsed and checked with zod, and a bad file is refused with words that name what is wrong. Only
 * the ink source comes in; the Studio's check compiles and checks it before anything is saved.
 * Loaded only when a player imports a file (zod stays out of the game's first bundle).
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../vocabulary/index.ts';
import {
  FILE_FORMAT,
  FILE_VERSION,
  MAX_FILES,
  MAX_SOURCE_CHARS,
  PART_NAME,
  STORY_FILE,
  type InkPart,
} from './record.ts';

// Parse without compiling code: the game's Content-Security-Policy refuses `new Function`.
z.config({ jitless: true });

/**
 * The largest file read at all: every language's story at its cap, with room for the JSON around it
 * and for a few included files (each is capped too, but not all sixteen at once: a scenario that big
 * is refused as a whole).
 */
export const MAX_IMPORT_CHARS = (LANGS.length + 1) * MAX_SOURCE_CHARS * 4;

/**
 * What can be wrong with a file that is refused, as a code: the screen words it in the player's
 * language (src/i18n, importProblems). 'damaged' stands for whatever zod itself found (a wrong type,
 * an unknown field), which it words only in English.
 */
export const IMPORT_PROBLEMS = [
  'too-large',
  'not-json',
  'not-mingle',
  'other-version',
  'no-story',
  'story-empty',
  'story-too-long',
  'story-not-text',
  'bad-file-name',
  'same-file-name',
  'too-many-files',
  'damaged',
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

const isProblem = (v: unknown): v is ImportProblem =>
  (IMPORT_PROBLEMS as readonly unknown[]).includes(v);

const source = z
  .string()
  .min(1, 'story-empty')
  .max(MAX_SOURCE_CHARS, 'story-too-long')
  .refine((s) => !s.includes('\0'), 'story-not-text');

/** Version 1: one source per language. */
const version1 = z.strictObject({ title: z.string().max(2_000).optional(), source });

/** Version 2: with the files the story includes, each named as the Studio names them. */
const part = z.strictObject({
  name: z
    .string()
    .max(100, 'bad-file-name')
    .refine((n) => PART_NAME.test(n) && n !== STORY_FILE, 'bad-file-name'),
  text: z
    .string()
    .max(MAX_SOURCE_CHARS, 'story-too-long')
    .refine((s) => !s.includes('\0'), 'story-not-text'),
});
const version2 = version1.extend({
  parts: z
    .array(part)
    .max(MAX_FILES - 1, 'too-many-files')
    .refine((ps) => new Set(ps.map((p) => p.name)).size === ps.length, 'same-file-name')
    .optional(),
});

const versionsOf = <V extends z.ZodType>(v: V) =>
  z
    .strictObject({ en: v.optional(), nl: v.optional() })
    .refine((vs) => vs.en !== undefined || vs.nl !== undefined, 'no-story');

const files = {
  1: z.strictObject({
    format: z.literal(FILE_FORMAT),
    version: z.literal(1),
    versions: versionsOf(version1),
  }),
  2: z.strictObject({
    format: z.literal(FILE_FORMAT),
    version: z.literal(2),
    versions: versionsOf(version2),
  }),
} as const;
/** The format and version first, so a file of another kind or version is named as such. */
const head = z.object({
  format: z.literal(FILE_FORMAT, { error: 'not-mingle' }),
  version: z.union([z.literal(1), z.literal(FILE_VERSION)], { error: 'other-version' }),
});

export type ImportResult =
  | {
      readonly ok: true;
      readonly texts: Partial<Record<Lang, string>>;
      /** The files each language's story includes (a language with none is absent). */
      readonly parts: Partial<Record<Lang, readonly InkPart[]>>;
    }
  | {
      readonly ok: false;
      readonly problem: ImportProblem;
      /** Where in the file (a field's path, as `versions.en.source`), when known. */
      readonly at: string | null;
    };

/** Reads an export file's text: the source of each language it holds, or what is wrong with it. */
export function readExportFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'too-large', at: null };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json', at: null };
  }
  const refused = (error: z.ZodError): ImportResult => {
    const issue = error.issues[0];
    const at = issue?.path.length ? issue.path.map(String).join('.').slice(0, 60) : null;
    return { ok: false, problem: isProblem(issue?.message) ? issue.message : 'damaged', at };
  };
  const known = head.safeParse(value);
  if (!known.success) return refused(known.error);
  const parsed = files[known.data.version].safeParse(value);
  if (!parsed.success) return refused(parsed.error);
  const texts: Partial<Record<Lang, string>> = {};
  const parts: Partial<Record<Lang, readonly InkPart[]>> = {};
  for (const lang of LANGS) {
    const v = parsed.data.versions[lang];
    if (!v) continue;
    texts[lang] = v.source.replace(/^\uFEFF/, '');
    const own = 'parts' in v ? (v.parts ?? []) : [];
    if (own.length > 0)
      parts[lang] = own.map((p) => ({ name: p.name, text: p.text.replace(/^\uFEFF/, '') }));
  }
  return { ok: true, texts, parts };
}
