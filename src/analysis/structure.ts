/**
 * What the analyzer learns from a compiled story before playing it: its knots and stitches, and which
 * parts of ink's saved state can change what happens next. The second part is what makes exploring
 * every path affordable: ink counts visits to some containers, and a count that nothing reads in full
 * (a once-only choice only asks "ever taken?", a stopping sequence only "how far along, up to N?")
 * can be folded without changing the story's future, so a loop back to a hub meets a state it knows.
 *
 * The runtime's classes are not exported by inkjs's public entry, so the content tree is read through
 * the small structural views below rather than with `instanceof`.
 */
import type { Story } from 'inkjs';

/** How one container's visit count is kept in a state's identity. */
export type CountPolicy =
  | { readonly kind: 'exact' }
  | { readonly kind: 'cap'; readonly n: number }
  | { readonly kind: 'mod'; readonly n: number };

export interface StoryStructure {
  /** Knot names, then `knot.stitch` names, in source order. */
  readonly places: readonly string[];
  /** Visit-count policy per container path; containers not listed keep exact counts. */
  readonly countPolicy: ReadonlyMap<string, CountPolicy>;
  /** True when something reads counts through a computed target (READ_COUNT of a variable). */
  readonly dynamicCountReads: boolean;
  /** TURNS_SINCE is used: turn indices matter, relative to the current turn. */
  readonly readsTurnsSince: boolean;
  /** TURNS() is used: the absolute turn number matters. */
  readonly readsTurnNumber: boolean;
  /** RANDOM, SEED_RANDOM, shuffles or LIST_RANDOM are used: what follows depends on the seed. */
  readonly usesRandomness: boolean;
  /** Where each place can send the story next (diverts, tunnels, threads, function calls). */
  readonly placeGraph: ReadonlyMap<string, ReadonlySet<string>>;
  /** The places that read each counted container's visit count. */
  readonly countReaders: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The places that read each variable to decide something (a condition, a calculation, a divert).
   * A variable nobody reads that way cannot change where the story goes.
   */
  readonly variableReaders: ReadonlyMap<string, ReadonlySet<string>>;
}

interface RtPath {
  toString(): string;
}
interface RtObject {
  readonly path: RtPath;
}
interface RtContainer extends RtObject {
  readonly content: readonly unknown[];
  readonly namedOnlyContent: ReadonlyMap<string, unknown> | null;
  readonly namedContent: ReadonlyMap<string, unknown>;
  readonly name: string | null;
}

/** inkjs ControlCommand.CommandType values that the analysis cares about. */
const COMMAND = {
  evalOutput: 1,
  turns: 11,
  turnsSince: 12,
  readCount: 13,
  random: 14,
  seedRandom: 15,
  visitIndex: 16,
  shuffleIndex: 17,
  listRandom: 23,
} as const;

const GLOBAL_DECL = 'global decl';
const GENERATED_NAME = /^(c-\d+|g-\d+|s\d+|b)$/;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

function isContainer(x: unknown): x is RtContainer {
  return isObject(x) && Array.isArray(x.content) && x.namedContent instanceof Map;
}

function commandOf(x: unknown): number | null {
  return isObject(x) && typeof x.commandType === 'number' && !('content' in x)
    ? x.commandType
    : null;
}

function intValueOf(x: unknown): number | null {
  return isObject(x) && 'valueType' in x && typeof x.value === 'number' && Number.isInteger(x.value)
    ? x.value
    : null;
}

function nativeNameOf(x: unknown): string | null {
  return isObject(x) && 'numberOfParameters' in x && typeof x.name === 'string' ? x.name : null;
}

/** The container a `CNT?` reference reads, when the object is one. */
function countReadTarget(x: unknown): RtContainer | null {
  if (!isObject(x) || !('pathForCount' in x) || x.pathForCount === null) return null;
  const target = x.containerForCount;
  return isContainer(target) ? target : null;
}

/** The absolute target of a divert, or null for a divert to a variable or an external function. */
function divertTarget(x: unknown): string | null | undefined {
  if (!isObject(x) || !('variableDivertName' in x) || !('pushesToStack' in x)) return undefined;
  if (typeof x.variableDivertName === 'string' || x.isExternal === true) return null;
  return pathString(x.targetPath);
}

/** The target of a divert-target value (`-> knot` stored in a variable or passed along). */
function divertValueTarget(x: unknown): string | null {
  if (!isObject(x) || !('valueType' in x) || !('targetPath' in x)) return null;
  return pathString(x.targetPath);
}

/** An ink Path as its string form (ink's Path has its own toString). */
function pathString(path: unknown): string | null {
  return isObject(path) && typeof path.componentsString === 'string' ? path.componentsString : null;
}

/** The variable an object reads: a plain variable reference, or a reference parameter. */
function variableRead(x: unknown): string | null {
  if (!isObject(x)) return null;
  if ('pathForCount' in x && x.pathForCount === null && typeof x.name === 'string') return x.name;
  if ('contextIndex' in x && typeof x.variableName === 'string') return x.variableName;
  return null;
}

/** The container a once-only choice marks as taken, when the object is such a choice. */
function onceOnlyTarget(x: unknown): RtContainer | null {
  if (!isObject(x) || x.onceOnly !== true || !('choiceTarget' in x)) return null;
  const target = x.choiceTarget;
  return isContainer(target) ? target : null;
}

export function readStructure(story: Story): StoryStructure {
  const root = story.mainContentContainer as unknown as RtContainer;
  const places: string[] = [];
  for (const [knot, value] of root.namedContent) {
    if (knot === GLOBAL_DECL || !isContainer(value)) continue;
    places.push(knot);
  }
  for (const knot of [...places]) {
    const container = root.namedContent.get(knot);
    if (!isContainer(container)) continue;
    for (const [stitch, value] of container.namedContent) {
      if (!GENERATED_NAME.test(stitch) && isContainer(value)) places.push(`${knot}.${stitch}`);
    }
  }

  const exact = new Set<string>();
  const folded = new Map<string, CountPolicy>();
  const commands = new Set<number>();
  const placeSet = new Set(places);
  const placeGraph = new Map<string, Set<string>>();
  const countReaders = new Map<string, Set<string>>();
  const variableReaders = new Map<string, Set<string>>();
  const variableDiverts = new Set<string>();
  const divertValues = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, value: string): void => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };

  const scan = (container: RtContainer): void => {
    const items = container.content;
    const here = placeOfPath(container.path.toString(), placeSet);
    items.forEach((item, i) => {
      if (isContainer(item)) {
        scan(item);
        return;
      }
      const target = divertTarget(item);
      if (target === null) variableDiverts.add(here);
      else if (target !== undefined) add(placeGraph, here, placeOfPath(target, placeSet));
      // `-> target` where `target` is a variable reads that variable, to decide where to go.
      const divertVariable = isObject(item) ? item.variableDivertName : null;
      if (typeof divertVariable === 'string') add(variableReaders, divertVariable, here);
      const value = divertValueTarget(item);
      if (value !== null) divertValues.add(placeOfPath(value, placeSet));
      // A variable that is only printed (`{name}` in text: read, then output) changes the words, never
      // the way the story goes, so such reads do not keep states apart.
      const variable = variableRead(item);
      if (variable !== null && commandOf(items[i + 1]) !== COMMAND.evalOutput)
        add(variableReaders, variable, here);
      const command = commandOf(item);
      if (command !== null) {
        commands.add(command);
        if (command === COMMAND.visitIndex) {
          // A sequence reads its own container's count: `visit N MIN` (stopping, once) saturates at N,
          // `visit N %` (cycle) repeats every N; anything else (a shuffle) needs the exact count.
          const n = intValueOf(items[i + 1]);
          const op = nativeNameOf(items[i + 2]);
          const path = container.path.toString();
          add(countReaders, path, here);
          if (n !== null && n > 0 && op === 'MIN') folded.set(path, { kind: 'cap', n });
          else if (n !== null && n > 0 && op === '%') folded.set(path, { kind: 'mod', n });
          else exact.add(path);
        }
        return;
      }
      const read = countReadTarget(item);
      if (read) {
        exact.add(read.path.toString());
        add(countReaders, read.path.toString(), here);
      }
      const once = onceOnlyTarget(item);
      if (once) {
        add(countReaders, once.path.toString(), here);
        if (!folded.has(once.path.toString()))
          folded.set(once.path.toString(), { kind: 'cap', n: 1 });
      }
    });
    if (container.namedOnlyContent) {
      for (const [name, value] of container.namedOnlyContent) {
        // The global declarations run once, before the story starts: they read nothing later.
        if (isContainer(value) && !(container === root && name === GLOBAL_DECL)) scan(value);
      }
    }
  };
  scan(root);
  // A divert to a variable can go anywhere a divert target was ever taken.
  for (const from of variableDiverts) for (const to of divertValues) add(placeGraph, from, to);

  const countPolicy = new Map<string, CountPolicy>();
  for (const [path, policy] of folded) if (!exact.has(path)) countPolicy.set(path, policy);
  return {
    places,
    countPolicy,
    dynamicCountReads: commands.has(COMMAND.readCount),
    readsTurnsSince: commands.has(COMMAND.turnsSince),
    readsTurnNumber: commands.has(COMMAND.turns),
    placeGraph,
    countReaders,
    variableReaders,
    usesRandomness: [
      COMMAND.random,
      COMMAND.seedRandom,
      COMMAND.shuffleIndex,
      COMMAND.listRandom,
    ].some((c) => commands.has(c)),
  };
}

/**
 * The knot or `knot.stitch` an ink path belongs to, e.g. `hub.0.c-1` → `hub`, `fin.st.3` → `fin.st`.
 * Content before the first knot is `(top)`.
 */
export function placeOfPath(path: string, places: ReadonlySet<string>): string {
  const dot = path.indexOf('.');
  const knot = dot < 0 ? path : path.slice(0, dot);
  if (!places.has(knot)) return TOP;
  if (dot < 0) return knot;
  const end = path.indexOf('.', dot + 1);
  const stitch = end < 0 ? path : path.slice(0, end);
  return places.has(stitch) ? stitch : knot;
}

export const TOP = '(top)';
