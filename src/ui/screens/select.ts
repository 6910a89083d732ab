/**
 * Scenario select: the scenarios of the chosen language. A language without scenarios yet falls back
 * to English (then to whatever exists) with a note, instead of showing an empty page.
 */
import { h } from '../dom.ts';
import { dictionaries, isLang } from '../../i18n/index.ts';
import type { ScenarioInfo } from '../../story/index.ts';
import type { Screen, UiContext } from '../context.ts';

export function scenariosFor(
  catalogue: readonly ScenarioInfo[],
  lang: string,
): { lang: string | null; scenarios: ScenarioInfo[] } {
  const order = [lang, 'en', ...catalogue.map((s) => s.lang)];
  for (const l of order) {
    const found = catalogue.filter((s) => s.lang === l);
    if (found.length > 0) return { lang: l, scenarios: found };
  }
  return { lang: null, scenarios: [] };
}

export function selectScreen(ctx: UiContext, catalogue: readonly ScenarioInfo[]): Screen {
  const { t } = ctx;
  const heading = h('h1', { id: 'select-heading', tabindex: -1 }, t.selectTitle);
  const shown = scenariosFor(catalogue, ctx.lang);
  const note =
    shown.lang && shown.lang !== ctx.lang
      ? h(
          'p',
          { class: 'note' },
          t.showingOtherLanguage(
            isLang(shown.lang) ? dictionaries[shown.lang].langName : shown.lang,
          ),
        )
      : null;
  const cards = shown.scenarios.map((info) => {
    const titleId = `scenario-${info.lang}-${info.id}`;
    const main = info.meta.mainTip;
    return h(
      'li',
      { class: 'scenario' },
      h(
        'article',
        { 'aria-labelledby': titleId, lang: info.lang },
        h('h2', { id: titleId }, info.meta.title),
        info.meta.summary ? h('p', { class: 'summary' }, info.meta.summary) : null,
        main ? h('p', { class: 'main-tip', lang: ctx.lang }, t.mainTip(t.tips[main].name)) : null,
        info.meta.cast.length > 0
          ? h(
              'p',
              { class: 'cast' },
              h('span', { class: 'label', lang: ctx.lang }, `${t.castLabel}: `),
              info.meta.cast.map((c) => c.name).join(', '),
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            lang: ctx.lang,
            'data-scenario': info.id,
            onclick: () => ctx.nav.play(info),
          },
          t.play(info.meta.title),
        ),
      ),
    );
  });
  const el = h(
    'section',
    { class: 'screen screen-select card wide', 'aria-labelledby': 'select-heading' },
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
    h('p', { class: 'intro' }, t.selectIntro),
    note,
    cards.length > 0
      ? h('ul', { class: 'scenario-list' }, ...cards)
      : h('p', { class: 'note' }, t.noScenarios),
  );
  return { el, focus: heading, title: `${t.selectTitle} · ${t.appName}` };
}
