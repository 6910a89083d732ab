/**
 * The build's use of the analyzer (scripts/ink/scenario.ts): a story with an analyzer error fails
 * with the file and line to look at, a sound story gets its ranges per starting memory, and the
 * on-disk cache answers for an unchanged story and analyzer, and only then.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzerVersion, cachedAnalysis, cacheDir } from '../../scripts/ink/analysis-cache.ts';
import { buildScenario } from '../../scripts/ink/scenario.ts';
import { StorySourceError } from '../../src/story/diagnostics.ts';
import { TIPS } from '../../src/story/types.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const HEADER = `# title: Test
# summary: A test.
# main: tip3
`;

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingle-build-'));
  mkdirSync(join(root, 'stories', 'en'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(root, 'stories', 'en', name);
  writeFileSync(file, text);
  return file;
}

function failure(file: string): StorySourceError {
  try {
    buildScenario(file, root);
  } catch (e) {
    if (e instanceof StorySourceError) return e;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('buildScenario and the analyzer', () => {
  it('fails on a dead end, naming the file and the line of its knot', () => {
    const file = write(
      'dead.ink',
      `${HEADER}-> start
== start
Hello.
* [Go on # act: keep-promise # tip3 +1 # why: a] -> fine
* [Wander off # act: break-promise # tip3 -1 # why: b] -> lost
== fine
Good. # ending: fine
-> END
== lost
You are lost.
`,
    );
    const error = failure(file);
    const dead = error.diagnostics.find((d) => d.message.startsWith('dead-end'));
    expect(dead).toMatchObject({ file: 'stories/en/dead.ink', line: 12, severity: 'error' });
  });

  it('fails on a loop that raises a tip without limit, not only on a partial exploration', () => {
    const file = write(
      'loop.ink',
      `${HEADER}-> hub
== hub
Again?
+ [Flatter her once more # act: follow-up # tip3 +1 # why: a] -> hub
+ [Leave # act: break-promise # tip3 -1 # why: b] -> bye
== bye
Bye. # ending: bye
-> END
`,
    );
    const error = failure(file);
    expect(error.diagnostics.map((d) => d.message).join('\n')).toMatch(/unbounded-tip/);
    expect(error.diagnostics.every((d) => d.file === 'stories/en/loop.ink')).toBe(true);
  });

  it('gives a sound story its union ranges and its ranges per starting memory', () => {
    const file = write(
      'promise.ink',
      `${HEADER}VAR mem_promised = ""
Bo is here.
* { mem_promised != "" } [Make the introduction you promised # act: keep-promise # tip3 +3 # why: a]
* [Talk about the weather # act: wait # tip3 -1 # why: b]
- Bye. # ending: bye
-> END
`,
    );
    const { scenario } = buildScenario(file, root);
    expect(scenario.ranges[3]).toEqual({ min: -1, max: 3 });
    expect(scenario.memoryDefaults).toEqual({ mem_promised: '' });
    expect(scenario.rangesByMemory?.map((e) => [e.memory, e.ranges[3]])).toEqual([
      [{ mem_promised: 'default' }, { min: -1, max: -1 }],
      [{ mem_promised: 'set' }, { min: -1, max: 3 }],
    ]);
    for (const entry of scenario.rangesByMemory ?? [])
      for (const tip of TIPS)
        expect(entry.ranges[tip].max).toBeLessThanOrEqual(scenario.ranges[tip].max);
  });
});

describe("the build's time limit", () => {
  it('fails a story the limit cuts short, says how to raise it, and caches nothing of it', () => {
    const file = write(
      'counter.ink',
      `${HEADER}VAR n = 0
-> hub
== hub
You have asked {n} questions.
+ [Ask another # act: keep-promise # tip3 +1 # why: a]
    ~ n = n + 1
    -> hub
+ [Stop # act: break-promise # tip3 -1 # why: b] -> END
`,
    );
    process.env.MINGLE_STORY_MAX_SECONDS = '0.05';
    let error: StorySourceError;
    try {
      error = failure(file);
    } finally {
      delete process.env.MINGLE_STORY_MAX_SECONDS;
    }
    const partial = error.diagnostics.find((d) => d.message.startsWith('partial'));
    expect(partial?.message).toMatch(
      /^partial: the exploration reached the time limit \(0\.05 s\) after \d+ distinct states.*raise it with MINGLE_STORY_MAX_SECONDS/,
    );
    expect(partial?.file).toBe('stories/en/counter.ink');
    const cached = existsSync(cacheDir(root)) ? readdirSync(cacheDir(root)) : [];
    expect(cached.filter((name) => name.endsWith('.json'))).toEqual([]);
  }, 120_000);

  it('refuses a limit that is not a number, rather than ignoring it', () => {
    const file = write(
      'fine.ink',
      `${HEADER}Hi.\n* [A # act: keep-promise # tip3 +1 # why: a] -> END\n`,
    );
    process.env.MINGLE_STORY_MAX_SECONDS = 'soon';
    try {
      expect(() => buildScenario(file, root)).toThrow(/MINGLE_STORY_MAX_SECONDS must be a number/);
    } finally {
      delete process.env.MINGLE_STORY_MAX_SECONDS;
    }
  }, 120_000);
});

describe('the analysis cache', () => {
  const analysis = (states: number) => ({
    states,
    complete: true,
    ranges: {
      1: { min: 0, max: 0 },
      2: { min: 0, max: 0 },
      3: { min: -1, max: 3 },
      4: { min: 0, max: 0 },
      5: { min: 0, max: 0 },
    },
    starts: [],
    errors: [],
  });

  it('answers for the same story and analyzer, and analyses again when either changes', () => {
    let runs = 0;
    const analyse = () => analysis(++runs);
    expect(cachedAnalysis(root, '{"a":1}', analyse).states).toBe(1);
    expect(cachedAnalysis(root, '{"a":1}', analyse).states).toBe(1);
    expect(readdirSync(cacheDir(root)).filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(cachedAnalysis(root, '{"a":2}', analyse).states).toBe(2);
    expect(runs).toBe(2);
    // A change to the analyzer's source is a new key (the version is read once per root).
    const before = analyzerVersion(root);
    mkdirSync(join(root, 'src', 'analysis'), { recursive: true });
    writeFileSync(join(root, 'src', 'analysis', 'explore.ts'), '// changed');
    const fresh = `${root}/.`;
    expect(analyzerVersion(fresh)).not.toBe(before);
  });

  it('survives a corrupt entry by analysing again, and can be turned off', () => {
    let runs = 0;
    const analyse = () => analysis(++runs);
    cachedAnalysis(root, '{"b":1}', analyse);
    for (const name of readdirSync(cacheDir(root))) writeFileSync(join(cacheDir(root), name), '{');
    expect(cachedAnalysis(root, '{"b":1}', analyse).states).toBe(2);
    process.env.MINGLE_STORY_CACHE = '0';
    try {
      expect(cachedAnalysis(root, '{"b":1}', analyse).states).toBe(3);
    } finally {
      delete process.env.MINGLE_STORY_CACHE;
    }
  });
});
