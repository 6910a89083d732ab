/**
 * The progress screen, per profile: a plot of each tip over the finished attempts (an inline SVG
 * drawn here, with a text description and a table of the same numbers for anyone who cannot see
 * it), the best scores per scenario, and the history of attempts (when, scenario, language, per-tip
 * scores, ending), newest first.
 */
import { h } from '../dom.ts';
import { TIPS } from '../../vocabulary/index.ts';
import { dictionaries, isLang, type Messages } from '../../i18n/index.ts';
import {
  scoredAttempts,
  tipSeries,
  type Attempt,
  type Profile,
  type ProgressStore,
  type TipId,
  type TipTotals,
} from '../../progress/index.ts';
import { endingTitle, type ScenarioInfo } from '../../story/index.ts';
import { humanize, type Screen, type UiContext } from '../context.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One colour and one marker shape per tip, so the lines stay apart without colour too. */
const TIP_STYLE: Record<TipId, { readonly color: string; readonly marker: string }> = {
  1: { color: '#0b6b62', marker: 'circle' },
  2: { color: '#b23b24', marker: 'square' },
  3: { color: '#1f5fd6', marker: 'diamond' },
  4: { color: '#a86400', marker: 'triangle' },
  5: { color: '#6b3fa0', marker: 'cross' },
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

function marker(shape: string, x: number, y: number, color: string): SVGElement {
  const r = 4.5;
  switch (shape) {
    case 'square':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color });
    case 'diamond':
      return svg('polygon', {
        points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`,
        fill: color,
      });
    case 'triangle':
      return svg('polygon', {
        points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`,
        fill: color,
      });
    case 'cross':
      return svg('path', {
        d: `M${x - r},${y - r}L${x + r},${y + r}M${x - r},${y + r}L${x + r},${y - r}`,
        stroke: color,
        'stroke-width': 2.5,
      });
    default:
      return svg('circle', { cx: x, cy: y, r, fill: color });
  }
}

const signed = (v: number) => `${v > 0 ? '+' : ''}${v}`;

/** The plot of each tip over the scored attempts, with its description and its table. */
export function tipPlot(t: Messages, profile: Profile, narrow = false): HTMLElement {
  const p = t.progress;
  const series = tipSeries(profile);
  const count = series[1].length;
  const section = h(
    'section',
    { class: 'plot', 'aria-labelledby': 'plot-heading' },
    h('h2', { id: 'plot-heading' }, p.plotHeading),
  );
  if (count === 0) {
    section.append(h('p', { class: 'intro' }, p.plotTooFew));
    return section;
  }
  section.append(h('p', { class: 'intro' }, p.plotIntro));

  const values = TIPS.flatMap((tip) => series[tip].map((pt) => pt.value));
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  // A phone gets a narrower drawing, so its labels stay readable instead of shrinking with it.
  const W = narrow ? 340 : 640;
  const H = narrow ? 230 : 260;
  const pad = { left: 36, right: 14, top: 14, bottom: 30 };
  const x = (i: number) =>
    count === 1
      ? (pad.left + W - pad.right) / 2
      : pad.left + (i * (W - pad.left - pad.right)) / (count - 1);
  const y = (v: number) => pad.top + ((hi - v) * (H - pad.top - pad.bottom)) / (hi - lo);

  const descId = 'plot-desc';
  const description = TIPS.map((tip) =>
    p.plotLabel(t.tips[tip].name, series[tip].map((pt) => signed(pt.value)).join(', ')),
  ).join('. ');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': 'plot-heading',
      'aria-describedby': descId,
      class: 'tip-plot',
      preserveAspectRatio: 'xMidYMid meet',
    },
    svg('title', {}, p.plotHeading),
  );
  // Grid: whole-number steps, at most six lines, zero drawn stronger.
  const step = Math.max(1, Math.ceil((hi - lo) / 6));
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) {
    chart.append(
      svg('line', {
        x1: pad.left,
        x2: W - pad.right,
        y1: y(v),
        y2: y(v),
        class: v === 0 ? 'axis zero' : 'axis',
      }),
      svg('text', { x: pad.left - 8, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, signed(v)),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(count / 10));
  for (let i = 0; i < count; i += labelEvery) {
    chart.append(
      svg('text', { x: x(i), y: H - 8, class: 'tick', 'text-anchor': 'middle' }, String(i + 1)),
    );
  }
  for (const tip of TIPS) {
    const { color, marker: shape } = TIP_STYLE[tip];
    const pts = series[tip];
    const g = svg('g', { class: `series tip-${tip}`, 'data-tip': tip });
    if (pts.length > 1) {
      g.append(
        svg('polyline', {
          points: pts.map((pt, i) => `${x(i)},${y(pt.value)}`).join(' '),
          fill: 'none',
          stroke: color,
          'stroke-width': 2.5,
          'stroke-linejoin': 'round',
          // Tips that share a value would hide each other: a small dash per tip keeps both visible.
          'stroke-dasharray': tip === 1 ? 'none' : `${10 - tip} ${tip}`,
        }),
      );
    }
    pts.forEach((pt, i) => g.append(marker(shape, x(i), y(pt.value), color)));
    chart.append(g);
  }

  const legend = h(
    'ul',
    { class: 'plot-legend', 'aria-hidden': 'true' },
    ...TIPS.map((tip) => {
      const swatch = svg('svg', { viewBox: '0 0 20 20', width: 20, height: 20 });
      swatch.append(marker(TIP_STYLE[tip].marker, 10, 10, TIP_STYLE[tip].color));
      return h('li', {}, swatch, h('span', {}, t.tips[tip].name));
    }),
  );

  const attempts = scoredAttempts(profile);
  const table = h(
    'table',
    { class: 'data plot-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, '#'),
        ...TIPS.map((tip) => h('th', { scope: 'col' }, t.tips[tip].name)),
      ),
    ),
    h(
      'tbody',
      {},
      ...attempts.map((a, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.attemptNo(i + 1)),
          ...TIPS.map((tip) => h('td', {}, signed(a.totals[tip]))),
        ),
      ),
    ),
  );

  section.append(
    h('div', { class: 'plot-frame' }, chart),
    legend,
    h('p', { id: descId, class: 'sr-only' }, description),
    h(
      'details',
      { class: 'plot-details' },
      h('summary', {}, p.plotTable),
      h('div', { class: 'table-scroll' }, table),
    ),
  );
  return section;
}

function totalsCells(p: Messages['progress'], totals: TipTotals | null): HTMLElement[] {
  return TIPS.map((tip) =>
    h('td', { class: 'num', 'data-tip': tip }, totals ? signed(totals[tip]) : p.unknownScore),
  );
}

/** Which tip each number in the tables' headings stands for (seen; a screen reader hears the names). */
function tipKey(t: Messages): HTMLElement {
  const parts: (HTMLElement | string)[] = [];
  TIPS.forEach((tip, i) => {
    if (i > 0) parts.push(' · ');
    parts.push(h('span', {}, `${tip} ${t.tips[tip].name}`));
  });
  return h('p', { class: 'tip-key', 'aria-hidden': 'true' }, ...parts);
}

function tipHeaders(t: Messages): HTMLElement[] {
  return TIPS.map((tip) =>
    h(
      'th',
      { scope: 'col', class: 'num' },
      h('abbr', { title: t.tips[tip].name }, String(tip)),
      h('span', { class: 'sr-only' }, ` ${t.tips[tip].name}`),
    ),
  );
}

export interface ProgressDeps {
  readonly progress: ProgressStore;
  readonly catalogue: readonly ScenarioInfo[];
}

export function progressScreen(ctx: UiContext, deps: ProgressDeps): Screen {
  const { t } = ctx;
  const p = t.progress;
  const { progress, catalogue } = deps;
  const heading = h('h1', { id: 'progress-heading', tabindex: -1 }, p.progressTitle);
  const body = h('div', { class: 'progress-body' });
  const when = new Intl.DateTimeFormat(ctx.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const narrow = () => (document.defaultView?.innerWidth ?? 1000) < 600;

  const titleOf = (scenario: string, lang: string) =>
    catalogue.find((s) => s.id === scenario && s.lang === lang)?.meta.title ??
    catalogue.find((s) => s.id === scenario && s.lang === ctx.lang)?.meta.title ??
    catalogue.find((s) => s.id === scenario)?.meta.title ??
    humanize(scenario);
  const endingOf = (scenario: string, lang: string, ending: string) => {
    const meta = catalogue.find((s) => s.id === scenario && s.lang === lang)?.meta;
    return (meta && endingTitle(meta, ending)) ?? humanize(ending);
  };
  const langName = (lang: string) => (isLang(lang) ? dictionaries[lang].langName : lang);

  let shown = progress.activeProfile()?.id ?? null;
  // Every finished attempt's debrief can be seen again (rebuilt from its path by the app).
  const reopen = ctx.nav.openDebriefOf ? (id: string) => void ctx.nav.openDebriefOf?.(id) : null;

  const historyTable = (attempts: readonly Attempt[]) =>
    h(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        tabindex: 0,
        'aria-labelledby': 'history-heading',
      },
      h(
        'table',
        { class: 'data history' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, p.colWhen),
            h('th', { scope: 'col' }, p.colScenario),
            h('th', { scope: 'col' }, p.colLanguage),
            ...tipHeaders(t),
            h('th', { scope: 'col' }, p.colEnding),
            reopen ? h('th', { scope: 'col' }, p.colDebrief) : null,
          ),
        ),
        h(
          'tbody',
          {},
          ...[...attempts].reverse().map((a) =>
            h(
              'tr',
              { class: a.status, 'data-attempt': a.id },
              h('td', { class: 'when' }, when.format(a.endedAt)),
              h('th', { scope: 'row', lang: a.lang }, titleOf(a.scenario, a.lang)),
              h('td', { class: 'lang' }, langName(a.lang)),
              ...totalsCells(p, a.totals),
              h(
                'td',
                { class: 'ending' },
                a.status === 'abandoned'
                  ? p.abandoned
                  : a.ending
                    ? endingOf(a.scenario, a.lang, a.ending)
                    : p.noEnding,
              ),
              reopen
                ? h(
                    'td',
                    { class: 'reopen' },
                    a.status === 'completed' && shown === progress.activeProfile()?.id
                      ? h(
                          'button',
                          {
                            type: 'button',
                            class: 'ghost open-debrief',
                            'aria-label': p.openDebriefOf(
                              titleOf(a.scenario, a.lang),
                              when.format(a.endedAt),
                            ),
                            onclick: () => reopen(a.id),
                          },
                          p.openDebrief,
                        )
                      : null,
                  )
                : null,
            ),
          ),
        ),
      ),
    );

  const bestTable = (profile: Profile) => {
    const rows = Object.entries(profile.best).sort(([a], [b]) => (a < b ? -1 : 1));
    return h(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': 'best-heading' },
      h(
        'table',
        { class: 'data best' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, p.colScenario), ...tipHeaders(t))),
        h(
          'tbody',
          {},
          ...rows.map(([scenario, totals]) =>
            h(
              'tr',
              { 'data-scenario': scenario },
              h('th', { scope: 'row' }, titleOf(scenario, ctx.lang)),
              ...totalsCells(p, totals),
            ),
          ),
        ),
      ),
    );
  };

  const render = () => {
    const profiles = progress.profiles();
    const profile = profiles.find((pr) => pr.id === shown) ?? progress.activeProfile();
    if (!profile) {
      body.replaceChildren(h('p', {}, p.noAttempts));
      return;
    }
    shown = profile.id;
    const picker =
      profiles.length > 1
        ? h(
            'p',
            { class: 'profile-picker' },
            h('label', { for: 'progress-profile' }, `${p.profileLabel}: `),
            h(
              'select',
              {
                id: 'progress-profile',
                onchange: (e: Event) => {
                  shown = (e.target as HTMLSelectElement).value;
                  render();
                  body.querySelector<HTMLElement>('#progress-profile')?.focus();
                },
              },
              ...profiles.map((pr) =>
                h('option', { value: pr.id, selected: pr.id === profile.id }, pr.nickname),
              ),
            ),
          )
        : null;
    const parts: HTMLElement[] = [];
    if (picker) parts.push(picker);
    parts.push(h('p', { class: 'intro' }, p.progressOf(profile.nickname)));
    if (profile.attempts.length === 0) {
      parts.push(h('p', { class: 'note empty' }, p.noAttempts));
    } else {
      parts.push(tipPlot(t, profile, narrow()));
      if (Object.keys(profile.best).length > 0) {
        parts.push(
          h(
            'section',
            { class: 'best-scores', 'aria-labelledby': 'best-heading' },
            h('h2', { id: 'best-heading' }, p.bestHeading),
            bestTable(profile),
            tipKey(t),
          ),
        );
      }
      parts.push(
        h(
          'section',
          { class: 'history', 'aria-labelledby': 'history-heading' },
          h('h2', { id: 'history-heading' }, p.historyHeading),
          historyTable(profile.attempts),
          tipKey(t),
        ),
      );
    }
    body.replaceChildren(...parts);
  };
  render();

  const off = progress.subscribe((event) => {
    if (event.type === 'profile' || event.type === 'profiles') {
      if (!body.contains(document.activeElement)) render();
    }
  });

  const el = h(
    'section',
    { class: 'screen screen-progress card wide', 'aria-labelledby': 'progress-heading' },
    h(
      'div',
      { class: 'topbar' },
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => ctx.nav.title() },
        `← ${t.back}`,
      ),
    ),
    heading,
    body,
  );
  return { el, focus: heading, title: `${p.progressTitle} · ${t.appName}`, dispose: off };
}
