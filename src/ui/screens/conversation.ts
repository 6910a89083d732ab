/**
 * The conversation: a transcript of what has been said and the choices on offer, over the canvas.
 *
 * Lines arrive a beat at a time from the session and are revealed one by one with a short pause, so
 * the exchange reads like talk rather than a wall of text; under prefers-reduced-motion they appear at
 * once, and any key or click shows the rest immediately. The transcript is a polite live region, so a
 * screen reader reads each new line without losing its place. Choices are real buttons: number keys
 * pick one, arrow keys move between them, and Enter or Space press the one the player moved to.
 *
 * When a beat is revealed and a choice may be taken is decided by the pure state machine in
 * ../conversation-state.ts; this screen draws its state and carries out its effects (DOM, timers).
 * When the choices appear, focus goes to the question, never to the first option: an Enter or Space
 * meant for the text cannot take a choice (issue 17).
 *
 * Time pressure (issue 15): when the player turned it on for this scenario and the story names a
 * `timeout` choice at the point on offer, a countdown (../countdown.ts) starts once the choices are on
 * screen, every line before them revealed. It shows a bar and the seconds left, speaks through its
 * own polite live region at the start and at 10 and 5 seconds left, offers "More time" (button, or M),
 * holds while a dialog is open or the tab is hidden, and when it runs out takes the story's timeout
 * choice. Which way a choice was made goes to the session with it, and so to the record and debrief.
 */
import { h, srOnly } from '../dom.ts';
import type { GameSession } from '../../game/index.ts';
import { choiceNet, type Pressure } from '../../scoring/index.ts';
import {
  timeoutChoice,
  type ScenarioInfo,
  type StoryChoice,
  type StoryLine,
} from '../../story/index.ts';
import { Countdown, PRESSURE_SECONDS } from '../countdown.ts';
import {
  initialState,
  keyIntent,
  PAUSE_AFTER_TYPED,
  pauseAfter,
  reduce,
  typesOut,
  typingTime,
  type ConversationEffect,
  type ConversationEvent,
  type Pace,
} from '../conversation-state.ts';
import { effectList } from '../effects.ts';
import type { PlayResult, Screen, UiContext } from '../context.ts';
import {
  lastStageProgress,
  onStageProgress,
  progressPercent,
  type StageProgress,
} from '../../events/index.ts';
import { revealedChars, settingsDialog, typewriterDuration } from './settings.ts';

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
    // The stage already fetches the people's pictures: the App told it of the scenario when the
    // start began, before this screen (shown only for a slow start) came up.
    dispose: pictures.stop,
  };
}

/**
 * "Leave this conversation?": keep it for later (the run stays saved and the title screen offers to
 * continue it), end it (it goes into the history as left before the end), or stay. Stay has focus, and
 * Escape or a click on the backdrop also stays, so nothing is lost by a stray press.
 */
function leaveDialog(ctx: UiContext): {
  dialog: HTMLDialogElement;
  open: (from: HTMLElement, onStay?: () => void) => void;
} {
  const { t } = ctx;
  /** Told when the dialog closes without leaving (Back was pressed: the App holds that move). */
  let stayed: (() => void) | null = null;
  const leave = (keep: boolean) => {
    stayed = null;
    dialog.close();
    if (ctx.nav.leave) ctx.nav.leave(keep);
    else ctx.nav.select();
  };
  const stay = h(
    'button',
    { type: 'button', class: 'secondary leave-stay', onclick: () => dialog.close() },
    t.leaveStay,
  );
  const dialog = h(
    'dialog',
    {
      class: 'settings-dialog leave-dialog',
      'aria-labelledby': 'leave-heading',
      'aria-describedby': 'leave-body',
    },
    h('h2', { id: 'leave-heading' }, t.leaveTitle),
    h('p', { id: 'leave-body' }, t.leaveBody),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary leave-keep', onclick: () => leave(true) },
        t.leaveKeep,
      ),
      stay,
      h(
        'button',
        { type: 'button', class: 'ghost leave-end', onclick: () => leave(false) },
        t.leaveEnd,
      ),
    ),
  );
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  let opener: HTMLElement | null = null;
  dialog.addEventListener('close', () => {
    const onStay = stayed;
    stayed = null;
    onStay?.();
    if (opener?.isConnected) opener.focus({ preventScroll: true });
  });
  return {
    dialog,
    /**
     * Opens the dialog; focus returns to `from` (the button that opened it) when it closes, and
     * `onStay` hears when the player stays.
     */
    open: (from, onStay) => {
      opener = from;
      stayed = onStay ?? null;
      if (dialog.open) return;
      dialog.showModal();
      stay.focus();
    },
  };
}

/** How often the typewriter redraws, in ms (about 30 frames a second is smooth enough for text). */
const TYPE_TICK = 33;

/** Elements that give Enter and Space a meaning of their own when focused. */
const CONTROLS = 'button, a[href], input, select, textarea, summary, [role="button"]';

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
  const skip = h(
    'button',
    {
      type: 'button',
      class: 'secondary skip',
      'aria-describedby': 'continue-hint',
      onclick: () => send({ type: 'skip' }),
    },
    t.skip,
  );
  /** While lines arrive: how to have the rest at once, said where the choices will be. */
  const revealBar = h(
    'div',
    { class: 'reveal-bar', lang: ctx.lang },
    h('p', { class: 'continue-hint', id: 'continue-hint' }, t.continueHint),
    skip,
  );
  /** A timed choice point's clock: a bar and the seconds left, with "More time" beside it. */
  const clockFill = h('span', { class: 'countdown-fill' });
  const clockText = h('span', { class: 'countdown-text' });
  const moreTime = h(
    'button',
    {
      type: 'button',
      class: 'secondary more-time',
      'aria-keyshortcuts': 'M',
      onclick: () => countdown?.more(),
    },
    t.moreTime,
  );
  const clock = h(
    'div',
    { class: 'countdown', lang: ctx.lang, hidden: true },
    h(
      'div',
      { class: 'countdown-clock', role: 'timer', 'aria-label': t.countdownLabel },
      h('span', { class: 'countdown-bar', 'aria-hidden': 'true' }, clockFill),
      clockText,
    ),
    moreTime,
  );
  /** What the clock says aloud: there from the start, so the first announcement is heard. */
  const clockSays = h('p', {
    class: 'sr-only countdown-says',
    'aria-live': 'polite',
    lang: ctx.lang,
  });
  /** The question: where focus goes when the choices appear (a group named by its heading). */
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
    clock,
    clockSays,
    list,
    revealBar,
  );
  const leaving = leaveDialog(ctx);
  const leave = h(
    'button',
    {
      type: 'button',
      class: 'ghost leave',
      'aria-label': t.leave,
      'aria-haspopup': 'dialog',
      onclick: () => {
        // A finished conversation has nothing to lose: it goes straight back to the scenarios.
        if (state.phase === 'ended') ctx.nav.select();
        else leaving.open(leave);
      },
    },
    h('span', { class: 'leave-arrow', 'aria-hidden': 'true' }, '←'),
    t.leaveShort,
  );
  const gear = settingsDialog(ctx, info);
  const pictures = picturesProgress(t.picturesLabel);
  const el = h(
    'section',
    { class: 'screen screen-conversation', 'aria-labelledby': 'conv-heading' },
    h(
      'div',
      { class: 'panel' },
      // Leaving sits at the start of the header and the settings gear at its end, far apart, so
      // neither is pressed for the other.
      h(
        'header',
        { class: 'conv-header' },
        leave,
        heading,
        h('div', { class: 'conv-tools' }, gear.button),
      ),
      pictures.el,
      transcript,
      area,
    ),
    gear.dialog,
    leaving.dialog,
  );

  /** When this play began: the debrief compares with the attempt finished before it. */
  const startedAt = Date.now();
  let state = initialState;
  let venue: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let result: PlayResult | null = null;
  let buttons: HTMLButtonElement[] = [];
  /** The running clock of a timed choice point, if any. */
  let countdown: Countdown | null = null;
  /** The line being typed out, if any: `complete` shows the rest of it at once. */
  let typing: { complete: () => void; timer: ReturnType<typeof setTimeout> | null } | null = null;
  let disposed = false;
  /** While the screen draws its first beat (`draw`): the question's focus waits for the heading's. */
  let drawing = false;
  let questionWaits = false;

  /** The pace, read from the settings at each use so a change in the settings dialog applies at once. */
  const pace: Pace = {
    get instant() {
      return ctx.reducedMotion();
    },
    typeMs: (line) => {
      const speed = ctx.settings().textSpeed;
      return typesOut(line) ? typingTime(typewriterDuration(line.text, speed), speed) : 0;
    },
    pauseMs: (last, typed) => (typed ? PAUSE_AFTER_TYPED : pauseAfter(last)),
  };

  /**
   * Events are handled one at a time, in order: an effect that makes the session speak (a choice
   * handed over) queues the reply's beat until the choice's own effects are done.
   */
  const inbox: ConversationEvent[] = [];
  let busy = false;
  function send(event: ConversationEvent): void {
    if (disposed) return;
    inbox.push(event);
    if (busy) return;
    busy = true;
    try {
      for (let next = inbox.shift(); next; next = inbox.shift()) {
        const step = reduce(state, next, pace);
        state = step.state;
        for (const effect of step.effects) perform(effect);
        render();
      }
    } finally {
      busy = false;
    }
  }

  /** Draws what depends on the phase alone. */
  const render = () => {
    const revealing = state.phase === 'revealing' || state.phase === 'answering';
    el.classList.toggle('revealing', revealing);
    revealBar.hidden = !revealing;
  };

  function perform(effect: ConversationEffect): void {
    switch (effect.kind) {
      case 'show':
        addLine(effect.line, effect.animate);
        return;
      case 'complete-typing':
        typing?.complete();
        return;
      case 'wait':
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          send({ type: 'timer' });
        }, effect.ms);
        return;
      case 'cancel-wait':
        if (timer !== null) clearTimeout(timer);
        timer = null;
        return;
      case 'offer':
        showChoices(effect.choices);
        return;
      case 'choose':
        takeChoice(effect.choice);
        return;
      case 'end':
        if (result) showEnd(result);
        return;
    }
  }

  /**
   * Whether the transcript follows the conversation (its end is in view). A resize or a rotation
   * changes the transcript's height but not its scroll offset, which would hide the line just spoken;
   * while following, the end is brought back into view after every change of size. A player who
   * scrolled up to reread is left where they are until the next line.
   */
  let follow = true;
  /**
   * When the player last scrolled the transcript themselves (wheel, touch, keys, the scroll bar). A
   * scroll that a change of layout causes is not a wish to reread, so only these can stop following.
   */
  let handScrolledAt = -Infinity;
  /** Until when a scroll is ours: a smooth scroll to the end passes through "not at the end". */
  let autoScrollUntil = 0;
  const byHand = () => {
    handScrolledAt = Date.now();
  };
  transcript.addEventListener('wheel', byHand, { passive: true });
  transcript.addEventListener('touchmove', byHand, { passive: true });
  transcript.addEventListener('keydown', (e) => {
    if (/^(Arrow(Up|Down)|Page(Up|Down)|Home|End)$/.test(e.key)) byHand();
  });
  // A press on the scroll bar (beyond the content box); a click on the text skips, it is no scroll.
  transcript.addEventListener('pointerdown', (e) => {
    if (e.offsetX >= transcript.clientWidth) byHand();
  });
  const atEnd = () => transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 24;
  const scrollNow = (smooth: boolean) => {
    follow = true;
    autoScrollUntil = Date.now() + (smooth ? 800 : 100);
    if (transcript.scrollTo)
      transcript.scrollTo({ top: transcript.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
    else transcript.scrollTop = transcript.scrollHeight;
  };
  /**
   * The scroll asked for since the last frame, done once just before the next one is drawn. Reading
   * the transcript's height (or setting a scroll offset) makes the browser lay the page out there and
   * then; a beat of several lines, shown at once when motion is reduced, and its choices would lay
   * it out once per line before the first choice could be clicked. Smooth only if every ask was.
   */
  let queued: { smooth: boolean; choicesFromTop: boolean } | null = null;
  const flushScroll = () => {
    const q = queued;
    queued = null;
    if (!q || disposed) return;
    scrollNow(q.smooth);
    if (q.choicesFromTop) area.scrollTop = 0;
  };
  const scrollToEnd = (smooth = !ctx.reducedMotion(), choicesFromTop = false) => {
    follow = true;
    autoScrollUntil = Date.now() + (smooth ? 800 : 100);
    if (queued) {
      queued.smooth &&= smooth;
      queued.choicesFromTop ||= choicesFromTop;
      return;
    }
    queued = { smooth, choicesFromTop };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flushScroll);
    else flushScroll();
  };
  transcript.addEventListener('scroll', () => {
    if (atEnd()) follow = true;
    else if (Date.now() > autoScrollUntil && Date.now() - handScrolledAt < 1500) follow = false;
  });
  /** After a change of size: the latest line back in view, and the choices from their first one. */
  const keepInView = () => {
    // Layout is fresh when a size change is reported: scroll at once, nothing is forced.
    if (follow) scrollNow(false);
    // The question has focus: show the choices from the first one.
    if (state.phase === 'choosing' && document.activeElement === area) area.scrollTop = 0;
  };
  const resizes =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => keepInView());
  resizes?.observe(transcript);
  resizes?.observe(area);

  /**
   * Types `text` into `said`, a part of the transcript's `line`: the part not yet typed is there from
   * the start but transparent, so the line keeps its final shape (nothing reflows). A screen reader
   * hears the line once, whole, when it is complete: while it types, the line is hidden from the
   * accessibility tree (its growing text would otherwise be read piece by piece, or not at all), and
   * when it is complete a finished copy takes its place, a new line in the live region, which
   * announces additions. The eye sees no change: the copy is the same text in the same place.
   */
  const typeInto = (line: HTMLElement, said: HTMLElement, text: string) => {
    const speed = ctx.settings().textSpeed;
    const chars = [...text];
    const shown = document.createTextNode('');
    const rest = h('span', { class: 'untyped', 'aria-hidden': 'true' }, text);
    said.replaceChildren(shown, rest);
    said.classList.add('typing');
    const started = Date.now();
    // A long line types faster (see typingTime): the clock runs quicker by the same factor.
    const natural = typewriterDuration(text, speed);
    const rate = natural > 0 ? natural / Math.max(1, typingTime(natural, speed)) : 1;
    line.setAttribute('aria-hidden', 'true');
    const complete = () => {
      if (typing?.timer) clearTimeout(typing.timer);
      typing = null;
      said.classList.remove('typing');
      said.replaceChildren(text);
      const done = line.cloneNode(true) as HTMLElement;
      done.removeAttribute('aria-hidden');
      // Already in place: the copy must not rise into view a second time.
      done.classList.add('settled');
      line.replaceWith(done);
    };
    const tick = () => {
      if (!typing) return;
      const n = revealedChars(text, (Date.now() - started) * rate, speed);
      if (n >= chars.length) {
        complete();
        send({ type: 'typed' });
        return;
      }
      shown.data = chars.slice(0, n).join('');
      rest.textContent = chars.slice(n).join('');
      typing.timer = setTimeout(tick, TYPE_TICK);
    };
    typing = { complete, timer: null };
    tick();
  };

  /** Puts a line into the transcript (typed out when `animate`), and on the stage. */
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
          line.via ? h('span', { class: 'via' }, ` · ${t.via[line.via]}`) : null,
        ),
        srOnly(': '),
        h('span', { class: 'said' }, line.text),
      );
    }
    transcript.append(node);
    ctx.stage.showLine(line);
    ctx.sound?.lineShown(line);
    scrollToEnd();
    const said = node.querySelector<HTMLElement>('.said');
    if (animate && said) typeInto(node, said, line.text);
  };

  const echo = (text: string) =>
    transcript.append(
      h('p', { class: 'line echo' }, srOnly(`${t.youChose}: `), h('span', { class: 'said' }, text)),
    );

  const showChoices = (choices: readonly StoryChoice[]) => {
    buttons = choices.map((choice, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'choice',
          'data-index': choice.index,
          'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
          onclick: () => send({ type: 'choose', index: choice.index }),
        },
        h('span', { class: 'key', 'aria-hidden': 'true' }, i < 9 ? String(i + 1) : ''),
        h('span', { class: 'text' }, choice.text),
      ),
    );
    list.replaceChildren(...buttons.map((b) => h('li', {}, b)));
    choicesHeading.hidden = false;
    hint.hidden = false;
    hint.classList.remove('nudge');
    list.hidden = false;
    // Focus goes to the question, not to an option: choosing takes a number key, an arrow and
    // Enter, or a click, so a key meant for the text never chooses. Choices drawn with the screen
    // itself get it in the frame, after the heading (`draw` below).
    if (drawing) questionWaits = true;
    else area.focus({ preventScroll: true });
    ctx.stage.choicesShown();
    startCountdown(choices);
    // The choices took room from the transcript: keep its last line in view (and the choices from
    // their first one).
    scrollToEnd(false, true);
  };

  /** The time pressure the player set for this scenario, or null when it is off. */
  const pressureSeconds = (): number | null => {
    const setting = ctx.settings().timePressure[info.id];
    return setting ? PRESSURE_SECONDS[setting] : null;
  };

  /**
   * Starts the clock on the choices just offered, when the setting is on and the story says what
   * happens when time runs out here; a choice point without a `timeout` choice is never timed.
   */
  const startCountdown = (choices: readonly StoryChoice[]) => {
    const seconds = pressureSeconds();
    const fallback = timeoutChoice(choices);
    if (seconds === null || !fallback || countdown?.active) return;
    const mark = buttons.find((b) => b.dataset.index === String(fallback.index));
    mark
      ?.querySelector('.text')
      ?.append(h('span', { class: 'timeout-mark', lang: ctx.lang }, t.timeoutMark));
    const running = new Countdown(seconds, {
      tick: (left, fraction) => {
        clockText.textContent = t.countdownLeft(left);
        clockFill.style.width = `${Math.round(fraction * 1000) / 10}%`;
        clock.classList.toggle('low', left <= 5);
      },
      announce: (left, why) => {
        clockSays.textContent =
          why === 'start'
            ? t.countdownStart(left, fallback.text)
            : why === 'more'
              ? t.countdownMore(left)
              : t.countdownSoon(left);
      },
      expire: () => send({ type: 'choose', index: fallback.index }),
    });
    countdown = running;
    clock.hidden = false;
    running.start();
    holdIfAway();
  };

  /** Stops the clock and takes it off the screen; says how the choice was made, if it was timed. */
  const stopCountdown = (): Pressure | undefined => {
    const running = countdown;
    countdown = null;
    clock.hidden = true;
    clock.classList.remove('low');
    for (const m of list.querySelectorAll('.timeout-mark')) m.remove();
    if (!running) return undefined;
    const pressure: Pressure = running.expired ? 'ran-out' : 'timed';
    running.stop();
    return pressure;
  };

  /** The clock holds while a dialog is open or the page is hidden, and goes on after. */
  const holdIfAway = () => {
    if (!countdown) return;
    if (gear.dialog.open || leaving.dialog.open || document.hidden) countdown.hold();
    else countdown.resume();
  };

  /**
   * The settings dialog closed: the time pressure may have changed. Turned off, the clock stops at
   * once; turned on while a timed point is on offer, it starts there.
   */
  const afterSettings = () => {
    if (state.phase !== 'choosing') return;
    if (pressureSeconds() === null) {
      const { active } = countdown ?? { active: false };
      stopCountdown();
      if (active) clockSays.textContent = '';
    } else if (!countdown) startCountdown(state.choices);
    holdIfAway();
  };

  const hideChoices = () => {
    buttons = [];
    list.replaceChildren();
    choicesHeading.hidden = true;
    hint.hidden = true;
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
    hideChoices();
    area.append(h('div', { class: 'end', lang: ctx.lang }, h('p', {}, t.conversationOver), go));
    go.focus({ preventScroll: true });
    scrollToEnd(false);
  };

  const takeChoice = (choice: StoryChoice) => {
    const pressure = stopCountdown();
    if (pressure === 'ran-out')
      transcript.append(h('p', { class: 'line time-ran-out', lang: ctx.lang }, t.timeRanOut));
    echo(choice.text);
    const { net, scored } = choiceNet(choice.effects);
    if (scored) {
      ctx.sound?.choiceScored(net);
      if (ctx.settings().coachMode) transcript.append(coachNote(choice, net));
    }
    hideChoices();
    revealBar.hidden = false;
    // Focus stays inside the panel while the reply is revealed, on the one control that makes sense.
    skip.focus({ preventScroll: true });
    session.choose(choice.index, pressure);
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
      effectList(t, choice.effects),
      choice.why
        ? h(
            'p',
            { class: 'why' },
            h('span', { class: 'label' }, `${t.coachWhy}: `),
            h('span', { lang: info.lang }, choice.why),
          )
        : null,
    );

  /** Enter or Space landed on the question: nothing is chosen; the hint says how to choose. */
  const nudge = () => {
    hint.hidden = false;
    hint.classList.remove('nudge');
    // Restart the hint's short pulse (a reflow in between lets the animation run again).
    void hint.offsetWidth;
    hint.classList.add('nudge');
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    // Keys belong to a dialog while one is open.
    if (gear.dialog.open || leaving.dialog.open) return;
    const active = document.activeElement;
    const at = buttons.indexOf(active as HTMLButtonElement);
    const control = at < 0 && active instanceof Element && active.matches(CONTROLS);
    const intent = keyIntent(state.phase, e.key, e.repeat, {
      choice: at,
      control,
      count: buttons.length,
    });
    if (intent.kind === 'none') return;
    if (intent.kind === 'more-time') {
      if (!countdown?.active) return;
      e.preventDefault();
      countdown.more();
      return;
    }
    e.preventDefault();
    switch (intent.kind) {
      case 'step':
        send({ type: 'step' });
        return;
      case 'skip':
        send({ type: 'skip' });
        return;
      case 'choose':
        buttons[intent.position]?.click();
        return;
      case 'focus':
        buttons[intent.position]?.focus();
        return;
      case 'nudge':
        nudge();
        return;
    }
  };

  // A click on the panel skips the reveal; a click on a button does its own job (a choice's click
  // bubbles here after it has started the reply, which must then play, not be skipped).
  const onPointer = (e: Event) => {
    if (gear.dialog.open || leaving.dialog.open) return;
    if (e.target instanceof Element && e.target.closest('dialog')) return;
    if (e.target instanceof Element && e.target.closest('button')) return;
    send({ type: 'skip' });
  };

  const unsubscribe = [
    // A resumed conversation: the transcript so far appears at once (no reveal), then its current beat.
    session.events.on('restored', ({ entries }) => {
      let last: StoryLine | null = null;
      for (const entry of entries) {
        if (entry.kind === 'line') {
          addLine(entry.line);
          last = entry.line;
        } else echo(entry.text);
      }
      send({ type: 'restored', last });
    }),
    session.events.on('beat', (beat) => send({ type: 'beat', beat })),
    session.events.on('ended', (e) => {
      result = {
        info,
        debrief: e.debrief,
        ending: e.ending,
        startedAt,
        // What "replay from here" in the debrief needs to start the same play again at a moment.
        path: e.path,
        startMemory: session.startMemory,
      };
      send({ type: 'ended' });
    }),
    session.events.on('failed', (f) => ctx.nav.failure(f.kind, f.detail)),
  ];

  document.addEventListener('keydown', onKey);
  gear.button.addEventListener('click', holdIfAway);
  gear.dialog.addEventListener('close', afterSettings);
  leave.addEventListener('click', holdIfAway);
  leaving.dialog.addEventListener('close', holdIfAway);
  document.addEventListener('visibilitychange', holdIfAway);
  el.addEventListener('click', onPointer);
  list.hidden = true;
  choicesHeading.hidden = true;
  hint.hidden = true;

  return {
    el,
    focus: heading,
    title: `${info.meta.title} · ${t.appName}`,
    // Back or Forward out of the conversation asks the same question as the Leave button; keeping
    // or ending it goes through nav.leave, which then makes the move (src/ui/app.ts).
    askToLeave(decide) {
      leaving.open(leave, () => decide(false));
      holdIfAway();
    },
    draw() {
      ctx.stage.enterScenario(info.id, info.meta.cast);
      drawing = true;
      try {
        session.start();
      } finally {
        drawing = false;
      }
      if (!questionWaits) return null;
      return () => {
        // Unless the choices went (taken by a key), or the player is among them already.
        if (!disposed && state.phase === 'choosing' && !area.contains(document.activeElement))
          area.focus({ preventScroll: true });
      };
    },
    dispose() {
      disposed = true;
      countdown?.stop();
      countdown = null;
      document.removeEventListener('visibilitychange', holdIfAway);
      if (timer !== null) clearTimeout(timer);
      if (typing?.timer) clearTimeout(typing.timer);
      typing = null;
      pictures.stop();
      resizes?.disconnect();
      if (gear.dialog.open) gear.dialog.close();
      if (leaving.dialog.open) leaving.dialog.close();
      document.removeEventListener('keydown', onKey);
      for (const off of unsubscribe) off();
    },
  };
}
