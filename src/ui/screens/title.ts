/**
 * The title screen: what Mingle is, the language picker, and the way in; the learner playing now
 * (with the way to the profiles and progress screens) and, when a conversation was left unfinished,
 * the offer to continue where they left off, which then comes first.
 */
import { h } from '../dom.ts';
import { dictionaries, LANGS } from '../../i18n/index.ts';
import type { Screen, UiContext } from '../context.ts';

/** What the title screen knows about the learner (absent in tests of the bare screen). */
export interface TitleHome {
  readonly profileName: string | null;
  /** The unfinished conversation to offer, with how many choices it holds. */
  readonly saved: { readonly title: string; readonly choices: number } | null;
  /** False where workshop rooms make no sense (inside an LMS, one learner plays one course). */
  readonly workshop?: boolean;
}

export function titleScreen(ctx: UiContext, home: TitleHome | null = null): Screen {
  const { t } = ctx;
  const p = t.progress;
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
  const saved = home?.saved ?? null;
  const start = h(
    'button',
    {
      type: 'button',
      class: saved ? 'secondary start' : 'primary start',
      onclick: () => ctx.nav.select(),
    },
    t.start,
  );
  const resume = saved
    ? h(
        'div',
        { class: 'resume-offer', role: 'group', 'aria-labelledby': 'resume-heading' },
        h('h2', { id: 'resume-heading' }, p.continueHeading),
        h(
          'button',
          {
            type: 'button',
            class: 'primary continue',
            onclick: () => ctx.nav.resume?.(),
          },
          p.continueRun(saved.title, saved.choices),
        ),
      )
    : null;
  const who = home?.profileName
    ? h(
        'nav',
        { class: 'who', 'aria-label': p.profilesLink },
        h('p', { class: 'playing-as' }, p.playingAs(home.profileName)),
        h(
          'button',
          { type: 'button', class: 'ghost to-profiles', onclick: () => ctx.nav.profiles?.() },
          p.profilesLink,
        ),
        h(
          'button',
          { type: 'button', class: 'ghost to-progress', onclick: () => ctx.nav.progress?.() },
          p.progressLink,
        ),
      )
    : null;
  const el = h(
    'section',
    { class: 'screen screen-title card', 'aria-labelledby': 'title-heading' },
    h('p', { class: 'brand-mark', 'aria-hidden': 'true' }, '✦'),
    heading,
    h('p', { class: 'tagline' }, t.tagline),
    h('p', { class: 'intro' }, t.intro),
    resume,
    h(
      'div',
      { class: 'actions' },
      start,
      ctx.nav.workshop && home?.workshop !== false
        ? h(
            'button',
            { type: 'button', class: 'secondary to-workshop', onclick: () => ctx.nav.workshop?.() },
            t.workshop.open,
          )
        : null,
      // Inside an LMS (no workshop rooms) a learner plays one course: no authoring either.
      ctx.nav.studio && home?.workshop !== false
        ? h(
            'button',
            { type: 'button', class: 'secondary to-studio', onclick: () => ctx.nav.studio?.() },
            t.studio.open,
          )
        : null,
      h(
        'button',
        { type: 'button', class: 'ghost to-settings', onclick: () => ctx.nav.settings?.() },
        h('span', { 'aria-hidden': 'true' }, '⚙ '),
        t.settingsTitle,
      ),
    ),
    who,
    picker,
    h('p', { class: 'footnote' }, t.footer),
  );
  heading.id = 'title-heading';
  return { el, focus: heading, title: `${t.appName}: ${t.tagline}` };
}

/**
 * A saved conversation that cannot continue: the story was rewritten, or the scenario is gone. Says
 * so plainly and offers a fresh start (or the way back); never resumes into a path that no longer fits.
 */
export function resumeProblemScreen(
  ctx: UiContext,
  kind: 'story-changed' | 'scenario-missing',
  actions: { readonly restart: (() => void) | null; readonly discard: () => void },
): Screen {
  const { t } = ctx;
  const p = t.progress;
  const heading = h('h1', { id: 'resume-problem-heading', tabindex: -1 }, p.resumeTitle);
  const el = h(
    'section',
    { class: 'screen screen-resume card', 'aria-labelledby': 'resume-problem-heading' },
    heading,
    h(
      'p',
      { class: 'note', 'data-kind': kind },
      kind === 'story-changed' ? p.storyChanged : p.scenarioMissing,
    ),
    h(
      'div',
      { class: 'actions' },
      actions.restart
        ? h(
            'button',
            { type: 'button', class: 'primary restart', onclick: actions.restart },
            p.restart,
          )
        : null,
      h(
        'button',
        {
          type: 'button',
          class: actions.restart ? 'secondary discard' : 'primary discard',
          onclick: actions.discard,
        },
        p.discardRun,
      ),
    ),
  );
  return { el, focus: heading, title: `${p.resumeTitle} · ${t.appName}` };
}
