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
 * - turn indices are kept relative to the current turn (TURNS_SINCE is current turn minus recorded
 *   turn, so the difference is what it reads), or dropped when the story never reads them; the
 *   absolute turn number is kept only when the story calls TURNS();
 * - the random seed is kept only when the story uses randomness;
 * - maps are written with sorted keys, since ink's insertion order depends on the path taken.
 */
import type { CountPolicy, StoryStructure } from './structure.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function asObject(x: Json | undefined): JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? x : {};
}

function asArray(x: Json | undefined): Json[] {
  return Array.isArray(x) ? x : [];
}

function sorted(obj: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(obj).sort()) out[k] = obj[k] ?? null;
  return out;
}

function foldCount(count: number, policy: CountPolicy | undefined): number {
  if (!policy || policy.kind === 'exact') return count;
  return policy.kind === 'cap' ? Math.min(count, policy.n) : count % policy.n;
}

export class StateKeyMaker {
  constructor(private readonly structure: StoryStructure) {}

  /** The key of the state `stateJson` (from `story.state.toJson()`). */
  keyOf(stateJson: string): string {
    const state = asObject(JSON.parse(stateJson) as Json);
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
    const thread = (t: Json | undefined): JsonObject => {
      const o = asObject(t);
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
        delete o.index;
        return o;
      });
      const choiceThreads = Object.entries(asObject(flow.choiceThreads))
        .map(([k, t]) => [renumber(Number(k)), thread(t)] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, t]) => t);
      flows[name] = { threads, choices, choiceThreads };
    }

    const { countPolicy, dynamicCountReads, readsTurnsSince, readsTurnNumber, usesRandomness } =
      this.structure;
    const visits: JsonObject = {};
    const rawVisits = asObject(state.visitCounts);
    for (const path of Object.keys(rawVisits).sort()) {
      const raw = rawVisits[path];
      const count = typeof raw === 'number' ? raw : 0;
      const folded = dynamicCountReads ? count : foldCount(count, countPolicy.get(path));
      if (folded !== 0) visits[path] = folded;
    }

    const key: JsonObject = {
      flow: state.currentFlowName ?? null,
      flows,
      vars: sorted(asObject(state.variablesState)),
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
}
