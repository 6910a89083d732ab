/**
 * The branch map: one SVG picture of a story, for an author to see a scenario at a glance. Knots and
 * stitches that offer choices are boxes, endings are green, dead ends and errors red; each arrow is
 * the choices that lead from one box to the next, labelled with their tip effects (the choice texts
 * are in the arrow's tooltip). Laid out here, left to right in layers, with no layout library:
 * layers by longest path from the start once loops are set aside, then each layer ordered by the
 * average position of its sources to keep arrows from crossing.
 */
import { TIPS, type TipEffects } from '../vocabulary/index.ts';
import type { AnalysisReport, PlaceEdge } from './types.ts';

export interface MapOptions {
  readonly title: string;
}

export interface MapNode {
  readonly id: string;
  readonly label: string;
  readonly kind: 'place' | 'ending' | 'broken' | 'unexplored';
  layer: number;
  order: number;
}

interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly choices: PlaceEdge[];
}

const BOX_W = 190;
const BOX_H = 44;
const GAP_X = 150;
const GAP_Y = 34;
const MARGIN = 40;
const HEADER = 56;

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function effectsLabel(effects: TipEffects): string {
  const parts = TIPS.filter((t) => effects[t] !== undefined).map((t) => {
    const v = effects[t] ?? 0;
    return `t${t}${v > 0 ? '+' : ''}${v}`;
  });
  return parts.length === 0 ? '·' : parts.join(' ');
}

function net(effects: TipEffects): number {
  return TIPS.reduce((sum, t) => sum + (effects[t] ?? 0), 0);
}

/** The box a stop the analyzer names as a problem is drawn as. */
const STOP_NODE: Partial<Record<string, string>> = {
  'dead-end': 'dead-end',
  'runtime-error': 'error',
  'endless-loop': 'error',
};

function nodeKind(id: string): MapNode['kind'] {
  if (id.startsWith('end:')) return 'ending';
  if (id === 'dead-end' || id === 'error') return 'broken';
  if (id === 'unexplored') return 'unexplored';
  return 'place';
}

function nodeLabel(id: string): string {
  if (id.startsWith('end:')) return `ending: ${id.slice(4)}`;
  if (id === 'dead-end') return 'DEAD END';
  if (id === 'error') return 'RUNTIME ERROR';
  if (id === 'unexplored') return 'not explored (limit)';
  return id;
}

/** Lays out the graph: sets each node's layer and its order within the layer. */
function layout(nodes: Map<string, MapNode>, edges: readonly MapEdge[], start: string): void {
  const out = new Map<string, string[]>();
  for (const e of edges) if (e.from !== e.to) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  // Set loops aside: a depth-first walk from the start marks the edges that go back up the walk.
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const roots = [start, ...nodes.keys()];
  for (const r of roots) {
    if (state.has(r) || !nodes.has(r)) continue;
    const stack: { id: string; i: number }[] = [{ id: r, i: 0 }];
    state.set(r, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const next = out.get(top.id)?.[top.i++];
      if (next === undefined) {
        state.set(top.id, 'done');
        stack.pop();
      } else if (state.get(next) === 'open') {
        back.add(`${top.id}\u0000${next}`);
      } else if (!state.has(next)) {
        state.set(next, 'open');
        stack.push({ id: next, i: 0 });
      }
    }
  }
  // Longest path from the start over the forward edges, relaxed until nothing moves.
  for (let changed = true, guard = 0; changed && guard <= nodes.size; guard++) {
    changed = false;
    for (const e of edges) {
      if (e.from === e.to || back.has(`${e.from}\u0000${e.to}`)) continue;
      const from = nodes.get(e.from);
      const to = nodes.get(e.to);
      if (from && to && to.layer < from.layer + 1) {
        to.layer = from.layer + 1;
        changed = true;
      }
    }
  }
  const layers = new Map<number, MapNode[]>();
  for (const n of nodes.values()) layers.set(n.layer, [...(layers.get(n.layer) ?? []), n]);
  const sortedLayers = [...layers.keys()].sort((a, b) => a - b);
  for (const l of sortedLayers) {
    const layer = layers.get(l) ?? [];
    const centre = (n: MapNode): number => {
      const sources = edges
        .filter((e) => e.to === n.id && e.from !== n.id)
        .map((e) => nodes.get(e.from));
      const placed = sources.filter((s): s is MapNode => s !== undefined && s.layer < l);
      return placed.length === 0
        ? n.order
        : placed.reduce((a, s) => a + s.order, 0) / placed.length;
    };
    layer.forEach((n, i) => (n.order = i));
    const keys = new Map(layer.map((n) => [n.id, centre(n)]));
    layer.sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0) || a.id.localeCompare(b.id));
    layer.forEach((n, i) => (n.order = i));
  }
}

/** One box of the laid-out map: a knot or stitch, an ending, a broken stop, or the state limit. */
export interface LaidOutNode {
  /** The place (`knot` or `knot.stitch`), `end:<id>`, `dead-end`, `error` or `unexplored`. */
  readonly id: string;
  readonly kind: MapNode['kind'];
  readonly x: number;
  readonly y: number;
  readonly start: boolean;
}

/** One arrow: every choice that leads from one box to another, with the curve to draw. */
export interface LaidOutEdge {
  readonly from: string;
  readonly to: string;
  readonly choices: readonly PlaceEdge[];
  /** The SVG path of the arrow, and where its label sits. */
  readonly d: string;
  readonly labelX: number;
  readonly labelY: number;
  /** The choices' tip effects, as `t2+1 | t1-1` (`·` for unscored). */
  readonly label: string;
  /** The sum of the choices' effects: positive, negative or zero (the arrow's colour). */
  readonly net: number;
  readonly width: number;
}

export interface BranchLayout {
  readonly width: number;
  readonly height: number;
  readonly boxWidth: number;
  readonly boxHeight: number;
  /** Where the boxes begin (the rendered SVG puts its title above). */
  readonly top: number;
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

/**
 * Lays out the branch map of an analysed story: boxes in layers left to right, arrows between them.
 * Pure, so the command line's SVG file and the Studio's map in the page draw the same picture.
 */
export function layoutBranchMap(
  report: Pick<AnalysisReport, 'placeEdges' | 'start'> &
    Partial<Pick<AnalysisReport, 'endings' | 'problems'>>,
): BranchLayout {
  const edgeMap = new Map<string, MapEdge>();
  for (const e of report.placeEdges) {
    const key = `${e.from}\u0000${e.to}`;
    const known = edgeMap.get(key);
    if (known) known.choices.push(e);
    else edgeMap.set(key, { from: e.from, to: e.to, choices: [e] });
  }
  // Where the story stops before any choice (an ending or a broken stop reached from the start by
  // itself, as in a story just begun), an arrow without choices leads there from the start: else
  // the map would show the start alone.
  const before = [
    ...(report.endings ?? []).filter((e) => e.path.length === 0).map((e) => `end:${e.id}`),
    ...(report.problems ?? [])
      .filter((p) => p.path?.length === 0 && STOP_NODE[p.kind] !== undefined)
      .map((p) => STOP_NODE[p.kind] ?? ''),
  ];
  for (const to of before) {
    const key = `${report.start}\u0000${to}`;
    if (!edgeMap.has(key)) edgeMap.set(key, { from: report.start, to, choices: [] });
  }
  const edges = [...edgeMap.values()];
  const nodes = new Map<string, MapNode>();
  const addNode = (id: string) => {
    if (!nodes.has(id))
      nodes.set(id, { id, label: nodeLabel(id), kind: nodeKind(id), layer: 0, order: 0 });
  };
  addNode(report.start);
  for (const e of edges) {
    addNode(e.from);
    addNode(e.to);
  }
  layout(nodes, edges, report.start);

  const layerCount = Math.max(...[...nodes.values()].map((n) => n.layer)) + 1;
  const perLayer = new Map<number, number>();
  for (const n of nodes.values()) perLayer.set(n.layer, (perLayer.get(n.layer) ?? 0) + 1);
  const rows = Math.max(...perLayer.values());
  const width = MARGIN * 2 + layerCount * BOX_W + (layerCount - 1) * GAP_X;
  const height = HEADER + MARGIN * 2 + rows * BOX_H + (rows - 1) * GAP_Y;
  const pos = (n: MapNode) => {
    const inLayer = perLayer.get(n.layer) ?? 1;
    const offset = ((rows - inLayer) * (BOX_H + GAP_Y)) / 2;
    return {
      x: MARGIN + n.layer * (BOX_W + GAP_X),
      y: HEADER + MARGIN + offset + n.order * (BOX_H + GAP_Y),
    };
  };

  const laidEdges: LaidOutEdge[] = [];
  for (const e of edges) {
    const from = nodes.get(e.from);
    const to = nodes.get(e.to);
    if (!from || !to) continue;
    const a = pos(from);
    const b = pos(to);
    const total = e.choices.reduce((s, c) => s + net(c.effects), 0);
    const labels = e.choices.map((c) => effectsLabel(c.effects));
    // An arrow without choices is the story going on by itself: no effects to label.
    const label = e.choices.length === 0 ? '' : clip(labels.join(' | '), 40);
    let d: string;
    let lx: number;
    let ly: number;
    if (from === to) {
      const x = a.x + BOX_W - 30;
      d = `M${x},${a.y} C${x + 10},${a.y - 40} ${x + 50},${a.y - 30} ${a.x + BOX_W},${a.y + 12}`;
      lx = x + 20;
      ly = a.y - 32;
    } else {
      const x1 = a.x + BOX_W;
      const y1 = a.y + BOX_H / 2;
      const x2 = b.x;
      const y2 = b.y + BOX_H / 2;
      if (x2 > x1) {
        const mid = (x1 + x2) / 2;
        d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
        lx = mid;
        ly = (y1 + y2) / 2 - 4;
      } else {
        // A loop back to an earlier layer: arc below the boxes.
        const low = Math.max(a.y, b.y) + BOX_H + GAP_Y * 0.8;
        d = `M${a.x + BOX_W / 2},${a.y + BOX_H} C${a.x + BOX_W / 2},${low} ${b.x + BOX_W / 2},${low} ${b.x + BOX_W / 2},${b.y + BOX_H}`;
        lx = (a.x + b.x + BOX_W) / 2;
        ly = low - 4;
      }
    }
    laidEdges.push({
      from: e.from,
      to: e.to,
      choices: e.choices,
      d,
      labelX: lx,
      labelY: ly,
      label,
      net: total,
      width: Math.min(4, 1 + e.choices.length * 0.5),
    });
  }
  const laidNodes: LaidOutNode[] = [...nodes.values()].map((n) => ({
    id: n.id,
    kind: n.kind,
    ...pos(n),
    start: n.id === report.start,
  }));
  return {
    width,
    height,
    boxWidth: BOX_W,
    boxHeight: BOX_H,
    top: HEADER,
    nodes: laidNodes,
    edges: laidEdges,
  };
}

export function renderBranchMap(report: AnalysisReport, options: MapOptions): string {
  const { width, height, nodes, edges } = layoutBranchMap(report);

  const svg: string[] = [];
  svg.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#fcfcfa"/>`,
    `<text x="${MARGIN}" y="28" font-size="16" font-weight="bold">${escape(options.title)}</text>`,
    `<text x="${MARGIN}" y="46" fill="#555">${escape(
      `${report.complete ? 'complete' : 'PARTIAL'} · ${report.states} states · ${report.choices.length} choices · ${report.endings.length} endings · arrows: tN±K = tip effect, · = unscored`,
    )}</text>`,
  );

  for (const e of edges) {
    const colour = e.net > 0 ? '#2e7d32' : e.net < 0 ? '#c62828' : '#777';
    const tooltip = e.choices.map((c) => `${c.text} [${effectsLabel(c.effects)}]`).join('\n');
    svg.push(
      `<g><title>${escape(tooltip)}</title><path d="${e.d}" fill="none" stroke="${colour}" stroke-width="${e.width}" marker-end="url(#arrow)"/>` +
        `<text x="${e.labelX}" y="${e.labelY}" text-anchor="middle" fill="${colour}" paint-order="stroke" stroke="#fcfcfa" stroke-width="3">${escape(e.label)}</text></g>`,
    );
  }

  const style: Record<MapNode['kind'], { fill: string; stroke: string }> = {
    place: { fill: '#e8eef7', stroke: '#4a6fa5' },
    ending: { fill: '#dcf0dc', stroke: '#2e7d32' },
    broken: { fill: '#fbdada', stroke: '#c62828' },
    unexplored: { fill: '#eeeeee', stroke: '#999999' },
  };
  for (const n of nodes) {
    const { x, y } = n;
    const s = style[n.kind];
    const isStart = n.start;
    const label = nodeLabel(n.id);
    svg.push(
      `<g><title>${escape(label)}</title><rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="${n.kind === 'place' ? 4 : 16}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${isStart || n.kind !== 'place' ? 2.5 : 1.2}"/>` +
        `<text x="${x + BOX_W / 2}" y="${y + BOX_H / 2 + 4}" text-anchor="middle"${n.kind === 'place' ? '' : ' font-weight="bold"'}>${escape(clip(label, 28))}</text>` +
        (isStart ? `<text x="${x}" y="${y - 6}" fill="#4a6fa5">start</text>` : '') +
        '</g>',
    );
  }
  svg.push('</svg>');
  return `${svg.join('\n')}\n`;
}
