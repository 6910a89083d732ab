/**
 * What the story analyzer reports. These shapes are also the `--json` output of `npm run stories:check`
 * (documented in docs/authoring.md, "Story checks"), so a change here is a change to that contract.
 */
import type { TipEffects, TipId, TrustEffect } from '../story/index.ts';

/** A path through a story: the index of the choice taken at each choice point, from the start. */
export type ChoicePath = readonly number[];

/** Values of `mem_` variables a story starts with: what the player carried over from earlier scenarios. */
export type Memory = Readonly<Record<string, string | number | boolean>>;

export interface AnalysisOptions {
  /**
   * The most distinct choice-point states to explore. Past it the report says `complete: false`.
   * The default is far above what a conversation of our size needs and still stops in seconds.
   */
  readonly maxStates?: number;
  /**
   * The most ink steps one stretch of story between two choices may take. A story that loops without
   * ever offering a choice hits this and is reported, instead of hanging the check.
   */
  readonly maxStepsPerSegment?: number;
  /**
   * Stop exploring after this many seconds and report what was found as partial. Unset: no limit.
   * A wall-clock limit, so where it stops depends on the machine: a report it cut short is never
   * cached, and the state limit stays the deterministic bound.
   */
  readonly maxSeconds?: number;
  /**
   * Stop exploring once `memoryUsed()` has grown by more than this many megabytes since the start,
   * and report what was found as partial. Needs `memoryUsed`; unset: no guard.
   */
  readonly maxMemoryMB?: number;
  /** Bytes in use now (in Node, `() => process.memoryUsage().heapUsed`). */
  readonly memoryUsed?: () => number;
  /**
   * Told how far the exploration has come, every few dozen choices (the Studio shows it while a
   * check runs). It only listens: the report is the same with or without it.
   */
  readonly onProgress?: (progress: AnalysisProgress) => void;
}

/** How far an analysis has come: distinct states explored so far, and the starting memory it is on. */
export interface AnalysisProgress {
  readonly states: number;
  /** The state limit: past it the report is partial. */
  readonly maxStates: number;
  /** 0-based index of the starting memory being explored, of `starts`. */
  readonly start: number;
  readonly starts: number;
}

/** The lowest and highest total of one tip over every path, and a path reaching each. */
export interface TipRangeReport {
  readonly min: number;
  readonly max: number;
  readonly minPath: number[];
  readonly maxPath: number[];
  /** The memory `minPath` and `maxPath` start from (`{}`: the story's own defaults). */
  readonly minMemory: Memory;
  readonly maxMemory: Memory;
  /** True when a loop lets a player push this tip without limit; min/max are then meaningless. */
  readonly unbounded: boolean;
}

export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly kind:
    | 'dead-end'
    | 'runtime-error'
    | 'endless-loop'
    | 'bad-tag'
    | 'unbounded-tip'
    | 'unscored-choice'
    | 'untagged-ending'
    | 'unreachable'
    | 'randomness'
    | 'no-ending'
    | 'partial';
  readonly message: string;
  /** Where in the story (knot or knot.stitch), when known. */
  readonly place: string | null;
  /** The choices that reach it from the start, when it is reached by playing. */
  readonly path: number[] | null;
  /** The text of the choice concerned, when the problem is about one choice. */
  readonly choice: string | null;
  /** The memory `path` starts from, when not the story's defaults. */
  readonly memory: Memory | null;
}

/** One distinct option of the story (the same option reached in different states counts once). */
export interface ChoiceInfo {
  /** ink's internal path of the choice, stable for one compiled story. */
  readonly id: string;
  readonly text: string;
  /** The knot or knot.stitch the choice is written in. */
  readonly place: string;
  readonly effects: TipEffects;
  readonly why: string | null;
  /** The rubric act (docs/rubric.md), or null when the choice names none. */
  readonly act: string | null;
  /** Context modifiers on the act, e.g. `{ timing: 'late' }`. */
  readonly modifiers: Readonly<Record<string, string>>;
  /** Trust changes for named characters. */
  readonly trust: readonly TrustEffect[];
  /** Tagged `timeout`: taken when time runs out at its choice point. Absent on other choices. */
  readonly timeout?: true;
  /** The weave container holding the choice: its choice point. */
  readonly point: string;
  /** The `discuss:` prompt found on the way to its choice point, or null. */
  readonly discuss: string | null;
  /** A path to a choice point offering it; taking `path` then this choice's index takes it. */
  readonly path: number[];
  readonly memory: Memory;
}

export interface EndingInfo {
  /** The `ending:` tag's id, else the knot or knot.stitch where the story stopped. */
  readonly id: string;
  /** True when named by an `ending:` tag. */
  readonly tagged: boolean;
  readonly place: string;
  /** A shortest path reaching it. */
  readonly path: number[];
  readonly memory: Memory;
}

/** The story's branch graph at the level of knots and stitches, for the branch map. */
export interface PlaceEdge {
  readonly from: string;
  /** A place, or `end:<id>` for an ending, `dead-end` / `error` for broken stops. */
  readonly to: string;
  readonly text: string;
  readonly effects: TipEffects;
}

export interface AnalysisReport {
  /** True when every reachable state was explored; false when a limit stopped the search. */
  readonly complete: boolean;
  /** Which limit stopped the search (`null` when complete): `maxStates`, `maxSeconds`, `maxMemoryMB`. */
  readonly stoppedBy: 'states' | 'time' | 'memory' | null;
  /** Distinct choice-point states explored (states that cannot differ in what follows count once). */
  readonly states: number;
  /** Story steps taken: each Continue() and each choice made counts one. */
  readonly steps: number;
  /** Distinct places where choices are offered (ink weave containers holding choices). */
  readonly choicePoints: number;
  /** Distinct decisions: each option offered in each distinct state (the state graph's edges). */
  readonly decisions: number;
  readonly choices: ChoiceInfo[];
  readonly endings: EndingInfo[];
  readonly knots: { readonly reachable: string[]; readonly unreachable: string[] };
  readonly tipRanges: Record<TipId, TipRangeReport>;
  readonly problems: Problem[];
  readonly placeEdges: PlaceEdge[];
  /** Where the story starts (the knot of its first line), for the map. */
  readonly start: string;
  /**
   * The starting memories explored: the story's defaults, then every combination of other values
   * for the `mem_` variables it reads (true for false, a name for "", and so on), since a player who
   * played earlier scenarios can start with any of them.
   */
  readonly memoryStarts: Memory[];
  /**
   * The tip ranges reachable from each starting memory, in the order of `memoryStarts`: a player who
   * never made a promise cannot reach the points of keeping it, so the debrief compares a player
   * against the range of the memory they started with. `tipRanges` is the union of these.
   */
  readonly rangesByMemory: MemoryRange[];
  /**
   * Choice points that some path reaches without a `discuss:` prompt on the way (docs/rubric.md),
   * each with one such path.
   */
  readonly undiscussed: {
    readonly point: string;
    readonly place: string;
    readonly choice: string;
    readonly path: number[];
    readonly memory: Memory;
  }[];
}

/** What a player starting from one memory can reach on each tip (see `rangesByMemory`). */
export interface MemoryRange {
  readonly memory: Memory;
  readonly ranges: Record<TipId, { readonly min: number; readonly max: number }>;
  /** Tips a loop lets this player push without limit (their min and max are then 0). */
  readonly unbounded: TipId[];
}
