/**
 * Trust per person (docs/rubric.md, "Trust per person"): how each named character came to see the
 * player along the path played, from the `trust: id ±K` tags of the choices taken. Misner's stages
 * frame the result: people first need to see you, then find you credible, and only then refer you.
 * Pure: moments in, one line per person out; the debrief draws it.
 */
import type { TrustStage } from '../vocabulary/index.ts';
import type { Moment } from './types.ts';

export type { TrustStage } from '../vocabulary/index.ts';

/** One choice that moved a person's trust. */
export interface TrustStep {
  /** Index of the moment (the choice made) in the play, from 0. */
  readonly moment: number;
  /** The text of the choice taken. */
  readonly choice: string;
  readonly act: string | null;
  readonly delta: number;
  /** Trust after this choice. */
  readonly level: number;
}

export interface TrustLine {
  /** The cast id. */
  readonly person: string;
  /** Every change, in the order played; the line starts at 0 before the first. */
  readonly steps: readonly TrustStep[];
  readonly final: number;
  readonly stage: TrustStage;
  /** The choice that turned it most (the largest change; the later one on a tie). */
  readonly turning: TrustStep | null;
  /** True when the line fell and then climbed back to at least where it was: a repair. */
  readonly repaired: boolean;
}

export function trustStage(level: number): TrustStage {
  if (level < 0) return 'wary';
  if (level <= 1) return 'visible';
  if (level <= 3) return 'credible';
  return 'referable';
}

/** One line per person whose trust any chosen option moved, in the order they were first moved. */
export function trustLines(moments: readonly Moment[]): TrustLine[] {
  const steps = new Map<string, TrustStep[]>();
  moments.forEach((m, index) => {
    for (const t of m.chosen.trust ?? []) {
      const list = steps.get(t.person) ?? [];
      const level = (list[list.length - 1]?.level ?? 0) + t.delta;
      list.push({
        moment: index,
        choice: m.chosen.text,
        act: m.chosen.act ?? null,
        delta: t.delta,
        level,
      });
      steps.set(t.person, list);
    }
  });
  return [...steps].map(([person, list]) => {
    let turning: TrustStep | null = null;
    for (const s of list) if (!turning || Math.abs(s.delta) >= Math.abs(turning.delta)) turning = s;
    const final = list[list.length - 1]?.level ?? 0;
    // A repair: after a fall, the line climbs back to at least where it stood before the fall.
    const repaired = list.some(
      (fall, i) =>
        fall.delta < 0 && list.slice(i + 1).some((later) => later.level >= fall.level - fall.delta),
    );
    return { person, steps: list, final, stage: trustStage(final), turning, repaired };
  });
}
