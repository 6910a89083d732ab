/**
 * The debrief's chart, the drawing half: an inline SVG radar of the five tips (this play filled, the
 * previous attempt as a dashed outline), a key that explains every mark on it, and the same numbers
 * as a table for anyone who cannot or would rather not read a chart. Each tip is shown as a share of
 * what this scenario allowed, the raw score beside it. The SVG is hidden from assistive technology
 * because the table says everything it shows.
 */
import { h } from './dom.ts';
import type { Messages } from '../i18n/index.ts';
import {
  labelPoint,
  lifted,
  polygonPoints,
  radarPoint,
  RADAR_CENTRE,
  RADAR_SIZE,
  type ChartRow,
} from './chart.ts';

const SVG = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>>,
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The radar itself. */
export function radarSvg(rows: readonly ChartRow[]): SVGSVGElement {
  const n = rows.length;
  const svg = s('svg', {
    viewBox: `0 0 ${RADAR_SIZE} ${RADAR_SIZE}`,
    class: 'radar',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // The rim first (it is filled), then the floor (the lowest score) and a quarter, half and three
  // quarters of the way, all on the lifted scale the shapes use.
  for (const ring of [1, 0, 0.25, 0.5, 0.75]) {
    svg.append(
      s('polygon', {
        class: ring === 1 ? 'ring rim' : ring === 0 ? 'ring floor' : 'ring',
        points: polygonPoints(rows.map(() => lifted(ring))),
      }),
    );
  }
  rows.forEach((row, i) => {
    const end = radarPoint(i, n, 1);
    svg.append(
      s('line', { class: 'axis', x1: RADAR_CENTRE, y1: RADAR_CENTRE, x2: end.x, y2: end.y }),
    );
    if (row.zeroShare !== null) {
      // A short cross-tick where zero lies on this axis.
      const z = radarPoint(i, n, lifted(row.zeroShare) ?? 0);
      svg.append(s('circle', { class: 'zero', cx: z.x, cy: z.y, r: 3 }));
    }
  });
  const previous = rows.some((r) => r.previous !== null);
  if (previous) {
    svg.append(
      s('polygon', {
        class: 'shape previous',
        points: polygonPoints(rows.map((r) => lifted(r.previousShare))),
      }),
    );
  }
  svg.append(
    s('polygon', {
      class: 'shape current',
      points: polygonPoints(rows.map((r) => lifted(r.share))),
    }),
  );
  rows.forEach((row, i) => {
    if (row.share === null) return;
    const p = radarPoint(i, n, lifted(row.share) ?? 0);
    svg.append(s('circle', { class: 'dot', cx: p.x, cy: p.y, r: 6 }));
  });
  rows.forEach((row, i) => {
    const p = labelPoint(i, n);
    svg.append(
      s('circle', {
        class: row.share === null ? 'label-bg off' : 'label-bg',
        cx: p.x,
        cy: p.y,
        r: 17,
      }),
      s(
        'text',
        { class: 'label', x: p.x, y: p.y, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
        String(row.tip),
      ),
    );
  });
  return svg;
}

/** The chart with its legend and its table alternative. */
export function tipChart(t: Messages, rows: readonly ChartRow[], note: string): HTMLElement {
  const hasPrevious = rows.some((r) => r.previous !== null);
  const table = h(
    'table',
    { class: 'chart-table' },
    h('caption', {}, t.chartTableCaption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.chartTip),
        h('th', { scope: 'col' }, t.chartShare),
        h('th', { scope: 'col' }, t.chartThis),
        hasPrevious ? h('th', { scope: 'col' }, t.chartPrevious) : null,
        h('th', { scope: 'col' }, t.chartRange),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${r.tip}. ${t.tips[r.tip].name}`),
          h('td', {}, r.share === null ? '–' : percent(r.share)),
          h('td', {}, signed(r.score)),
          hasPrevious ? h('td', {}, r.previous === null ? '–' : signed(r.previous)) : null,
          h('td', {}, r.share === null ? t.notAtStake : `${signed(r.min)} … ${signed(r.max)}`),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'tip-chart', 'aria-labelledby': 'chart-caption' },
    h('figcaption', { id: 'chart-caption', class: 'chart-caption' }, t.chartTitle),
    h(
      'div',
      { class: 'chart-body' },
      radarSvg(rows),
      h(
        'div',
        { class: 'chart-side' },
        h(
          'ul',
          { class: 'chart-legend', 'aria-hidden': 'true' },
          h('li', { class: 'key current' }, t.chartThis),
          hasPrevious ? h('li', { class: 'key previous' }, t.chartPrevious) : null,
        ),
        h(
          'ol',
          { class: 'chart-tips', 'aria-hidden': 'true' },
          ...rows.map((r) =>
            h(
              'li',
              { class: r.share === null ? 'off' : null },
              h('span', { class: 'no' }, String(r.tip)),
              h('span', { class: 'name' }, t.tips[r.tip].name),
              h('strong', {}, r.share === null ? '–' : percent(r.share)),
            ),
          ),
        ),
        h(
          'ul',
          { class: 'chart-keys', 'aria-hidden': 'true' },
          h('li', {}, t.chartKeys.axes),
          h('li', {}, t.chartKeys.rings),
          rows.some((r) => r.zeroShare !== null) ? h('li', {}, t.chartKeys.zero) : null,
          rows.some((r) => r.share === null) ? h('li', {}, t.chartKeys.off) : null,
        ),
        h('p', { class: 'chart-note' }, note),
      ),
    ),
    h('details', { class: 'chart-details' }, h('summary', {}, t.chartTableCaption), table),
  );
}
