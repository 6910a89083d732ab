/**
 * Scenario select: the scenarios of the chosen language, in the suggested order (src/game/curriculum.ts),
 * each a card with its heading, summary, the tip it teaches above all, the other tips at stake (as
 * numbers, named for screen readers and on hover), and the scenario it continues from. The cards are
 * compact so the first screenful of a laptop shows the first row's Play buttons (issue 17). Each card
 * has exactly one button, so a keyboard user tabs once per scenario. A language without scenarios yet
 * falls back to English (then to whatever exists) with a note, instead of showing an empty page.
 *
 * A swap (the same evening from the other side of the table, src/game/curriculum.ts) is drawn inside
 * its original's card, as "The other side", with a button of its own: the pair takes a whole row, the
 * swap beside its original where there is room and under it where there is not (a phone). Until the original
 * has been played to its debrief, that button is locked: it stays in the tab order (aria-disabled,
 * not disabled) and is described by the visible sentence that says why, and how to unlock it.
 *
 * Your scenarios (./yours.ts) come in a chunk of their own, drawn after the bundled ones as soon as
 * it is there: the select screen is on the way to a first conversation, and most players have none.
 */
import './select.css';
import { h, srOnly } from '../dom.ts';
import { dictionaries, isLang, type Messages } from '../../i18n/index.ts';
import {
  continuesFrom,
  curriculumStep,
  inCurriculumOrder,
  isLocked,
  swapFor,
  swapOf,
} from '../../game/index.ts';
import type { ScenarioInfo, TipId } from '../../story/index.ts';
import type { Screen, UiContext } from '../context.ts';
import type { YoursDeps } from './yours.ts';

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

/** "The other side": a swap under its original, open or locked (with the reason, read with it). */
function swapPanel(
  ctx: UiContext,
  swap: ScenarioInfo,
  original: ScenarioInfo,
  locked: boolean,
): HTMLElement {
  const { t } = ctx;
  const titleId = `scenario-${swap.lang}-${swap.id}`;
  const lockId = `${titleId}-lock`;
  return h(
    'section',
    {
      class: locked ? 'swap locked' : 'swap',
      'aria-labelledby': titleId,
      lang: swap.lang,
      'data-swap': swap.id,
    },
    h('p', { class: 'swap-label', lang: ctx.lang }, t.swapLabel),
    h('h3', { id: titleId }, swap.meta.title),
    swap.meta.summary ? h('p', { class: 'summary' }, swap.meta.summary) : null,
    locked
      ? h(
          'p',
          { class: 'lock-note', id: lockId, lang: ctx.lang },
          t.swapLocked(original.meta.title),
        )
      : null,
    h(
      'button',
      {
        type: 'button',
        class: locked ? 'secondary locked' : 'secondary',
        lang: ctx.lang,
        'data-scenario': swap.id,
        'aria-disabled': locked ? 'true' : null,
        'aria-describedby': locked ? lockId : null,
        onclick: () => {
          if (!locked) ctx.nav.play(swap);
        },
      },
      h('span', { 'aria-hidden': 'true' }, locked ? t.swapLockedShort : t.swapPlayShort),
      srOnly(locked ? t.swapLockedName(swap.meta.title) : t.play(swap.meta.title)),
    ),
  );
}

function card(
  ctx: UiContext,
  info: ScenarioInfo,
  shown: readonly ScenarioInfo[],
  step: number | null,
  total: number,
  played: ReadonlySet<string>,
): HTMLElement {
  const { t } = ctx;
  const titleId = `scenario-${info.lang}-${info.id}`;
  const main = info.meta.mainTip;
  const others = otherTips(info);
  const previousId = continuesFrom(info.id);
  const previous = previousId ? shown.find((s) => s.id === previousId) : undefined;
  const swapId = swapFor(info.id);
  const swap = swapId ? shown.find((s) => s.id === swapId) : undefined;
  const article = h(
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
  );
  return h(
    'li',
    { class: swap ? 'scenario paired' : 'scenario', 'data-step': step ?? '' },
    swap
      ? h('div', { class: 'pair' }, article, swapPanel(ctx, swap, info, isLocked(swap.id, played)))
      : article,
  );
}

/**
 * `catalogue` holds the bundled scenarios; `yours` (absent inside an LMS) the saved ones, drawn under
 * their own heading after them (./yours.ts).
 */
export function selectScreen(
  ctx: UiContext,
  catalogue: readonly ScenarioInfo[],
  yours: YoursDeps | null = null,
): Screen {
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
  const played = ctx.playedScenarios?.() ?? new Set<string>();
  // A swap is drawn inside its original's card; it gets a card of its own only when its original is
  // missing in this language.
  const cards = shown.scenarios
    .filter((info) => {
      const original = swapOf(info.id);
      return original === null || !shown.scenarios.some((s) => s.id === original);
    })
    .map((info) => {
      const index = inOrder.indexOf(info);
      return card(ctx, info, shown.scenarios, index < 0 ? null : index + 1, total, played);
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
  let own: { dispose(): void } | null = null;
  let gone = false;
  if (yours) {
    const slot = h('div', { class: 'yours-slot' });
    el.append(slot);
    import('./yours.ts').then(
      (m) => {
        if (gone) return;
        const section = m.yoursSection(ctx, yours);
        own = section;
        slot.replaceWith(section.el);
      },
      () => {
        // Offline before the service worker had it: the bundled scenarios still play; say why
        // the saved ones are not listed.
        if (gone) return;
        const offline = globalThis.navigator?.onLine === false;
        slot.append(
          h('h2', {}, t.library.heading),
          h('p', { class: 'note' }, offline ? t.unavailable.offline : t.unavailable.online),
        );
      },
    );
  }
  return {
    el,
    focus: heading,
    title: `${t.selectTitle} · ${t.appName}`,
    dispose: () => {
      gone = true;
      own?.dispose();
    },
  };
}
