/**
 * What a room did, for its debrief and its records: the group's path scored on the five tips against
 * the scenario's ranges (the same `buildDebrief` as a single player's), the split at every decision,
 * where the room disagreed most, and the stronger options it passed over; and the exports (CSV, JSON).
 */
import {
  buildDebrief,
  netEffect,
  strongestOption,
  TIPS,
  type Debrief,
  type ScoredOption,
  type TipEffects,
  type TipRanges,
} from '../scoring/index.ts';
import {
  agreementOf,
  roomMoments,
  type Decision,
  type HistoryEntry,
  type RoomOption,
} from '../rooms/index.ts';

export interface DecisionSummary {
  readonly decision: Decision;
  /** Share of the votes that went to the option taken (0..1); null when nobody voted. */
  readonly agreement: number | null;
  /** The strongest option on offer, when the room took a weaker one. */
  readonly stronger: RoomOption | null;
}

export interface RoomSummary {
  readonly debrief: Debrief;
  readonly decisions: readonly DecisionSummary[];
  /** Up to three decisions where the votes were most divided (most divided first). */
  readonly mostDivided: readonly DecisionSummary[];
  /** Decisions where a stronger option was on offer. */
  readonly passedOver: readonly DecisionSummary[];
  readonly ending: string | null;
  readonly overrides: number;
}

function asScored(o: RoomOption): ScoredOption {
  return { text: o.text, effects: o.effects, why: o.why };
}

export function decisionsIn(history: readonly HistoryEntry[]): Decision[] {
  return history.filter((h): h is Decision => h.kind === 'decision');
}

export function summarize(history: readonly HistoryEntry[], ranges: TipRanges): RoomSummary {
  const decisions = decisionsIn(history).map((decision): DecisionSummary => {
    const chosen = decision.point.options.find((o) => o.index === decision.chosen);
    const best = strongestOption(decision.point.options.map(asScored));
    const stronger =
      chosen && best && netEffect(best.effects) > netEffect(chosen.effects)
        ? (decision.point.options.find((o) => o.text === best.text) ?? null)
        : null;
    return {
      decision,
      agreement: decision.voters > 0 ? agreementOf(decision) : null,
      stronger,
    };
  });
  const mostDivided = decisions
    .filter((d) => d.agreement !== null && d.agreement < 1 && d.decision.voters > 1)
    .sort((a, b) => (a.agreement ?? 1) - (b.agreement ?? 1) || a.decision.step - b.decision.step)
    .slice(0, 3);
  const end = [...history].reverse().find((h) => h.kind === 'end');
  return {
    debrief: buildDebrief(roomMoments(history), ranges),
    decisions,
    mostDivided,
    passedOver: decisions.filter((d) => d.stronger !== null),
    ending: end && end.kind === 'end' ? end.ending : null,
    overrides: decisions.filter((d) => d.decision.how === 'override').length,
  };
}

/** A spreadsheet cell: quoted, and never read as a formula by a spreadsheet (CSV injection). */
function cell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function effectsText(effects: TipEffects): string {
  return TIPS.filter((t) => effects[t] !== undefined)
    .map((t) => `tip${t} ${(effects[t] ?? 0) > 0 ? '+' : ''}${effects[t]}`)
    .join(' ');
}

export const CSV_COLUMNS = [
  'step',
  'choice_point',
  'prompt',
  'options',
  'votes',
  'voters',
  'chosen_option',
  'chosen_text',
  'how',
  'tie_broken',
  'tip1',
  'tip2',
  'tip3',
  'tip4',
  'tip5',
  'effects_per_option',
  'why',
] as const;

/** One row per decision: the choice point, its options, the votes per option, what was taken, its effects. */
export function toCsv(history: readonly HistoryEntry[]): string {
  const rows = [CSV_COLUMNS.map((c) => cell(c)).join(',')];
  for (const d of decisionsIn(history)) {
    const chosen = d.point.options.find((o) => o.index === d.chosen);
    const position = d.point.options.findIndex((o) => o.index === d.chosen);
    rows.push(
      [
        d.step,
        d.point.id,
        d.point.prompt,
        d.point.options.map((o, i) => `${i + 1}. ${o.text}`).join(' | '),
        d.tally.join(' | '),
        d.voters,
        position + 1,
        chosen?.text ?? '',
        d.how,
        d.tieBroken,
        ...TIPS.map((t) => chosen?.effects[t] ?? 0),
        d.point.options.map((o, i) => `${i + 1}: ${effectsText(o.effects) || '0'}`).join(' | '),
        chosen?.why ?? '',
      ]
        .map((v) => cell(v))
        .join(','),
    );
  }
  // A byte-order mark so spreadsheet programs read the accents of the Dutch text correctly.
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

export interface RoomRecord {
  readonly format: 'mingle-room';
  readonly version: 1;
  readonly scenario: { readonly id: string; readonly lang: string; readonly title: string };
  readonly title: string | null;
  readonly exportedAt: string;
  readonly participants: number;
  readonly ending: string | null;
  readonly tips: Debrief['tips'];
  readonly history: readonly HistoryEntry[];
}

export function toJson(record: Omit<RoomRecord, 'format' | 'version'>): string {
  const full: RoomRecord = { format: 'mingle-room', version: 1, ...record };
  return `${JSON.stringify(full, null, 2)}\n`;
}

/** A file name with only safe characters. */
export function exportName(scenario: string, at: Date, ext: 'csv' | 'json'): string {
  const day = at.toISOString().slice(0, 10);
  return `mingle-room-${scenario.replace(/[^a-z0-9-]/gi, '')}-${day}.${ext}`;
}
