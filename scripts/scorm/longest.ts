/**
 * The longest resume data any play of a story can need: the longest path of choices (in the state
 * graph the story analyzer explores, from every starting memory it considers), encoded as the LMS
 * adapter encodes it. `npm run package` prints it per scenario against SCORM 1.2's 4,096 characters,
 * and a unit test keeps every story under the limit.
 */
import {
  DEFAULT_MAX_STATES,
  DEFAULT_MAX_STEPS_PER_SEGMENT,
  memoryStarts,
} from '../../src/analysis/index.ts';
import { exploreStory } from '../../src/analysis/explore.ts';
import { encodeSuspend } from '../../src/lms/suspend.ts';

export interface LongestSuspend {
  /** Choices on the longest path. */
  readonly choices: number;
  /** Characters of its suspend_data. */
  readonly length: number;
  readonly path: readonly number[];
  readonly sample: string;
}

export function longestSuspend(
  json: string,
  scenario: { readonly lang: string; readonly version: string },
): LongestSuspend {
  const graph = exploreStory(json, {
    maxStates: DEFAULT_MAX_STATES,
    maxStepsPerSegment: DEFAULT_MAX_STEPS_PER_SEGMENT,
    starts: memoryStarts,
  });
  if (!graph.complete) throw new Error('the story could not be explored completely');
  // Longest path from each node to a stop, in choices; the graph of a finished story has no cycles
  // (the analyzer reports loops), but a cycle is caught here too rather than looping for ever.
  const best = new Map<number, number[]>();
  const onStack = new Set<number>();
  const longestFrom = (id: number): number[] => {
    const known = best.get(id);
    if (known) return known;
    if (onStack.has(id)) throw new Error('the story loops: its longest path is unbounded');
    onStack.add(id);
    let longest: number[] = [];
    for (const edge of graph.nodes[id]?.edges ?? []) {
      const rest = longestFrom(edge.to);
      if (rest.length + 1 > longest.length) longest = [edge.choice.index, ...rest];
    }
    onStack.delete(id);
    best.set(id, longest);
    return longest;
  };
  let worst: LongestSuspend = { choices: 0, length: 0, path: [], sample: '' };
  graph.roots.forEach((root, i) => {
    const path = longestFrom(root);
    const sample = encodeSuspend({
      lang: scenario.lang,
      version: scenario.version,
      memory: graph.starts[i] ?? {},
      path,
    });
    if (sample.length > worst.length)
      worst = { choices: path.length, length: sample.length, path, sample };
  });
  return worst;
}
