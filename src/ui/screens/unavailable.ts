/**
 * Where a screen lands whose code could not be downloaded (its chunk loads only on its route, and a
 * first visit that goes offline has not got it yet): what happened in plain words, offline or not,
 * and the ways on. Never a blank page, and never the scenario-failure wording: no scenario broke.
 */
import { h } from '../dom.ts';
import type { Screen, UiContext } from '../context.ts';

export function unavailableScreen(ctx: UiContext, offline: boolean, retry: () => void): Screen {
  const { t } = ctx;
  const heading = h('h1', { id: 'unavailable-heading', tabindex: -1 }, t.unavailableTitle);
  const el = h(
    'section',
    { class: 'screen screen-unavailable card', 'aria-labelledby': 'unavailable-heading' },
    heading,
    h('p', { class: 'message' }, offline ? t.unavailable.offline : t.unavailable.online),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary retry', onclick: () => retry() }, t.retry),
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => ctx.nav.title() },
        t.notFoundHome,
      ),
    ),
  );
  return { el, focus: heading, title: `${t.unavailableTitle} · ${t.appName}` };
}
