/**
 * The debrief: each of the five tips with its score placed between the lowest and highest this
 * scenario allows, then the moments that decided it, each weak choice beside the stronger option that
 * was on offer. The numbers come from src/scoring; this screen only puts them into words and bars.
 */
import { h, srOnly } from '../dom.ts';
import type { MomentReview, TipResult } from '../../scoring/index.ts';
import { effectList } from '../effects.ts';
import { humanize, type PlayResult, type Screen, type UiContext } from '../context.ts';
import type { Messages } from '../../i18n/index.ts';
import type { Attempt } from '../../progress/index.ts';
import { chartRows } from '../chart.ts';
import { tipChart } from '../chart-view.ts';
import { endingTitle } from '../../story/index.ts';
import { mountRubric } from '../trust-view.ts';

/** A bar from the scenario's minimum to its maximum, with zero and the player's score marked. */
function tipBar(tip: TipResult, previous: number | null): HTMLElement {
  const span = tip.max - tip.min;
  const at = (v: number) => (span === 0 ? 50 : ((v - tip.min) / span) * 100);
  const zero = at(0);
  const score = at(tip.score);
  const from = Math.min(zero, score);
  const width = Math.abs(score - zero);
  const signed = (v: number) => `${v > 0 ? '+' : ''}${v}`;
  return h(
    'div',
    { class: 'bar-wrap', 'aria-hidden': 'true' },
    h(
      'div',
      { class: 'bar' },
      h('span', {
        class: tip.score < 0 ? 'fill negative' : 'fill',
        style: `left:${from}%;width:${width}%`,
      }),
      h('span', { class: 'zero', style: `left:${zero}%` }),
      previous === null
        ? null
        : h('span', {
            class: 'previous-marker',
            style: `left:${Math.min(100, Math.max(0, at(previous)))}%`,
          }),
      h('span', { class: 'marker', style: `left:${score}%` }),
    ),
    h(
      'div',
      { class: 'bar-legend' },
      h('span', {}, signed(tip.min)),
      h('span', {}, signed(tip.max)),
    ),
  );
}

function tipItem(t: Messages, tip: TipResult, main: boolean, previous: number | null): HTMLElement {
  const name = t.tips[tip.tip].name;
  const scored = tip.share !== null;
  return h(
    'li',
    { class: scored ? 'tip' : 'tip unscored', 'data-tip': tip.tip },
    h(
      'div',
      { class: 'tip-head' },
      h(
        'h3',
        { class: 'tip-name' },
        h('span', { class: 'tip-no', 'aria-hidden': 'true' }, String(tip.tip)),
        name,
      ),
      h(
        'p',
        { class: 'tip-score' },
        srOnly(`${t.scoreLabel}: `),
        h('strong', {}, `${tip.score > 0 ? '+' : ''}${tip.score}`),
        scored ? srOnly(` (${t.rangeLabel(tip.min, tip.max)})`) : null,
        previous === null
          ? null
          : h(
              'span',
              { class: 'previous-score' },
              `${t.chartPrevious}: ${previous > 0 ? '+' : ''}${previous}`,
            ),
      ),
    ),
    h('p', { class: 'tip-idea' }, t.tips[tip.tip].idea),
    scored ? tipBar(tip, previous) : h('p', { class: 'range' }, t.tipNotScored),
    main ? h('p', { class: 'main-badge' }, t.mainTip(name)) : null,
  );
}

function momentItem(t: Messages, m: MomentReview, lang: string): HTMLElement {
  return h(
    'li',
    { class: `moment ${m.verdict}` },
    h('p', { class: 'verdict' }, t.verdicts[m.verdict]),
    m.prompt
      ? h('blockquote', { class: 'prompt', lang }, srOnly(`${t.momentPrompt}: `), m.prompt)
      : null,
    h(
      'div',
      { class: 'option chosen' },
      h('p', { class: 'label' }, t.momentChose),
      h('p', { class: 'option-text', lang }, m.chosen.text),
      effectList(t, m.chosen.effects),
      m.chosen.why
        ? h(
            'p',
            { class: 'why' },
            h('span', { class: 'label' }, `${t.momentWhy}: `),
            h('span', { lang }, m.chosen.why),
          )
        : null,
    ),
    m.stronger
      ? h(
          'div',
          { class: 'option stronger' },
          h('p', { class: 'label' }, t.momentStronger),
          h('p', { class: 'option-text', lang }, m.stronger.text),
          effectList(t, m.stronger.effects),
          m.stronger.why
            ? h(
                'p',
                { class: 'why' },
                h('span', { class: 'label' }, `${t.momentWhy}: `),
                h('span', { lang }, m.stronger.why),
              )
            : null,
        )
      : null,
  );
}

/** The attempt to compare with: the last one finished before this play began. */
function previousOf(ctx: UiContext, result: PlayResult): Attempt | null {
  const before = result.startedAt ?? Date.now();
  return ctx.previousAttempt?.(result.info.id, result.info.lang, before) ?? null;
}

/** Where the debrief's second button leads, when not to the scenario list (a Studio play-test). */
export interface DebriefElsewhere {
  readonly label: string;
  go(): void;
}

export function debriefScreen(
  ctx: UiContext,
  result: PlayResult,
  elsewhere: DebriefElsewhere | null = null,
): Screen {
  const { t } = ctx;
  const { info, debrief } = result;
  const previous = previousOf(ctx, result);
  const totals = previous?.totals ?? null;
  const rows = chartRows(debrief.tips, totals);
  const note = totals
    ? t.previousFrom(
        new Date(previous?.endedAt ?? 0).toLocaleDateString(ctx.lang, {
          day: 'numeric',
          month: 'long',
          hour: '2-digit',
          minute: '2-digit',
        }),
      )
    : t.noPrevious;
  const heading = h('h1', { id: 'debrief-heading', tabindex: -1 }, t.debriefTitle);
  const overall =
    debrief.overall === null ? t.overallNone : t.overall(Math.round(debrief.overall * 100));
  const el = h(
    'section',
    { class: 'screen screen-debrief card wide', 'aria-labelledby': 'debrief-heading' },
    heading,
    h('p', { class: 'intro' }, t.debriefIntro(info.meta.title)),
    h(
      'div',
      { class: 'summary-row' },
      h('p', { class: 'overall' }, overall),
      result.ending
        ? h(
            'p',
            { class: 'ending' },
            t.endingReached(
              endingTitle(result.info.meta, result.ending) ?? humanize(result.ending),
            ),
          )
        : null,
    ),
    h(
      'section',
      { class: 'tips', 'aria-labelledby': 'tips-heading' },
      h('h2', { id: 'tips-heading', class: 'sr-only' }, t.scoreLabel),
      tipChart(t, rows, note),
      h(
        'ol',
        { class: 'tip-list' },
        ...debrief.tips.map((tip) =>
          tipItem(t, tip, tip.tip === info.meta.mainTip, totals ? (totals[tip.tip] ?? 0) : null),
        ),
      ),
    ),
    h(
      'section',
      { class: 'moments', 'aria-labelledby': 'moments-heading' },
      h('h2', { id: 'moments-heading' }, t.momentsTitle),
      debrief.moments.length > 0
        ? h(
            'ol',
            { class: 'moment-list' },
            ...debrief.moments.map((m) => momentItem(t, m, info.lang)),
          )
        : h('p', {}, t.noMoments),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => ctx.nav.play(info) },
        t.replay,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => (elsewhere ? elsewhere.go() : ctx.nav.select()),
        },
        elsewhere?.label ?? t.otherScenario,
      ),
    ),
  );
  mountRubric(el, ctx.lang, debrief, info.meta);
  return { el, focus: heading, title: `${t.debriefTitle}: ${info.meta.title} · ${t.appName}` };
}
