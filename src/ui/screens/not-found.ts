/**
 * Where an address that leads nowhere lands (src/ui/router.ts): what was wrong with it in plain words,
 * the address itself as text (it is untrusted: never markup), and the ways on. Never a blank page.
 */
import { h } from '../dom.ts';
import type { NotFoundReason } from '../router.ts';
import type { ScenarioInfo } from '../../story/index.ts';
import type { Screen, UiContext } from '../context.ts';

/** Long enough to recognise, short enough not to flood the page with a pasted essay. */
const SHOWN = 120;

export function notFoundScreen(
  ctx: UiContext,
  reason: NotFoundReason,
  address: string,
  /** For a debrief that is gone: the scenario it was of, to play again. */
  scenario: ScenarioInfo | null = null,
): Screen {
  const { t } = ctx;
  const heading = h('h1', { id: 'not-found-heading', tabindex: -1 }, t.notFoundTitle);
  const shown = address.length > SHOWN ? `${address.slice(0, SHOWN)}…` : address;
  const play = scenario
    ? h(
        'button',
        { type: 'button', class: 'primary play-again', onclick: () => ctx.nav.play(scenario) },
        t.notFoundPlay,
      )
    : null;
  const el = h(
    'section',
    { class: 'screen screen-not-found card', 'aria-labelledby': 'not-found-heading' },
    heading,
    h('p', { class: 'message' }, t.notFound[reason]),
    shown
      ? h(
          'p',
          { class: 'address' },
          `${t.notFoundAddress}: `,
          h('code', { translate: 'no' }, shown),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      play,
      h(
        'button',
        { type: 'button', class: play ? 'secondary' : 'primary', onclick: () => ctx.nav.select() },
        t.backToMenu,
      ),
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => ctx.nav.title() },
        t.notFoundHome,
      ),
    ),
  );
  return { el, focus: heading, title: `${t.notFoundTitle} · ${t.appName}` };
}
