/**
 * Reading an export file (./record.ts, exportFile) back: untrusted input, so it is size-capped before it
 * is parsed and checked with zod, and a bad file is refused with words that name what is wrong. Only
 * the ink source comes in; the Studio's check compiles and checks it before anything is saved.
 * Loaded only when a player imports a file (zod stays out of the game's first bundle).
 */
import { z } from 'zod';
import { LANGS, type Lang } from '../vocabulary/index.ts';
import { FILE_FORMAT, FILE_VERSION, MAX_SOURCE_CHARS } from './record.ts';

// Parse without compiling code: the game's Content-Security-Policy refuses `new Function`.
z.config({ jitless: true });

/** The largest file read at all (every language at its cap, with room for the JSON around it). */
export const MAX_IMPORT_CHARS = (LANGS.length + 1) * MAX_SOURCE_CHARS * 2;

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
  'damaged',
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

const isProblem = (v: unknown): v is ImportProblem =>
  (IMPORT_PROBLEMS as readonly unknown[]).includes(v);

const version = z.strictObject({
  title: z.string().max(2_000).optional(),
  source: z
    .string()
    .min(1, 'story-empty')
    .max(MAX_SOURCE_CHARS, 'story-too-long')
    .refine((s) => !s.includes('\0'), 'story-not-text'),
});

const file = z.strictObject({
  format: z.literal(FILE_FORMAT, { error: 'not-mingle' }),
  version: z.literal(FILE_VERSION, { error: 'other-version' }),
  versions: z
    .strictObject({ en: version.optional(), nl: version.optional() })
    .refine((v) => v.en !== undefined || v.nl !== undefined, 'no-story'),
});

export type ImportResult =
  | { readonly ok: true; readonly texts: Partial<Record<Lang, string>> }
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
  const parsed = file.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? issue.path.map(String).join('.').slice(0, 60) : null;
    return { ok: false, problem: isProblem(issue?.message) ? issue.message : 'damaged', at };
  }
  const texts: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const v = parsed.data.versions[lang];
    if (v) texts[lang] = v.source.replace(/^\uFEFF/, '');
  }
  return { ok: true, texts };
}
