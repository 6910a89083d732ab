/**
 * A state's identity for deduplication: two states at a choice point with the same key offer the same
 * choices and play out the same way from there on, whatever path led to them.
 *
 * Taken from ink's saved state (`state.toJson()`), with what cannot affect the future removed or
 * put in a canonical form:
 * - the output stream is dropped: at a choice point it holds only text already shown, and the next
 *   Continue() starts a fresh one;
 * - thread numbers are renumbered in order of appearance: ink only matches them against each other,
 *   but its counter grows with every choice, so two equal states would otherwise never meet;
 * - visit counts are folded where nothing reads them in full (see structure.ts);
 * - visit counts and variables are dropped when no place that reads them can still be reached from
 *   here (the places on the call stacks and behind the offered choices, closed over every divert,
 *   tunnel, thread and call the story contains): a flag set in the first scene and read only there
 *   cannot change the last one;
 * - turn indices are kept relative to the current turn (TURNS_SINCE is current turn minus recorded
 *   turn, so the difference is what it reads), or dropped when the story never reads them; the
 *   absolute turn number is kept only when the story calls TURNS();
 * - the random seed is kept only when the story uses randomness;
 * - maps are written with sorted keys, since ink's insertion order depends on the path taken.
 */
import { placeOfPath, type CountPolicy, type StoryStructure } from './structure.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function asObject(x: Json | undefined): JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {};
}

function asArray(x: Json | undefined): Json[] {
  return Array.isArray(x) ? x : [];
}

function foldCount(count: number, policy: CountPolicy | undefined): number {
  if (!policy || policy.kind === 'exact') return count;
  return policy.kind === 'cap' ? Math.min(count, policy.n) : count % policy.n;
}

export class StateKeyMaker {
  private readonly placeSet: ReadonlySet<string>;
  private readonly liveCache = new Map<string, ReadonlySet<string>>();

  constructor(private readonly structure: StoryStructure) {
    this.placeSet = new Set(structure.places);
  }

  /** Every place reachable from `roots` (memoised: a story has few distinct root sets). */
  private live(roots: Set<string>): ReadonlySet<string> {
    const id = [...roots].sort().join('|');
    const known = this.liveCache.get(id);
    if (known) return known;
    const seen = new Set(roots);
    const queue = [...roots];
    for (let head = 0; head < queue.length; head++) {
      for (const next of this.structure.placeGraph.get(queue[head] ?? '') ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    this.liveCache.set(id, seen);
    return seen;
  }

  private readByLive(readers: ReadonlySet<string> | undefined, live: ReadonlySet<string>): boolean {
    if (!readers) return false;
    for (const r of readers) if (live.has(r)) return true;
    return false;
  }

  /** The key of a saved state: `story.state.toJson()`, parsed. Does not modify `saved`. */
  keyOf(saved: unknown): string {
    const state = asObject(saved as Json);
    const threadIds = new Map<number, number>();
    const renumber = (n: Json | undefined): number => {
      const old = typeof n === 'number' ? n : -1;
      let id = threadIds.get(old);
      if (id === undefined) {
        id = threadIds.size;
        threadIds.set(old, id);
      }
      return id;
    };
    const roots = new Set<string>();
    const root = (path: Json | undefined): void => {
      if (typeof path === 'string') roots.add(placeOfPath(path, this.placeSet));
    };
    const thread = (t: Json | undefined): JsonObject => {
      const o = asObject(t);
      for (const frame of asArray(o.callstack)) root(asObject(frame).cPath);
      return { ...o, threadIndex: renumber(o.threadIndex) };
    };

    const flows: JsonObject = {};
    const flowObj = asObject(state.flows);
    for (const name of Object.keys(flowObj).sort()) {
      const flow = asObject(flowObj[name]);
      const callstack = asObject(flow.callstack);
      const threads = asArray(callstack.threads).map(thread);
      const choices = asArray(flow.currentChoices).map((c) => {
        // ink does not save a choice's index (it is its position), so the copy drops it too.
        const o: JsonObject = {
          ...asObject(c),
          originalThreadIndex: renumber(asObject(c).originalThreadIndex),
        };
        root(o.targetPath);
        delete o.index;
        return o;
      });
      const choiceThreads = Object.entries(asObject(flow.choiceThreads))
        .map(([k, t]) => [renumber(Number(k)), thread(t)] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, t]) => t);
      flows[name] = { threads, choices, choiceThreads };
    }

    root(state.currentDivertTarget);
    const live = this.live(roots);

    const { countPolicy, countReaders, variableReaders, dynamicCountReads } = this.structure;
    const { readsTurnsSince, readsTurnNumber, usesRandomness } = this.structure;
    const visits: JsonObject = {};
    const rawVisits = asObject(state.visitCounts);
    for (const path of Object.keys(rawVisits).sort()) {
      const readers = countReaders.get(path);
      if (!dynamicCountReads && readers && !this.readByLive(readers, live)) continue;
      const raw = rawVisits[path];
      const count = typeof raw === 'number' ? raw : 0;
      const folded = dynamicCountReads ? count : foldCount(count, countPolicy.get(path));
      if (folded !== 0) visits[path] = folded;
    }

    const key: JsonObject = {
      flow: state.currentFlowName ?? null,
      flows,
      vars: this.liveVariables(asObject(state.variablesState), live, variableReaders),
      eval: state.evalStack ?? null,
      divert: state.currentDivertTarget ?? null,
      visits,
    };
    const turn = typeof state.turnIdx === 'number' ? state.turnIdx : 0;
    if (readsTurnsSince || readsTurnNumber) {
      const turns: JsonObject = {};
      const raw = asObject(state.turnIndices);
      for (const path of Object.keys(raw).sort()) {
        const t = raw[path];
        if (typeof t === 'number') turns[path] = readsTurnNumber ? t : turn - t;
      }
      key.turns = turns;
    }
    if (readsTurnNumber) key.turn = turn;
    if (usesRandomness) {
      key.seed = state.storySeed ?? null;
      key.random = state.previousRandom ?? null;
    }
    return JSON.stringify(key);
  }

  private liveVariables(
    vars: JsonObject,
    live: ReadonlySet<string>,
    readers: ReadonlyMap<string, ReadonlySet<string>>,
  ): JsonObject {
    const out: JsonObject = {};
    for (const name of Object.keys(vars).sort()) {
      if (this.readByLive(readers.get(name), live)) out[name] = vars[name] ?? null;
    }
    return out;
  }
}
