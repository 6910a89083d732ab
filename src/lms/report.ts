/**
 * What Mingle tells the LMS, element by element, in the dialect of the LMS's SCORM version. It knows
 * the data model and nothing of screens: the adapter (adapter.ts) calls it with facts about a play.
 *
 * Reported, for one scenario (one SCO):
 * - status: incomplete while playing; completed when an ending is reached, and passed or failed
 *   against the mastery threshold (the LMS's `scaled_passing_score`/`mastery_score`, set from the
 *   package's manifest, else the threshold the package was built with);
 * - the score: the total of the five tips, scaled between the worst and best totals the scenario makes
 *   possible for the memory the play started with (the story analysis's per-tip ranges);
 * - one objective per tip, with its own scaled score (or none when the scenario cannot move that tip);
 * - one interaction per decision: the choice point, the option chosen, the options offered, the best
 *   option(s) as the "correct response", the result and the latency;
 * - session time; resume data (suspend.ts) and `exit: suspend` while the scenario is unfinished.
 *
 * A scenario played again after it was completed (the debrief's "play again", or a later launch)
 * reports its own decisions and, at its ending, its own score and success; it never sets a completed
 * attempt back to incomplete.
 */
import type { TipEffects, TipId, TipRanges, TipTotals } from '../scoring/index.ts';
import { TIPS } from '../vocabulary/index.ts';
import type { LmsChannel, ScormVersion } from './api.ts';

const TIP_IDS = TIPS;

/** Stable objective ids (the LMS keys its reports on them), readable in a manager's report. */
export const TIP_SLUGS: Readonly<Record<TipId, string>> = {
  1: 'meet-dont-sell',
  2: 'beyond-the-pitch',
  3: 'follow-up-without-selling',
  4: 'ask-how-you-can-help',
  5: 'the-long-game',
};

/**
 * SCORM 1.2 identifiers (CMIIdentifier) are strictly "alphanumeric, no white space"; many LMSs accept
 * more, some do not, so 1.2 ids use letters, digits and underscores only.
 */
function id12(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 255);
}

/** 2004 short identifiers allow a URI-like set of characters; anything else becomes `_`. */
function shortId(text: string): string {
  const cleaned = text.replace(/[^\w\-().:=@;$!*'%/#+]/g, '_').slice(0, 250);
  return /\w/.test(cleaned) ? cleaned : `x${cleaned}`;
}

export function objectiveId(version: ScormVersion, tip: TipId): string {
  return version === '2004' ? `tip-${tip}-${TIP_SLUGS[tip]}` : id12(`tip${tip}_${TIP_SLUGS[tip]}`);
}

/** One decision, as the adapter saw it. */
export interface DecisionFact {
  readonly scenario: string;
  /** ink's choice point (the weave container), or a stand-in built from the decision's place. */
  readonly point: string;
  readonly chosen: OptionFact;
  readonly offered: readonly OptionFact[];
  /** The line said just before the choice. */
  readonly prompt: string;
  readonly latencyMs: number;
  readonly at: Date;
}

export interface OptionFact {
  /** The option's id within its choice point (ink's `c-N`). */
  readonly id: string;
  /** Its 0-based position among the options on offer. */
  readonly position: number;
  readonly effects: TipEffects;
}

export interface EndingFact {
  readonly totals: TipTotals;
  /** The ranges of the memory the play started with (game/ranges.ts). */
  readonly ranges: TipRanges;
  readonly masteryThreshold: number;
}

/** What the LMS handed over at the start of a session. */
export interface LmsStart {
  /** True when the LMS says this is a resumed session (`entry = resume`). */
  readonly resume: boolean;
  readonly suspendData: string;
  /** The LMS's mastery threshold as a share 0..1, or null when it sets none. */
  readonly masteryThreshold: number | null;
  /** The learner's preferred language as the LMS knows it ('' when none). */
  readonly language: string;
  /** The status the LMS has on record for this SCO before this session. */
  readonly priorStatus: string;
}

function sumNet(effects: TipEffects): number {
  return TIP_IDS.reduce((sum, tip) => sum + (effects[tip] ?? 0), 0);
}

/** correct / incorrect / neutral: against the strongest option on offer at that point. */
export function resultOf(decision: Pick<DecisionFact, 'chosen' | 'offered'>): {
  readonly result: 'correct' | 'incorrect' | 'neutral';
  readonly best: readonly OptionFact[];
} {
  const nets = decision.offered.map((o) => sumNet(o.effects));
  const bestNet = Math.max(...nets);
  const best = decision.offered.filter((o) => sumNet(o.effects) === bestNet);
  if (decision.offered.every((o) => Object.keys(o.effects).length === 0)) {
    return { result: 'neutral', best };
  }
  return { result: sumNet(decision.chosen.effects) >= bestNet ? 'correct' : 'incorrect', best };
}

/** The overall share 0..1 and the raw totals: the sum of the tips between the worst and best sums. */
export function overallScore(totals: TipTotals, ranges: TipRanges) {
  let raw = 0;
  let min = 0;
  let max = 0;
  for (const tip of TIP_IDS) {
    raw += totals[tip];
    min += ranges[tip].min;
    max += ranges[tip].max;
  }
  const scaled = max > min ? clamp01((raw - min) / (max - min)) : null;
  return { raw, min, max, scaled };
}

export function tipScore(totals: TipTotals, ranges: TipRanges, tip: TipId) {
  const { min, max } = ranges[tip];
  const raw = totals[tip];
  return { raw, min, max, scaled: max > min ? clamp01((raw - min) / (max - min)) : null };
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/** A share with at most four decimals, as SCORM decimals are written. */
function dec(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}

/** A 0..100 percentage with at most two decimals (SCORM 1.2 scores live in 0..100). */
function pct(share: number): string {
  return String(Math.round(share * 10_000) / 100);
}

/** SCORM 2004 timeinterval (ISO 8601 duration), hundredths of a second at most. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = Math.round((total % 60) * 100) / 100;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s}S`;
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (two to four digits of hours). */
export function timespan12(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10));
  const cs = total % 100;
  const secs = Math.floor(total / 100);
  const h = Math.min(9999, Math.floor(secs / 3600));
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${two(cs)}`;
}

/** SCORM 2004 time(second,10,2): `YYYY-MM-DDThh:mm:ss.ssZ`. */
function timestamp2004(at: Date): string {
  return `${at.toISOString().slice(0, 22)}Z`;
}

/** SCORM 1.2 CMITime: hh:mm:ss of the learner's clock. */
function time12(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}

/** A letter for the option's position, as SCORM 1.2's choice responses want (0-9, a-z). */
function letter(position: number): string {
  return position < 36 ? position.toString(36) : 'z';
}

/** The tips a decision is about: any tip an option on offer moves. */
function tipsOf(offered: readonly OptionFact[]): TipId[] {
  return TIP_IDS.filter((tip) => offered.some((o) => (o.effects[tip] ?? 0) !== 0));
}

/**
 * Writes the data model for one play. Every write goes through the channel, which swallows a failing
 * LMS; the reporter itself never throws for the LMS's sake.
 */
export class LmsReporter {
  private interactionCount = 0;
  private readonly objectiveIndex = new Map<TipId, number>();
  /** Whether the LMS has this attempt as completed already (before this session, or in it). */
  private completed = false;

  constructor(
    private readonly channel: LmsChannel,
    /** The tips' names in a language (the objectives' descriptions are in the play's language). */
    private readonly tipNames: (lang: string) => Readonly<Record<TipId, string>>,
    private readonly lang: () => string,
  ) {}

  get version(): ScormVersion {
    return this.channel.version;
  }

  /** Reads what the LMS hands over at launch (after Initialize). */
  readStart(): LmsStart {
    const start = this.readStartValues();
    this.completed = ['completed', 'passed', 'failed'].includes(start.priorStatus);
    return start;
  }

  private readStartValues(): LmsStart {
    const c = this.channel;
    if (this.version === '2004') {
      const passing = Number(c.get('cmi.scaled_passing_score'));
      const raw = c.get('cmi.scaled_passing_score');
      return {
        resume: c.get('cmi.entry') === 'resume',
        suspendData: c.get('cmi.suspend_data'),
        masteryThreshold: raw !== '' && Number.isFinite(passing) ? clamp01(passing) : null,
        language: c.get('cmi.learner_preference.language'),
        priorStatus: c.get('cmi.completion_status'),
      };
    }
    const raw = c.get('cmi.student_data.mastery_score');
    const mastery = Number(raw);
    return {
      resume: c.get('cmi.core.entry') === 'resume',
      suspendData: c.get('cmi.suspend_data'),
      masteryThreshold: raw !== '' && Number.isFinite(mastery) ? clamp01(mastery / 100) : null,
      language: c.get('cmi.student_preference.language'),
      priorStatus: c.get('cmi.core.lesson_status'),
    };
  }

  /**
   * A play has begun (fresh or resumed): the attempt is incomplete (unless it was completed before)
   * and resumable until it ends.
   */
  started(suspendData: string, scenarioId: string): void {
    const c = this.channel;
    this.interactionCount = Number(c.get('cmi.interactions._count')) || 0;
    this.findObjectives();
    if (this.version === '2004') {
      if (!this.completed) c.set('cmi.completion_status', 'incomplete');
      c.set('cmi.exit', 'suspend');
      c.set('cmi.location', scenarioId.slice(0, 1000));
    } else {
      if (!this.completed) c.set('cmi.core.lesson_status', 'incomplete');
      c.set('cmi.core.exit', 'suspend');
      c.set('cmi.core.lesson_location', scenarioId.slice(0, 255));
    }
    if (!this.completed) this.writeObjectivesOpen();
    c.set('cmi.suspend_data', suspendData);
    c.commit();
  }

  /** The resume data after a choice; the decision's interaction commits it (`decided`). */
  suspend(suspendData: string): void {
    this.channel.set('cmi.suspend_data', suspendData);
  }

  /** One decision: its interaction, committed with the resume data that now includes it. */
  decided(decision: DecisionFact): void {
    const c = this.channel;
    const n = this.interactionCount++;
    const p = `cmi.interactions.${n}`;
    const { result, best } = resultOf(decision);
    const tips = tipsOf(decision.offered);
    if (this.version === '2004') {
      c.set(`${p}.id`, `urn:mingle:${shortId(decision.scenario)}:${shortId(decision.point)}`);
      c.set(`${p}.type`, 'choice');
      tips.forEach((tip, i) => c.set(`${p}.objectives.${i}.id`, objectiveId('2004', tip)));
      c.set(`${p}.timestamp`, timestamp2004(decision.at));
      c.set(`${p}.correct_responses.0.pattern`, best.map((o) => shortId(o.id)).join('[,]'));
      c.set(`${p}.weighting`, '1');
      c.set(`${p}.learner_response`, shortId(decision.chosen.id));
      c.set(`${p}.result`, result);
      c.set(`${p}.latency`, isoDuration(decision.latencyMs));
      c.set(`${p}.description`, this.describe(decision));
    } else {
      c.set(`${p}.id`, id12(`${decision.scenario}_${decision.point}`));
      tips.forEach((tip, i) => c.set(`${p}.objectives.${i}.id`, objectiveId('1.2', tip)));
      c.set(`${p}.time`, time12(decision.at));
      c.set(`${p}.type`, 'choice');
      c.set(`${p}.correct_responses.0.pattern`, best.map((o) => letter(o.position)).join(','));
      c.set(`${p}.weighting`, '1');
      c.set(`${p}.student_response`, letter(decision.chosen.position));
      c.set(`${p}.result`, result === 'incorrect' ? 'wrong' : result);
      c.set(`${p}.latency`, timespan12(decision.latencyMs));
    }
    c.commit();
  }

  /**
   * 2004's description is the one free-text field an LMS shows beside an interaction: the options on
   * offer (their ids, in the order shown) and the line they answer, in the play's language.
   */
  private describe(decision: DecisionFact): string {
    const options = decision.offered.map((o) => shortId(o.id)).join(' ');
    const lead = `[${options}] `;
    const room = 250 - lead.length;
    const prompt = decision.prompt.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
    const text = prompt.length > room ? `${prompt.slice(0, room - 1)}…` : prompt;
    return `{lang=${this.lang()}}${lead}${text}`;
  }

  /**
   * The scenario reached an ending: scores, objectives, completion and success (the record has
   * already emptied the resume data; this commits it all).
   */
  ended(fact: EndingFact): { readonly scaled: number | null; readonly passed: boolean } {
    const c = this.channel;
    const score = overallScore(fact.totals, fact.ranges);
    // A scenario whose tips cannot move has nothing to fail: reaching its end is mastery.
    const passed = score.scaled === null || score.scaled >= fact.masteryThreshold;
    if (this.version === '2004') {
      if (score.scaled !== null) c.set('cmi.score.scaled', dec(score.scaled));
      c.set('cmi.score.raw', String(score.raw));
      c.set('cmi.score.min', String(score.min));
      c.set('cmi.score.max', String(score.max));
    } else {
      c.set('cmi.core.score.raw', pct(score.scaled ?? 1));
      c.set('cmi.core.score.min', '0');
      c.set('cmi.core.score.max', '100');
    }
    for (const tip of TIP_IDS) this.writeObjectiveResult(tip, fact);
    if (this.version === '2004') {
      c.set('cmi.completion_status', 'completed');
      c.set('cmi.success_status', passed ? 'passed' : 'failed');
      c.set('cmi.progress_measure', '1');
      c.set('cmi.exit', 'normal');
    } else {
      c.set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      c.set('cmi.core.exit', '');
    }
    c.commit();
    this.completed = true;
    return { scaled: score.scaled, passed };
  }

  /**
   * The saved play will not be continued (a restart after the story changed, or the play was left
   * before its end): the old resume data must not come back.
   */
  forget(): void {
    this.channel.set('cmi.suspend_data', '');
    this.channel.commit();
  }

  /** Session time, then Terminate/LMSFinish. */
  close(sessionMs: number): void {
    const c = this.channel;
    if (!c.active) return;
    if (this.version === '2004') c.set('cmi.session_time', isoDuration(sessionMs));
    else c.set('cmi.core.session_time', timespan12(sessionMs));
    c.commit();
    c.terminate();
  }

  /** Where each tip's objective already sits in the LMS's list (a resumed or repeated attempt). */
  private findObjectives(): void {
    const c = this.channel;
    const count = Number(c.get('cmi.objectives._count')) || 0;
    const byId = new Map<string, number>();
    for (let n = 0; n < count; n++) byId.set(c.get(`cmi.objectives.${n}.id`), n);
    let next = count;
    for (const tip of TIP_IDS) {
      const existing = byId.get(objectiveId(this.version, tip));
      this.objectiveIndex.set(tip, existing ?? next++);
    }
  }

  private writeObjectivesOpen(): void {
    const c = this.channel;
    for (const tip of TIP_IDS) {
      const p = `cmi.objectives.${this.objectiveIndex.get(tip) ?? 0}`;
      c.set(`${p}.id`, objectiveId(this.version, tip));
      if (this.version === '2004') {
        c.set(`${p}.completion_status`, 'incomplete');
        c.set(`${p}.description`, `{lang=${this.lang()}}${this.tipNames(this.lang())[tip]}`);
      } else {
        c.set(`${p}.status`, 'incomplete');
      }
    }
  }

  private writeObjectiveResult(tip: TipId, fact: EndingFact): void {
    const c = this.channel;
    const p = `cmi.objectives.${this.objectiveIndex.get(tip) ?? 0}`;
    const s = tipScore(fact.totals, fact.ranges, tip);
    const passed = s.scaled === null || s.scaled >= fact.masteryThreshold;
    if (this.version === '2004') {
      if (s.scaled !== null) c.set(`${p}.score.scaled`, dec(s.scaled));
      c.set(`${p}.score.raw`, String(s.raw));
      c.set(`${p}.score.min`, String(s.min));
      c.set(`${p}.score.max`, String(s.max));
      c.set(`${p}.success_status`, s.scaled === null ? 'unknown' : passed ? 'passed' : 'failed');
      c.set(`${p}.completion_status`, 'completed');
    } else {
      if (s.scaled !== null) {
        c.set(`${p}.score.raw`, pct(s.scaled));
        c.set(`${p}.score.min`, '0');
        c.set(`${p}.score.max`, '100');
      }
      c.set(`${p}.status`, s.scaled === null ? 'completed' : passed ? 'passed' : 'failed');
    }
  }
}
