/**
 * The rubric's figures for one analysed story (docs/rubric.md, "Trade-offs"): how many choices have
 * mixed effects (one tip up, another down), and at how many choice points the best option on one tip
 * is not the best on all, so that no option wins everything and the room has something to argue
 * about. Pure: report in, figures out.
 */
import {
  codedMessage,
  LINT_MESSAGES,
  TIPS,
  type LintMessageCode,
  type MessageParams,
} from '../story/index.ts';
import type { AnalysisReport, ChoiceInfo, Memory } from './types.ts';

/** At least this share of a scenario's choices must have mixed effects. */
export const MIN_MIXED_SHARE = 0.25;
/** More than this share of its choice points must offer a real trade-off. */
export const MIN_TRADE_OFF_SHARE = 0.5;

export interface RubricFigures {
  readonly choices: number;
  /** Choices with at least one tip up and one tip down. */
  readonly mixed: number;
  readonly mixedShare: number;
  /** Choice points offering two or more options. */
  readonly points: number;
  /** Of those, the points where no option is the best on every tip. */
  readonly tradeOffPoints: number;
  readonly tradeOffShare: number;
  /** Choice points where one option is best on every tip: the place to look when adding dilemmas. */
  readonly dominated: readonly {
    readonly point: string;
    readonly place: string;
    readonly best: string;
  }[];
  /** How often each act is used. */
  readonly acts: Readonly<Record<string, number>>;
  /** Choices without an act. */
  readonly withoutAct: number;
}

export function isMixed(c: Pick<ChoiceInfo, 'effects'>): boolean {
  const values = Object.values(c.effects);
  return values.some((v) => v > 0) && values.some((v) => v < 0);
}

/** The option best on every tip at once, or null when each tip has its own best. */
export function dominantOption<T extends Pick<ChoiceInfo, 'effects'>>(
  options: readonly T[],
): T | null {
  const best = TIPS.map((tip) => Math.max(...options.map((o) => o.effects[tip] ?? 0)));
  return options.find((o) => TIPS.every((tip, i) => (o.effects[tip] ?? 0) === best[i])) ?? null;
}

export function rubricFigures(report: AnalysisReport): RubricFigures {
  const choices = report.choices;
  const mixed = choices.filter(isMixed).length;
  const byPoint = new Map<string, ChoiceInfo[]>();
  for (const c of choices) byPoint.set(c.point, [...(byPoint.get(c.point) ?? []), c]);
  let points = 0;
  let tradeOffPoints = 0;
  const dominated: { point: string; place: string; best: string }[] = [];
  for (const [point, options] of byPoint) {
    if (options.length < 2) continue;
    points++;
    const best = dominantOption(options);
    if (best === null) tradeOffPoints++;
    else dominated.push({ point, place: best.place, best: best.text });
  }
  const acts: Record<string, number> = {};
  for (const c of choices) if (c.act !== null) acts[c.act] = (acts[c.act] ?? 0) + 1;
  return {
    choices: choices.length,
    mixed,
    mixedShare: choices.length > 0 ? mixed / choices.length : 0,
    points,
    tradeOffPoints,
    tradeOffShare: points > 0 ? tradeOffPoints / points : 0,
    dominated,
    acts,
    withoutAct: choices.filter((c) => c.act === null).length,
  };
}

/**
 * What the rubric asks of a scenario beyond its acts and bands (docs/rubric.md, "What the story check
 * enforces"): a prompt at every choice point, enough mixed choices, enough trade-offs. One list for the
 * command line and the Studio, so both say the same thing in the same words; `place` and `choice`
 * (null for the story as a whole) let each caller pin a problem to its own idea of a line.
 */
export interface RubricProblem {
  readonly message: string;
  /** The message's code and parameters (src/story/lint-messages.ts), for other languages. */
  readonly code: LintMessageCode;
  readonly params: MessageParams;
  readonly place: string | null;
  readonly choice: string | null;
  readonly path: number[] | null;
  readonly memory: Memory | null;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A rubric message by its code: the English words, with the code and parameters beside them. */
const say = <C extends LintMessageCode>(
  code: C,
  ...params: Parameters<(typeof LINT_MESSAGES)[C]>
): { message: string; code: C; params: MessageParams } => {
  const m = codedMessage(LINT_MESSAGES, code, ...params);
  return { message: m.message, code, params: m.params };
};

export function rubricProblems(
  report: AnalysisReport,
  figures: RubricFigures = rubricFigures(report),
): RubricProblem[] {
  const out: RubricProblem[] = [];
  for (const u of report.undiscussed) {
    out.push({
      ...say('rubric-no-discuss', { choice: u.choice }),
      place: u.place,
      choice: u.choice,
      path: u.path,
      memory: Object.keys(u.memory).length > 0 ? u.memory : null,
    });
  }
  if (figures.mixedShare < MIN_MIXED_SHARE) {
    out.push({
      ...say('rubric-few-mixed', {
        mixed: figures.mixed,
        choices: figures.choices,
        share: percent(figures.mixedShare),
        min: percent(MIN_MIXED_SHARE),
      }),
      place: null,
      choice: null,
      path: null,
      memory: null,
    });
  }
  if (figures.points > 0 && figures.tradeOffShare <= MIN_TRADE_OFF_SHARE) {
    const where = figures.dominated
      .slice(0, 4)
      .map((d) => `"${d.best}"`)
      .join(', ');
    out.push({
      ...say('rubric-few-trade-offs', {
        tradeOffs: figures.tradeOffPoints,
        points: figures.points,
        share: percent(figures.tradeOffShare),
        dominant: where,
      }),
      place: null,
      choice: null,
      path: null,
      memory: null,
    });
  }
  return out;
}
