/**
 * The conversation's state machine without a DOM: the order lines are revealed in, when choices are
 * offered, and the rule that Enter or Space meant for the text never takes a choice (issue 17).
 */
import { describe, expect, it } from 'vitest';
import {
  initialState,
  keyIntent,
  reduce,
  type ConversationEffect,
  type ConversationEvent,
  type ConversationState,
  type KeyFocus,
  type Pace,
  type Phase,
} from '../../../src/ui/conversation-state.ts';
import type { Beat, StoryChoice, StoryLine } from '../../../src/story/index.ts';

const line = (text: string, speaker: string | null = 'anna'): StoryLine => ({
  text,
  speaker,
  mood: null,
  scene: null,
  sound: null,
  ending: null,
});
const choice = (index: number, text: string): StoryChoice => ({
  index,
  text,
  effects: index === 0 ? { 2: 1 } : {},
  why: null,
});

const hello = line('Hello.');
const busy = line('Busy evening, isn’t it?');
const ask = choice(0, 'Ask what brought her here');
const pitch = choice(1, 'Pitch your product');
const opening: Beat = { lines: [hello, busy], choices: [ask, pitch], ended: false };
const closing: Beat = { lines: [line('Goodbye.')], choices: [], ended: true };

/** A pace that types every line (20 ms a character) and pauses 100 ms (50 after typing). */
const typed: Pace = {
  instant: false,
  typeMs: (l) => l.text.length * 20,
  pauseMs: (_last, wasTyped) => (wasTyped ? 50 : 100),
};
/** Lines shown whole, with pauses. */
const whole: Pace = { ...typed, typeMs: () => 0 };
/** Reduced motion: everything at once. */
const instant: Pace = { ...typed, instant: true };

/** Runs events through the reducer and collects every effect, as the screen would see them. */
function run(
  events: readonly ConversationEvent[],
  pace: Pace,
  from: ConversationState = initialState,
): { state: ConversationState; effects: ConversationEffect[] } {
  let state = from;
  const effects: ConversationEffect[] = [];
  for (const event of events) {
    const step = reduce(state, event, pace);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const kinds = (effects: readonly ConversationEffect[]) => effects.map((e) => e.kind);

describe('revealing a beat', () => {
  it('waits, types each line, pauses, and offers the choices only after the last line', () => {
    const { state, effects } = run([{ type: 'beat', beat: opening }], typed);
    expect(state.phase).toBe('revealing');
    expect(effects).toEqual([{ kind: 'wait', ms: 100 }]);

    const first = run([{ type: 'timer' }], typed, state);
    expect(first.effects).toEqual([{ kind: 'show', line: hello, animate: true }]);
    expect(first.state.typing).toBe(hello);

    const afterTyping = run([{ type: 'typed' }], typed, first.state);
    expect(afterTyping.effects).toEqual([{ kind: 'wait', ms: 50 }]);

    const second = run([{ type: 'timer' }, { type: 'typed' }], typed, afterTyping.state);
    expect(kinds(second.effects)).toEqual(['show', 'offer']);
    expect(second.state.phase).toBe('choosing');
    expect(second.effects.at(-1)).toEqual({ kind: 'offer', choices: [ask, pitch] });
  });

  it('shows lines whole when they take no time to type, with a pause after each', () => {
    const { effects, state } = run(
      [{ type: 'beat', beat: opening }, { type: 'timer' }, { type: 'timer' }],
      whole,
    );
    expect(effects).toEqual([
      { kind: 'wait', ms: 100 },
      { kind: 'show', line: hello, animate: false },
      { kind: 'wait', ms: 100 },
      { kind: 'show', line: busy, animate: false },
      { kind: 'offer', choices: [ask, pitch] },
    ]);
    expect(state.phase).toBe('choosing');
  });

  it('under reduced motion shows the whole beat and its choices at once', () => {
    const { effects, state } = run([{ type: 'beat', beat: opening }], instant);
    expect(kinds(effects)).toEqual(['show', 'show', 'offer']);
    expect(effects.filter((e) => e.kind === 'show').every((e) => !e.animate)).toBe(true);
    expect(state.phase).toBe('choosing');
  });

  it('a step completes the line being typed, then a second step shows the rest', () => {
    const typing = run([{ type: 'beat', beat: opening }, { type: 'timer' }], typed).state;
    const one = run([{ type: 'step' }], typed, typing);
    expect(one.effects).toEqual([{ kind: 'complete-typing' }, { kind: 'wait', ms: 50 }]);
    expect(one.state.phase).toBe('revealing');
    const two = run([{ type: 'step' }], typed, one.state);
    expect(two.effects).toEqual([
      { kind: 'cancel-wait' },
      { kind: 'show', line: busy, animate: false },
      { kind: 'offer', choices: [ask, pitch] },
    ]);
  });

  it('a skip in the middle of typing completes it and shows every waiting line', () => {
    const typing = run([{ type: 'beat', beat: opening }, { type: 'timer' }], typed).state;
    const { effects, state } = run([{ type: 'skip' }], typed, typing);
    expect(effects).toEqual([
      { kind: 'complete-typing' },
      { kind: 'show', line: busy, animate: false },
      { kind: 'offer', choices: [ask, pitch] },
    ]);
    expect(state.last).toBe(busy);
    expect(state.typing).toBeNull();
    // A late `typed` or `timer` from the screen changes nothing.
    expect(run([{ type: 'typed' }, { type: 'timer' }], typed, state).effects).toEqual([]);
  });

  it('a resumed conversation paces its first new line after the restored last line', () => {
    const pace: Pace = { ...whole, pauseMs: (last) => (last === busy ? 777 : 1) };
    const { effects } = run(
      [
        { type: 'restored', last: busy },
        { type: 'beat', beat: { lines: [hello], choices: [ask], ended: false } },
      ],
      pace,
    );
    expect(effects[0]).toEqual({ kind: 'wait', ms: 777 });
  });
});

describe('choosing', () => {
  const choosing = run([{ type: 'beat', beat: opening }], instant).state;

  it('takes a choice only while the choices are on offer', () => {
    const revealing = run([{ type: 'beat', beat: opening }], whole).state;
    expect(run([{ type: 'choose', index: 0 }], whole, revealing).effects).toEqual([]);
    expect(run([{ type: 'choose', index: 0 }], whole, initialState).effects).toEqual([]);

    const { state, effects } = run([{ type: 'choose', index: 1 }], instant, choosing);
    expect(effects).toEqual([{ kind: 'choose', choice: pitch }]);
    expect(state.phase).toBe('answering');
    // A second choice before the reply arrives (a double click) is ignored.
    expect(run([{ type: 'choose', index: 0 }], instant, state).effects).toEqual([]);
  });

  it('ignores an index that is not on offer', () => {
    expect(run([{ type: 'choose', index: 7 }], instant, choosing).effects).toEqual([]);
  });

  it('the reply after a choice is revealed like any beat', () => {
    const answering = run([{ type: 'choose', index: 0 }], whole, choosing).state;
    const { state, effects } = run([{ type: 'beat', beat: opening }], whole, answering);
    expect(state.phase).toBe('revealing');
    expect(kinds(effects)).toEqual(['wait']);
  });

  it('steps and skips while the choices are on offer do nothing', () => {
    expect(run([{ type: 'step' }, { type: 'skip' }], instant, choosing)).toEqual({
      state: choosing,
      effects: [],
    });
  });
});

describe('the end', () => {
  it('waits for the session result when the last line is out before it arrives', () => {
    const closingState = run([{ type: 'beat', beat: closing }], instant).state;
    expect(closingState.phase).toBe('closing');
    const { state, effects } = run([{ type: 'ended' }], instant, closingState);
    expect(effects).toEqual([{ kind: 'end' }]);
    expect(state.phase).toBe('ended');
  });

  it('ends after the last line when the result came first', () => {
    const revealing = run([{ type: 'beat', beat: closing }, { type: 'ended' }], whole);
    expect(revealing.effects).toEqual([{ kind: 'wait', ms: 100 }]);
    const { effects, state } = run([{ type: 'timer' }], whole, revealing.state);
    expect(kinds(effects)).toEqual(['show', 'end']);
    expect(state.phase).toBe('ended');
  });
});

describe('keys', () => {
  const none: KeyFocus = { choice: -1, control: false, count: 3 };
  const onChoice = (choice: number): KeyFocus => ({ choice, control: false, count: 3 });
  const phases: Phase[] = ['idle', 'revealing', 'choosing', 'answering', 'closing', 'ended'];

  it('Enter and Space never take a choice unless a choice button has focus', () => {
    for (const phase of phases)
      for (const key of ['Enter', ' '])
        for (const repeat of [false, true]) {
          const intent = keyIntent(phase, key, repeat, none);
          expect(intent.kind, `${phase} ${JSON.stringify(key)}`).not.toBe('choose');
          // With the question focused, the press is handled here, so no button can receive it.
          if (phase === 'choosing') expect(intent.kind).toBe('nudge');
        }
  });

  it('while lines arrive, Enter and Space step and other keys skip; Tab and Escape keep their meaning', () => {
    expect(keyIntent('revealing', 'Enter', false, none).kind).toBe('step');
    expect(keyIntent('revealing', ' ', true, none).kind).toBe('step');
    expect(keyIntent('revealing', 'x', false, none).kind).toBe('skip');
    expect(keyIntent('revealing', '1', false, none).kind).toBe('skip');
    expect(keyIntent('revealing', 'Tab', false, none).kind).toBe('none');
    expect(keyIntent('revealing', 'Escape', false, none).kind).toBe('none');
  });

  it('a number key takes its choice, once, and only if it exists', () => {
    expect(keyIntent('choosing', '2', false, none)).toEqual({ kind: 'choose', position: 1 });
    expect(keyIntent('choosing', '2', true, none).kind).toBe('none');
    expect(keyIntent('choosing', '4', false, none).kind).toBe('none');
    expect(keyIntent('answering', '1', false, none).kind).toBe('none');
  });

  it('arrows move from the question into the choices, and around', () => {
    expect(keyIntent('choosing', 'ArrowDown', false, none)).toEqual({ kind: 'focus', position: 0 });
    expect(keyIntent('choosing', 'ArrowUp', false, none)).toEqual({ kind: 'focus', position: 2 });
    expect(keyIntent('choosing', 'ArrowDown', false, onChoice(2))).toEqual({
      kind: 'focus',
      position: 0,
    });
    expect(keyIntent('choosing', 'ArrowLeft', false, onChoice(0))).toEqual({
      kind: 'focus',
      position: 2,
    });
    expect(keyIntent('choosing', 'End', false, none)).toEqual({ kind: 'focus', position: 2 });
    expect(keyIntent('choosing', 'Home', false, onChoice(2))).toEqual({
      kind: 'focus',
      position: 0,
    });
  });

  it('Enter on a choice the player moved to is left to the button; held down, it is not', () => {
    expect(keyIntent('choosing', 'Enter', false, onChoice(1)).kind).toBe('none');
    expect(keyIntent('choosing', 'Enter', true, onChoice(1)).kind).toBe('nudge');
  });

  it('Enter on another control (the settings gear, Leave) keeps its meaning', () => {
    const control: KeyFocus = { choice: -1, control: true, count: 3 };
    expect(keyIntent('choosing', 'Enter', false, control).kind).toBe('none');
    expect(keyIntent('choosing', ' ', false, control).kind).toBe('none');
  });
});
