/**
 * The lowest and highest total of each tip over every path of the state graph, with a path for each.
 *
 * Tip totals depend on the path but never change the story, so they are not part of a state: for each
 * state we compute the best (and worst) total still reachable from it to a stop, memoised, over the
 * deduplicated graph. The graph can have loops (a hub a player may return to): it is split into
 * strongly connected parts, handled sinks first; inside a part whose choices all leave the tip alone
 * every state shares the best exit, and otherwise the part is relaxed Bellman-Ford style, where a round
 * that still improves after as many rounds as states means a loop that raises the tip without limit.
 */
import type { TipId } from '../story/index.ts';
import type { GraphNode } from './explore.ts';

export interface TipExtreme {
  /** The best total from the root, or ±Infinity when a loop makes it unbounded. */
  readonly value: number;
  /** Choice indices from the root along a path achieving it (empty when unbounded). */
  readonly path: number[];
  /** When unbounded: a node on a loop that changes the tip. */
  readonly loopNode: number | null;
  /** The root the path starts from. */
  readonly root: number;
  /** The extreme total from each of `roots` in turn (±Infinity where unbounded). */
  readonly byRoot: number[];
}

/** Strongly connected components, each a list of node ids, sinks first (Tarjan, iterative). */
export function stronglyConnected(nodes: readonly GraphNode[]): number[][] {
  const index = new Int32Array(nodes.length).fill(-1);
  const low = new Int32Array(nodes.length);
  const onStack = new Uint8Array(nodes.length);
  const stack: number[] = [];
  const parts: number[][] = [];
  let counter = 0;
  for (let start = 0; start < nodes.length; start++) {
    if (index[start] !== -1) continue;
    const work: { v: number; e: number }[] = [{ v: start, e: 0 }];
    index[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const edges = nodes[frame.v]?.edges ?? [];
      if (frame.e < edges.length) {
        const w = edges[frame.e++]?.to ?? 0;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, e: 0 });
        } else if (onStack[w]) {
          low[frame.v] = Math.min(low[frame.v] ?? 0, index[w] ?? 0);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v] ?? 0, low[frame.v] ?? 0);
      if (low[frame.v] === index[frame.v]) {
        const part: number[] = [];
        let w: number;
        do {
          w = stack.pop() ?? frame.v;
          onStack[w] = 0;
          part.push(w);
        } while (w !== frame.v);
        parts.push(part);
      }
    }
  }
  return parts;
}

/**
 * The extreme total of `tip` from the best of `roots`: `sign` 1 for the maximum, -1 for the minimum (computed as
 * the maximum of the negated effects).
 */
export function tipExtreme(
  nodes: readonly GraphNode[],
  parts: readonly number[][],
  roots: readonly number[],
  tip: TipId,
  sign: 1 | -1,
): TipExtreme {
  const best = new Float64Array(nodes.length).fill(Number.NEGATIVE_INFINITY);
  const next = new Int32Array(nodes.length).fill(-1);
  // Choices to a stop along `next`: among equal totals, the shorter path is the one worth showing.
  const length = new Float64Array(nodes.length).fill(Number.POSITIVE_INFINITY);
  const partOf = new Int32Array(nodes.length);
  parts.forEach((part, p) => part.forEach((v) => (partOf[v] = p)));
  const weight = (n: GraphNode, e: number): number => sign * (n.edges[e]?.choice.effects[tip] ?? 0);
  let loopNode: number | null = null;

  parts.forEach((part, p) => {
    // Exits first: edges leaving the part, whose targets are already final; stops score 0.
    let internalScoring = false;
    let internalEdges = false;
    for (const v of part) {
      const node = nodes[v];
      if (!node) continue;
      if (node.edges.length === 0) {
        best[v] = 0;
        length[v] = 0;
        continue;
      }
      node.edges.forEach((edge, e) => {
        if (partOf[edge.to] === p) {
          internalEdges = true;
          if (weight(node, e) !== 0) internalScoring = true;
          return;
        }
        const value = weight(node, e) + (best[edge.to] ?? Number.NEGATIVE_INFINITY);
        const steps = 1 + (length[edge.to] ?? 0);
        const current = best[v] ?? Number.NEGATIVE_INFINITY;
        if (value > current || (value === current && steps < (length[v] ?? 0))) {
          best[v] = value;
          next[v] = e;
          length[v] = steps;
        }
      });
    }
    if (!internalEdges) return;
    if (!internalScoring) {
      // Every state of the part reaches every other at no cost: all share the part's best exit,
      // reached by walking back from the states that own it, nearest first.
      let value = Number.NEGATIVE_INFINITY;
      for (const v of part) value = Math.max(value, best[v] ?? Number.NEGATIVE_INFINITY);
      const sources = part
        .filter((v) => best[v] === value)
        .sort((x, y) => (length[x] ?? 0) - (length[y] ?? 0));
      const back = new Map<number, { v: number; e: number }[]>();
      for (const v of part) {
        nodes[v]?.edges.forEach((edge, e) => {
          if (partOf[edge.to] !== p) return;
          const list = back.get(edge.to) ?? [];
          list.push({ v, e });
          back.set(edge.to, list);
        });
      }
      const reached = new Set<number>(sources);
      const queue = [...sources];
      for (let head = 0; head < queue.length; head++) {
        const to = queue[head] ?? 0;
        for (const { v, e } of back.get(to) ?? []) {
          if (reached.has(v)) continue;
          reached.add(v);
          best[v] = value;
          next[v] = e;
          length[v] = 1 + (length[to] ?? 0);
          queue.push(v);
        }
      }
      return;
    }
    for (let round = 0; ; round++) {
      let changed = -1;
      for (const v of part) {
        const node = nodes[v];
        if (!node) continue;
        node.edges.forEach((edge, e) => {
          if (partOf[edge.to] !== p) return;
          const value = weight(node, e) + (best[edge.to] ?? Number.NEGATIVE_INFINITY);
          if (value > (best[v] ?? Number.NEGATIVE_INFINITY)) {
            best[v] = value;
            next[v] = e;
            length[v] = 1 + (length[edge.to] ?? 0);
            changed = v;
          }
        });
      }
      if (changed < 0) break;
      if (round >= part.length) {
        for (const v of part) best[v] = Number.POSITIVE_INFINITY;
        loopNode ??= changed;
        break;
      }
    }
  });

  let root = roots[0] ?? 0;
  for (const r of roots) if ((best[r] ?? 0) > (best[root] ?? 0)) root = r;
  const value = best[root] ?? Number.NEGATIVE_INFINITY;
  const path: number[] = [];
  if (Number.isFinite(value)) {
    let v = root;
    for (let guard = 0; guard <= nodes.length; guard++) {
      const e = next[v] ?? -1;
      const edge = nodes[v]?.edges[e];
      if (e < 0 || !edge) break;
      path.push(edge.choice.index);
      v = edge.to;
    }
  }
  // `+ 0` turns the -0 of a negated zero into 0, so a report never says "-0".
  return {
    byRoot: roots.map((r) => sign * (best[r] ?? Number.NEGATIVE_INFINITY) + 0),
    value: sign * value + 0,
    path,
    loopNode: Number.isFinite(value) ? null : loopNode,
    root,
  };
}
