/**
 * Workshop, the facilitator's first screen: which scenario, in which language, and how the room votes
 * (phones through the room server, or a show of hands with no network at all). Participants who land
 * here can join a room with its code.
 */
import { h } from '../../ui/dom.ts';
import { dictionaries, LANGS, type Lang } from '../../i18n/index.ts';
import { inCurriculumOrder } from '../../game/index.ts';
import type { ScenarioInfo } from '../../story/index.ts';
import type { Screen, UiContext } from '../../ui/context.ts';
import { isSavedId } from '../../library/index.ts';
import { codeField } from './code-field.ts';

export interface WorkshopStart {
  readonly info: ScenarioInfo;
  readonly mode: 'live' | 'hands';
  readonly title: string | null;
}

export interface SetupDeps {
  readonly catalogue: readonly ScenarioInfo[];
  start(choice: WorkshopStart): void;
  join(code: string): void;
  /** A message to show at the top (e.g. the room server could not be reached). */
  readonly notice?: string | null;
  /** What to preselect (after a failed attempt). */
  readonly preset?: Partial<WorkshopStart> | null;
}

let fieldIds = 0;

export function workshopSetupScreen(ctx: UiContext, deps: SetupDeps): Screen {
  const w = ctx.t.workshop;
  const id = `ws${++fieldIds}`;
  const heading = h('h1', { id: `${id}-h`, tabindex: -1 }, w.title);
  const preset = deps.preset ?? null;
  let storyLang: Lang = (preset?.info?.lang as Lang | undefined) ?? ctx.lang;

  // Your scenarios (saved in this browser) are in a group of their own. Phones cannot load them (a
  // room sends phones the scenario's id, and each phone loads the story itself), so a room on one of
  // them is a show of hands; the note under the list says so while one is chosen.
  const savedNote = h('p', { class: 'hint saved-note', id: `${id}-saved-note`, hidden: true });
  const scenarioSelect = h('select', {
    id: `${id}-scenario`,
    name: 'scenario',
    'aria-describedby': `${id}-saved-note`,
  });
  const isSaved = () => isSavedId(scenarioSelect.value);
  // The mode radios (made below): a saved scenario can only be a show of hands, so while one is
  // chosen the phones' option is unavailable and hands is checked; the facilitator's own choice comes
  // back with a bundled scenario.
  const modeInputs = new Map<'live' | 'hands', HTMLInputElement>();
  let mode: 'live' | 'hands' = preset?.mode ?? 'live';
  const showSavedNote = () => {
    const saved = isSaved();
    savedNote.hidden = !saved;
    savedNote.textContent = saved ? w.savedHandsOnly : '';
    const live = modeInputs.get('live');
    const hands = modeInputs.get('hands');
    if (!live || !hands) return;
    live.disabled = saved;
    live.checked = !saved && mode === 'live';
    hands.checked = saved || mode === 'hands';
  };
  const fillScenarios = (): void => {
    const keep = scenarioSelect.value || preset?.info?.id || '';
    const inLang = deps.catalogue.filter((s) => s.lang === storyLang);
    const option = (s: ScenarioInfo) =>
      h('option', { value: s.id, selected: s.id === keep }, s.meta.title);
    const saved = inLang.filter((s) => isSavedId(s.id));
    scenarioSelect.replaceChildren(
      ...inCurriculumOrder(inLang.filter((s) => !isSavedId(s.id))).map(option),
      saved.length > 0 ? h('optgroup', { label: ctx.t.library.heading }, ...saved.map(option)) : '',
    );
    showSavedNote();
  };
  scenarioSelect.addEventListener('change', showSavedNote);
  fillScenarios();

  const langPicker = h(
    'fieldset',
    { class: 'option-group' },
    h('legend', {}, w.storyLangLabel),
    ...LANGS.filter((l) => deps.catalogue.some((s) => s.lang === l)).map((l) =>
      h(
        'label',
        { class: 'option-pill' },
        h('input', {
          type: 'radio',
          name: `${id}-lang`,
          value: l,
          checked: l === storyLang,
          onchange: () => {
            storyLang = l;
            fillScenarios();
          },
        }),
        h('span', { lang: l }, dictionaries[l].langName),
      ),
    ),
  );

  const modeOption = (value: 'live' | 'hands', label: string, hint: string): HTMLElement => {
    const input = h('input', {
      type: 'radio',
      name: `${id}-mode`,
      value,
      checked: value === mode,
      'aria-describedby': `${id}-${value}-hint`,
      onchange: () => {
        // Chosen by the facilitator (never by a saved scenario's constraint).
        if (!isSaved()) mode = value;
      },
    });
    modeInputs.set(value, input);
    return h(
      'label',
      { class: 'mode-option' },
      input,
      h(
        'span',
        {},
        h('strong', {}, label),
        h('span', { class: 'hint', id: `${id}-${value}-hint` }, hint),
      ),
    );
  };
  const modePicker = h(
    'fieldset',
    { class: 'option-group modes' },
    h('legend', {}, w.modeLabel),
    modeOption('live', w.modeLive, w.modeLiveHint),
    modeOption('hands', w.modeHands, w.modeHandsHint),
  );
  showSavedNote();

  const titleInput = h('input', {
    id: `${id}-title`,
    type: 'text',
    maxlength: 120,
    autocomplete: 'off',
    value: preset?.title ?? '',
  });

  const form = h(
    'form',
    {
      class: 'workshop-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const info = deps.catalogue.find(
          (s) => s.id === scenarioSelect.value && s.lang === storyLang,
        );
        if (!info) return;
        const title = titleInput.value.trim().slice(0, 120);
        deps.start({ info, mode: isSaved() ? 'hands' : mode, title: title === '' ? null : title });
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: `${id}-scenario` }, w.scenarioLabel),
      scenarioSelect,
      savedNote,
    ),
    langPicker,
    modePicker,
    h(
      'div',
      { class: 'field' },
      h('label', { for: `${id}-title` }, w.sessionTitleLabel),
      titleInput,
    ),
    h('button', { type: 'submit', class: 'primary open-room' }, w.openRoom),
  );

  const code = codeField(`${id}-code`);
  const joinForm = h(
    'form',
    {
      class: 'join-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const c = code.read(w.codeInvalid);
        if (c !== null) deps.join(c);
      },
    },
    h('h2', {}, w.joinTitle),
    h(
      'div',
      { class: 'field inline' },
      h('label', { for: `${id}-code` }, w.codeLabel),
      code.input,
      h('button', { type: 'submit', class: 'secondary' }, w.join),
    ),
    code.error,
  );

  const el = h(
    'section',
    { class: 'screen screen-workshop card wide', 'aria-labelledby': `${id}-h` },
    h(
      'div',
      { class: 'topbar' },
      h(
        'button',
        { type: 'button', class: 'ghost', onclick: () => ctx.nav.title() },
        `← ${ctx.t.back}`,
      ),
    ),
    heading,
    h('p', { class: 'intro' }, w.intro),
    deps.notice ? h('p', { class: 'note warning', role: 'alert' }, deps.notice) : null,
    form,
    joinForm,
  );
  return { el, focus: heading, title: `${w.title} · ${ctx.t.appName}` };
}
