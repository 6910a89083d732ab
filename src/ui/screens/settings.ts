/**
 * Settings: text speed, text size, coach or real mode, motion and sound. One panel, used two ways: as
 * a screen of its own from the title screen, and inside a dialog over a conversation in progress (a
 * conversation cannot be rebuilt, so it must not be navigated away from). Every change applies and is
 * saved at once through ctx.updateSettings; there is no Save button to forget.
 *
 * Over a conversation the panel starts with that scenario's time pressure (issue 15): off, relaxed or
 * brisk. It is set per scenario, and there, because that is where a player meets it: in the scenario,
 * next to the text speed it competes with, reachable while a countdown runs (which holds still while
 * the dialog is open), and without a second button on every scenario card (issue 17 keeps one).
 *
 * The pure parts (typewriter timing, which motion setting wins, the root classes) are exported for the
 * conversation, the app and the unit tests.
 */
import { h } from '../dom.ts';
import {
  MOTION_PREFERENCES,
  TEXT_SIZES,
  TEXT_SPEEDS,
  type MotionPreference,
  type Settings,
  type TextSize,
  type TextSpeed,
  type TimePressure,
} from '../../progress/index.ts';
import type { ScenarioInfo } from '../../story/index.ts';
import type { Screen, UiContext } from '../context.ts';
import { PRESSURE_SECONDS } from '../countdown.ts';

/** Milliseconds per character for each typewriter speed; 0 shows the line at once. */
export const CHAR_MS: Readonly<Record<TextSpeed, number>> = {
  slow: 55,
  normal: 28,
  fast: 12,
  instant: 0,
};

/** Extra pause after a character, in character-times: readers breathe at the end of a sentence. */
function pauseAfterChar(ch: string): number {
  if ('.!?…'.includes(ch)) return 6;
  if (',;:—–'.includes(ch)) return 3;
  return 1;
}

/**
 * When each character of `text` appears, in ms after the line starts: character i is visible from
 * times[i]. Punctuation holds the next character back a little, like a speaker's pause.
 */
export function typewriterTimes(text: string, speed: TextSpeed): number[] {
  const ms = CHAR_MS[speed];
  const chars = [...text];
  const times: number[] = [];
  let t = 0;
  for (const ch of chars) {
    times.push(t);
    t += ms * pauseAfterChar(ch);
  }
  return times;
}

/** How many characters (code points) of `text` are visible `elapsed` ms after the line started. */
export function revealedChars(text: string, elapsed: number, speed: TextSpeed): number {
  const times = typewriterTimes(text, speed);
  if (CHAR_MS[speed] === 0) return times.length;
  let n = 0;
  while (n < times.length && (times[n] ?? Infinity) <= elapsed) n++;
  return n;
}

/** How long the whole line takes to type out, in ms. */
export function typewriterDuration(text: string, speed: TextSpeed): number {
  const times = typewriterTimes(text, speed);
  return times.length === 0 ? 0 : (times[times.length - 1] ?? 0) + CHAR_MS[speed];
}

/** The motion setting wins when set; `system` follows the device's prefers-reduced-motion. */
export function effectiveReducedMotion(pref: MotionPreference, systemReduces: boolean): boolean {
  return pref === 'reduce' || (pref === 'system' && systemReduces);
}

export function textSizeClass(size: TextSize): string {
  return `text-${size}`;
}

/**
 * Puts the settings that are pure presentation on the root element: one text-size class (the CSS
 * scales the type from it) and a data-motion attribute the CSS uses to stop its transitions.
 */
export function applyRootSettings(
  root: HTMLElement,
  settings: Pick<Settings, 'textSize' | 'reducedMotion'> & Partial<Pick<Settings, 'pictures'>>,
  systemReduces: boolean,
): void {
  // Pictures off: the painted background stays and no canvas shows (src/styles/main.css).
  root.dataset.pictures = settings.pictures === false ? 'off' : 'on';
  for (const size of TEXT_SIZES)
    root.classList.toggle(textSizeClass(size), size === settings.textSize);
  root.dataset.motion = effectiveReducedMotion(settings.reducedMotion, systemReduces)
    ? 'reduce'
    : 'full';
}

let groupCount = 0;

/** A group of radio buttons for one setting; checking one saves it at once. */
function radioGroup<T extends string>(
  legend: string,
  name: string,
  options: readonly T[],
  label: (v: T) => string,
  current: T,
  save: (v: T) => void,
  hint?: string,
): HTMLElement {
  const id = `set-${name}-${++groupCount}`;
  return h(
    'fieldset',
    { class: `setting setting-${name}`, 'aria-describedby': hint ? `${id}-hint` : null },
    h('legend', {}, legend),
    h(
      'div',
      { class: 'options' },
      ...options.map((value) =>
        h(
          'label',
          { class: 'option-pill' },
          h('input', {
            type: 'radio',
            name: id,
            value,
            checked: value === current,
            onchange: () => save(value),
          }),
          h('span', {}, label(value)),
        ),
      ),
    ),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  );
}

export interface SettingsPanel {
  readonly el: HTMLElement;
  /** The panel's heading, where focus goes when it opens. */
  readonly heading: HTMLElement;
}

/**
 * The settings controls with a heading and a Done button (`onDone`). Reads the settings once when
 * built; each control writes its own field.
 */
export function settingsPanel(
  ctx: UiContext,
  onDone: () => void,
  headingId: string,
  scenario?: ScenarioInfo,
): SettingsPanel {
  const { t } = ctx;
  const s = ctx.settings();
  const save = (patch: Partial<Settings>) => ctx.updateSettings(patch);
  const heading = h('h1', { id: headingId, tabindex: -1 }, t.settingsTitle);
  const volumeOut = h('output', { class: 'volume-value' }, `${Math.round(s.volume * 100)}%`);
  const volume = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    value: Math.round(s.volume * 100),
    'aria-valuetext': `${Math.round(s.volume * 100)}%`,
    oninput: (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      const v = Number(input.value);
      volumeOut.textContent = `${v}%`;
      input.setAttribute('aria-valuetext', `${v}%`);
      save({ volume: Math.min(1, Math.max(0, v / 100)) });
    },
  });
  const muted = h('input', {
    type: 'checkbox',
    checked: s.muted,
    onchange: (e: Event) => save({ muted: (e.currentTarget as HTMLInputElement).checked }),
  });
  const el = h(
    'div',
    { class: 'settings-panel' },
    heading,
    h('p', { class: 'settings-preview', lang: ctx.lang }, t.settingsPreview),
    scenario
      ? radioGroup<'off' | TimePressure>(
          t.timePressureLabel(scenario.meta.title),
          'pressure',
          ['off', 'relaxed', 'brisk'],
          (v) =>
            v === 'off'
              ? t.timePressureOff
              : v === 'relaxed'
                ? t.timePressureRelaxed(PRESSURE_SECONDS.relaxed)
                : t.timePressureBrisk(PRESSURE_SECONDS.brisk),
          s.timePressure[scenario.id] ?? 'off',
          (v) => {
            const others = { ...ctx.settings().timePressure };
            delete others[scenario.id];
            save({ timePressure: v === 'off' ? others : { ...others, [scenario.id]: v } });
          },
          t.timePressureHint,
        )
      : null,
    radioGroup(
      t.textSpeedLabel,
      'speed',
      TEXT_SPEEDS,
      (v) => t.textSpeeds[v],
      s.textSpeed,
      (v) => save({ textSpeed: v }),
      t.textSpeedHint,
    ),
    radioGroup(
      t.textSizeLabel,
      'size',
      TEXT_SIZES,
      (v) => t.textSizes[v],
      s.textSize,
      (v) => save({ textSize: v }),
    ),
    radioGroup(
      t.feedbackLabel,
      'coach',
      ['coach', 'real'] as const,
      (v) => (v === 'coach' ? t.coachOn : t.coachOff),
      s.coachMode ? 'coach' : 'real',
      (v) => save({ coachMode: v === 'coach' }),
    ),
    radioGroup(
      t.motionLabel,
      'motion',
      MOTION_PREFERENCES,
      (v) => t.motions[v],
      s.reducedMotion,
      (v) => save({ reducedMotion: v }),
    ),
    radioGroup(
      t.picturesSettingLabel,
      'pictures',
      ['on', 'off'] as const,
      (v) => (v === 'on' ? t.picturesOn : t.picturesOff),
      s.pictures ? 'on' : 'off',
      (v) => save({ pictures: v === 'on' }),
    ),
    scenario ? null : h('p', { class: 'hint pressure-where' }, t.timePressureWhere),
    h(
      'fieldset',
      { class: 'setting setting-sound' },
      h('legend', {}, t.soundLabel),
      h('label', { class: 'check' }, muted, h('span', {}, t.muteLabel)),
      h('label', { class: 'range' }, h('span', {}, t.volumeLabel), volume, volumeOut),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary settings-done', onclick: onDone },
        t.settingsDone,
      ),
    ),
  );
  return { el, heading };
}

/** Settings as a screen of its own, reached from the title screen; Done goes back there. */
export function settingsScreen(ctx: UiContext): Screen {
  const panel = settingsPanel(ctx, () => ctx.nav.title(), 'settings-heading');
  const el = h(
    'section',
    { class: 'screen screen-settings card', 'aria-labelledby': 'settings-heading' },
    panel.el,
  );
  return { el, focus: panel.heading, title: `${ctx.t.settingsTitle} · ${ctx.t.appName}` };
}

/**
 * A small gear button that opens the settings in a modal dialog over the current screen; the dialog
 * gives focus back to the button when it closes. Returns the button and the dialog to place.
 */
export function settingsDialog(
  ctx: UiContext,
  scenario?: ScenarioInfo,
): { button: HTMLElement; dialog: HTMLDialogElement } {
  const dialog = h('dialog', {
    class: 'settings-dialog',
    'aria-labelledby': 'settings-dialog-heading',
  });
  const close = () => dialog.close();
  const button = h(
    'button',
    {
      type: 'button',
      class: 'ghost icon settings-open',
      'aria-label': ctx.t.settingsTitle,
      title: ctx.t.settingsTitle,
      'aria-haspopup': 'dialog',
      onclick: () => {
        // Rebuilt on each opening, so it always shows the settings as they are now.
        const panel = settingsPanel(ctx, close, 'settings-dialog-heading', scenario);
        dialog.replaceChildren(panel.el);
        dialog.showModal();
        panel.heading.focus();
      },
    },
    h('span', { 'aria-hidden': 'true' }, '⚙'),
  );
  dialog.addEventListener('close', () => button.focus({ preventScroll: true }));
  // A click on the backdrop (outside the panel) closes the dialog, as people expect.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) close();
  });
  return { button, dialog };
}
