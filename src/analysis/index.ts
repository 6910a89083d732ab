/**
 * The story analyzer's public face: plays every path of a compiled story and reports what an author
 * needs to know before anyone plays it (every path ends, every choice is scored as meant, the best
 * and worst totals per tip). Pure: compiled JSON in, report out; reading files and printing belong to
 * scripts/stories-check.ts, and the Vite plugin calls this at build time for the debrief's ranges.
 */
import { TIPS, type TipId } from '../vocabulary/index.ts';
import { isMemoryName } from '../vocabulary/index.ts';
import { rememberedOwnMemory, writtenMemory } from '../story/index.ts';
import type { Story } from 'inkjs';
import { exploreStory, pathTo, type MemoryValues, type StateGraph } from './explore.ts';
import { stronglyConnected, tipExtreme } from './ranges.ts';
import { TOP, type StoryStructure } from './structure.ts';
import type {
  AnalysisOptions,
  AnalysisReport,
  ChoiceInfo,
  EndingInfo,
  Memory,
  MemoryRange,
  PlaceEdge,
  Problem,
  TipRangeReport,
} from './types.ts';

export type * from './types.ts';

/** Far above a conversation of our size (hundreds of states), and still only seconds to reach. */
export const DEFAULT_MAX_STATES = 20_000;
export const DEFAULT_MAX_STEPS_PER_SEGMENT = 100_000;
/** Memory variables get two values each; past this many, the combinations are not worth it. */
const MAX_MEMORY_VARIABLES = 6;
/** A stand-in for a remembered name or fact: the stories only ask whether there is one. */
const REMEMBERED_TEXT = 'someone';

/**
 * Starting memories: the defaults, then each combination where some `mem_` variables the story reads
 * take their other value.
 */
export function memoryStarts(
  story: Story,
  structure: StoryStructure,
  own: ReadonlySet<string> = new Set(),
): MemoryValues[] {
  const names = [...structure.variableReaders.keys()]
    .filter((n) => isMemoryName(n) && story.variablesState.GlobalVariableExistsWithName(n))
    // A story starts from its own default for memory it writes (src/game/memory.ts, memoryFor).
    .filter((n) => !own.has(n))
    .sort()
    .slice(0, MAX_MEMORY_VARIABLES);
  const other = (value: unknown): string | number | boolean | null => {
    if (typeof value === 'boolean') return !value;
    if (typeof value === 'string') return value === '' ? REMEMBERED_TEXT : '';
    if (typeof value === 'number') return value === 0 ? 1 : 0;
    return null;
  };
  const variants = names
    .map((name) => [name, other(story.variablesState.$(name))] as const)
    .filter((v): v is readonly [string, string | number | boolean] => v[1] !== null);
  const starts: MemoryValues[] = [];
  for (let mask = 0; mask < 1 << variants.length; mask++) {
    const values: Record<string, string | number | boolean> = {};
    variants.forEach(([name, value], i) => {
      if (mask & (1 << i)) values[name] = value;
    });
    starts.push(values);
  }
  return starts;
}

/**
 * The time and memory limits as the explorer asks them. Memory is counted from where it stood when
 * the analysis began, so a build that already holds a lot is not cut short by its own use.
 */
function limitCheck(options: AnalysisOptions): (() => 'time' | 'memory' | null) | undefined {
  const { maxSeconds, maxMemoryMB, memoryUsed } = options;
  const timed = maxSeconds !== undefined && Number.isFinite(maxSeconds);
  const guarded = maxMemoryMB !== undefined && Number.isFinite(maxMemoryMB) && memoryUsed;
  if (!timed && !guarded) return undefined;
  const started = performance.now();
  const base = guarded ? memoryUsed() : 0;
  return () => {
    if (timed && performance.now() - started > maxSeconds * 1000) return 'time';
    if (guarded && memoryUsed() - base > maxMemoryMB * 1024 * 1024) return 'memory';
    return null;
  };
}

/** The `mem_` variables the story writes and does not ask to `remember:` (see memoryFor). */
function ownMemory(json: string): Set<string> {
  const own = new Set(writtenMemory(json));
  for (const name of rememberedOwnMemory(json)) own.delete(name);
  return own;
}

export function analyzeStory(json: string, options: AnalysisOptions = {}): AnalysisReport {
  const graph = exploreStory(json, {
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    maxStepsPerSegment: options.maxStepsPerSegment ?? DEFAULT_MAX_STEPS_PER_SEGMENT,
    starts: (story, structure) => memoryStarts(story, structure, ownMemory(json)),
    shouldStop: limitCheck(options),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return buildReport(graph, options);
}

/** Why a partial report is partial, in an author's words. */
function partialMessage(graph: StateGraph, states: number, options: AnalysisOptions): string {
  const rest = 'only part of it was explored, so its figures are not final';
  switch (graph.stoppedBy) {
    case 'time':
      return `the exploration reached the time limit (${options.maxSeconds ?? 0} s) after ${states} distinct states; ${rest}`;
    case 'memory':
      return `the exploration reached the memory limit (${options.maxMemoryMB ?? 0} MB) after ${states} distinct states; ${rest}`;
    default:
      return `the story has more than ${options.maxStates ?? DEFAULT_MAX_STATES} distinct states; ${rest}`;
  }
}

const STOP_PROBLEM: Partial<Record<string, Problem['kind']>> = {
  'dead-end': 'dead-end',
  error: 'runtime-error',
  'endless-loop': 'endless-loop',
};

function buildReport(graph: StateGraph, options: AnalysisOptions): AnalysisReport {
  const { nodes, roots } = graph;
  const root = roots[0] ?? 0;
  const memoryOf = (id: number): Memory => graph.starts[nodes[id]?.start ?? 0] ?? {};
  const problems: Problem[] = [];
  const note = (
    p: Omit<Problem, 'choice' | 'memory'> & { choice?: string; memory?: Memory },
  ): void => {
    const memory = p.memory && Object.keys(p.memory).length > 0 ? p.memory : null;
    problems.push({ ...p, choice: p.choice ?? null, memory });
  };
  const choices = new Map<string, ChoiceInfo>();
  const points = new Set<string>();
  const endings = new Map<string, EndingInfo>();
  const placeEdges = new Map<string, PlaceEdge>();
  const stopName = (id: number): string => {
    const node = nodes[id];
    if (!node) return 'error';
    if (node.kind === 'choice') return node.place;
    if (node.kind === 'ending') return `end:${node.label}`;
    return node.kind === 'unexplored'
      ? 'unexplored'
      : node.kind === 'dead-end'
        ? 'dead-end'
        : 'error';
  };

  const undiscussed = new Map<string, AnalysisReport['undiscussed'][number]>();
  let states = 0;
  for (const node of nodes) {
    if (node.kind === 'choice') {
      states++;
      const first = node.edges[0]?.choice;
      if (first && first.discuss === null && !undiscussed.has(first.pointId)) {
        undiscussed.set(first.pointId, {
          point: first.pointId,
          place: first.place,
          choice: first.text,
          path: pathTo(nodes, node.id),
          memory: memoryOf(node.id),
        });
      }
      for (const edge of node.edges) {
        const c = edge.choice;
        points.add(c.pointId);
        if (!choices.has(c.id)) {
          const path = pathTo(nodes, node.id);
          choices.set(c.id, {
            id: c.id,
            text: c.text,
            place: c.place,
            effects: c.effects,
            why: c.why,
            act: c.act,
            modifiers: c.modifiers,
            trust: c.trust,
            ...(c.timeout ? { timeout: true as const } : {}),
            point: c.pointId,
            discuss: c.discuss,
            path,
            memory: memoryOf(node.id),
          });
        }
        const to = stopName(edge.to);
        const key = `${c.place}\u0000${to}\u0000${c.id}`;
        if (!placeEdges.has(key))
          placeEdges.set(key, { from: c.place, to, text: c.text, effects: c.effects });
      }
      continue;
    }
    const path = pathTo(nodes, node.id);
    if (node.kind === 'ending') {
      if (!endings.has(node.label)) {
        const { label: id, tagged, place } = node;
        endings.set(id, { id, tagged, place, path, memory: memoryOf(node.id) });
      }
      continue;
    }
    const kind = STOP_PROBLEM[node.kind];
    if (kind) {
      note({
        severity: 'error',
        kind,
        message: node.label,
        place: node.place,
        path,
        memory: memoryOf(node.id),
      });
    }
  }
  for (const t of graph.badTags) {
    note({
      severity: 'error',
      kind: 'bad-tag',
      message: t.message,
      place: t.place,
      path: t.path,
      memory: graph.starts[t.start],
    });
  }
  for (const c of choices.values()) {
    if (Object.keys(c.effects).length === 0) {
      note({
        severity: 'warning',
        kind: 'unscored-choice',
        message: `the choice "${c.text}" moves no tip`,
        place: c.place,
        path: c.path,
        choice: c.text,
        memory: c.memory,
      });
    }
  }
  for (const e of endings.values()) {
    if (!e.tagged) {
      note({
        severity: 'warning',
        kind: 'untagged-ending',
        message: `the story ends in ${e.place} without an "ending:" tag on the way`,
        place: e.place,
        path: e.path,
        memory: e.memory,
      });
    }
  }
  if (endings.size === 0 && graph.complete) {
    note({
      severity: 'error',
      kind: 'no-ending',
      message: 'no path reaches an ending',
      place: null,
      path: null,
    });
  }

  const reachable = graph.structure.places.filter((p) => graph.visitedPlaces.has(p));
  const unreachable = graph.structure.places.filter((p) => !graph.visitedPlaces.has(p));
  if (graph.complete) {
    for (const place of unreachable) {
      note({
        severity: 'warning',
        kind: 'unreachable',
        message: `${place} is never reached`,
        place,
        path: null,
      });
    }
  }
  if (graph.structure.usesRandomness) {
    note({
      severity: 'warning',
      kind: 'randomness',
      message:
        'the story uses randomness (shuffles or RANDOM); paths were explored for one random seed only',
      place: null,
      path: null,
    });
  }
  if (!graph.complete) {
    note({
      severity: 'error',
      kind: 'partial',
      message: partialMessage(graph, states, options),
      place: null,
      path: null,
    });
  }

  const parts = stronglyConnected(nodes);
  const tipRanges = {} as Record<TipId, TipRangeReport>;
  const rangesByMemory: MemoryRange[] = graph.starts.map((memory) => ({
    memory: { ...memory },
    ranges: {} as MemoryRange['ranges'],
    unbounded: [],
  }));
  for (const tip of TIPS) {
    const hi = tipExtreme(nodes, parts, roots, tip, 1);
    const lo = tipExtreme(nodes, parts, roots, tip, -1);
    rangesByMemory.forEach((entry, start) => {
      const max = hi.byRoot[start] ?? 0;
      const min = lo.byRoot[start] ?? 0;
      // As for the union below: an unbounded end reads 0, and the tip is flagged.
      entry.ranges[tip] = {
        min: Number.isFinite(min) ? min : 0,
        max: Number.isFinite(max) ? max : 0,
      };
      if (!Number.isFinite(min) || !Number.isFinite(max)) entry.unbounded.push(tip);
    });
    const unbounded = !Number.isFinite(hi.value) || !Number.isFinite(lo.value);
    tipRanges[tip] = {
      min: Number.isFinite(lo.value) ? lo.value : 0,
      max: Number.isFinite(hi.value) ? hi.value : 0,
      minPath: lo.path,
      maxPath: hi.path,
      minMemory: memoryOf(lo.root),
      maxMemory: memoryOf(hi.root),
      unbounded,
    };
    const loop = hi.loopNode ?? lo.loopNode;
    if (loop !== null) {
      note({
        severity: 'error',
        kind: 'unbounded-tip',
        message: `a loop lets a player ${hi.loopNode !== null ? 'raise' : 'lower'} tip${tip} without limit`,
        place: nodes[loop]?.place ?? null,
        path: pathTo(nodes, loop),
        memory: memoryOf(loop),
      });
    }
  }

  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    complete: graph.complete,
    stoppedBy: graph.stoppedBy,
    states,
    steps: graph.steps,
    choicePoints: points.size,
    decisions: nodes.reduce((n, node) => n + node.edges.length, 0),
    choices: [...choices.values()],
    endings: [...endings.values()],
    knots: { reachable, unreachable },
    tipRanges,
    problems,
    placeEdges: [...placeEdges.values()],
    start: nodes[root]?.kind === 'choice' ? (nodes[root]?.place ?? TOP) : TOP,
    memoryStarts: graph.starts.map((m) => ({ ...m })),
    rangesByMemory,
    undiscussed: [...undiscussed.values()],
  };
}

export {
  layoutBranchMap,
  renderBranchMap,
  type BranchLayout,
  type LaidOutEdge,
  type LaidOutNode,
  type MapOptions,
} from './map.ts';
export { StateKeys } from './state-keys.ts';
export { memoryClasses, type MemoryStartRanges } from './memory-classes.ts';
export { SourceIndex, type SourceLocation } from './source-index.ts';
export { placeOfPath } from './structure.ts';
export {
  compareStructure,
  locateDrifts,
  type DriftIndex,
  type DriftWhat,
  type LocatedDrift,
  type ParityDrift,
} from './parity.ts';
export { rubricFigures, rubricProblems, type RubricFigures, type RubricProblem } from './rubric.ts';
