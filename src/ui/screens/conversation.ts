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
import type { Beat, ScenarioInfo, StoryChoice, StoryLine } from '../../story/index.ts';
import type { PlayResult, Screen, UiContext } from '../context.ts';

/** The pause before the next line: long enough to read a short line, never long enough to wait for. */
export function pauseAfter(line: StoryLine | null): number {
  if (!line) return 250;
  return Math.min(1400, Math.max(450, 250 + line.text.length * 14));
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
  const el = h(
    'section',
    { class: 'screen screen-conversation', 'aria-labelledby': 'conv-heading' },
    h(
      'div',
      { class: 'panel' },
      h('header', { class: 'conv-header' }, heading, leave),
      transcript,
      area,
    ),
  );

  const queue: StoryLine[] = [];
  let lastShown: StoryLine | null = null;
  let venue: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let revealing = false;
  let pending: Beat | null = null;
  let result: PlayResult | null = null;
  let buttons: HTMLButtonElement[] = [];

  const scrollToEnd = () => {
    transcript.scrollTo?.({
      top: transcript.scrollHeight,
      behavior: ctx.reducedMotion() ? 'auto' : 'smooth',
    });
  };

  const addLine = (line: StoryLine) => {
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
      node = h('p', { class: 'line narration' }, line.text);
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
    scrollToEnd();
  };

  const schedule = () => {
    if (timer !== null) return;
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
    timer = setTimeout(() => {
      timer = null;
      const next = queue.shift();
      if (next) addLine(next);
      schedule();
    }, pauseAfter(lastShown));
  };

  /** Shows every waiting line at once: the player pressed a key or asked for it. */
  function flush(): void {
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
    buttons = [];
    list.replaceChildren();
    choicesHeading.hidden = true;
    hint.hidden = true;
    skip.hidden = false;
    // Focus stays inside the panel while the reply is revealed, on the one control that makes sense.
    skip.focus({ preventScroll: true });
    session.choose(choice.index);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (revealing) {
      if (PASS_THROUGH.has(e.key)) return;
      e.preventDefault();
      flush();
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
      result = { info, debrief: e.debrief, ending: e.ending };
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
      document.removeEventListener('keydown', onKey);
      for (const off of unsubscribe) off();
    },
  };
}
