/**
 * Two small screens on the way to an earlier attempt's debrief (from Progress or an address): a
 * message while it is rebuilt, and why it cannot be. Kept apart from the debrief screen, whose chunk
 * loads only when a debrief is shown.
 */
import { h } from '../dom.ts';
import type { Messages } from '../../i18n/index.ts';
import type { Screen, UiContext } from '../context.ts';

/** A short message while something is being made ready (the debrief of an earlier attempt). */
export function messageScreen(ctx: UiContext, text: string): Screen {
  const p = h('p', { class: 'loading', role: 'status', tabindex: -1 }, text);
  const el = h('section', { class: 'screen screen-message card' }, p);
  return { el, focus: p, title: `${text} · ${ctx.t.appName}` };
}

/** Why an earlier attempt's debrief cannot be shown, and the way back to Progress. */
export function reviewProblemScreen(
  ctx: UiContext,
  kind: keyof Messages['reviewProblems'],
  back: () => void,
): Screen {
  const { t } = ctx;
  const heading = h('h1', { id: 'review-heading', tabindex: -1 }, t.reviewTitle);
  const el = h(
    'section',
    { class: 'screen screen-review-problem card', 'aria-labelledby': 'review-heading' },
    heading,
    h('p', {}, t.reviewProblems[kind]),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: back }, t.toProgress),
      h('button', { type: 'button', class: 'secondary', onclick: () => ctx.nav.title() }, t.back),
    ),
  );
  return { el, focus: heading, title: `${t.reviewTitle} · ${t.appName}` };
}
