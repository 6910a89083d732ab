/**
 * Device settings: defaults, and a reader that repairs field by field. A damaged volume must not reset
 * the learner's text size, so every field is read on its own and falls back to its own default.
 * A field that is merely missing (a record written before the field existed) takes its default quietly;
 * a field that is present but wrong is reported as a problem.
 */
import { SCHEMA_VERSION } from './schema.ts';
import {
  MOTION_PREFERENCES,
  TEXT_SIZES,
  TEXT_SPEEDS,
  TIME_PRESSURES,
  type MotionPreference,
  type Settings,
  type TextSize,
  type TextSpeed,
  type TimePressure,
} from './types.ts';
import { isLanguageTag, isPlainObject, SCENARIO_PATTERN } from './validate.ts';

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  volume: 0.8,
  muted: false,
  textSpeed: 'normal',
  textSize: 'medium',
  coachMode: false,
  reducedMotion: 'system',
  pictures: true,
  timePressure: {},
};

/** More scenarios than any catalogue has: a cap on what a damaged record can make us hold. */
const MAX_TIMED_SCENARIOS = 500;

/** Per scenario id, a known time pressure; anything else makes the whole field invalid. */
function readTimePressure(v: unknown): Readonly<Record<string, TimePressure>> | undefined {
  if (!isPlainObject(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length > MAX_TIMED_SCENARIOS) return undefined;
  const out: Record<string, TimePressure> = {};
  for (const [id, value] of entries) {
    if (!SCENARIO_PATTERN.test(id) || !TIME_PRESSURES.includes(value as TimePressure))
      return undefined;
    out[id] = value as TimePressure;
  }
  return out;
}

type Field = keyof Settings;

/** One checker per field: returns the value when it is valid, undefined when not. */
const CHECKS: { readonly [K in Field]: (v: unknown) => Settings[K] | undefined } = {
  language: (v) => (isLanguageTag(v) ? v : undefined),
  volume: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? v : undefined),
  muted: (v) => (typeof v === 'boolean' ? v : undefined),
  textSpeed: (v) => (TEXT_SPEEDS.includes(v as TextSpeed) ? (v as TextSpeed) : undefined),
  textSize: (v) => (TEXT_SIZES.includes(v as TextSize) ? (v as TextSize) : undefined),
  coachMode: (v) => (typeof v === 'boolean' ? v : undefined),
  reducedMotion: (v) =>
    MOTION_PREFERENCES.includes(v as MotionPreference) ? (v as MotionPreference) : undefined,
  pictures: (v) => (typeof v === 'boolean' ? v : undefined),
  timePressure: readTimePressure,
};

const FIELDS = Object.keys(CHECKS) as Field[];

export interface SettingsReading {
  readonly settings: Settings;
  /** Fields that were present but invalid and were reset to their defaults. */
  readonly invalid: readonly Field[];
}

/** Reads settings from anything; never fails. `fallback` supplies the value for a bad or missing field. */
export function readSettings(raw: unknown, fallback: Settings = DEFAULT_SETTINGS): SettingsReading {
  const o = isPlainObject(raw) ? raw : {};
  const invalid: Field[] = [];
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = o[field];
    const checked = value === undefined ? undefined : CHECKS[field](value);
    if (value !== undefined && checked === undefined) invalid.push(field);
    out[field] = checked ?? fallback[field];
  }
  return { settings: out as unknown as Settings, invalid };
}

export type SettingsRecordReading =
  ({ readonly ok: true } & SettingsReading) | { readonly ok: false; readonly problem: string };

/**
 * Reads a stored settings record (`{ schema: 1, ...fields }`). A record that is not an object, or whose
 * schema is not this build's, is refused whole, as profiles and the index are: its fields may mean
 * something else. A record of this schema is repaired field by field.
 */
export function readSettingsRecord(
  raw: unknown,
  fallback: Settings = DEFAULT_SETTINGS,
): SettingsRecordReading {
  if (!isPlainObject(raw)) return { ok: false, problem: 'the record is not an object' };
  if (raw.schema !== SCHEMA_VERSION) {
    return {
      ok: false,
      problem: `the record's schema is ${JSON.stringify(raw.schema) ?? 'missing'}, not ${SCHEMA_VERSION}`,
    };
  }
  return { ok: true, ...readSettings(raw, fallback) };
}

/** Applies a partial update; invalid fields in `patch` are ignored and named in `rejected`. */
export function patchSettings(
  current: Settings,
  patch: Partial<Settings>,
): { settings: Settings; rejected: Field[] } {
  const { settings, invalid } = readSettings({ ...current, ...patch }, current);
  return { settings, rejected: [...invalid] };
}

/** The stored shape. */
export function settingsRecord(settings: Settings): Record<string, unknown> {
  return { schema: SCHEMA_VERSION, ...settings };
}
