/**
 * The conversation's rhythm as a pure state machine: lines arrive a beat at a time, are revealed one
 * by one (typed out or shown whole, with a pause after each), and only when every line of the beat is
 * on screen are its choices offered. The screen (screens/conversation.ts) owns the DOM and the timers;
 * it feeds events in and carries out the effects that come back, so every rule about when a choice may
 * be taken lives here, where a unit test can reach it without a browser.
 *
 * The rule that matters most (issue 17): a press of Enter or Space while lines are arriving moves the
 * text on and never takes a choice, however it is timed. `keyIntent` says what a key means in each
 * phase; Enter and Space only ever take a choice through a choice button that the player moved focus to.
 */
import type { TextSpeed } from '../progress/index.ts';
import type { Beat, StoryChoice, StoryLine } from '../story/index.ts';

/**
 * - `idle`: nothing said yet.
 * - `revealing`: lines are waiting, being typed, or pausing between one and the next.
 * - `choosing`: every line is out and the choices are on offer.
 * - `answering`: a choice was taken; the reply has not arrived yet.
 * - `closing`: the last line is out but the session has not yet handed over its result.
 * - `ended`: the end of the conversation is on screen.
 */
export type Phase = 'idle' | 'revealing' | 'choosing' | 'answering' | 'closing' | 'ended';

export interface ConversationState {
  readonly phase: Phase;
  /** Lines of the current beat not shown yet, in order. */
  readonly queue: readonly StoryLine[];
  /** The line shown last (it sets the pause before the next one). */
  readonly last: StoryLine | null;
  /** The line being typed out, if any. */
  readonly typing: StoryLine | null;
  /** Whether the last line was typed out (the reading time is then already spent). */
  readonly lastTyped: boolean;
  /** Whether a pause is running (the screen holds the timer). */
  readonly waiting: boolean;
  /** The choices the current beat ends with; offered once its lines are out. */
  readonly choices: readonly StoryChoice[];
  /** Whether the current beat is the story's last. */
  readonly beatEnds: boolean;
  /** Whether the session has handed over its result (the debrief can be opened). */
  readonly resultIn: boolean;
}

export type ConversationEvent =
  /** The session's next beat: lines to show, then choices (none when it ends). */
  | { readonly type: 'beat'; readonly beat: Beat }
  /** A resumed conversation: its transcript so far is on screen already; `last` is its last line. */
  | { readonly type: 'restored'; readonly last: StoryLine | null }
  /** The pause after a line ran out. */
  | { readonly type: 'timer' }
  /** The typewriter finished the line it was typing. */
  | { readonly type: 'typed' }
  /** Enter or Space while lines arrive: finish the line being typed; between lines, show the rest. */
  | { readonly type: 'step' }
  /** A click, another key or the skip button: show every waiting line now. */
  | { readonly type: 'skip' }
  /** The player takes the choice with this ink index. */
  | { readonly type: 'choose'; readonly index: number }
  /** The session's result is in. */
  | { readonly type: 'ended' };

export type ConversationEffect =
  /** Put the line in the transcript; when `animate`, type it out and send `typed` when done. */
  | { readonly kind: 'show'; readonly line: StoryLine; readonly animate: boolean }
  /** Complete the line being typed at once (no `typed` follows). */
  | { readonly kind: 'complete-typing' }
  /** Start a pause of `ms`; send `timer` when it runs out. */
  | { readonly kind: 'wait'; readonly ms: number }
  /** Stop the running pause (no `timer` follows). */
  | { readonly kind: 'cancel-wait' }
  /** Offer these choices. */
  | { readonly kind: 'offer'; readonly choices: readonly StoryChoice[] }
  /** Echo this choice and hand it to the session (its reply arrives as the next `beat`). */
  | { readonly kind: 'choose'; readonly choice: StoryChoice }
  /** Show the end of the conversation and the way to the debrief. */
  | { readonly kind: 'end' };

/** How fast lines come: read from the settings at the moment of use, so a change applies at once. */
export interface Pace {
  /** Everything at once (reduced motion): no typing, no pauses. */
  readonly instant: boolean;
  /** How long typing `line` out takes, in ms; 0 shows it whole. */
  typeMs(line: StoryLine): number;
  /** The pause before the next line, after `last` (null: before the first) and whether it was typed. */
  pauseMs(last: StoryLine | null, typed: boolean): number;
}

export interface Step {
  readonly state: ConversationState;
  readonly effects: readonly ConversationEffect[];
}

export const initialState: ConversationState = {
  phase: 'idle',
  queue: [],
  last: null,
  typing: null,
  lastTyped: false,
  waiting: false,
  choices: [],
  beatEnds: false,
  resultIn: false,
};

/** The next state and what the screen must do, for one event. Never mutates `state`. */
export function reduce(state: ConversationState, event: ConversationEvent, pace: Pace): Step {
  const fx: ConversationEffect[] = [];
  const next = ((): ConversationState => {
    switch (event.type) {
      case 'restored':
        return state.phase === 'idle' ? { ...state, last: event.last } : state;
      case 'beat':
        if (state.phase !== 'idle' && state.phase !== 'answering') return state;
        return advance(
          {
            ...state,
            phase: 'revealing',
            queue: [...state.queue, ...event.beat.lines],
            choices: event.beat.choices,
            beatEnds: event.beat.ended,
          },
          pace,
          fx,
        );
      case 'timer': {
        if (!state.waiting) return state;
        const [line, ...rest] = state.queue;
        const s = { ...state, waiting: false, queue: rest };
        if (!line) return advance(s, pace, fx);
        const animate = !pace.instant && pace.typeMs(line) > 0;
        fx.push({ kind: 'show', line, animate });
        const shown = { ...s, last: line, lastTyped: false };
        return animate ? { ...shown, typing: line } : advance(shown, pace, fx);
      }
      case 'typed':
        if (state.typing === null) return state;
        return advance({ ...state, typing: null, lastTyped: true }, pace, fx);
      case 'step':
        if (state.phase !== 'revealing') return state;
        if (state.typing !== null) {
          fx.push({ kind: 'complete-typing' });
          return advance({ ...state, typing: null, lastTyped: true }, pace, fx);
        }
        return showAll(state, fx);
      case 'skip':
        return state.phase === 'revealing' ? showAll(state, fx) : state;
      case 'choose': {
        if (state.phase !== 'choosing') return state;
        const choice = state.choices.find((c) => c.index === event.index);
        if (!choice) return state;
        fx.push({ kind: 'choose', choice });
        return { ...state, phase: 'answering', choices: [] };
      }
      case 'ended':
        if (state.phase === 'closing') {
          fx.push({ kind: 'end' });
          return { ...state, phase: 'ended', resultIn: true };
        }
        return { ...state, resultIn: true };
    }
  })();
  return { state: next, effects: fx };
}

/** Shows every waiting line at once (the player asked for the rest), then offers what comes next. */
function showAll(state: ConversationState, fx: ConversationEffect[]): ConversationState {
  if (state.waiting) fx.push({ kind: 'cancel-wait' });
  if (state.typing !== null) fx.push({ kind: 'complete-typing' });
  for (const line of state.queue) fx.push({ kind: 'show', line, animate: false });
  const last = state.queue.at(-1) ?? state.last;
  return settle({ ...state, queue: [], waiting: false, typing: null, last, lastTyped: false }, fx);
}

/** Moves on after a line: the next pause, or (with nothing waiting) the choices or the end. */
function advance(
  state: ConversationState,
  pace: Pace,
  fx: ConversationEffect[],
): ConversationState {
  if (state.waiting || state.typing !== null) return state;
  if (state.queue.length === 0) return settle(state, fx);
  if (pace.instant) return showAll(state, fx);
  fx.push({ kind: 'wait', ms: pace.pauseMs(state.last, state.lastTyped) });
  return { ...state, waiting: true };
}

/** Every line is out: offer the choices, or end (once the session's result is in). */
function settle(state: ConversationState, fx: ConversationEffect[]): ConversationState {
  if (!state.beatEnds) {
    fx.push({ kind: 'offer', choices: state.choices });
    return { ...state, phase: 'choosing' };
  }
  if (!state.resultIn) return { ...state, phase: 'closing' };
  fx.push({ kind: 'end' });
  return { ...state, phase: 'ended' };
}

/** Keys that keep their usual meaning while lines are revealed (moving focus, modifiers, Escape). */
const PASS_THROUGH = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Escape']);

/** Where keyboard focus is when a key is pressed. */
export interface KeyFocus {
  /** The position (0-based) of the focused choice button; -1 when focus is not on a choice. */
  readonly choice: number;
  /** Focus is on another control (a button, a link, a field) that has its own meaning for the key. */
  readonly control: boolean;
  /** How many choices are on offer. */
  readonly count: number;
}

export type KeyIntent =
  /** Leave the key alone: the browser (or the focused control) handles it. */
  | { readonly kind: 'none' }
  /** Send `step` (Enter or Space while lines arrive). */
  | { readonly kind: 'step' }
  /** Send `skip` (any other key while lines arrive). */
  | { readonly kind: 'skip' }
  /** Take the choice at this position (a number key). */
  | { readonly kind: 'choose'; readonly position: number }
  /** Move focus to the choice at this position (arrows, Home, End). */
  | { readonly kind: 'focus'; readonly position: number }
  /**
   * Enter or Space with the choices on offer but none focused: it was meant for the text. Nothing is
   * chosen; the screen points at how to choose.
   */
  | { readonly kind: 'nudge' }
  /** M while the choices are on offer: more time, if a countdown runs (issue 15). */
  | { readonly kind: 'more-time' };

/**
 * What a key press means in `phase`. Every intent other than `none` is the screen's to handle (it
 * prevents the browser's default). `repeat` is a key held down: it may move the text on, never choose.
 */
export function keyIntent(phase: Phase, key: string, repeat: boolean, focus: KeyFocus): KeyIntent {
  if (phase === 'revealing') {
    if (PASS_THROUGH.has(key)) return { kind: 'none' };
    return key === ' ' || key === 'Enter' ? { kind: 'step' } : { kind: 'skip' };
  }
  if (phase !== 'choosing' || focus.count === 0) return { kind: 'none' };
  if (/^[1-9]$/.test(key)) {
    const position = Number(key) - 1;
    return position < focus.count && !repeat ? { kind: 'choose', position } : { kind: 'none' };
  }
  const at = focus.choice;
  const last = focus.count - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { kind: 'focus', position: at < 0 ? 0 : (at + 1) % focus.count };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { kind: 'focus', position: at < 0 ? last : (at - 1 + focus.count) % focus.count };
    case 'Home':
      return { kind: 'focus', position: 0 };
    case 'End':
      return { kind: 'focus', position: last };
    case 'm':
    case 'M':
      return repeat ? { kind: 'none' } : { kind: 'more-time' };
    case 'Enter':
    case ' ':
      // On a focused choice, the button's own Enter/Space takes it (the player moved there on
      // purpose), unless the key is held down; anywhere else it was meant for the text.
      if (at >= 0) return repeat ? { kind: 'nudge' } : { kind: 'none' };
      return focus.control ? { kind: 'none' } : { kind: 'nudge' };
    default:
      return { kind: 'none' };
  }
}

/**
 * The pause before the next line, after a line shown whole. After speech: long enough to read a short
 * line. After narration: a short beat only, so an opening of several paragraphs arrives like a page,
 * read at the reader's own pace while the rest comes in (it is never typed: see `typesOut`).
 */
export function pauseAfter(line: StoryLine | null): number {
  if (!line) return 250;
  if (line.speaker === null) return Math.min(800, Math.max(350, 150 + line.text.length * 4));
  return Math.min(1400, Math.max(450, 250 + line.text.length * 14));
}

/**
 * Whether a line is typed out at all: people speaking are; narration appears whole. Typing a scene's
 * description out made the openings take 16 to 30 s before the first choice (issue 17); with
 * narration whole they take 2 to 4 s, and speech keeps the rhythm of talk.
 */
export function typesOut(line: StoryLine): boolean {
  return line.speaker !== null;
}

/**
 * The longest one line takes to type out, per speed: a long speech types faster than a short one, so
 * talk never turns into waiting. `slow` is the player's own wish for time, and is not capped.
 */
export const TYPING_CAP_MS: Readonly<Record<TextSpeed, number>> = {
  slow: Infinity,
  normal: 2000,
  fast: 1200,
  instant: 0,
};

/** How long typing a line takes, given how long it would take at the speed's own rate. */
export function typingTime(naturalMs: number, speed: TextSpeed): number {
  return Math.min(naturalMs, TYPING_CAP_MS[speed]);
}

/** The pause after a line that was typed out: the reading happened while it typed. */
export const PAUSE_AFTER_TYPED = 320;
