/**
 * The Check pane's work, in the worker: the full story analysis (src/analysis) over what the author
 * wrote, each finding pinned to a line of the source and, where play reaches it, spelled out as the
 * choices that lead there; and, when the story is sound, the scenario the game plays: the same header,
 * ranges and memory starts the build gives a bundled one, so a play-test is scored exactly like a
 * bundled scenario.
 */
import { Story } from 'inkjs/full';
import {
  analyzeStory,
  DEFAULT_MAX_STATES,
  layoutBranchMap,
  memoryClasses,
  placeOfPath,
  rubricProblems,
  SourceIndex,
  type AnalysisProgress,
  type AnalysisReport,
  type Memory,
} from '../analysis/index.ts';
import {
  declaredMemory,
  parseGlobalTags,
  rememberedOwnMemory,
  sceneNames,
  TagError,
  TIPS,
  writtenMemory,
  type CompiledScenario,
  type StoryMeta,
  type TipRanges,
} from '../story/index.ts';
import type {
  CheckReport,
  Finding,
  PathStep,
  Pin,
  PlayStart,
  ReachedBy,
  StudioMap,
} from './protocol.ts';

/** The Studio's own scenario id: a draft is never mistaken for a bundled scenario. */
export const DRAFT_ID = 'studio-draft';

/** A check stops here and reports what it found as partial (the page stays responsive regardless). */
export const CHECK_MAX_SECONDS = 60;

/** At most this many choices of a path are spelled out (a partial story's paths can be long). */
const MAX_STEPS = 200;
/** A stretch of story between two choices may take this many ink steps when a path is played back
 * (the analyzer's own limit): a path into an endless loop stops there instead of hanging. */
const MAX_REPLAY_STEPS = 100_000;
/** Paths are spelled out for at most this many findings (the first ones matter). */
const MAX_FINDING_PATHS = 60;
/** Findings whose path is worth showing: where play goes wrong, not where a choice is written. */
const PATH_KINDS = new Set([
  'dead-end',
  'endless-loop',
  'runtime-error',
  'bad-tag',
  'unbounded-tip',
  'untagged-ending',
]);

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
 * Where the analyzer's places and choices are in the Studio's files: the same index the command line
 * uses (src/analysis/source-index.ts), over the files of the request. A line in another file than the
 * story is 0 (the page can only move the cursor in the story).
 */
export class StudioLines {
  private readonly index: SourceIndex;

  constructor(
    private readonly entry: string,
    files: ReadonlyMap<string, string>,
  ) {
    this.index = new SourceIndex(entry, [...files.keys()], {
      read: (name) => files.get(name) ?? '',
    });
  }

  /** A line, with its file when it is not the story's own (an included file). */
  private pin(at: { file: string; line: number }): Pin {
    return at.file === this.entry || at.line === 0
      ? { line: at.line }
      : { line: at.line, file: at.file };
  }

  place(place: string | null): Pin {
    return this.pin(this.index.place(place));
  }

  choice(place: string | null, text: string | null): Pin {
    if (place === null) return { line: 0 };
    return this.pin(text === null ? this.index.place(place) : this.index.choice(place, text));
  }

  ending(id: string, place: string): Pin {
    return this.pin(this.index.ending(id, place));
  }
}

/**
 * Turns a path of choice indices into the choices a player makes, by playing it: from `memory`, each
 * index picks the choice ink offers with that index. The analyzer plays with the same seed (0), so a
 * path it found is the path replayed here.
 */
export class PathReader {
  private readonly places: ReadonlySet<string>;

  /** `story` is the report's own (see reportOf): each read starts from a reset state. */
  constructor(
    private readonly story: Story,
    places: readonly string[],
    private readonly lines: StudioLines,
  ) {
    story.onError = () => undefined;
    const step = story.ContinueSingleStep.bind(story);
    story.ContinueSingleStep = () => {
      if (++this.steps > MAX_REPLAY_STEPS) throw new Error('the story runs on without a choice');
      return step();
    };
    this.places = new Set(places);
  }

  /** Ink steps taken since the last choice, for the limit above. */
  private steps = 0;

  read(memory: Memory | null, path: readonly number[] | null): ReachedBy | null {
    if (path === null) return null;
    const key = JSON.stringify([memory ?? {}, path]);
    const known = this.known.get(key);
    if (known) return known;
    const story = this.story;
    const steps: PathStep[] = [];
    const run = () => {
      this.steps = 0;
      while (story.canContinue) story.Continue();
    };
    const wanted = path.slice(0, MAX_STEPS);
    try {
      story.ResetState();
      story.state.storySeed = 0;
      for (const [name, value] of Object.entries(memory ?? {})) story.variablesState.$(name, value);
      // Only the stretches before a choice are played: what follows the last one is not needed.
      for (const index of wanted) {
        run();
        const choice = story.currentChoices.find((c) => c.index === index);
        if (!choice) break;
        const text = choice.text.trim();
        const place = placeOfPath(choice.sourcePath ?? '', this.places);
        steps.push({ text, ...this.lines.choice(place, text) });
        story.ChooseChoiceIndex(index);
      }
    } catch {
      // A path into a runtime error stops where the error is: the steps so far are the path.
    }
    const by = { memory: { ...(memory ?? {}) }, steps };
    this.known.set(key, by);
    return by;
  }

  /** Paths already played back (tips and endings often share them). */
  private readonly known = new Map<string, ReachedBy>();
}

/**
 * Where a play-test may start: the story's scenes, and the memory it reads (what it declares, less
 * what it writes itself unless it asks to `remember:` it) with its defaults, as the form shows them.
 */
function playStartOf(
  story: Story,
  json: string,
  defaults: ReadonlyMap<string, unknown>,
): PlayStart {
  const own = new Set(writtenMemory(json));
  for (const name of rememberedOwnMemory(json)) own.delete(name);
  return {
    scenes: sceneNames(story.mainContentContainer.namedContent.keys()),
    memory: declaredMemory(json)
      .filter((name) => !own.has(name))
      .map((name) => {
        const value = defaults.get(name) ?? null;
        return {
          name,
          value:
            typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
              ? value
              : '',
        };
      }),
  };
}

function tipRanges(report: AnalysisReport): TipRanges {
  const out = {} as Record<(typeof TIPS)[number], { min: number; max: number }>;
  for (const tip of TIPS)
    out[tip] = { min: report.tipRanges[tip]?.min ?? 0, max: report.tipRanges[tip]?.max ?? 0 };
  return out;
}

export interface CheckOptions {
  readonly maxStates?: number;
  /** Findings that come first (the compile's): an error among them means no play-test. */
  readonly before?: readonly Finding[];
  /** The story's other files (its INCLUDEs), by name, for finding lines. */
  readonly files?: ReadonlyMap<string, string>;
  /** The story's own file name among `files`. */
  readonly entry?: string;
  /** Told how far the exploration has come, every few dozen choices. */
  readonly onProgress?: (progress: AnalysisProgress) => void;
}

/** The full analysis with the options the Studio uses, for the check and the language pair alike. */
export function analyzeDraft(
  json: string,
  options: Pick<CheckOptions, 'maxStates' | 'onProgress'> = {},
): AnalysisReport {
  return analyzeStory(json, {
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    maxSeconds: CHECK_MAX_SECONDS,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
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
  return reportOf(analyzeDraft(json, options), json, source, lang, options);
}

/** The Check pane's report of an analysis already made (see checkStory). */
export function reportOf(
  report: AnalysisReport,
  json: string,
  source: string,
  lang: string,
  options: CheckOptions = {},
): CheckReport {
  const entry = options.entry ?? 'story.ink';
  const files = new Map(options.files ?? []);
  files.set(entry, source);
  const lines = new StudioLines(entry, files);
  // The report loads the story once (a large story's runtime tree is worth building once): its header
  // and its memory's defaults are read first, from the fresh state; the paths are played after.
  const story = new Story(json);
  let meta: StoryMeta | null = null;
  let metaError: TagError | null = null;
  try {
    meta = parseGlobalTags(story.globalTags ?? []);
  } catch (e) {
    if (!(e instanceof TagError)) throw e;
    metaError = e;
  }
  const defaults = new Map<string, unknown>(
    declaredMemory(json).map((name) => [
      name,
      story.variablesState.GlobalVariableExistsWithName(name) ? story.variablesState.$(name) : null,
    ]),
  );
  const paths = new PathReader(
    story,
    [...report.knots.reachable, ...report.knots.unreachable],
    lines,
  );
  let pathsSpelled = 0;
  const reachedBy = (kind: string, memory: Memory | null, path: number[] | null) =>
    PATH_KINDS.has(kind) && path !== null && pathsSpelled++ < MAX_FINDING_PATHS
      ? paths.read(memory, path)
      : null;

  const findings: Finding[] = [
    ...(options.before ?? []),
    ...report.problems.map((p) => ({
      severity: p.severity,
      kind: p.kind,
      message: p.message,
      ...lines.choice(p.place, p.choice),
      place: p.place,
      choice: p.choice,
      reachedBy: reachedBy(p.kind, p.memory, p.path),
    })),
    ...rubricProblems(report).map((p) => ({
      severity: 'error' as const,
      kind: 'rubric',
      message: p.message,
      code: p.code,
      params: p.params,
      ...lines.choice(p.place, p.choice),
      place: p.place,
      choice: p.choice,
    })),
  ];
  const ranges = tipRanges(report);
  let scenario: CompiledScenario | null = null;

  // Every ending the header declares must be reachable: one written in a knot no path enters is named.
  const reachedIds = new Set(report.endings.map((e) => e.id));
  const unreached = (meta?.endings ?? []).filter((e) => !reachedIds.has(e.id));
  if (report.complete) {
    for (const e of unreached) {
      const at = lines.ending(e.id, '');
      // With no line ending in it at all, the tag lint has already said so.
      if (at.line === 0) continue;
      findings.push({
        severity: 'warning',
        kind: 'ending-unreached',
        message: `no path reaches the ending "${e.id}"`,
        ...at,
        place: null,
        choice: e.id,
      });
    }
  }

  const errors = findings.some((f) => f.severity === 'error');
  if (report.complete && !errors) {
    if (meta) {
      scenario = {
        id: DRAFT_ID,
        lang,
        meta,
        ranges,
        ...memoryClasses(report.rangesByMemory, (name) => defaults.get(name)),
        tipsScored: TIPS.filter((t) => ranges[t].min !== ranges[t].max),
        version: fingerprint(json),
        json,
      };
    } else if (metaError) {
      findings.push({
        severity: 'error',
        kind: 'bad-tag',
        message: metaError.message,
        code: metaError.code,
        params: metaError.params,
        line: 1,
      });
    }
  }
  const titles = new Map((meta?.endings ?? []).map((e) => [e.id, e.title]));
  const layout = layoutBranchMap(report);
  const stopAt = (kind: string): Pin => {
    const f = findings.find((x) => x.kind === kind && x.line > 0);
    return f ? { line: f.line, ...(f.file ? { file: f.file } : {}) } : { line: 0 };
  };
  const map: StudioMap = {
    ...layout,
    nodes: layout.nodes.map((n) => {
      const ending = n.id.startsWith('end:') ? n.id.slice(4) : null;
      const at = report.endings.find((e) => e.id === ending);
      return {
        ...n,
        ...(n.kind === 'place'
          ? lines.place(n.id)
          : at
            ? at.tagged
              ? lines.ending(at.id, at.place)
              : lines.place(at.place)
            : n.id === 'dead-end'
              ? stopAt('dead-end')
              : n.id === 'error'
                ? stopAt('runtime-error').line > 0
                  ? stopAt('runtime-error')
                  : stopAt('endless-loop')
                : { line: 0 }),
        title: ending !== null ? (titles.get(ending) ?? null) : null,
      };
    }),
    edges: layout.edges.map(({ choices, ...e }) => ({
      ...e,
      choices: choices.map((c) => c.text),
    })),
  };
  return {
    complete: report.complete,
    stoppedBy: report.stoppedBy,
    states: report.states,
    findings,
    tips: TIPS.map((tip) => {
      const r = report.tipRanges[tip];
      const unbounded = r?.unbounded ?? false;
      return {
        tip,
        min: r?.min ?? 0,
        max: r?.max ?? 0,
        unbounded,
        minBy: r && !unbounded ? paths.read(r.minMemory, r.minPath) : null,
        maxBy: r && !unbounded ? paths.read(r.maxMemory, r.maxPath) : null,
      };
    }),
    endings: [
      ...report.endings.map((e) => ({
        id: e.id,
        tagged: e.tagged,
        title: titles.get(e.id) ?? null,
        ...lines.place(e.place),
        reached: true,
        reachedBy: paths.read(e.memory, e.path),
      })),
      ...(report.complete ? unreached : []).map((e) => ({
        id: e.id,
        tagged: true,
        title: e.title,
        ...lines.ending(e.id, ''),
        reached: false,
        reachedBy: null,
      })),
    ],
    unreachable: report.knots.unreachable.map((k) => ({
      place: k,
      ...lines.place(k),
    })),
    scenario,
    playStart: scenario ? playStartOf(story, json, defaults) : null,
    map,
  };
}
