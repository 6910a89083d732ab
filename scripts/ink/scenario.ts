/**
 * Turns one `stories/<lang>/<id>.ink` file into what the game imports: compiled JSON, the story's
 * header, and the per-tip ranges the analyzer finds (overall and per starting memory). Shared by the
 * Vite plugin and the story tests, so the game and the checks can never disagree about a story.
 *
 * A story with any analyzer error (a dead end, a runtime error, an unbounded tip, a tag that does not
 * parse, an exploration cut short...) fails the build, with the file and line where they are known:
 * its ranges could not be trusted.
 *
 * Analysing a story takes seconds, and the build, the dev server and the tests each need every
 * story, so the analysis is cached on disk (analysis-cache.ts), keyed by the compiled story and the
 * analyzer's own source: safe to delete, and never stale.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, relative } from 'node:path';
import { analyzeStory, memoryClasses } from '../../src/analysis/index.ts';
import { compileInk } from '../../src/story/compile.ts';
import { StorySourceError, type Diagnostic } from '../../src/story/diagnostics.ts';
import { parseGlobalTags, TagError } from '../../src/story/tags.ts';
import { TIPS, type CompiledScenario, type TipRanges } from '../../src/story/types.ts';
import { Story } from 'inkjs/full';
import { SourceIndex } from '../../src/analysis/source-index.ts';
import { cachedAnalysis, type StoryAnalysis } from './analysis-cache.ts';
import { buildAnalysisLimits } from './analysis-limits.ts';
import { STORY_LINT_OPTIONS } from './lint-options.ts';
import { absoluteInkPath, nodeInkLoader } from './node-loader.ts';

export interface BuiltScenario {
  readonly scenario: CompiledScenario;
  /** Every file the story read, absolute, for file watching. */
  readonly files: readonly string[];
}

/** `stories/en/hard-seller.ink` → { lang: 'en', id: 'hard-seller' }. */
export function scenarioKey(file: string): { lang: string; id: string } {
  return { lang: basename(dirname(file)), id: basename(file, '.ink') };
}

/** What the build keeps of the analyzer's report: small, and plain JSON, so it can be cached. */
function summarise(json: string): StoryAnalysis {
  const report = analyzeStory(json, buildAnalysisLimits());
  const pick = (r: Record<number, { min: number; max: number }>): TipRanges => {
    const out = {} as TipRanges;
    for (const tip of TIPS) out[tip] = { min: r[tip]?.min ?? 0, max: r[tip]?.max ?? 0 };
    return out;
  };
  return {
    states: report.states,
    complete: report.complete,
    stoppedBy: report.stoppedBy,
    ranges: pick(report.tipRanges),
    starts: report.rangesByMemory.map((e) => ({ memory: e.memory, ranges: pick(e.ranges) })),
    errors: report.problems
      .filter((p) => p.severity === 'error')
      .map(({ kind, message, place, choice, path }) => ({ kind, message, place, choice, path })),
  };
}

/** What an author can do about a build stopped by a limit. */
const LIMIT_HINT: Record<'states' | 'time' | 'memory', string> = {
  states: '',
  time: ' (on a slow machine, raise it with MINGLE_STORY_MAX_SECONDS)',
  memory: ' (raise it with MINGLE_STORY_MAX_MEMORY_MB)',
};

export function buildScenario(file: string, root: string): BuiltScenario {
  const shown = relative(root, file) || file;
  const loader = nodeInkLoader(root, shown);
  const compiled = compileInk(shown, loader, STORY_LINT_OPTIONS);
  const { lang, id } = scenarioKey(file);
  const story = new Story(compiled.json);
  let meta;
  try {
    meta = parseGlobalTags(story.globalTags ?? []);
  } catch (e) {
    const message = e instanceof TagError ? e.message : String(e);
    throw new StorySourceError([{ file: shown, line: 1, severity: 'error', message }]);
  }
  const analysis = cachedAnalysis(root, compiled.json, () => summarise(compiled.json));
  if (analysis.errors.length > 0 || !analysis.complete) {
    const index = new SourceIndex(shown, compiled.files, loader);
    const diagnostics: Diagnostic[] = analysis.errors.map((p) => {
      const where =
        p.choice !== null && p.place !== null
          ? index.choice(p.place, p.choice)
          : index.place(p.place);
      const path = p.path && p.path.length > 0 ? ` (choices ${p.path.join(',')})` : '';
      const hint = p.kind === 'partial' ? LIMIT_HINT[analysis.stoppedBy ?? 'states'] : '';
      return { ...where, severity: 'error', message: `${p.kind}: ${p.message}${path}${hint}` };
    });
    if (diagnostics.length === 0) {
      // The report always names a partial exploration among its errors; this is a safety net.
      diagnostics.push({
        file: shown,
        line: 0,
        severity: 'error',
        message: `the analyzer could not explore every path (${analysis.states} states), so its tip ranges would be guesses`,
      });
    }
    throw new StorySourceError(diagnostics);
  }
  const ranges = analysis.ranges;
  const tipsScored = TIPS.filter((t) => ranges[t].min !== ranges[t].max);
  return {
    scenario: {
      id,
      lang,
      meta,
      ranges,
      ...memoryClasses(analysis.starts, (name) => story.variablesState.$(name)),
      tipsScored,
      version: createHash('sha256').update(compiled.json).digest('hex').slice(0, 12),
      json: compiled.json,
    },
    files: compiled.files.map((f) => absoluteInkPath(root, f)),
  };
}
