/**
 * How long, and with how much memory, the story analyzer may explore one story before it stops and
 * reports what it found as partial (an error: partial figures are guesses). The state limit
 * (DEFAULT_MAX_STATES) is the deterministic bound; these two are the backstop for a story whose
 * states are each expensive, or for `--max-states` raised very high. Documented in docs/authoring.md.
 *
 * - `npm run stories:check`: CHECK_LIMITS, changed with `--max-seconds` and `--max-memory`.
 * - The build (and the dev server and the story tests, through buildScenario): BUILD_LIMITS, larger,
 *   because a build that fails on a busy machine for a sound story would be worse than a slow one;
 *   changed with MINGLE_STORY_MAX_SECONDS and MINGLE_STORY_MAX_MEMORY_MB.
 */
import type { AnalysisOptions } from '../../src/analysis/index.ts';

export interface AnalysisLimits {
  readonly maxSeconds: number;
  readonly maxMemoryMB: number;
}

/** The bundled stories take about a second each and a few tens of MB: far below both. */
export const CHECK_LIMITS: AnalysisLimits = { maxSeconds: 60, maxMemoryMB: 1024 };

export const BUILD_LIMITS: AnalysisLimits = { maxSeconds: 300, maxMemoryMB: 1024 };

/** A positive number from the environment, or the default (a bad value is an error, not ignored). */
function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a number above 0, not "${raw}"`);
  return n;
}

/** The analyzer options the build uses: BUILD_LIMITS, or the environment's. */
export function buildAnalysisLimits(): Pick<
  AnalysisOptions,
  'maxSeconds' | 'maxMemoryMB' | 'memoryUsed'
> {
  return {
    maxSeconds: fromEnv('MINGLE_STORY_MAX_SECONDS', BUILD_LIMITS.maxSeconds),
    maxMemoryMB: fromEnv('MINGLE_STORY_MAX_MEMORY_MB', BUILD_LIMITS.maxMemoryMB),
    memoryUsed: () => process.memoryUsage().heapUsed,
  };
}
