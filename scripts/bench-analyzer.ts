/**
 * `npm run bench:analyzer [--budget SECONDS] [files…]`
 *
 * Times the story analyzer on every bundled story and, side by side in the same run, the naive way
 * of testing a branching story: random playthroughs from the start until every choice has been taken
 * at least once. Both are measured in the same unit, story steps (ink engine steps plus choices
 * made), and compared per covered choice. The naive method gets the same starting memories the
 * analyzer explores (picked at random per playthrough), or it could never reach some choices.
 * Targets (issue 3): every story analysed in under 2 s, and at least 50 times fewer steps per covered
 * choice than the naive method. Both wall and CPU time are printed: on a shared machine wall time
 * mostly measures the neighbours. The analysis always runs here (the build's cache is not used).
 */
import { resolve } from 'node:path';
import { Story } from 'inkjs';
import { analyzeStory, StateKeys, type AnalysisReport } from '../src/analysis/index.ts';
import { compileInk } from '../src/story/compile.ts';
import { nodeInkLoader } from './ink/node-loader.ts';
import { listStoryFiles } from './vite-plugin-ink.ts';

interface NaiveResult {
  readonly playthroughs: number;
  readonly steps: number;
  readonly covered: number;
  readonly ms: number;
  /** False when the budget ran out before everything was covered. */
  readonly done: boolean;
}

/**
 * What "covered" means. `options`: every option of the story taken once, in any state. `decisions`:
 * every option taken in every distinct state (what the analyzer covers, and what the tip ranges
 * depend on: the best total can hinge on one choice made in one particular state).
 */
type Coverage = 'options' | 'decisions';

/** A small seeded generator, so a run can be repeated exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function naive(
  json: string,
  report: AnalysisReport,
  coverage: Coverage,
  budgetMs: number,
  seed: number,
): NaiveResult {
  const wanted = coverage === 'options' ? report.choices.length : report.decisions;
  const options = new Set(report.choices.map((c) => c.id));
  const taken = new Set<string>();
  const keys = coverage === 'decisions' ? new StateKeys(json) : null;
  const random = mulberry32(seed);
  const story = new Story(json);
  let steps = 0;
  const step = story.ContinueSingleStep.bind(story);
  story.ContinueSingleStep = () => {
    steps++;
    return step();
  };
  story.onError = () => undefined;
  const started = performance.now();
  let playthroughs = 0;
  let keyMs = 0;
  while (taken.size < wanted && performance.now() - started < budgetMs) {
    playthroughs++;
    story.ResetState();
    const memory = report.memoryStarts[Math.floor(random() * report.memoryStarts.length)] ?? {};
    for (const [name, value] of Object.entries(memory)) story.variablesState.$(name, value);
    for (let guard = 0; guard < 10_000; guard++) {
      while (story.canContinue) story.Continue();
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      const choice = choices[Math.floor(random() * choices.length)];
      if (!choice) break;
      if (keys) {
        // Working out the state's identity is the benchmark's bookkeeping, not the method's cost.
        const k0 = performance.now();
        taken.add(`${keys.keyOf(story)}\u0000${choice.index}`);
        keyMs += performance.now() - k0;
      } else if (options.has(choice.sourcePath)) {
        taken.add(choice.sourcePath);
      }
      story.ChooseChoiceIndex(choice.index);
      steps++;
    }
  }
  const covered = taken.size;
  return {
    playthroughs,
    steps,
    covered,
    ms: performance.now() - started - keyMs,
    done: covered >= wanted,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  let budget = 20;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--budget') budget = Number(args[++i]);
    else files.push(args[i] ?? '');
  }
  const root = process.cwd();
  const stories = files.length > 0 ? files : listStoryFiles(resolve(root, 'stories'));
  const rows: string[] = [];
  let totalMs = 0;
  let totalCpu = 0;
  let totalStates = 0;
  let worst = 0;
  let worstCpu = 0;
  let lowestRatio = Number.POSITIVE_INFINITY;
  for (const file of stories) {
    const shown = file.startsWith(root) ? file.slice(root.length + 1) : file;
    const { json } = compileInk(shown, nodeInkLoader(root, shown));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const report = analyzeStory(json);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    totalMs += ms;
    totalCpu += cpuMs;
    totalStates += report.states;
    worst = Math.max(worst, ms);
    worstCpu = Math.max(worstCpu, cpuMs);
    const ratioText = (r: NaiveResult, total: number, ours: number): string[] => {
      // The naive figure is per item it covered; when its budget ran out, the true one is higher.
      const theirs = r.steps / Math.max(1, r.covered);
      const ratio = theirs / ours;
      const more = r.done ? '' : '+';
      return [
        `${r.covered}/${total} in ${r.playthroughs}`,
        `${theirs.toFixed(0)}${more}`,
        `${ratio.toFixed(1)}×${more}`,
      ];
    };
    const perOption = report.steps / Math.max(1, report.choices.length);
    const perDecision = report.steps / Math.max(1, report.decisions);
    const byOption = naive(json, report, 'options', budget * 1000, 1);
    const byDecision = naive(json, report, 'decisions', budget * 1000, 1);
    const decisionRatio = byDecision.steps / Math.max(1, byDecision.covered) / perDecision;
    lowestRatio = Math.min(lowestRatio, decisionRatio);
    rows.push(
      [
        shown,
        report.complete ? 'yes' : 'PARTIAL',
        report.states,
        `${ms.toFixed(0)} (cpu ${cpuMs.toFixed(0)})`,
        `${Math.round((report.states / ms) * 1000)} (cpu ${Math.round((report.states / cpuMs) * 1000)})`,
        report.memoryStarts.length,
        report.steps,
        perOption.toFixed(0),
        ...ratioText(byOption, report.choices.length, perOption),
        perDecision.toFixed(0),
        ...ratioText(byDecision, report.decisions, perDecision),
      ].join(' | '),
    );
  }
  const header = [
    'story',
    'complete',
    'states',
    'analyzer ms',
    'states/s',
    'memory starts',
    'analyzer steps',
    'steps/option',
    'naive: options covered in playthroughs',
    'naive steps/option',
    'fewer steps (options)',
    'steps/decision',
    'naive: decisions covered in playthroughs',
    'naive steps/decision',
    'fewer steps (decisions)',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row} |`);
  console.log('');
  console.log(
    `analyzer, all ${stories.length} stories: ${totalMs.toFixed(0)} ms wall (${totalCpu.toFixed(0)} ms cpu), ` +
      `${Math.round((totalStates / totalMs) * 1000)} states/s (${Math.round((totalStates / totalCpu) * 1000)} per cpu second); ` +
      `slowest story ${worst.toFixed(0)} ms wall, ${worstCpu.toFixed(0)} ms cpu (target < 2000); ` +
      `lowest ratio of steps per covered decision, naive / analyzer: ${lowestRatio.toFixed(1)}× (target ≥ 50×)`,
  );
}

main();
