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

const version = z.strictObject({
  title: z.string().max(2_000).optional(),
  source: z
    .string()
    .min(1, 'its story is empty')
    .max(MAX_SOURCE_CHARS, `its story is over ${MAX_SOURCE_CHARS / 1024} kB`)
    .refine((s) => !s.includes('\0'), 'its story is not text'),
});

const file = z.strictObject({
  format: z.literal(FILE_FORMAT, { error: 'it is not a Mingle scenario file' }),
  version: z.literal(FILE_VERSION, { error: 'it is from another version of Mingle' }),
  versions: z
    .strictObject({ en: version.optional(), nl: version.optional() })
    .refine((v) => v.en !== undefined || v.nl !== undefined, 'it holds no story'),
});

export type ImportResult =
  | { readonly ok: true; readonly texts: Partial<Record<Lang, string>> }
  | { readonly ok: false; readonly problem: string };

/** Reads an export file's text: the source of each language it holds, or what is wrong with it. */
export function readExportFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: 'the file is too large' };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'it is not JSON' };
  }
  const parsed = file.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? ` (at ${issue.path.map(String).join('.').slice(0, 60)})` : '';
    return { ok: false, problem: `${issue?.message ?? 'it is damaged'}${at}` };
  }
  const texts: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const v = parsed.data.versions[lang];
    if (v) texts[lang] = v.source.replace(/^\uFEFF/, '');
  }
  return { ok: true, texts };
}
