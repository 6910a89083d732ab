/**
 * Turns one `stories/<lang>/<id>.ink` file into what the game imports: compiled JSON, the story's
 * header, and the per-tip ranges the analyzer finds. Shared by the Vite plugin and the story checks,
 * so the game and the checks can never disagree about a story.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, relative } from 'node:path';
import { analyzeStory } from '../../src/analysis/index.ts';
import { compileInk } from '../../src/story/compile.ts';
import { StorySourceError } from '../../src/story/diagnostics.ts';
import { parseGlobalTags, TagError } from '../../src/story/tags.ts';
import { TIP_IDS, type CompiledScenario, type TipRanges } from '../../src/story/types.ts';
import { Story } from 'inkjs/full';
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

export function buildScenario(file: string, root: string): BuiltScenario {
  const shown = relative(root, file) || file;
  const compiled = compileInk(shown, nodeInkLoader(root), STORY_LINT_OPTIONS);
  const { lang, id } = scenarioKey(file);
  let meta;
  try {
    meta = parseGlobalTags(new Story(compiled.json).globalTags ?? []);
  } catch (e) {
    const message = e instanceof TagError ? e.message : String(e);
    throw new StorySourceError([{ file: shown, line: 1, severity: 'error', message }]);
  }
  const report = analyzeStory(compiled.json);
  if (!report.complete) {
    throw new StorySourceError([
      {
        file: shown,
        line: 0,
        severity: 'error',
        message: `the analyzer could not explore every path (${report.states} states), so its tip ranges would be guesses`,
      },
    ]);
  }
  const ranges = {} as TipRanges;
  for (const tip of TIP_IDS)
    ranges[tip] = { min: report.tipRanges[tip].min, max: report.tipRanges[tip].max };
  const tipsScored = TIP_IDS.filter((t) => ranges[t].min !== ranges[t].max);
  return {
    scenario: {
      id,
      lang,
      meta,
      ranges,
      tipsScored,
      version: createHash('sha256').update(compiled.json).digest('hex').slice(0, 12),
      json: compiled.json,
    },
    files: compiled.files.map((f) => absoluteInkPath(root, f)),
  };
}
