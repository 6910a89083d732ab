/**
 * Plays every path of a story, breadth first, and builds its state graph: one node per distinct
 * choice-point state (see state-key.ts) and one per distinct way of stopping (an ending, a dead end,
 * an error). Breadth first, so the path recorded to each node is a shortest one.
 *
 * One inkjs Story is reused throughout; branching is by saving the state at each choice point
 * (`toJson`, which the key needs anyway) and loading it again before each of its choices.
 */
import { Story } from 'inkjs';
import { parseChoiceTags, parseLineTags, TagError } from '../story/tags.ts';
import type { TipEffects } from '../story/types.ts';
import { StateKeyMaker } from './state-key.ts';
import { placeOfPath, readStructure, TOP, type StoryStructure } from './structure.ts';

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
  readonly parent: number;
  /** The choice index taken at `parent` to first reach this node. */
  readonly via: number;
  readonly edges: GraphEdge[];
}

export interface StateGraph {
  readonly nodes: GraphNode[];
  readonly root: number;
  readonly complete: boolean;
  /** Story steps: Continue() calls plus choices made. */
  readonly steps: number;
  readonly structure: StoryStructure;
  /** Every knot and stitch the story entered while being explored. */
  readonly visitedPlaces: ReadonlySet<string>;
  /** Tags that do not parse, met while playing (once per message), with the path reaching them. */
  readonly badTags: readonly {
    readonly message: string;
    readonly place: string;
    readonly path: number[];
  }[];
}

export interface ExploreOptions {
  readonly maxStates: number;
  readonly maxStepsPerSegment: number;
}

/** Thrown from inside ink's step loop when a stretch of story runs too long without a choice. */
class StepLimit extends Error {}

type Segment =
  | {
      readonly kind: 'choice';
      readonly key: string;
      readonly state: string;
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

export function exploreStory(json: string, options: ExploreOptions): StateGraph {
  const errors: string[] = [];
  const visitedPlaces = new Set<string>();
  let steps = 0;
  let segmentSteps = 0;
  /** The knot or stitch most recently entered: where the story is when it stops. */
  let lastPlace = TOP;
  const placeOfContainer = new WeakMap<object, string>();
  let placeSet: ReadonlySet<string> = new Set();

  /** A fresh Story with our hooks; also used to recover after ink was interrupted mid-step. */
  const makeStory = (): Story => {
    const s = new Story(json);
    s.onError = (message, type) => {
      // ErrorType.Error is 2; warnings and author messages do not stop a path.
      if (Number(type) === 2) errors.push(message);
    };
    const step = s.ContinueSingleStep.bind(s);
    s.ContinueSingleStep = () => {
      if (++segmentSteps > options.maxStepsPerSegment) throw new StepLimit();
      return step();
    };
    const visit = s.VisitContainer.bind(s);
    s.VisitContainer = (container, atStart) => {
      // A divert into a stitch also passes its knot, though not at its start; that is not where we are.
      let place = placeOfContainer.get(container);
      if (place === undefined) {
        place = placeOfPath(container.path.toString(), placeSet);
        placeOfContainer.set(container, place);
      }
      visitedPlaces.add(place);
      if (atStart) lastPlace = place;
      visit(container, atStart);
    };
    s.state.storySeed = 0;
    return s;
  };

  let story = makeStory();
  const structure = readStructure(story);
  placeSet = new Set(structure.places);
  const keys = new StateKeyMaker(structure);

  const stopPlace = (): string => lastPlace;

  /**
   * Plays from the current state to the next choice point or stop. Tags that do not parse are noted
   * in `badTags` and play goes on, so one typo does not hide the rest of the story. `globalTags` is
   * how many tags at the head of the first line are the story's global tags (only at the start).
   */
  const runSegment = (badTags: BadTag[], globalTags = 0): Segment => {
    errors.length = 0;
    segmentSteps = 0;
    let ending: string | null = null;
    let skip = globalTags;
    try {
      while (story.canContinue && errors.length === 0) {
        story.Continue();
        steps++;
        const tags = (story.currentTags ?? []).slice(skip);
        skip = 0;
        if (tags.length === 0) continue;
        try {
          ending = parseLineTags(tags).ending ?? ending;
        } catch (e) {
          badTags.push({
            message: `${messageOf(e)} (at "${(story.currentText ?? '').trim()}")`,
            place: stopPlace(),
          });
        }
      }
    } catch (e) {
      const place = stopPlace();
      story = makeStory();
      if (e instanceof StepLimit) {
        const message = `the story runs for ${options.maxStepsPerSegment} steps without offering a choice or ending (an endless loop?)`;
        return { kind: 'endless-loop', place, label: message, tagged: false };
      }
      return { kind: 'error', place, label: messageOf(e), tagged: false };
    }
    if (errors.length > 0) {
      const message = errors.join('; ');
      const place = stopPlace();
      story = makeStory();
      const deadEnd = /ran out of content|unexpectedly reached end of content/.test(message);
      return { kind: deadEnd ? 'dead-end' : 'error', place, label: message, tagged: false };
    }
    const offered = story.currentChoices;
    if (offered.length === 0) {
      const place = stopPlace();
      return { kind: 'ending', place, label: ending ?? place, tagged: ending !== null };
    }
    const choices: OfferedChoice[] = [];
    for (const c of offered) {
      const id = c.sourcePath ?? '';
      const place = placeOfPath(id, placeSet);
      const text = c.text.trim();
      let parsed: { effects: TipEffects; why: string | null } = { effects: {}, why: null };
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
      });
    }
    const state = story.state.toJson();
    return { kind: 'choice', key: keys.keyOf(state), state, choices };
  };

  const nodes: GraphNode[] = [];
  const byKey = new Map<string, number>();
  const saved = new Map<number, string>();
  const queue: number[] = [];
  const choicesOf = new Map<number, OfferedChoice[]>();
  let stateCount = 0;
  let complete = true;

  const addNode = (seg: Segment, parent: number, via: number): number => {
    const key = seg.kind === 'choice' ? seg.key : `${seg.kind}\u0000${seg.place}\u0000${seg.label}`;
    const known = byKey.get(key);
    if (known !== undefined) return known;
    if (seg.kind === 'choice' && stateCount >= options.maxStates) {
      complete = false;
      return addNode(
        {
          kind: 'unexplored',
          place: seg.choices[0]?.place ?? '',
          label: 'not explored',
          tagged: false,
        },
        parent,
        via,
      );
    }
    const id = nodes.length;
    if (seg.kind === 'choice') {
      stateCount++;
      nodes.push({
        id,
        kind: 'choice',
        place: seg.choices[0]?.place ?? '',
        label: '',
        tagged: false,
        parent,
        via,
        edges: [],
      });
      saved.set(id, seg.state);
      queue.push(id);
      choicesOf.set(id, seg.choices);
    } else {
      nodes.push({
        id,
        kind: seg.kind,
        place: seg.place,
        label: seg.label,
        tagged: seg.tagged,
        parent,
        via,
        edges: [],
      });
    }
    byKey.set(key, id);
    return id;
  };
  const badTags = new Map<string, { message: string; place: string; path: number[] }>();
  const noteBadTags = (found: BadTag[], parent: number, via: number): void => {
    for (const t of found) {
      if (badTags.has(t.message)) continue;
      const path = parent < 0 ? [] : [...pathTo(nodes, parent), via];
      badTags.set(t.message, { ...t, path });
    }
  };

  const rootTags: BadTag[] = [];
  const root = addNode(runSegment(rootTags, story.globalTags?.length ?? 0), -1, -1);
  noteBadTags(rootTags, -1, -1);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] ?? 0;
    const node = nodes[id];
    const state = saved.get(id);
    const choices = choicesOf.get(id) ?? [];
    if (!node || state === undefined) continue;
    saved.delete(id);
    for (const choice of choices) {
      story.state.LoadJson(state);
      lastPlace = node.place;
      let seg: Segment;
      const found: BadTag[] = [];
      try {
        story.ChooseChoiceIndex(choice.index);
        steps++;
        seg = runSegment(found);
      } catch (e) {
        story = makeStory();
        seg = { kind: 'error', place: choice.place, label: messageOf(e), tagged: false };
      }
      node.edges.push({ choice, to: addNode(seg, id, choice.index) });
      noteBadTags(found, id, choice.index);
    }
  }
  return { nodes, root, complete, steps, structure, visitedPlaces, badTags: [...badTags.values()] };
}
