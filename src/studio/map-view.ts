/**
 * The branch map in the page: the story's knots and stitches as boxes, the choices and diverts between
 * them as arrows, endings in green and broken stops in red, laid out in the worker by the same code as
 * the command line's map (src/analysis/map.ts, layoutBranchMap). Each box is a button: a click, Enter
 * or Space moves the editor's cursor to its line, and Tab walks the boxes left to right.
 *
 * Drawn with DOM calls (createElementNS, textContent), never markup from a string, and styled only by
 * classes and SVG attributes (no style attributes: the page's Content-Security-Policy forbids them).
 */
import { h } from '../ui/dom.ts';
import type { UiContext } from '../ui/context.ts';
import { clip } from './editor.ts';
import type { StudioMap } from './protocol.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The analyzer's name for the start of the story, before any knot. */
const TOP = '(top)';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: (Node | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) if (c) el.appendChild(c);
  return el;
}

function svgText(attrs: Readonly<Record<string, string | number>>, text: string): SVGTextElement {
  const t = svg('text', attrs);
  t.textContent = text;
  return t;
}

export interface MapView {
  readonly el: HTMLElement;
  /** Draws the map of a finished check (null: no map, say why). */
  show(map: StudioMap | null): void;
  /** The story changed since the map was drawn. */
  stale(): void;
}

export function mapView(ctx: UiContext, goTo: (line: number, file?: string) => void): MapView {
  const s = ctx.t.studio;
  const note = h('p', { class: 'map-note' }, s.mapEmpty);
  const holder = h('div', { class: 'map-scroll' });
  const el = h(
    'section',
    { class: 'studio-map', 'aria-labelledby': 'studio-map-h' },
    h('h2', { id: 'studio-map-h' }, s.mapTitle),
    h('p', { class: 'map-legend' }, s.mapLegend),
    note,
    holder,
  );

  const nodeName = (n: StudioMap['nodes'][number]): string => {
    if (n.kind === 'ending') {
      const id = clip(n.id.slice(4), 40);
      return n.title ? s.mapEnding(clip(n.title, 40)) : s.mapEnding(id);
    }
    if (n.id === 'dead-end') return s.mapDeadEnd;
    if (n.id === 'error') return s.mapError;
    if (n.kind === 'unexplored') return s.mapUnexplored;
    return n.id === TOP ? s.storyStart : clip(n.id, 60);
  };

  const show = (map: StudioMap | null) => {
    holder.replaceChildren();
    if (!map || map.nodes.length === 0) {
      note.textContent = map ? s.mapNothing : s.mapEmpty;
      note.hidden = false;
      el.dataset.state = 'empty';
      return;
    }
    note.hidden = true;
    el.dataset.state = 'drawn';
    const top = map.top - 24;
    const height = map.height - top;
    const picture = svg('svg', {
      class: 'branch-map',
      viewBox: `0 ${top} ${map.width} ${height}`,
      width: map.width,
      height,
      role: 'group',
      'aria-label': s.mapLabel(map.nodes.length, map.edges.length),
    });
    picture.appendChild(
      svg(
        'defs',
        {},
        svg(
          'marker',
          {
            id: 'studio-map-arrow',
            viewBox: '0 0 10 10',
            refX: 9,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'map-arrowhead' }),
        ),
      ),
    );
    const names = new Map(map.nodes.map((n) => [n.id, nodeName(n)]));
    // Arrows first, under the boxes; each says in its title which choices it stands for.
    const arrows = svg('g', { class: 'map-edges', 'aria-hidden': 'true' });
    for (const e of map.edges) {
      const tone = e.net > 0 ? 'up' : e.net < 0 ? 'down' : 'flat';
      const title = svg('title');
      title.textContent = e.choices.map((c) => clip(c, 120)).join('\n');
      arrows.appendChild(
        svg(
          'g',
          { class: `map-edge map-edge-${tone}`, 'data-from': e.from, 'data-to': e.to },
          title,
          svg('path', {
            d: e.d,
            fill: 'none',
            'stroke-width': e.width,
            'marker-end': 'url(#studio-map-arrow)',
          }),
          svgText({ x: e.labelX, y: e.labelY, 'text-anchor': 'middle' }, e.label),
        ),
      );
    }
    picture.appendChild(arrows);
    // Boxes in reading order (left to right, then top to bottom), so Tab follows the story.
    const ordered = [...map.nodes].sort((a, b) => a.x - b.x || a.y - b.y);
    for (const n of ordered) {
      const name = names.get(n.id) ?? n.id;
      const leads = map.edges.filter((e) => e.from === n.id && e.to !== n.id);
      const chosen = leads.filter((e) => e.choices.length > 0);
      const onward = chosen.map((e) => names.get(e.to) ?? e.to);
      const choices = chosen.reduce((sum, e) => sum + e.choices.length, 0);
      // Where the story goes without a choice (it stops before its first one).
      const itself = leads
        .filter((e) => e.choices.length === 0)
        .map((e) => names.get(e.to) ?? e.to);
      const label = [
        n.start ? s.mapStart : null,
        name,
        n.line > 0
          ? n.file !== undefined
            ? `${clip(n.file, 80)}: ${s.lineLabel(n.line)}`
            : s.lineLabel(n.line)
          : null,
        onward.length > 0 ? s.mapLeadsTo(choices, onward.join(', ')) : null,
        itself.length > 0 ? s.mapGoesOn(itself.join(', ')) : null,
      ]
        .filter((x): x is string => x !== null)
        .join('. ');
      const box = svg(
        'g',
        {
          class: `map-node map-node-${n.kind}${n.start ? ' map-node-start' : ''}`,
          'data-id': n.id,
          'data-line': n.line,
          'aria-label': label,
        },
        svg('rect', {
          x: n.x,
          y: n.y,
          width: map.boxWidth,
          height: map.boxHeight,
          rx: n.kind === 'place' ? 4 : 16,
        }),
        svgText(
          { x: n.x + map.boxWidth / 2, y: n.y + map.boxHeight / 2 + 4, 'text-anchor': 'middle' },
          clip(name, 28),
        ),
        n.start ? svgText({ x: n.x, y: n.y - 6, class: 'map-start' }, s.mapStart) : null,
      );
      if (n.line > 0) {
        box.setAttribute('role', 'button');
        box.setAttribute('tabindex', '0');
        const go = () => goTo(n.line, n.file);
        box.addEventListener('click', go);
        box.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            go();
          }
        });
      } else {
        box.setAttribute('role', 'img');
      }
      picture.appendChild(box);
    }
    holder.appendChild(picture);
  };

  return {
    el,
    show,
    stale() {
      if (el.dataset.state === 'drawn') {
        el.dataset.state = 'stale';
        note.textContent = s.mapStale;
        note.hidden = false;
      }
    },
  };
}
