/**
 * The screen a broken scenario ends on: what happened in plain words and the way back. The engine's
 * own message is there for the scenario's author, folded away; a stack trace never reaches the page.
 */
import { h } from '../dom.ts';
import type { FailureKind } from '../../game/index.ts';
import type { Screen, UiContext } from '../context.ts';

export function failureScreen(ctx: UiContext, kind: FailureKind, detail: string): Screen {
  const { t } = ctx;
  const heading = h('h1', { id: 'failure-heading', tabindex: -1 }, t.errorTitle);
  const message = { load: t.errorLoad, runtime: t.errorRuntime, internal: t.errorInternal }[kind];
  const back = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => ctx.nav.select() },
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
    h('div', { class: 'actions' }, back),
  );
  return { el, focus: back, title: `${t.errorTitle} · ${t.appName}` };
}
