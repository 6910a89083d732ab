/**
 * Read-only views of a profile's history for the progress screen: the attempts to list, and one series
 * per tip to plot over the attempts. Pure functions over a Profile; the screen does the drawing.
 */
import { TIPS } from '../vocabulary/index.ts';
import type { Attempt, Profile, TipId, TipTotals } from './types.ts';

/** Completed attempts with known scores, oldest first; only one scenario's when `scenario` is given. */
export function scoredAttempts(
  profile: Profile,
  scenario?: string,
): (Attempt & { totals: TipTotals })[] {
  return profile.attempts.filter(
    (a): a is Attempt & { totals: TipTotals } =>
      a.status === 'completed' &&
      a.totals !== null &&
      (scenario === undefined || a.scenario === scenario),
  );
}

export interface TipPoint {
  readonly attemptId: string;
  readonly scenario: string;
  /** When the attempt ended (ms since the epoch). */
  readonly at: number;
  readonly value: number;
}

/** For each tip, its total at the end of every scored attempt, oldest first: the lines of the plot. */
export function tipSeries(profile: Profile, scenario?: string): Record<TipId, TipPoint[]> {
  const attempts = scoredAttempts(profile, scenario);
  const series = {} as Record<TipId, TipPoint[]>;
  for (const tip of TIPS) {
    series[tip] = attempts.map((a) => ({
      attemptId: a.id,
      scenario: a.scenario,
      at: a.endedAt,
      value: a.totals[tip],
    }));
  }
  return series;
}

/** The scenarios this profile has played, most recently played first. */
export function scenariosPlayed(profile: Profile): string[] {
  const last = new Map<string, number>();
  for (const a of profile.attempts)
    last.set(a.scenario, Math.max(last.get(a.scenario) ?? 0, a.endedAt));
  return [...last.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([s]) => s);
}

/**
 * The scored attempt of `scenario` in `lang` that ended last before `before` (ms since the epoch):
 * what the debrief compares a play with ("last time"). Null when there is none.
 */
export function previousAttempt(
  profile: Profile,
  scenario: string,
  lang: string,
  before: number,
): (Attempt & { totals: TipTotals }) | null {
  return (
    scoredAttempts(profile, scenario)
      .filter((a) => a.lang === lang && a.endedAt < before)
      .at(-1) ?? null
  );
}
