/**
 * Plays every path of a story and builds its state graph: one node per distinct choice-point state
 * (see state-key.ts) and one per distinct way of stopping (an ending, a dead end, an error).
 *
 * How it stays fast, since this runs at every build:
 * - A choice point's state is kept as ink's own live StoryState object, never serialised and loaded
 *   back: each choice is played in a copy made with ink's patching copy (live-state.ts), which
 *   shares the unchanged bulk (variables, visit counts) with the state it came from and records
 *   only what changes. Depth first, so few states are held at once; shortest paths to every node
 *   are found afterwards, on the finished graph.
 * - The state's key is built from the object ink's JSON writer produces, without printing it to
 *   text and parsing it back.
 * - Between two choices the story runs in one go. inkjs's Continue() stops at every line and looks
 *   ahead past each newline (to attach glue and tags), rebuilding the text at every step; none of
 *   that changes where the story goes, only how its text is cut into lines, and the analyzer needs
 *   no lines, only the tags, which ink keeps in the output for the whole stretch.
 */
import { Story } from 'inkjs';
import { parseChoiceTags, parseLineTags, TagError } from '../story/index.ts';
import type { TipEffects, TrustEffect } from '../story/index.ts';
import { LiveStates, type LiveState } from './live-state.ts';
import { StateKeyMaker } from './state-key.ts';
import { placeOfPath, readStructure, TOP, type StoryStructure } from './structure.ts';
import type { MemoryValues } from '../vocabulary/index.ts';

export type StopKind = 'ending' | 'dead-end' | 'error' | 'endless-loop' | 'unexplored';

export interface OfferedChoice {
  readonly index: number;
  /** ink's path of the choice: the same option in every state that offers it. */
  readonly id: string;
  readonly text: string;
  readonly place: string;
  /** The weave container the choice sits in: our notion of a choice point. */
  readonly pointId: string;
  readonly effects: TipEffects;
  readonly why: string | null;
  /** The rubric act, its modifiers and trust changes (docs/rubric.md). */
  readonly act: string | null;
  readonly modifiers: Readonly<Record<string, string>>;
  readonly trust: readonly TrustEffect[];
  /** Tagged `timeout`: taken when time runs out at its choice point. Absent on other choices. */
  readonly timeout?: true;
  /** The `discuss:` prompt of the stretch of story leading to this choice point, if any. */
  readonly discuss: string | null;
}

export interface GraphEdge {
  readonly choice: OfferedChoice;
  readonly to: number;
}

export interface GraphNode {
  readonly id: number;
  /** `choice` for a choice point; otherwise how the story stopped. */
  readonly kind: 'choice' | StopKind;
  /** The place of the choices (choice point) or where the story stopped. */
  readonly place: string;
  /** For stops: the ending id or the problem's message. */
  readonly label: string;
  /** For endings: true when named by an `ending:` tag. */
  readonly tagged: boolean;
  /** The node before this one on a shortest path from the root (-1 for the root). */
  parent: number;
  /** The choice index taken at `parent` on that path. */
  via: number;
  /** Which of the starting memories (`StateGraph.starts`) that path begins from. */
  start: number;
  readonly edges: GraphEdge[];
}

export interface StateGraph {
  readonly nodes: GraphNode[];
  /** The first node for each starting memory, in the order of `starts`. */
  readonly roots: readonly number[];
  readonly starts: readonly MemoryValues[];
  readonly complete: boolean;
  /** What cut the exploration short, when `complete` is false. */
  readonly stoppedBy: StopReason | null;
  /** Story steps: ink engine steps (ContinueSingleStep) plus choices made. */
  readonly steps: number;
  readonly structure: StoryStructure;
  /** Every knot and stitch the story entered while being explored. */
  readonly visitedPlaces: ReadonlySet<string>;
  /** Tags that do not parse, met while playing (once per message), with the path reaching them. */
  readonly badTags: readonly {
    readonly message: string;
    readonly place: string;
    readonly path: number[];
    readonly start: number;
  }[];
}

/** Values of `mem_` variables a story starts with (memory from earlier scenarios). */
export type { MemoryValues };

/** Why an exploration stopped early: the state limit, the time limit or the memory guard. */
export type StopReason = 'states' | 'time' | 'memory';

export interface ExploreOptions {
  readonly maxStates: number;
  readonly maxStepsPerSegment: number;
  /**
   * Asked every few dozen choices and every few thousand ink steps: a reason to stop now (the time
   * or memory limit), or null to go on. What was explored so far is kept and reported as partial.
   */
  readonly shouldStop?: () => 'time' | 'memory' | null;
  /** Starting memories to explore from; every one shares the same graph. Default: the story's own. */
  readonly starts?: (story: Story, structure: StoryStructure) => MemoryValues[];
  /**
   * Told how far the exploration has come, at each starting memory and every few dozen choices (the
   * Studio's Check pane shows it). Never asked anything: it cannot change what is explored.
   */
  readonly onProgress?: (progress: ExploreProgress) => void;
}

/** How far an exploration has come: distinct states so far, and which starting memory it is on. */
export interface ExploreProgress {
  readonly states: number;
  readonly maxStates: number;
  /** 0-based index of the starting memory being explored, of `starts`. */
  readonly start: number;
  readonly starts: number;
}

/** Thrown from inside ink's step loop when a stretch of story runs too long without a choice. */
class StepLimit extends Error {}

/** Thrown from inside ink's step loop when the time or memory limit says to stop exploring. */
class LimitReached extends Error {}

/** How often the limits are asked: every this many choices, and every this many ink steps. */
const CHECK_EVERY_CHOICES = 32;
const CHECK_EVERY_STEPS = 4096;

type Segment =
  | {
      readonly kind: 'choice';
      readonly key: string;
      readonly state: LiveState;
      readonly choices: OfferedChoice[];
    }
  | {
      readonly kind: StopKind;
      readonly place: string;
      readonly label: string;
      readonly tagged: boolean;
    };

interface BadTag {
  readonly message: string;
  readonly place: string;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function pathTo(nodes: readonly GraphNode[], id: number): number[] {
  const path: number[] = [];
  let node = nodes[id];
  while (node && node.parent >= 0) {
    path.push(node.via);
    node = nodes[node.parent];
  }
  return path.reverse();
}

/** Sets every node's `parent`, `via` and `start` to a shortest path from a root (breadth first). */
function shortestPaths(nodes: GraphNode[], roots: readonly number[]): void {
  const seen = new Uint8Array(nodes.length);
  const queue: number[] = [];
  roots.forEach((root, start) => {
    const node = nodes[root];
    if (!node || seen[root]) return;
    seen[root] = 1;
    node.start = start;
    queue.push(root);
  });
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? 0;
    const parent = nodes[id];
    for (const edge of parent?.edges ?? []) {
      const child = nodes[edge.to];
      if (!child || !parent || seen[edge.to]) continue;
      seen[edge.to] = 1;
      child.parent = id;
      child.via = edge.choice.index;
      child.start = parent.start;
      queue.push(edge.to);
    }
  }
}

/** Output items (text, tags, glue) between two choices: hundreds in a long scene, never this many. */
const MAX_OUTPUT_PER_SEGMENT = 5_000;

const DEAD_END = /ran out of content|unexpectedly reached end of content/;

export function exploreStory(json: string, options: ExploreOptions): StateGraph {
  const errors: string[] = [];
  const visitedPlaces = new Set<string>();
  let steps = 0;
  let segmentSteps = 0;
  let stoppedBy: StopReason | null = null;
  /** True once the time or memory limit has said stop (asks it again until then). */
  const overLimit = (): boolean => {
    if (stoppedBy === null) stoppedBy = options.shouldStop?.() ?? null;
    return stoppedBy !== null;
  };
  /** The knot or stitch most recently entered: where the story is when it stops. */
  let lastPlace = TOP;
  const placeOfContainer = new WeakMap<object, string>();
  let placeSet: ReadonlySet<string> = new Set();

  /** The Story with our hooks (made once: saved states belong to its content tree). */
  const makeStory = (): Story => {
    const s = new Story(json);
    s.onError = (message, type) => {
      // ErrorType.Error is 2; warnings and author messages do not stop a path.
      if (Number(type) === 2) errors.push(message);
    };
    // ink's own step, without the per-line stop and look-ahead (see the header comment).
    s.ContinueSingleStep = () => {
      if (++segmentSteps > options.maxStepsPerSegment) throw new StepLimit();
      if (segmentSteps % CHECK_EVERY_STEPS === 0 && overLimit()) throw new LimitReached();
      // Text piles up in the output for the whole stretch; a story that keeps talking is stopped
      // by its output too, before ink's per-item whitespace handling makes each step slower.
      if (s.state.outputStream.length > MAX_OUTPUT_PER_SEGMENT) throw new StepLimit();
      s.Step();
      if (!s.canContinue && !s.state.callStack.elementIsEvaluateFromGame)
        s.TryFollowDefaultInvisibleChoice();
      return false;
    };
    const visit = s.VisitContainer.bind(s);
    s.VisitContainer = (container, atStart) => {
      let place = placeOfContainer.get(container);
      if (place === undefined) {
        place = placeOfPath(container.path.toString(), placeSet);
        placeOfContainer.set(container, place);
      }
      visitedPlaces.add(place);
      // A divert into a stitch also passes its knot, though not at its start; that is not where we are.
      if (atStart) lastPlace = place;
      visit(container, atStart);
    };
    s.state.storySeed = 0;
    return s;
  };

  const story = makeStory();
  const live = new LiveStates(story);
  const structure = readStructure(story);
  placeSet = new Set(structure.places);
  const keys = new StateKeyMaker(structure);

  /**
   * Plays from the current state to the next choice point or stop. Tags that do not parse are noted
   * in `badTags` and play goes on, so one typo does not hide the rest of the story. `globalTags` is
   * how many tags at the head of the output are the story's global tags (only at the start).
   */
  const runSegment = (badTags: BadTag[], globalTags = 0): Segment => {
    errors.length = 0;
    segmentSteps = 0;
    try {
      // ContinueAsync(0) is Continue() without building the text it would return.
      while (story.canContinue && errors.length === 0) story.ContinueAsync(0);
    } catch (e) {
      const place = lastPlace;
      live.recover();
      if (e instanceof LimitReached) throw e;
      if (e instanceof StepLimit) {
        const label = `the story runs on without offering a choice or ending (${segmentSteps} steps; an endless loop?)`;
        return { kind: 'endless-loop', place, label, tagged: false };
      }
      return { kind: 'error', place, label: messageOf(e), tagged: false };
    } finally {
      steps += segmentSteps;
    }
    if (errors.length > 0) {
      const message = errors.map((m) => m.replace(/^RUNTIME ERROR:\s*/, '')).join('; ');
      const place = lastPlace;
      if (DEAD_END.test(message)) {
        const label = `the story runs out of content here without reaching -> END (ink: ${message})`;
        return { kind: 'dead-end', place, label, tagged: false };
      }
      return { kind: 'error', place, label: message, tagged: false };
    }
    // Tags are checked one by one: the output holds every line's tags since the last choice.
    let ending: string | null = null;
    let discuss: string | null = null;
    for (const tag of (story.currentTags ?? []).slice(globalTags)) {
      try {
        const parsedLine = parseLineTags([tag]);
        ending = parsedLine.ending ?? ending;
        discuss = parsedLine.discuss ?? discuss;
      } catch (e) {
        badTags.push({ message: messageOf(e), place: lastPlace });
      }
    }
    const offered = story.currentChoices;
    if (offered.length === 0) {
      return {
        kind: 'ending',
        place: lastPlace,
        label: ending ?? lastPlace,
        tagged: ending !== null,
      };
    }
    const choices: OfferedChoice[] = [];
    for (const c of offered) {
      const id = c.sourcePath ?? '';
      const place = placeOfPath(id, placeSet);
      const text = c.text.trim();
      let parsed: ReturnType<typeof parseChoiceTags> = {
        effects: {},
        why: null,
        act: null,
        modifiers: {},
        trust: [],
      };
      try {
        parsed = parseChoiceTags(c.tags ?? []);
      } catch (e) {
        const message =
          e instanceof TagError ? `${e.message} (on the choice "${text}")` : messageOf(e);
        badTags.push({ message, place });
      }
      const pointId = id.split('.').slice(0, -1).join('.');
      choices.push({
        index: c.index,
        id,
        text,
        place,
        pointId,
        effects: parsed.effects,
        why: parsed.why,
        act: parsed.act,
        modifiers: parsed.modifiers,
        trust: parsed.trust,
        ...(parsed.timeout ? { timeout: true as const } : {}),
        discuss,
      });
    }
    if (choices.filter((c) => c.timeout).length > 1) {
      badTags.push({
        message: `two choices on offer are tagged "timeout" (at "${choices[0]?.text ?? ''}"): a choice point takes one at most`,
        place: choices[0]?.place ?? lastPlace,
      });
    }
    // The text shown so far cannot change what follows (the next Continue starts a fresh output),
    // and dropping it keeps the saved state small.
    story.state.ResetOutput();
    const state = live.current();
    return { kind: 'choice', key: keys.keyOf(live.jsonObject(state)), state, choices };
  };

  const nodes: GraphNode[] = [];
  const byKey = new Map<string, number>();
  const saved = new Map<number, LiveState>();
  const choicesOf = new Map<number, OfferedChoice[]>();
  const stack: number[] = [];
  const nextChoice = new Map<number, number>();
  let stateCount = 0;
  let complete = true;

  const addNode = (seg: Segment): number => {
    const key = seg.kind === 'choice' ? seg.key : `${seg.kind}\u0000${seg.place}\u0000${seg.label}`;
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const id = nodes.length;
    if (seg.kind === 'choice') {
      if (stateCount >= options.maxStates) {
        complete = false;
        stoppedBy ??= 'states';
        const place = seg.choices[0]?.place ?? '';
        return addNode({
          kind: 'unexplored',
          place,
          label: 'not explored: state limit reached',
          tagged: false,
        });
      }
      stateCount++;
      const place = seg.choices[0]?.place ?? '';
      nodes.push({
        id,
        kind: 'choice',
        place,
        label: '',
        tagged: false,
        parent: -1,
        via: -1,
        start: 0,
        edges: [],
      });
      saved.set(id, seg.state);
      choicesOf.set(id, seg.choices);
      stack.push(id);
    } else {
      const { kind, place, label, tagged } = seg;
      nodes.push({ id, kind, place, label, tagged, parent: -1, via: -1, start: 0, edges: [] });
    }
    byKey.set(key, id);
    return id;
  };

  const badTags = new Map<
    string,
    { message: string; place: string; node: number; via: number; start: number }
  >();
  let currentStart = 0;
  const noteBadTags = (found: BadTag[], node: number, via: number): void => {
    for (const t of found) {
      if (!badTags.has(t.message)) badTags.set(t.message, { ...t, node, via, start: currentStart });
    }
  };

  const starts = options.starts?.(story, structure) ?? [{}];
  if (starts.length === 0) starts.push({});
  const roots: number[] = [];
  const globalTags = story.globalTags?.length ?? 0;
  const progress = (): void =>
    options.onProgress?.({
      states: stateCount,
      maxStates: options.maxStates,
      start: currentStart,
      starts: starts.length,
    });
  for (const [start, memory] of starts.entries()) {
    if (stoppedBy === 'time' || stoppedBy === 'memory') break;
    currentStart = start;
    progress();
    if (start > 0) {
      // A fresh state, with fresh variables and counts: the states saved from the previous start
      // share theirs with each other, and none of them is played again.
      story.ResetState();
      story.state.storySeed = 0;
    }
    for (const [name, value] of Object.entries(memory)) story.variablesState.$(name, value);
    lastPlace = TOP;
    const rootTags: BadTag[] = [];
    let first: Segment;
    try {
      first = runSegment(rootTags, globalTags);
    } catch (e) {
      if (!(e instanceof LimitReached)) throw e;
      break;
    }
    roots.push(addNode(first));
    noteBadTags(rootTags, -1, -1);
    explore();
  }
  if (stoppedBy === 'time' || stoppedBy === 'memory') complete = false;

  /** Expands every choice point on the stack, depth first, until none is left. */
  function explore(): void {
    let taken = 0;
    while (stack.length > 0) {
      if (++taken % CHECK_EVERY_CHOICES === 0) {
        if (overLimit()) {
          stack.length = 0;
          return;
        }
        progress();
      }
      const id = stack[stack.length - 1] ?? 0;
      const choices = choicesOf.get(id) ?? [];
      const i = nextChoice.get(id) ?? 0;
      const choice = choices[i];
      const node = nodes[id];
      if (!choice || !node) {
        stack.pop();
        saved.delete(id);
        choicesOf.delete(id);
        continue;
      }
      nextChoice.set(id, i + 1);
      const state = saved.get(id);
      if (state) live.playFrom(state);
      lastPlace = node.place;
      const found: BadTag[] = [];
      let seg: Segment;
      try {
        story.ChooseChoiceIndex(choice.index);
        steps++;
        seg = runSegment(found);
      } catch (e) {
        live.recover();
        if (e instanceof LimitReached) {
          stack.length = 0;
          return;
        }
        seg = { kind: 'error', place: choice.place, label: messageOf(e), tagged: false };
      }
      node.edges.push({ choice, to: addNode(seg) });
      noteBadTags(found, id, choice.index);
    }
  }

  progress();
  shortestPaths(nodes, roots);
  const tagProblems = [...badTags.values()].map(({ message, place, node, via, start }) => ({
    message,
    place,
    path: node < 0 ? [] : [...pathTo(nodes, node), via],
    start: node < 0 ? start : (nodes[node]?.start ?? start),
  }));
  return {
    nodes,
    roots,
    // A start the limits left unexplored has no root, and no ranges of its own.
    starts: starts.slice(0, roots.length),
    complete,
    stoppedBy: complete ? null : stoppedBy,
    steps,
    structure,
    visitedPlaces,
    badTags: tagProblems,
  };
}
