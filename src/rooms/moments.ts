/**
 * A room's decisions as the scoring model's moments, so the room debrief is built by the same
 * `buildDebrief` as a single player's (the group's path scored against the scenario's ranges).
 */
import type { Moment, ScoredOption } from '../scoring/index.ts';
import type { Decision, HistoryEntry, RoomOption } from './state.ts';

function scored(o: RoomOption): ScoredOption {
  return { text: o.text, effects: o.effects, why: o.why };
}

/** One moment per decision, in order; a decision whose chosen option is unknown is left out. */
export function roomMoments(history: readonly HistoryEntry[]): Moment[] {
  const moments: Moment[] = [];
  for (const h of history) {
    if (h.kind !== 'decision') continue;
    const chosen = h.point.options.find((o) => o.index === h.chosen);
    if (!chosen) continue;
    moments.push({
      prompt: h.point.prompt,
      chosen: scored(chosen),
      offered: h.point.options.map(scored),
    });
  }
  return moments;
}

/** Votes for the option a decision took, out of all votes (1 when the room was unanimous). */
export function agreementOf(d: Decision): number {
  if (d.voters === 0) return 0;
  const at = d.point.options.findIndex((o) => o.index === d.chosen);
  return (d.tally[at] ?? 0) / d.voters;
}
