/**
 * The Studio's worker protocol: what the page asks the worker and what it answers, and the checks on
 * every request. No compiler here: the page imports this module too (./handler.ts has the compiler).
 *
 * Everything a request carries is untrusted text (a file from disk, a paste): it is validated and
 * size-capped here before the compiler sees it, and `INCLUDE` resolves only to the other files of the
 * same request, never to a URL, a path or another scenario's storage.
 */
import type { DriftWhat } from '../analysis/index.ts';
import type { CompiledScenario, Diagnostic, MessageParams, TipId } from '../story/index.ts';
import { MAX_FILES, MAX_SOURCE_CHARS, PART_NAME, STORY_FILE } from '../library/index.ts';

/** One ink file of the scenario being written. The first file of a request is the story. */
export interface StudioFile {
  readonly name: string;
  readonly text: string;
}

export type StudioRequest = {
  /** 'compile': compile and tag-lint (as the author types); 'check': that, then the full analysis. */
  readonly type: 'compile' | 'check';
  /** Answers carry the id back, so the page can drop answers to edits that were overtaken. */
  readonly id: number;
  readonly files: readonly StudioFile[];
  /** The story's language (a check builds the scenario the game plays in it). */
  readonly lang?: string;
  /**
   * The same scenario in its other language (the language pair open in two tabs): a check then also
   * compares the two versions (translation parity, as `npm run stories:check` does for bundled ones).
   */
  readonly pair?: StudioPair;
};

/** The other language of a language pair: its files, its story first. */
export interface StudioPair {
  readonly lang: string;
  readonly files: readonly StudioFile[];
}

/**
 * A line of the scenario: 1-based (0: the story as a whole, or unknown), in the story's own file or,
 * when `file` is given, in that file of the same language (a file the story INCLUDEs).
 */
export interface Pin {
  readonly line: number;
  readonly file?: string;
}

/** One choice on a path through the story: its text as the player sees it, and its line (0: unknown). */
export interface PathStep extends Pin {
  readonly text: string;
}

/** A path from the start, as the choices a player makes, and the memory the player starts with. */
export interface ReachedBy {
  /** `mem_` variables that start away from the story's default ({}: the defaults). */
  readonly memory: Readonly<Record<string, string | number | boolean>>;
  readonly steps: readonly PathStep[];
}

/** One thing the analysis found, pinned to a line of the story (0: the story as a whole). */
export interface Finding extends Pin {
  readonly severity: 'error' | 'warning';
  /** The analyzer's kind (dead-end, endless-loop, unscored-choice…), 'compile', 'rubric' or 'parity'. */
  readonly kind: string;
  /** The analyzer's or compiler's own words (English; quotes the story and ink). */
  readonly message: string;
  /** The message's code and parameters, when the tag checks or the rubric said it: the page words it. */
  readonly code?: string;
  readonly params?: MessageParams;
  /** Where in the story (knot or knot.stitch) and which choice, when known: the page words it. */
  readonly place?: string | null;
  readonly choice?: string | null;
  /** The path that reaches it, as choices with their lines, when play reaches it. */
  readonly reachedBy?: ReachedBy | null;
  /** The language whose tab `line` is in, when it is not the checked story's (a pair's other one). */
  readonly lang?: string;
  /**
   * A parity finding as data, for the page to word in its language: what differs, or that one side
   * does not compile (`lang`: which; the compiler's first error is in `message`).
   */
  readonly parity?:
    DriftWhat | { readonly kind: 'broken'; readonly lang: string; readonly error: string | null };
  /** A parity finding's other end: the same place in the other language's tab. */
  readonly other?: ({ readonly lang: string } & Pin) | null;
}

/** How far a running check has come (sent by the worker every so often while it explores). */
export interface CheckProgress {
  readonly states: number;
  readonly maxStates: number;
  /** Which starting memory is being explored (0-based), of how many. */
  readonly start: number;
  readonly starts: number;
}

/** What the Check pane shows: the analyzer's report, made small and pinned to lines. */
export interface CheckReport {
  /** False when a limit stopped the search: the findings and ranges are then partial. */
  readonly complete: boolean;
  readonly stoppedBy: 'states' | 'time' | 'memory' | null;
  readonly states: number;
  readonly findings: readonly Finding[];
  readonly tips: readonly {
    readonly tip: TipId;
    readonly min: number;
    readonly max: number;
    readonly unbounded: boolean;
    /** The paths reaching the lowest and the highest total, as choices (null when unbounded). */
    readonly minBy: ReachedBy | null;
    readonly maxBy: ReachedBy | null;
  }[];
  readonly endings: readonly ({
    readonly id: string;
    readonly tagged: boolean;
    /** Its title from the header's `ending:` tag, when the header names one. */
    readonly title: string | null;
    /** False for an ending the header declares that no path reaches. */
    readonly reached: boolean;
    /** A shortest path to it (null when not reached). */
    readonly reachedBy: ReachedBy | null;
  } & Pin)[];
  readonly unreachable: readonly ({ readonly place: string } & Pin)[];
  /** The scenario the game plays, when the story is complete and sound; else null. */
  readonly scenario: CompiledScenario | null;
  /**
   * Where a play-test of `scenario` may start (null when there is none): its scenes, and the memory it
   * reads from earlier scenarios with the story's defaults. Read in the worker, so the page never
   * parses the story to draw the play-test's form.
   */
  readonly playStart: PlayStart | null;
  /** The branch map, laid out (src/analysis/map.ts), each box with its line. */
  readonly map: StudioMap;
}

/** Where a play-test can start: a scene, and a starting value for each memory the story reads. */
export interface PlayStart {
  readonly scenes: readonly string[];
  readonly memory: readonly {
    readonly name: string;
    readonly value: string | number | boolean;
  }[];
}

/** The branch map as the page draws it: boxes and arrows placed, every box pinned to a line. */
export interface StudioMap {
  readonly width: number;
  readonly height: number;
  readonly boxWidth: number;
  readonly boxHeight: number;
  /** Where the boxes begin. */
  readonly top: number;
  readonly nodes: readonly ({
    /** A place (`knot`, `knot.stitch`), `end:<id>`, `dead-end`, `error` or `unexplored`. */
    readonly id: string;
    readonly kind: 'place' | 'ending' | 'broken' | 'unexplored';
    readonly x: number;
    readonly y: number;
    readonly start: boolean;
    /** An ending's title from the header, when it has one. */
    readonly title: string | null;
  } & Pin)[];
  readonly edges: readonly {
    readonly from: string;
    readonly to: string;
    readonly d: string;
    readonly labelX: number;
    readonly labelY: number;
    /** The choices' tip effects, as `t2+1 | t1-1` (`·` for unscored). */
    readonly label: string;
    readonly net: number;
    readonly width: number;
    /** The choices this arrow stands for, as the player reads them. */
    readonly choices: readonly string[];
  }[];
}

export type StudioResponse =
  | {
      readonly type: 'compiled';
      readonly id: number;
      /** True when the story compiled with no errors (warnings may remain). */
      readonly ok: boolean;
      /** Errors first, then warnings; each pinned to a file of the request and a 1-based line. */
      readonly diagnostics: readonly Diagnostic[];
      /** Time spent in the worker, in milliseconds (for the figures, never for a decision). */
      readonly ms: number;
    }
  | {
      readonly type: 'checked';
      readonly id: number;
      /** The compile's diagnostics; when there are errors, no analysis ran and `report` is null. */
      readonly diagnostics: readonly Diagnostic[];
      readonly report: CheckReport | null;
      readonly ms: number;
    }
  | ({ readonly type: 'progress'; readonly id: number } & CheckProgress)
  | { readonly type: 'refused'; readonly id: number; readonly reason: RefusalReason };

export type RefusalReason = 'malformed' | 'too-large' | 'too-many-files' | 'bad-name';

/** How long typing must pause before the story is compiled again (the page waits; the worker answers). */
export const PAUSE_MS = 250;

/** A story file may be this many characters at most (the bundled ones are far below; see authoring.md). */
export const MAX_FILE_CHARS = MAX_SOURCE_CHARS;
/** The most files of one language, and the form of their names: the library's own (a saved scenario). */
export { MAX_FILES, STORY_FILE };
/** A file's name: a plain file name ending in .ink, no folders, no URL, no control characters. */
export const FILE_NAME = PART_NAME;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Checks a message from the page; returns the request or why it is refused. */
export function parseRequest(
  data: unknown,
): { ok: true; request: StudioRequest } | { ok: false; id: number; reason: RefusalReason } {
  const id = isRecord(data) && Number.isSafeInteger(data.id) ? (data.id as number) : -1;
  const type = isRecord(data) ? data.type : null;
  if (
    !isRecord(data) ||
    (type !== 'compile' && type !== 'check') ||
    id < 0 ||
    !Array.isArray(data.files)
  ) {
    return { ok: false, id, reason: 'malformed' };
  }
  const files = parseFiles(data.files as unknown[]);
  if (!Array.isArray(files)) return { ok: false, id, reason: files };
  const lang = typeof data.lang === 'string' && LANG.test(data.lang) ? data.lang : 'en';
  if (data.pair === undefined) return { ok: true, request: { type, id, files, lang } };
  const pair = data.pair;
  if (
    !isRecord(pair) ||
    typeof pair.lang !== 'string' ||
    !LANG.test(pair.lang) ||
    pair.lang === lang ||
    !Array.isArray(pair.files)
  ) {
    return { ok: false, id, reason: 'malformed' };
  }
  const pairFiles = parseFiles(pair.files as unknown[]);
  if (!Array.isArray(pairFiles)) return { ok: false, id, reason: pairFiles };
  return {
    ok: true,
    request: { type, id, files, lang, pair: { lang: pair.lang, files: pairFiles } },
  };
}

const LANG = /^[a-z]{2,3}$/;

/** The files of one language, each checked; or why they are refused. */
function parseFiles(list: readonly unknown[]): StudioFile[] | RefusalReason {
  const files: StudioFile[] = [];
  for (const f of list) {
    if (!isRecord(f) || typeof f.name !== 'string' || typeof f.text !== 'string')
      return 'malformed';
    if (!FILE_NAME.test(f.name)) return 'bad-name';
    if (f.text.length > MAX_FILE_CHARS) return 'too-large';
    files.push({ name: f.name, text: f.text });
  }
  if (files.length === 0) return 'malformed';
  if (files.length > MAX_FILES) return 'too-many-files';
  return files;
}
