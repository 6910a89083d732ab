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
  type Attempt,
  type ProgressStore,
  type TipId,
  type TipTotals,
} from '../../progress/index.ts';
import {
  attemptShares,
  shareHistory,
  type AttemptShares,
  type ScenarioShares,
  type ShareHistory,
} from '../../game/index.ts';
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
    case 'ring':
      return svg('circle', { cx: x, cy: y, r, fill: '#fff', stroke: color, 'stroke-width': 2.5 });
    case 'plus':
      return svg('path', {
        d: `M${x - r - 1},${y}L${x + r + 1},${y}M${x},${y - r - 1}L${x},${y + r + 1}`,
        stroke: color,
        'stroke-width': 2.5,
      });
    default:
      return svg('circle', { cx: x, cy: y, r, fill: color });
  }
}

const signed = (v: number) => `${v > 0 ? '+' : ''}${v}`;

/**
 * One colour and marker per scenario, kept by the scenario's place in the catalogue, so a scenario
 * looks the same on every visit (the tips' palette and two more; the markers tell them apart without
 * colour). Past seven scenarios the styles repeat.
 */
const SCENARIO_STYLES = [
  ...Object.values(TIP_STYLE),
  { color: '#2f7d32', marker: 'ring' },
  { color: '#545b6e', marker: 'plus' },
];
function styleOf(order: readonly string[], scenario: string) {
  const i = order.indexOf(scenario);
  return SCENARIO_STYLES[(i < 0 ? order.length : i) % SCENARIO_STYLES.length] ?? TIP_STYLE[1];
}

const pct = (share: number) => Math.round(share * 100);

/**
 * The trend (issue 17, item 8): where the player stands, whether each replayed scenario went up or
 * down against itself, and a plot of every finished play as a share of what its scenario allowed, one
 * line per scenario (so alternating scenarios no longer draw a zigzag on one raw axis). A text
 * description and a table carry the same numbers for anyone who cannot see the drawing.
 */
export function trendPlot(
  t: Messages,
  history: ShareHistory,
  titleOf: (scenario: string, lang: string) => string,
  order: readonly string[],
  narrow = false,
): HTMLElement {
  const p = t.progress;
  const { attempts, scenarios, trend } = history;
  const count = attempts.length;
  const section = h(
    'section',
    { class: 'plot', 'aria-labelledby': 'plot-heading' },
    h('h2', { id: 'plot-heading' }, p.plotHeading),
  );
  if (count === 0 || !trend) {
    section.append(h('p', { class: 'intro' }, p.plotTooFew));
    return section;
  }
  section.append(
    h(
      'div',
      { class: 'trend' },
      h('p', { class: 'trend-standing' }, p.standing(pct(trend.standing), trend.scenarios)),
      trend.change === null
        ? h('p', { class: 'trend-change none' }, p.trendNone)
        : h(
            'p',
            {
              class: `trend-change ${trend.change > 0.005 ? 'up' : trend.change < -0.005 ? 'down' : 'level'}`,
            },
            p.trendChange(Math.round(trend.change * 100), trend.replayed),
          ),
    ),
    h('p', { class: 'intro' }, p.plotIntro),
  );

  const titleOfAttempt = (m: AttemptShares) => titleOf(m.attempt.scenario, m.attempt.lang);
  // A phone gets a narrower drawing, so its labels stay readable instead of shrinking with it.
  const W = narrow ? 340 : 640;
  const H = narrow ? 230 : 260;
  const pad = { left: 44, right: 14, top: 14, bottom: 30 };
  const x = (i: number) =>
    count === 1
      ? (pad.left + W - pad.right) / 2
      : pad.left + (i * (W - pad.left - pad.right)) / (count - 1);
  const y = (share: number) => pad.top + (1 - share) * (H - pad.top - pad.bottom);

  const descId = 'plot-desc';
  const description = scenarios
    .map((s) =>
      p.plotLabel(
        titleOfAttempt(s.latest),
        s.attempts.map((m) => p.percent(pct(m.overall))).join(', '),
      ),
    )
    .join('. ');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': 'plot-heading',
      'aria-describedby': descId,
      class: 'tip-plot share-plot',
      preserveAspectRatio: 'xMidYMid meet',
    },
    svg('title', {}, p.plotHeading),
  );
  // Grid: 0, 25, 50, 75 and 100 % of what the scenario allowed; the middle drawn stronger.
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    chart.append(
      svg('line', {
        x1: pad.left,
        x2: W - pad.right,
        y1: y(v),
        y2: y(v),
        class: v === 0.5 ? 'axis zero' : 'axis',
      }),
      svg(
        'text',
        { x: pad.left - 8, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' },
        p.percent(pct(v)),
      ),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(count / 10));
  for (let i = 0; i < count; i += labelEvery) {
    chart.append(
      svg('text', { x: x(i), y: H - 8, class: 'tick', 'text-anchor': 'middle' }, String(i + 1)),
    );
  }
  const index = new Map(attempts.map((m, i) => [m.attempt.id, i]));
  for (const s of scenarios) {
    const { color, marker: shape } = styleOf(order, s.scenario);
    const pts = s.attempts.map((m) => ({ x: x(index.get(m.attempt.id) ?? 0), y: y(m.overall) }));
    const g = svg('g', { class: 'series', 'data-scenario': s.scenario });
    if (pts.length > 1) {
      g.append(
        svg('polyline', {
          points: pts.map((pt) => `${pt.x},${pt.y}`).join(' '),
          fill: 'none',
          stroke: color,
          'stroke-width': 2.5,
          'stroke-linejoin': 'round',
        }),
      );
    }
    pts.forEach((pt) => g.append(marker(shape, pt.x, pt.y, color)));
    chart.append(g);
  }

  const legend = h(
    'ul',
    { class: 'plot-legend', 'aria-hidden': 'true' },
    ...scenarios.map((s) => {
      const style = styleOf(order, s.scenario);
      const swatch = svg('svg', { viewBox: '0 0 20 20', width: 20, height: 20 });
      swatch.append(marker(style.marker, 10, 10, style.color));
      return h('li', {}, swatch, h('span', {}, titleOfAttempt(s.latest)));
    }),
  );

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
        h('th', { scope: 'col' }, p.colScenario),
        h('th', { scope: 'col', class: 'num' }, p.colOverall),
        ...tipHeaders(t),
      ),
    ),
    h(
      'tbody',
      {},
      ...attempts.map((m, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.attemptNo(i + 1)),
          h('td', { lang: m.attempt.lang }, titleOfAttempt(m)),
          h('td', { class: 'num' }, p.percent(pct(m.overall))),
          ...TIPS.map((tip) => {
            const share = m.tips[tip];
            return h(
              'td',
              { class: 'num' },
              share === null ? p.unknownScore : p.percent(pct(share)),
            );
          }),
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
      tipKey(t),
    ),
  );
  return section;
}

/** A share as a small bar from 0 to 100 %, with the best marked: for seeing, beside the numbers. */
function shareBar(share: number, best: number | null): HTMLElement {
  return h(
    'span',
    { class: 'share-bar', 'aria-hidden': 'true' },
    h('span', { class: 'fill', style: `width:${pct(share)}%` }),
    best === null ? null : h('span', { class: 'best-mark', style: `left:${pct(best)}%` }),
  );
}

/**
 * Per scenario, per tip (issue 17, item 8): a card per scenario played with its overall first,
 * latest and best, and a table of each tip's latest share, best share and change since the first
 * play, all on the share scale of that scenario.
 */
function scenarioCard(
  t: Messages,
  s: ScenarioShares,
  title: string,
  lang: string,
  style: { color: string; marker: string },
): HTMLElement {
  const p = t.progress;
  const headingId = `scenario-${s.scenario}`;
  const swatch = svg('svg', { viewBox: '0 0 20 20', width: 18, height: 18, 'aria-hidden': 'true' });
  swatch.append(marker(style.marker, 10, 10, style.color));
  const signedPoints = (d: number) => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)}`;
  return h(
    'li',
    { class: 'scenario-shares', 'data-scenario': s.scenario, 'aria-labelledby': headingId },
    h('h3', { id: headingId, lang }, swatch, title),
    h(
      'p',
      { class: 'scenario-plays' },
      p.scenarioPlays(
        s.attempts.length,
        pct(s.first.overall),
        pct(s.latest.overall),
        pct(s.best.overall),
      ),
    ),
    h(
      'table',
      { class: 'data tip-shares' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, p.colTip),
          h('th', { scope: 'col', class: 'num' }, p.colLatest),
          h('th', { scope: 'col', class: 'num' }, p.colBest),
          s.attempts.length > 1 ? h('th', { scope: 'col', class: 'num' }, p.colChange) : null,
        ),
      ),
      h(
        'tbody',
        {},
        ...TIPS.map((tip) => {
          const latest = s.latest.tips[tip];
          const first = s.first.tips[tip];
          const best = s.tipBest[tip];
          const name = h('th', { scope: 'row' }, `${tip} ${t.tips[tip].name}`);
          if (latest === null) {
            return h(
              'tr',
              { class: 'unscored', 'data-tip': tip },
              name,
              h('td', { class: 'num', colspan: s.attempts.length > 1 ? 3 : 2 }, p.notAtStake),
            );
          }
          return h(
            'tr',
            { 'data-tip': tip },
            name,
            h(
              'td',
              { class: 'num latest' },
              h('span', {}, p.percent(pct(latest))),
              shareBar(latest, best),
            ),
            h('td', { class: 'num best' }, best === null ? p.unknownScore : p.percent(pct(best))),
            s.attempts.length > 1
              ? h(
                  'td',
                  { class: 'num change' },
                  first === null ? p.unknownScore : signedPoints(pct(latest) - pct(first)),
                )
              : null,
          );
        }),
      ),
    ),
  );
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

  // Each scenario keeps its colour and marker by its place in the catalogue.
  const order = [...new Set(catalogue.map((s) => s.id))];

  let shown = progress.activeProfile()?.id ?? null;
  // Every finished attempt's debrief can be seen again (rebuilt from its path by the app).
  const reopen = ctx.nav.openDebriefOf ? (id: string) => void ctx.nav.openDebriefOf?.(id) : null;

  // The attempt's overall share of what its scenario allowed (the debrief's number), when known.
  const overallOf = (a: Attempt) => {
    const measured =
      a.status === 'completed' && a.totals
        ? attemptShares(catalogue, { ...a, totals: a.totals })
        : null;
    return measured ? p.percent(pct(measured.overall)) : p.unknownScore;
  };

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
            h('th', { scope: 'col', class: 'num', title: p.colOverallAbout }, p.colOverall),
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
              h('td', { class: 'share', 'data-label': p.colOverall }, overallOf(a)),
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
      const history = shareHistory(profile, catalogue);
      parts.push(trendPlot(t, history, titleOf, order, narrow()));
      if (history.scenarios.length > 0) {
        parts.push(
          h(
            'section',
            { class: 'best-scores', 'aria-labelledby': 'best-heading' },
            h('h2', { id: 'best-heading' }, p.bestHeading),
            h('p', { class: 'intro' }, p.bestIntro),
            h(
              'ul',
              { class: 'scenario-list' },
              ...history.scenarios.map((sc) =>
                scenarioCard(
                  t,
                  sc,
                  titleOf(sc.scenario, sc.latest.attempt.lang),
                  sc.latest.attempt.lang,
                  styleOf(order, sc.scenario),
                ),
              ),
            ),
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
