/** The title screen: what Mingle is, the language picker, and the way in. */
import { h } from '../dom.ts';
import { dictionaries, LANGS } from '../../i18n/index.ts';
import type { Screen, UiContext } from '../context.ts';

export function titleScreen(ctx: UiContext): Screen {
  const { t } = ctx;
  const heading = h('h1', { class: 'brand', tabindex: -1 }, t.appName);
  const picker = h(
    'fieldset',
    { class: 'lang-picker' },
    h('legend', {}, t.languageLabel),
    ...LANGS.map((lang) =>
      h(
        'label',
        { class: 'lang-option' },
        h('input', {
          type: 'radio',
          name: 'lang',
          value: lang,
          checked: lang === ctx.lang,
          onchange: () => ctx.nav.setLang(lang),
        }),
        h('span', { lang }, dictionaries[lang].langName),
      ),
    ),
  );
  const start = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => ctx.nav.select() },
    t.start,
  );
  const el = h(
    'section',
    { class: 'screen screen-title card', 'aria-labelledby': 'title-heading' },
    h('p', { class: 'brand-mark', 'aria-hidden': 'true' }, '✦'),
    heading,
    h('p', { class: 'tagline' }, t.tagline),
    h('p', { class: 'intro' }, t.intro),
    h('div', { class: 'actions' }, start),
    picker,
    h('p', { class: 'footnote' }, t.footer),
  );
  heading.id = 'title-heading';
  return { el, focus: heading, title: `${t.appName}: ${t.tagline}` };
}
