/**
 * How a package tells the game how it was built: a `<meta name="mingle-lms">` in the launch page
 * (written by scripts/package-scorm.ts; no inline script, so a strict Content-Security-Policy holds)
 * and the scenario in the launch URL's query (`?scenario=hard-seller`, the manifest item's
 * `parameters`), so one launch page serves every SCO of a course.
 */
import type { ScormVersion } from './api.ts';

export interface LaunchConfig {
  readonly scorm: ScormVersion;
  /** A fixed language ('en', 'nl'), or null when the learner chooses. */
  readonly lang: string | null;
  /** The pass mark as a share 0..1 of the scenario's possible range (when the LMS sets none). */
  readonly mastery: number;
  /** The scenario this SCO plays. */
  readonly scenario: string;
}

export const META_NAME = 'mingle-lms';
export const DEFAULT_MASTERY = 0.6;

/** The package's settings, with safe defaults for anything missing or malformed. */
export function readLaunchConfig(
  meta: string | null,
  search: string,
  fallbackScenario: string,
): LaunchConfig {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(meta ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged meta tag: play with the defaults rather than not at all.
  }
  const mastery = typeof raw.mastery === 'number' ? raw.mastery : DEFAULT_MASTERY;
  const scenario = new URLSearchParams(search).get('scenario') ?? '';
  return {
    scorm: raw.scorm === '1.2' ? '1.2' : '2004',
    lang: typeof raw.lang === 'string' && /^[a-z]{2}$/.test(raw.lang) ? raw.lang : null,
    mastery: Number.isFinite(mastery) ? Math.min(1, Math.max(0, mastery)) : DEFAULT_MASTERY,
    scenario: /^[a-z0-9-]{1,64}$/.test(scenario) ? scenario : fallbackScenario,
  };
}
