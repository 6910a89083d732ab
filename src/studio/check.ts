/**
 * The Check pane's work, in the worker: the full story analysis (src/analysis) over what the author
 * wrote, each finding pinned to a line of the source, and, when the story is sound, the scenario the
 * game plays: the same header, ranges and memory starts the build gives a bundled one, so a play-test
 * is scored exactly like a bundled scenario.
 */
import { Story } from 'inkjs/full';
import {
  analyzeStory,
  DEFAULT_MAX_STATES,
  rubricProblems,
  type AnalysisReport,
} from '../analysis/index.ts';
import {
  parseGlobalTags,
  TagError,
  TIPS,
  type CompiledScenario,
  type MemoryTipRanges,
  type StoryMeta,
  type StoryVariables,
  type TipRanges,
} from '../story/index.ts';
import type { CheckReport, Finding } from './protocol.ts';

/** The Studio's own scenario id: a draft is never mistaken for a bundled scenario. */
export const DRAFT_ID = 'studio-draft';

/** A check stops here and reports what it found as partial (the page stays responsive regardless). */
export const CHECK_MAX_SECONDS = 60;

/** A short, stable fingerprint of the compiled story (FNV-1a; not a security measure). */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`.slice(0, 12);
}

/**
 * Finds the source line of a place (`knot` or `knot.stitch`), and of a choice in it when its text is
 * given. ink's compiled story no longer knows lines; the headers and the choice text still say where.
 */
export function placeLine(
  lines: readonly string[],
  place: string | null,
  choice: string | null,
): number {
  if (!place) return 0;
  const [knot = '', stitch] = place.split('.');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let at = lines.findIndex((l) =>
    new RegExp(`^\\s*={2,}\\s*(?:function\\s+)?${esc(knot)}\\b`).test(l),
  );
  if (at < 0) return 0;
  if (stitch) {
    const s = lines.findIndex(
      (l, i) => i > at && new RegExp(`^\\s*=\\s*${esc(stitch)}\\b`).test(l),
    );
    if (s >= 0) at = s;
  }
  if (choice) {
    const words = choice.trim().slice(0, 40);
    const c = lines.findIndex((l, i) => i > at && /^\s*(?:-\s*)*[*+]/.test(l) && l.includes(words));
    if (c >= 0) return c + 1;
  }
  return at + 1;
}

function tipRanges(report: AnalysisReport): TipRanges {
  const out = {} as Record<(typeof TIPS)[number], { min: number; max: number }>;
  for (const tip of TIPS)
    out[tip] = { min: report.tipRanges[tip]?.min ?? 0, max: report.tipRanges[tip]?.max ?? 0 };
  return out;
}

/** The memory starts as default/set per `mem_` variable, as the build records them. */
function memoryClasses(
  report: AnalysisReport,
  story: Story,
): { rangesByMemory: MemoryTipRanges[]; memoryDefaults: StoryVariables } {
  const names = [...new Set(report.rangesByMemory.flatMap((s) => Object.keys(s.memory)))].sort();
  if (names.length === 0) return { rangesByMemory: [], memoryDefaults: {} };
  const memoryDefaults: Record<string, string | number | boolean> = {};
  for (const name of names) {
    const value: unknown = story.variablesState.$(name);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      memoryDefaults[name] = value;
  }
  const rangesByMemory = report.rangesByMemory.map(({ memory, ranges }) => {
    const r = {} as Record<(typeof TIPS)[number], { min: number; max: number }>;
    for (const tip of TIPS) r[tip] = { min: ranges[tip]?.min ?? 0, max: ranges[tip]?.max ?? 0 };
    return {
      memory: Object.fromEntries(names.map((n) => [n, n in memory ? 'set' : 'default'] as const)),
      ranges: r,
    };
  });
  return { rangesByMemory, memoryDefaults };
}

export interface CheckOptions {
  readonly maxStates?: number;
  /** Findings that come first (the compile's): an error among them means no play-test. */
  readonly before?: readonly Finding[];
}

/**
 * Analyses compiled ink; `source` is the story's text, for pinning findings to lines. The story is held
 * to the rubric as the command line holds a bundled scenario (prompts, mixed effects, trade-offs).
 */
export function checkStory(
  json: string,
  source: string,
  lang: string,
  options: CheckOptions = {},
): CheckReport {
  const lines = source.split(/\r?\n/);
  const report = analyzeStory(json, {
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    maxSeconds: CHECK_MAX_SECONDS,
  });
  const findings: Finding[] = [
    ...(options.before ?? []),
    ...report.problems.map((p) => ({
      severity: p.severity,
      kind: p.kind,
      message: p.message,
      line: placeLine(lines, p.place, p.choice),
      path: p.path,
    })),
    ...rubricProblems(report).map((p) => ({
      severity: 'error' as const,
      kind: 'rubric',
      message: p.message,
      line: placeLine(lines, p.place, p.choice),
      path: p.path,
    })),
  ];
  const ranges = tipRanges(report);
  let scenario: CompiledScenario | null = null;
  const endingTitles = new Map<string, string>();
  const story = new Story(json);
  let meta: StoryMeta | null = null;
  let metaError: TagError | null = null;
  try {
    meta = parseGlobalTags(story.globalTags ?? []);
    for (const e of meta.endings) endingTitles.set(e.id, e.title);
  } catch (e) {
    if (!(e instanceof TagError)) throw e;
    metaError = e;
  }
  const errors = findings.some((f) => f.severity === 'error');
  if (report.complete && !errors) {
    if (meta) {
      scenario = {
        id: DRAFT_ID,
        lang,
        meta,
        ranges,
        ...memoryClasses(report, story),
        tipsScored: TIPS.filter((t) => ranges[t].min !== ranges[t].max),
        version: fingerprint(json),
        json,
      };
    } else if (metaError) {
      findings.push({
        severity: 'error',
        kind: 'bad-tag',
        message: metaError.message,
        line: 1,
        path: null,
      });
    }
  }
  return {
    complete: report.complete,
    stoppedBy: report.stoppedBy,
    states: report.states,
    findings,
    tips: TIPS.map((tip) => {
      const r = report.tipRanges[tip];
      return {
        tip,
        min: r?.min ?? 0,
        max: r?.max ?? 0,
        unbounded: r?.unbounded ?? false,
        minPath: r?.minPath ?? [],
        maxPath: r?.maxPath ?? [],
      };
    }),
    endings: report.endings.map((e) => ({
      id: e.id,
      tagged: e.tagged,
      title: endingTitles.get(e.id) ?? null,
      line: placeLine(lines, e.place, null),
    })),
    unreachable: report.knots.unreachable.map((k) => ({
      place: k,
      line: placeLine(lines, k, null),
    })),
    scenario,
  };
}
