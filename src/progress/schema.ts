/**
 * Where things live in storage and which schema version they are. The major version is part of every
 * key (`mingle:v1:...`), so a future v2 writes beside v1 instead of over it, and an older build of the
 * game that is still open in another tab never reads a shape it does not know.
 */

export const SCHEMA_VERSION = 1;

/** Everything of ours starts with this; keys without it belong to someone else on the same origin. */
export const KEY_PREFIX = 'mingle:';
export const V1_PREFIX = 'mingle:v1:';
export const INDEX_KEY = 'mingle:v1:index';
export const SETTINGS_KEY = 'mingle:v1:settings';
export const PROFILE_PREFIX = 'mingle:v1:profile:';
export const QUARANTINE_PREFIX = 'mingle:quarantine:';

/** The single-blob save of the pre-release build (schema "v0"); see migrate.ts. */
export const LEGACY_KEY = 'mingle:save';

/** Profile and attempt ids: short, lowercase, safe in a key and a file name. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function profileKey(id: string): string {
  return PROFILE_PREFIX + id;
}

/** The profile id a key names, or null if it is not a profile key. */
export function profileIdOf(key: string): string | null {
  return key.startsWith(PROFILE_PREFIX) ? key.slice(PROFILE_PREFIX.length) : null;
}

/** Caps that keep one record from growing without bound or a hostile file from exhausting memory. */
export const LIMITS = {
  nickname: 40,
  pathLength: 5000,
  choiceIndex: 999,
  /** Per-tip totals: far beyond any real story (a story of 5000 choices at ±3 stays under 15000). */
  total: 100_000,
  text: 200,
  memoryEntries: 500,
  runsPerProfile: 5,
  tombstones: 200,
  /** Characters in an import file. */
  importSize: 10_000_000,
} as const;
