/**
 * A profile's history on the share scale (issue 17, item 8): every finished attempt measured as a share
 * of what its own scenario allowed, per tip and overall, with the ranges of the memory it started with
 * (the same numbers its debrief showed). Raw scores cannot be compared across scenarios, whose ranges
 * differ; shares can be read side by side, and a trend compares each scenario only with itself.
 * Pure: a profile and the catalogue in, numbers out; the progress screen draws them.
 */
import { overallShare, tipShare } from '../scoring/index.ts';
import { TIPS, type TipId } from '../vocabulary/index.ts';
import { scoredAttempts, type Attempt, type Profile, type TipTotals } from '../progress/index.ts';
import type { ScenarioInfo } from '../story/index.ts';
import { rangesForMemory } from './ranges.ts';

export type ScoredAttempt = Attempt & { readonly totals: TipTotals };

/** One finished attempt on the share scale. */
export interface AttemptShares {
  readonly attempt: ScoredAttempt;
  /** Each tip's share of its range (0..1); null for a tip the scenario cannot move. */
  readonly tips: Readonly<Record<TipId, number | null>>;
  /** The share of everything the scenario allowed, as the debrief's "overall". */
  readonly overall: number;
}

/** Every measured attempt at one scenario, oldest first, with the ones that stand out. */
export interface ScenarioShares {
  readonly scenario: string;
  readonly attempts: readonly AttemptShares[];
  readonly first: AttemptShares;
  readonly latest: AttemptShares;
  /** The attempt with the highest overall share (the earlier one on a tie). */
  readonly best: AttemptShares;
  /** Each tip's highest share over the attempts; null when the scenario cannot move it. */
  readonly tipBest: Readonly<Record<TipId, number | null>>;
}

/**
 * What the history says as a whole. `standing` is the mean overall share of the latest attempt at each
 * scenario played (where the player stands now, each scenario counted once, so playing one scenario
 * often does not weigh it more). `change` is the mean, over the scenarios played more than once, of
 * the latest overall share minus the first: it compares each scenario only with itself.
 */
export interface ShareTrend {
  readonly scenarios: number;
  readonly standing: number;
  /** How many scenarios were played more than once (the ones `change` is about). */
  readonly replayed: number;
  /** Null when no scenario was played twice. */
  readonly change: number | null;
}

export interface ShareHistory {
  /** Measured attempts, oldest first (the order of the plot's x axis). */
  readonly attempts: readonly AttemptShares[];
  /** One entry per scenario, the most recently played first. */
  readonly scenarios: readonly ScenarioShares[];
  /** Null when there is no measured attempt. */
  readonly trend: ShareTrend | null;
}

/** The scenario an attempt was played in: the same language first, else the same id in another. */
function infoOf(catalogue: readonly ScenarioInfo[], a: Attempt): ScenarioInfo | undefined {
  return (
    catalogue.find((s) => s.id === a.scenario && s.lang === a.lang) ??
    catalogue.find((s) => s.id === a.scenario)
  );
}

/**
 * Measures one attempt, or null when its scenario is no longer in the catalogue or moves no tip (it
 * stays in the history table with its raw scores, but has no share to draw).
 */
export function attemptShares(
  catalogue: readonly ScenarioInfo[],
  attempt: ScoredAttempt,
): AttemptShares | null {
  const info = infoOf(catalogue, attempt);
  if (!info) return null;
  const ranges = rangesForMemory(info, attempt.memory ?? {});
  const overall = overallShare(attempt.totals, ranges);
  if (overall === null) return null;
  const tips = {} as Record<TipId, number | null>;
  for (const tip of TIPS) tips[tip] = tipShare(attempt.totals[tip], ranges[tip]);
  return { attempt, tips, overall };
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function shareHistory(profile: Profile, catalogue: readonly ScenarioInfo[]): ShareHistory {
  const attempts = scoredAttempts(profile).flatMap((a) => {
    const m = attemptShares(catalogue, a);
    return m ? [m] : [];
  });
  const byScenario = new Map<string, AttemptShares[]>();
  for (const m of attempts) {
    const list = byScenario.get(m.attempt.scenario) ?? [];
    list.push(m);
    byScenario.set(m.attempt.scenario, list);
  }
  const scenarios: ScenarioShares[] = [];
  for (const [scenario, list] of byScenario) {
    const first = list[0];
    const latest = list.at(-1);
    if (!first || !latest) continue;
    const best = list.reduce((b, m) => (m.overall > b.overall ? m : b), first);
    const tipBest = {} as Record<TipId, number | null>;
    for (const tip of TIPS) {
      const values = list.flatMap((m) => (m.tips[tip] === null ? [] : [m.tips[tip]]));
      tipBest[tip] = values.length > 0 ? Math.max(...values) : null;
    }
    scenarios.push({ scenario, attempts: list, first, latest, best, tipBest });
  }
  scenarios.sort(
    (a, b) =>
      b.latest.attempt.endedAt - a.latest.attempt.endedAt || (a.scenario < b.scenario ? -1 : 1),
  );
  if (scenarios.length === 0) return { attempts, scenarios, trend: null };
  const replayed = scenarios.filter((s) => s.attempts.length > 1);
  return {
    attempts,
    scenarios,
    trend: {
      scenarios: scenarios.length,
      standing: mean(scenarios.map((s) => s.latest.overall)),
      replayed: replayed.length,
      change:
        replayed.length > 0 ? mean(replayed.map((s) => s.latest.overall - s.first.overall)) : null,
    },
  };
}
