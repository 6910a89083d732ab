/**
 * The debrief. It leads with what reads at a glance (issue 17): the ending, the overall share, the
 * scenario's main lesson judged by the share of what this scenario allowed, and the two or three
 * moments most worth practising, each with "replay from here". Below come the five tips (share first,
 * the raw score and range beside it; chart and bars) and every key moment, folded away. The numbers
 * and judgements come from src/scoring; this screen only puts them into words and bars. Printing the
 * page gives a one-page handout of the glance and the tips (./debrief.css).
 */
import './debrief.css';
import { h, srOnly } from '../dom.ts';
import {
  practiceMoments,
  standingOf,
  type MomentReview,
  type TipResult,
} from '../../scoring/index.ts';
import { effectList } from '../effects.ts';
import { humanize, type PlayResult, type Screen, type UiContext } from '../context.ts';
import { isLocked, replayPoint, swapFor, swapOf } from '../../game/index.ts';
import type { Messages } from '../../i18n/index.ts';
import type { Attempt } from '../../progress/index.ts';
import { chartRows } from '../chart.ts';
import { tipChart } from '../chart-view.ts';
import { endingTitle } from '../../story/index.ts';
import { mountRubric } from '../trust-view.ts';

const percent = (share: number) => Math.round(share * 100);

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
      tip.share === null
        ? null
        : h(
            'p',
            { class: 'tip-share' },
            h('span', { 'aria-hidden': 'true' }, `${percent(tip.share)}%`),
            srOnly(t.shareOf(percent(tip.share))),
          ),
    ),
    // The raw numbers stay available: the score, and the range it sits in.
    h(
      'p',
      { class: 'tip-score' },
      srOnly(`${t.scoreLabel}: `),
      h('strong', {}, `${tip.score > 0 ? '+' : ''}${tip.score}`),
      scored ? h('span', { class: 'tip-range' }, ` (${t.rangeLabel(tip.min, tip.max)})`) : null,
      previous === null
        ? null
        : h(
            'span',
            { class: 'previous-score' },
            `${t.chartPrevious}: ${previous > 0 ? '+' : ''}${previous}`,
          ),
    ),
    h('p', { class: 'tip-idea' }, t.tips[tip.tip].idea),
    scored ? tipBar(tip, previous) : h('p', { class: 'range' }, t.tipNotScored),
    main ? h('p', { class: 'main-badge' }, t.mainTip(name)) : null,
  );
}

/** How a moment's choice was made, when it was made on a timed choice point (issue 15). */
function pressureNote(t: Messages, m: MomentReview): HTMLElement | null {
  if (!m.pressure) return null;
  return h(
    'p',
    { class: `pressure ${m.pressure}` },
    m.pressure === 'ran-out' ? t.momentRanOut : t.momentTimed,
  );
}

function momentItem(t: Messages, m: MomentReview, lang: string): HTMLElement {
  return h(
    'li',
    { class: `moment ${m.verdict}` },
    h('p', { class: 'verdict' }, t.verdicts[m.verdict]),
    pressureNote(t, m),
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

/** One moment to practise: where it was, what was chosen, what was stronger, and a way back to it. */
function practiceItem(ctx: UiContext, result: PlayResult, m: MomentReview): HTMLElement {
  const { t } = ctx;
  const lang = result.info.lang;
  const from = replayPoint(result, m.position);
  const playFrom = ctx.nav.playFrom?.bind(ctx.nav);
  return h(
    'li',
    { class: `practice ${m.verdict}` },
    m.prompt
      ? h('blockquote', { class: 'prompt', lang }, srOnly(`${t.momentPrompt}: `), m.prompt)
      : null,
    h(
      'p',
      { class: 'practice-chose' },
      h('span', { class: 'label' }, `${t.momentChose}: `),
      h('span', { lang }, m.chosen.text),
    ),
    pressureNote(t, m),
    m.stronger
      ? h(
          'p',
          { class: 'practice-stronger' },
          h('span', { class: 'label' }, `${t.momentStronger}: `),
          h('span', { lang }, m.stronger.text),
        )
      : null,
    from && playFrom
      ? h(
          'button',
          {
            type: 'button',
            class: 'secondary replay-from no-print',
            'data-position': m.position,
            onclick: () => playFrom(from),
          },
          t.replayFromHere,
          srOnly(t.replayFromHereAbout(m.chosen.text)),
        )
      : null,
  );
}

/** The part that reads at a glance: ending, overall, main lesson and the moments to practise. */
function glance(ctx: UiContext, result: PlayResult): HTMLElement {
  const { t } = ctx;
  const { info, debrief } = result;
  const main = debrief.tips.find((tip) => tip.tip === info.meta.mainTip) ?? null;
  const practice = practiceMoments(debrief, 3);
  const overall = debrief.overall === null ? t.overallNone : t.overall(percent(debrief.overall));
  return h(
    'section',
    { class: 'glance', 'aria-labelledby': 'glance-heading' },
    h('h2', { id: 'glance-heading', class: 'sr-only' }, t.glanceHeading),
    h(
      'div',
      { class: 'summary-row' },
      result.ending
        ? h(
            'p',
            { class: 'ending' },
            t.endingReached(endingTitle(info.meta, result.ending) ?? humanize(result.ending)),
          )
        : null,
      h('p', { class: 'overall' }, overall),
    ),
    debrief.pressure
      ? h(
          'p',
          { class: 'pressure-summary' },
          t.pressureSummary(debrief.pressure.timed, debrief.pressure.ranOut),
        )
      : null,
    main && main.share !== null
      ? h(
          'div',
          { class: `main-lesson ${standingOf(main.share)}`, 'data-tip': main.tip },
          h('p', { class: 'main-name' }, t.mainLesson(t.tips[main.tip].name)),
          h(
            'p',
            { class: 'main-share' },
            h('strong', {}, t.shareOf(percent(main.share))),
            ' ',
            h('span', { class: 'standing' }, t.standings[standingOf(main.share)]),
          ),
          h('p', { class: 'main-idea' }, t.tips[main.tip].idea),
        )
      : null,
    h('h3', { class: 'practice-heading' }, t.practiceHeading),
    practice.length > 0
      ? h('p', { class: 'practice-intro' }, t.practiceIntro)
      : h('p', { class: 'practice-intro none' }, t.practiceNone),
    practice.length > 0
      ? h('ol', { class: 'practice-list' }, ...practice.map((m) => practiceItem(ctx, result, m)))
      : null,
  );
}

/** Where the debrief's second button leads, when not to the scenario list (a Studio play-test). */
export interface DebriefElsewhere {
  readonly label: string;
  go(): void;
}

/**
 * The pair of a swap (src/game/curriculum.ts), named in both debriefs: an original's debrief invites
 * to its swap once the swap is unlocked (it is, once this debrief shows a finished play of it), and a
 * swap's debrief names its original. Null when the scenario has no pair in this language.
 */
function swapNote(ctx: UiContext, info: PlayResult['info']): HTMLElement | null {
  const { t } = ctx;
  const originalId = swapOf(info.id);
  const partnerId = originalId ?? swapFor(info.id);
  const partner = partnerId ? (ctx.scenario?.(partnerId, info.lang) ?? null) : null;
  if (!partner) return null;
  if (originalId === null && isLocked(partner.id, ctx.playedScenarios?.() ?? new Set<string>()))
    return null;
  const text =
    originalId === null ? t.swapInvite(partner.meta.title) : t.swapOfOriginal(partner.meta.title);
  const label = originalId === null ? t.swapPlay : t.swapPlayOriginal(partner.meta.title);
  return h(
    'section',
    {
      class: 'swap-note no-print',
      'aria-labelledby': 'swap-note-heading',
      'data-pair': partner.id,
    },
    h('h2', { id: 'swap-note-heading' }, t.swapDebriefHeading),
    h('p', {}, text),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-scenario': partner.id,
        onclick: () => ctx.nav.play(partner),
      },
      label,
    ),
  );
}

export interface DebriefOptions {
  /** Set when an earlier attempt's debrief is reopened: when it was played, and a way back. */
  readonly reopened?: { readonly endedAt: number; back(): void };
  /** Set for a Studio play-test: its second button leads back to the Studio. */
  readonly elsewhere?: DebriefElsewhere | null;
}

export function debriefScreen(
  ctx: UiContext,
  result: PlayResult,
  options: DebriefOptions = {},
): Screen {
  const { t } = ctx;
  const { info, debrief } = result;
  const previous = previousOf(ctx, result);
  const totals = previous?.totals ?? null;
  const rows = chartRows(debrief.tips, totals);
  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(ctx.lang, {
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    });
  const note = totals ? t.previousFrom(date(previous?.endedAt ?? 0)) : t.noPrevious;
  const heading = h('h1', { id: 'debrief-heading', tabindex: -1 }, t.debriefTitle);
  const reopened = options.reopened;
  const el = h(
    'section',
    { class: 'screen screen-debrief card wide', 'aria-labelledby': 'debrief-heading' },
    reopened
      ? h(
          'div',
          { class: 'topbar no-print' },
          h(
            'button',
            { type: 'button', class: 'ghost', onclick: () => reopened.back() },
            `← ${t.back}`,
          ),
        )
      : null,
    heading,
    h(
      'p',
      { class: 'intro' },
      t.debriefIntro(info.meta.title),
      reopened ? ` ${t.playedOn(date(reopened.endedAt))}` : null,
    ),
    glance(ctx, result),
    h(
      'div',
      { class: 'actions no-print' },
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
          onclick: () => (options.elsewhere ? options.elsewhere.go() : ctx.nav.select()),
        },
        options.elsewhere?.label ?? t.otherScenario,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ghost print-handout',
          onclick: () => el.ownerDocument.defaultView?.print(),
        },
        t.printHandout,
      ),
    ),
    options.elsewhere ? null : swapNote(ctx, info),
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
      { class: 'moments no-print', 'aria-labelledby': 'moments-heading' },
      h('h2', { id: 'moments-heading' }, t.momentsTitle),
      debrief.moments.length > 0
        ? h(
            'details',
            { class: 'all-moments' },
            h('summary', {}, t.allMoments(debrief.moments.length)),
            h(
              'ol',
              { class: 'moment-list' },
              ...debrief.moments.map((m) => momentItem(t, m, info.lang)),
            ),
          )
        : h('p', {}, t.noMoments),
    ),
    h('p', { class: 'handout-footer print-only' }, t.handoutFooter),
  );
  mountRubric(el, ctx.lang, debrief, info.meta);
  return { el, focus: heading, title: `${t.debriefTitle}: ${info.meta.title} · ${t.appName}` };
}
