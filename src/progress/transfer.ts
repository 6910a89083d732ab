/**
 * Profile files: the text of an exported profile, and the careful reading of a file a learner picked
 * to import. People pick the wrong file (a photo, another app's JSON, a half-copied download), so
 * reading says what the file actually is instead of "invalid JSON".
 *
 * The file is the profile's stored record without its revision (a revision only means something in
 * the storage it came from), wrapped with a format marker:
 *
 *   { "format": "mingle-profile", "formatVersion": 1, "exportedAt": "2026-...Z", "profile": { ... } }
 */
import { progressEn } from '../i18n/progress-en.ts';
import { SCHEMA_VERSION, LIMITS } from './schema.ts';
import type { Profile } from './types.ts';
import { isPlainObject, readProfileRecord } from './validate.ts';

export const PROFILE_FORMAT = 'mingle-profile';
export const QUARANTINE_FORMAT = 'mingle-quarantine';
export const FORMAT_VERSION = 1;

export function profileFileText(profile: Profile, now: number): string {
  return JSON.stringify(
    {
      format: PROFILE_FORMAT,
      formatVersion: FORMAT_VERSION,
      exportedAt: new Date(now).toISOString(),
      profile: { schema: SCHEMA_VERSION, ...profile },
    },
    null,
    2,
  );
}

/** A suggested file name, e.g. "mingle-ana-2026-11-27.json". */
export function profileFileName(profile: Profile, now: number): string {
  const slug =
    profile.nickname
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || profile.id;
  return `mingle-${slug}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ImportProblem =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-json'
  | 'truncated'
  | 'foreign'
  | 'quarantine-file'
  | 'newer-version'
  | 'invalid'
  /** The file was fine but did not fit in this browser's storage: nothing was imported. */
  | 'storage-full'
  /** The file was fine but the browser refused the write for another reason: nothing was imported. */
  | 'not-saved';

/** Why a readable file was not imported after all (it did not reach storage). */
export function importFailureMessage(problem: 'storage-full' | 'not-saved'): string {
  return problems[problem];
}

export type ProfileFileReading =
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** Parts of the file that were damaged and left out. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problem: ImportProblem; readonly message: string };

const words = progressEn.fileReading;
const problems = progressEn.importProblems;

/** File signatures of what people most often pick by mistake, read as text. */
const SIGNATURES: readonly (readonly [RegExp, keyof typeof words.kinds])[] = [
  [/^(\u0089|\ufffd)PNG/, 'png'],
  [/^(\u00ff\u00d8|\ufffd\ufffd)\u00ff?/, 'jpeg'],
  [/^GIF8/, 'gif'],
  [/^%PDF/, 'pdf'],
  // eslint-disable-next-line no-control-regex -- the ZIP signature is made of control characters.
  [/^PK\u0003\u0004/, 'zip'],
  [/^RIFF/, 'media'],
];

function fail(problem: ImportProblem, message: string): ProfileFileReading {
  return { ok: false, problem, message };
}

export function readProfileFile(text: string): ProfileFileReading {
  if (text.trim() === '') return fail('empty', problems.empty);
  if (text.length > LIMITS.importSize) return fail('too-large', problems['too-large']);
  const body = text.replace(/^\ufeff/, '');
  for (const [signature, what] of SIGNATURES) {
    if (signature.test(body)) return fail('binary', words.isKind(words.kinds[what]));
  }
  // eslint-disable-next-line no-control-regex -- a NUL or a run of replacement characters means binary.
  if (/\u0000|\ufffd{3}/.test(body)) {
    return fail('binary', words.notText);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    if (body.includes(`"${PROFILE_FORMAT}"`)) return fail('truncated', problems.truncated);
    return fail('not-json', problems['not-json']);
  }

  if (!isPlainObject(parsed) || parsed.format === undefined) {
    return fail('foreign', words.noMarker);
  }
  if (parsed.format === QUARANTINE_FORMAT) {
    return fail('quarantine-file', problems['quarantine-file']);
  }
  if (parsed.format !== PROFILE_FORMAT) {
    return fail('foreign', words.otherFormat(JSON.stringify(parsed.format)));
  }
  const version = parsed.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid', words.noVersion);
  }
  if (version > FORMAT_VERSION) {
    return fail('newer-version', problems['newer-version']);
  }

  const reading = readProfileRecord(
    isPlainObject(parsed.profile) ? { ...parsed.profile, revision: 0 } : parsed.profile,
    null,
  );
  if (!reading.ok) {
    return fail('invalid', words.damaged(reading.problem));
  }
  return { ok: true, profile: reading.profile, warnings: reading.problems };
}
