/**
 * The screen a broken scenario ends on: what happened in plain words and the way back. The engine's
 * own message is there for the scenario's author, folded away; a stack trace never reaches the page.
 * A scenario that could not be downloaded says so, and offers to try again.
 */
import { h } from '../dom.ts';
import type { PlayFailureKind } from '../../game/index.ts';
import type { Screen, UiContext } from '../context.ts';

export function failureScreen(
  ctx: UiContext,
  kind: PlayFailureKind,
  detail: string,
  retry?: () => void,
): Screen {
  const { t } = ctx;
  const network = kind === 'network';
  const title = network ? t.errorNetworkTitle : t.errorTitle;
  const heading = h('h1', { id: 'failure-heading', tabindex: -1 }, title);
  const message = {
    load: t.errorLoad,
    runtime: t.errorRuntime,
    internal: t.errorInternal,
    network: t.errorNetwork,
  }[kind];
  const again = retry
    ? h('button', { type: 'button', class: 'primary retry', onclick: () => retry() }, t.retry)
    : null;
  const back = h(
    'button',
    { type: 'button', class: again ? 'ghost' : 'primary', onclick: () => ctx.nav.select() },
    t.backToMenu,
  );
  const el = h(
    'section',
    { class: 'screen screen-failure card', role: 'alert', 'aria-labelledby': 'failure-heading' },
    heading,
    h('p', { class: 'message' }, message),
    detail
      ? h(
          'details',
          { class: 'detail' },
          h('summary', {}, t.errorDetail),
          // Only the first line: an engine message can carry a trace after it, which helps nobody here.
          h('p', { lang: 'en' }, detail.split('\n')[0] ?? ''),
        )
      : null,
    h('div', { class: 'actions' }, again, back),
  );
  return { el, focus: again ?? back, title: `${title} · ${t.appName}` };
}
