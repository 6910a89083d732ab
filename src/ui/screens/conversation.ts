/**
 * The conversation: a transcript of what has been said and the choices on offer, over the canvas.
 *
 * Lines arrive a beat at a time from the session and are revealed one by one with a short pause, so
 * the exchange reads like talk rather than a wall of text; under prefers-reduced-motion they appear at
 * once, and any key or click shows the rest immediately. The transcript is a polite live region, so a
 * screen reader reads each new line without losing its place. Choices are real buttons: number keys
 * pick one, arrow keys move between them, Enter and Space press them.
 */
import { h, srOnly } from '../dom.ts';
import type { GameSession } from '../../game/index.ts';
import { TIPS } from '../../scoring/index.ts';
import type { Beat, ScenarioInfo, StoryChoice, StoryLine } from '../../story/index.ts';
import type { PlayResult, Screen, UiContext } from '../context.ts';
import {
  lastStageProgress,
  onStageProgress,
  progressPercent,
  type StageProgress,
} from '../../events/index.ts';
import { revealedChars, settingsDialog, typewriterDuration } from './settings.ts';

/** The pause before the next line: long enough to read a short line, never long enough to wait for. */
export function pauseAfter(line: StoryLine | null): number {
  if (!line) return 250;
  return Math.min(1400, Math.max(450, 250 + line.text.length * 14));
}

/** The pause after a line that was typed out: the reading happened while it typed. */
const PAUSE_AFTER_TYPED = 320;
/** How often the typewriter redraws, in ms (about 30 frames a second is smooth enough for text). */
const TYPE_TICK = 33;

/** The sum of a choice's tip effects, and whether it moves any tip at all. */
export function choiceNet(choice: Pick<StoryChoice, 'effects'>): { net: number; scored: boolean } {
  let net = 0;
  let scored = false;
  for (const tip of TIPS) {
    const d = choice.effects[tip];
    if (d === undefined || d === 0) continue;
    scored = true;
    net += d;
  }
  return { net, scored };
}

/**
 * A progress bar (role progressbar with aria-valuenow) that follows the stage's picture loading; it
 * hides itself when nothing is loading. Returns the element and the function that stops listening.
 */
export function picturesProgress(
  label: string,
  onChange?: (percent: number) => void,
): { el: HTMLElement; stop: () => void } {
  const fill = h('span', { class: 'progress-fill' });
  const el = h(
    'div',
    {
      class: 'progress pictures-progress',
      role: 'progressbar',
      'aria-label': label,
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
    },
    fill,
  );
  const show = (p: StageProgress) => {
    const percent = progressPercent(p);
    el.setAttribute('aria-valuenow', String(percent));
    fill.style.width = `${percent}%`;
    el.hidden = p.complete || p.total === 0;
    onChange?.(percent);
  };
  show(lastStageProgress());
  const stop = onStageProgress(document, show);
  return { el, stop };
}

/**
 * The screen while a scenario loads: a real progress bar. The story is half of it (its chunk either
 * has arrived or not: a dynamic import reports nothing in between), the stage's pictures the other
 * half, counted file by file from Phaser's loader. The conversation replaces this screen as soon as
 * the story is in; the pictures never hold up the dialogue.
 */
export function loadingScreen(ctx: UiContext, info: ScenarioInfo): Screen {
  const { t } = ctx;
  const status = h('p', { class: 'loading', id: 'loading-status' }, t.loadingStory);
  const fill = h('span', { class: 'progress-fill' });
  const bar = h(
    'div',
    {
      class: 'progress',
      role: 'progressbar',
      'aria-label': t.loadingLabel,
      'aria-describedby': 'loading-status',
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': 0,
    },
    fill,
  );
  const heading = h('h1', { class: 'loading-title', tabindex: -1 }, info.meta.title);
  const pictures = picturesProgress(t.picturesLabel, (percent) => {
    const value = Math.round(percent / 2);
    bar.setAttribute('aria-valuenow', String(value));
    fill.style.width = `${value}%`;
  });
  pictures.el.hidden = true;
  const el = h(
    'section',
    { class: 'screen screen-loading card', 'aria-busy': 'true', 'aria-labelledby': 'loading-h' },
    heading,
    status,
    bar,
  );
  heading.id = 'loading-h';
  return {
    el,
    focus: heading,
    title: `${info.meta.title} · ${t.appName}`,
    start() {
      // Let the stage fetch the people's pictures while the story loads.
      ctx.stage.enterScenario(info.id, info.meta.cast);
    },
    dispose: pictures.stop,
  };
}

/** Keys that must keep their usual meaning while lines are being revealed. */
const PASS_THROUGH = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Escape']);

export function conversationScreen(
  ctx: UiContext,
  info: ScenarioInfo,
  session: GameSession,
): Screen {
  const { t } = ctx;
  const castIndex = new Map(info.meta.cast.map((c, i) => [c.id, i]));
  const castName = new Map(info.meta.cast.map((c) => [c.id, c.name]));

  const heading = h(
    'h1',
    { id: 'conv-heading', class: 'conv-title', tabindex: -1 },
    info.meta.title,
  );
  const transcript = h('div', {
    class: 'transcript',
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-label': t.transcriptLabel,
    lang: info.lang,
    tabindex: 0,
  });
  const choicesHeading = h(
    'h2',
    { id: 'choices-heading', class: 'choices-heading' },
    t.choicesLabel,
  );
  const hint = h('p', { class: 'hint', id: 'choices-hint' }, t.choiceHint);
  const list = h('ol', { class: 'choices', lang: info.lang });
  const skip = h('button', { type: 'button', class: 'ghost skip', onclick: () => flush() }, t.skip);
  const area = h(
    'div',
    {
      class: 'choices-area',
      role: 'group',
      'aria-labelledby': 'choices-heading',
      'aria-describedby': 'choices-hint',
      tabindex: -1,
    },
    choicesHeading,
    hint,
    list,
    skip,
  );
  const leave = h(
    'button',
    { type: 'button', class: 'ghost leave', onclick: () => ctx.nav.select() },
    t.leave,
  );
  const gear = settingsDialog(ctx);
  const pictures = picturesProgress(t.picturesLabel);
  const el = h(
    'section',
    { class: 'screen screen-conversation', 'aria-labelledby': 'conv-heading' },
    h(
      'div',
      { class: 'panel' },
      h(
        'header',
        { class: 'conv-header' },
        heading,
        h('div', { class: 'conv-tools' }, gear.button, leave),
      ),
      pictures.el,
      transcript,
      area,
    ),
    gear.dialog,
  );

  /** When this play began: the debrief compares with the attempt finished before it. */
  const startedAt = Date.now();
  const queue: StoryLine[] = [];
  let lastShown: StoryLine | null = null;
  /** Whether the last line was typed out (the reading time is then already spent). */
  let lastTyped = false;
  let venue: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let revealing = false;
  let pending: Beat | null = null;
  let result: PlayResult | null = null;
  let buttons: HTMLButtonElement[] = [];
  /** The line being typed out, if any. */
  let typing: { finish: () => void; timer: ReturnType<typeof setTimeout> | null } | null = null;

  const scrollToEnd = () => {
    transcript.scrollTo?.({
      top: transcript.scrollHeight,
      behavior: ctx.reducedMotion() ? 'auto' : 'smooth',
    });
  };

  /**
   * Types `text` into `said`: the part not yet typed is there from the start but transparent, so the
   * line keeps its final shape (nothing reflows) and a screen reader gets the whole line at once.
   */
  const typeInto = (said: HTMLElement, text: string, done: () => void): boolean => {
    const speed = ctx.settings().textSpeed;
    if (speed === 'instant' || ctx.reducedMotion() || typewriterDuration(text, speed) === 0)
      return false;
    const chars = [...text];
    const shown = document.createTextNode('');
    const rest = h('span', { class: 'untyped', 'aria-hidden': 'true' }, text);
    said.replaceChildren(shown, rest);
    said.classList.add('typing');
    const started = Date.now();
    const finish = () => {
      if (typing?.timer) clearTimeout(typing.timer);
      typing = null;
      said.classList.remove('typing');
      said.replaceChildren(text);
      done();
    };
    const tick = () => {
      const n = revealedChars(text, Date.now() - started, speed);
      if (n >= chars.length) {
        finish();
        return;
      }
      shown.data = chars.slice(0, n).join('');
      rest.textContent = chars.slice(n).join('');
      if (typing) typing.timer = setTimeout(tick, TYPE_TICK);
    };
    typing = { finish, timer: null };
    tick();
    return true;
  };

  const addLine = (line: StoryLine, animate = false) => {
    if (line.scene && line.scene !== venue) {
      venue = line.scene;
      transcript.append(
        h(
          'p',
          { class: 'scene-change', lang: ctx.lang },
          t.sceneChanged(t.venues[line.scene] ?? line.scene),
        ),
      );
    }
    const speaker = line.speaker;
    let node: HTMLElement;
    if (speaker === null) {
      node = h('p', { class: 'line narration' }, h('span', { class: 'said' }, line.text));
    } else {
      const isYou = speaker === 'you';
      node = h(
        'p',
        {
          class: isYou ? 'line you' : 'line npc',
          'data-speaker': speaker,
          'data-cast-index': isYou ? null : (castIndex.get(speaker) ?? 0) % 4,
        },
        h(
          'span',
          { class: 'who', lang: isYou ? ctx.lang : null },
          isYou ? t.you : (castName.get(speaker) ?? speaker),
        ),
        srOnly(': '),
        h('span', { class: 'said' }, line.text),
      );
    }
    transcript.append(node);
    lastShown = line;
    ctx.stage.showLine(line);
    ctx.sound?.lineShown(line);
    scrollToEnd();
    const said = node.querySelector<HTMLElement>('.said');
    const typed =
      animate &&
      said !== null &&
      typeInto(said, line.text, () => {
        lastTyped = true;
        schedule();
      });
    lastTyped = false;
    return typed;
  };

  /** Shows the next waiting line; when it types out, the schedule resumes once it is complete. */
  const showNext = () => {
    timer = null;
    const next = queue.shift();
    if (next && addLine(next, true)) return;
    schedule();
  };

  function schedule(): void {
    if (timer !== null || typing !== null) return;
    if (queue.length === 0) {
      finish();
      return;
    }
    revealing = true;
    el.classList.add('revealing');
    if (ctx.reducedMotion()) {
      flush();
      return;
    }
    timer = setTimeout(showNext, lastTyped ? PAUSE_AFTER_TYPED : pauseAfter(lastShown));
  }

  /**
   * Space or Enter: completes the line being typed; pressed again between lines, shows the rest of the
   * reply at once (a reader who is ahead should never have to tap through it line by line).
   */
  const step = () => {
    if (typing) typing.finish();
    else flush();
  };

  /** Shows every waiting line at once: the player pressed a key or asked for it. */
  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (typing) {
      const current = typing;
      typing = null;
      if (current.timer) clearTimeout(current.timer);
      current.finish();
    }
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (let line = queue.shift(); line; line = queue.shift()) addLine(line);
    finish();
  }

  const finish = () => {
    revealing = false;
    el.classList.remove('revealing');
    skip.hidden = true;
    if (!pending) return;
    if (pending.ended) {
      if (result) showEnd(result);
      return;
    }
    showChoices(pending.choices);
  };

  const showChoices = (choices: readonly StoryChoice[]) => {
    buttons = choices.map((choice, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'choice',
          'data-index': choice.index,
          'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
          onclick: () => choose(choice),
        },
        h('span', { class: 'key', 'aria-hidden': 'true' }, i < 9 ? String(i + 1) : ''),
        h('span', { class: 'text' }, choice.text),
      ),
    );
    list.replaceChildren(...buttons.map((b) => h('li', {}, b)));
    choicesHeading.hidden = false;
    hint.hidden = false;
    list.hidden = false;
    buttons[0]?.focus({ preventScroll: true });
    // The choices took room from the transcript: keep its last line in view.
    transcript.scrollTop = transcript.scrollHeight;
  };

  const showEnd = (r: PlayResult) => {
    const go = h(
      'button',
      {
        type: 'button',
        class: 'primary to-debrief',
        lang: ctx.lang,
        onclick: () => ctx.nav.debrief(r),
      },
      t.toDebrief,
    );
    ctx.stage.quiet();
    list.replaceChildren();
    choicesHeading.hidden = true;
    hint.hidden = true;
    area.append(h('div', { class: 'end', lang: ctx.lang }, h('p', {}, t.conversationOver), go));
    go.focus({ preventScroll: true });
    transcript.scrollTop = transcript.scrollHeight;
  };

  const choose = (choice: StoryChoice) => {
    if (revealing || !pending || pending.ended) return;
    for (const b of buttons) b.disabled = true;
    transcript.append(
      h(
        'p',
        { class: 'line echo' },
        srOnly(`${t.youChose}: `),
        h('span', { class: 'said' }, choice.text),
      ),
    );
    const { net, scored } = choiceNet(choice);
    if (scored) {
      ctx.sound?.choiceScored(net);
      if (ctx.settings().coachMode) transcript.append(coachNote(choice, net));
    }
    buttons = [];
    list.replaceChildren();
    choicesHeading.hidden = true;
    hint.hidden = true;
    skip.hidden = false;
    // Focus stays inside the panel while the reply is revealed, on the one control that makes sense.
    skip.focus({ preventScroll: true });
    session.choose(choice.index);
  };

  /** In coach mode: what the choice just did to each tip, and the reason, right in the transcript. */
  const coachNote = (choice: StoryChoice, net: number): HTMLElement =>
    h(
      'aside',
      {
        class: `coach-note ${net > 0 ? 'up' : net < 0 ? 'down' : 'even'}`,
        lang: ctx.lang,
        'aria-label': t.coachTitle,
      },
      h('p', { class: 'coach-title' }, t.coachTitle),
      h(
        'ul',
        { class: 'effects' },
        ...TIPS.filter((tip) => (choice.effects[tip] ?? 0) !== 0).map((tip) => {
          const delta = choice.effects[tip] ?? 0;
          return h(
            'li',
            { class: delta > 0 ? 'effect up' : 'effect down', 'data-tip': tip },
            t.effect(t.tips[tip].name, delta),
          );
        }),
      ),
      choice.why
        ? h(
            'p',
            { class: 'why' },
            h('span', { class: 'label' }, `${t.coachWhy}: `),
            h('span', { lang: info.lang }, choice.why),
          )
        : null,
    );

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    // Keys belong to the settings dialog while it is open.
    if (gear.dialog.open) return;
    if (revealing) {
      if (PASS_THROUGH.has(e.key)) return;
      e.preventDefault();
      if (e.key === ' ' || e.key === 'Enter') step();
      else flush();
      return;
    }
    if (buttons.length === 0) return;
    if (/^[1-9]$/.test(e.key)) {
      const button = buttons[Number(e.key) - 1];
      if (button) {
        e.preventDefault();
        button.click();
      }
      return;
    }
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let to: number | null = null;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight')
      to = at < 0 ? 0 : (at + 1) % buttons.length;
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft')
      to = at < 0 ? buttons.length - 1 : (at - 1 + buttons.length) % buttons.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = buttons.length - 1;
    if (to !== null) {
      e.preventDefault();
      buttons[to]?.focus();
    }
  };

  // A click on the panel skips the reveal; a click on a button does its own job (a choice's click
  // bubbles here after it has started the reply, which must then play, not be skipped).
  const onPointer = (e: Event) => {
    if (gear.dialog.open || (e.target instanceof Element && e.target.closest('dialog'))) return;
    if (revealing && !(e.target instanceof Element && e.target.closest('button'))) flush();
  };

  const unsubscribe = [
    // A resumed conversation: the transcript so far appears at once (no reveal), then its current beat.
    session.events.on('restored', ({ entries }) => {
      for (const entry of entries) {
        if (entry.kind === 'line') addLine(entry.line);
        else
          transcript.append(
            h(
              'p',
              { class: 'line echo' },
              srOnly(`${t.youChose}: `),
              h('span', { class: 'said' }, entry.text),
            ),
          );
      }
    }),
    session.events.on('beat', (beat) => {
      pending = beat;
      queue.push(...beat.lines);
      skip.hidden = false;
      schedule();
    }),
    session.events.on('ended', (e) => {
      result = { info, debrief: e.debrief, ending: e.ending, startedAt };
      if (!revealing) showEnd(result);
    }),
    session.events.on('failed', (f) => ctx.nav.failure(f.kind, f.detail)),
  ];

  document.addEventListener('keydown', onKey);
  el.addEventListener('click', onPointer);
  list.hidden = true;
  choicesHeading.hidden = true;
  hint.hidden = true;

  return {
    el,
    focus: heading,
    title: `${info.meta.title} · ${t.appName}`,
    start() {
      ctx.stage.enterScenario(info.id, info.meta.cast);
      session.start();
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      if (typing?.timer) clearTimeout(typing.timer);
      typing = null;
      pictures.stop();
      if (gear.dialog.open) gear.dialog.close();
      document.removeEventListener('keydown', onKey);
      for (const off of unsubscribe) off();
    },
  };
}
