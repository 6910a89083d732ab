/**
 * Scenario select: the scenarios of the chosen language, in the suggested order (src/game/curriculum.ts),
 * each a card with its heading, summary, the tip it teaches above all, the other tips at stake (as
 * numbers, named for screen readers and on hover), and the scenario it continues from. The cards are
 * compact so the first screenful of a laptop shows the first row's Play buttons (issue 17). Each card
 * has exactly one button, so a keyboard user tabs once per scenario. A language without scenarios yet
 * falls back to English (then to whatever exists) with a note, instead of showing an empty page.
 */
import './select.css';
import { h, srOnly } from '../dom.ts';
import { dictionaries, isLang, type Messages } from '../../i18n/index.ts';
import { continuesFrom, curriculumStep, inCurriculumOrder } from '../../game/index.ts';
import type { ScenarioInfo, TipId } from '../../story/index.ts';
import type { Screen, UiContext } from '../context.ts';

export function scenariosFor(
  catalogue: readonly ScenarioInfo[],
  lang: string,
): { lang: string | null; scenarios: ScenarioInfo[] } {
  const order = [lang, 'en', ...catalogue.map((s) => s.lang)];
  for (const l of order) {
    const found = catalogue.filter((s) => s.lang === l);
    if (found.length > 0) return { lang: l, scenarios: inCurriculumOrder(found) };
  }
  return { lang: null, scenarios: [] };
}

/** The other tips a scenario scores, besides its main lesson, in tip order. */
export function otherTips(info: ScenarioInfo): TipId[] {
  return [...info.tipsScored].filter((t) => t !== info.meta.mainTip).sort((a, b) => a - b);
}

/** A labelled row of tip names; the number is drawn as a badge, the name is what is read. */
function tipRow(t: Messages, cls: string, label: string, tips: readonly TipId[]): HTMLElement {
  return h(
    'div',
    { class: `tip-row ${cls}` },
    h('span', { class: 'label' }, `${label}:`),
    h(
      'ul',
      { class: 'tip-chips' },
      ...tips.map((tip) =>
        h(
          'li',
          { class: 'tip-chip', 'data-tip': tip, title: t.tips[tip].name },
          h('span', { class: 'tip-badge', 'aria-hidden': 'true' }, String(tip)),
          h('span', { class: 'tip-name' }, t.tips[tip].name),
        ),
      ),
    ),
  );
}

function card(
  ctx: UiContext,
  info: ScenarioInfo,
  shown: readonly ScenarioInfo[],
  step: number | null,
  total: number,
): HTMLElement {
  const { t } = ctx;
  const titleId = `scenario-${info.lang}-${info.id}`;
  const main = info.meta.mainTip;
  const others = otherTips(info);
  const previousId = continuesFrom(info.id);
  const previous = previousId ? shown.find((s) => s.id === previousId) : undefined;
  return h(
    'li',
    { class: 'scenario', 'data-step': step ?? '' },
    h(
      'article',
      { 'aria-labelledby': titleId, lang: info.lang },
      step !== null ? h('p', { class: 'step', lang: ctx.lang }, t.stepLabel(step, total)) : null,
      h('h2', { id: titleId }, info.meta.title),
      info.meta.summary ? h('p', { class: 'summary' }, info.meta.summary) : null,
      h(
        'div',
        { class: 'tips-at-stake', lang: ctx.lang },
        main ? tipRow(t, 'main-tip', t.mainLessonLabel, [main]) : null,
        others.length > 0 ? tipRow(t, 'also-tips', t.alsoAtStake, others) : null,
      ),
      previous
        ? h('p', { class: 'continues', lang: ctx.lang }, t.continuesFrom(previous.meta.title))
        : null,
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
        // Short on screen, so every card's button fits on one line and they line up; its name
        // (which starts with the same word) still says which scenario it plays.
        h('span', { 'aria-hidden': 'true' }, t.playShort),
        srOnly(t.play(info.meta.title)),
      ),
    ),
  );
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
  // Steps count the curriculum scenarios this language has, so a language with fewer says "of 3".
  const inOrder = shown.scenarios.filter((s) => curriculumStep(s.id) !== null);
  const total = inOrder.length;
  const cards = shown.scenarios.map((info) => {
    const index = inOrder.indexOf(info);
    return card(ctx, info, shown.scenarios, index < 0 ? null : index + 1, total);
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
    total > 1 ? h('p', { class: 'intro order-hint' }, t.selectOrderHint) : null,
    note,
    cards.length > 0
      ? h('ol', { class: 'scenario-list' }, ...cards)
      : h('p', { class: 'note' }, t.noScenarios),
  );
  return { el, focus: heading, title: `${t.selectTitle} · ${t.appName}` };
}
