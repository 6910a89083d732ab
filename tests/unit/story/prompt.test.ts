/**
 * "When you heard": the line a choice answers (issue 17 item 9), by rule and on the real story where
 * the debrief quoted the wrong line (secretary-call: Nadia's request, not Katrien at the glass wall).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../../scripts/ink/scenario.ts';
import { GameSession } from '../../../src/game/index.ts';
import { answeredLine, type StoryLine } from '../../../src/story/index.ts';

const line = (text: string, speaker: string | null): StoryLine => ({
  text,
  speaker,
  mood: null,
  scene: null,
  sound: null,
  ending: null,
});

describe('answeredLine', () => {
  const ask = line('Would Tuesday at ten suit you?', 'nadia');
  const think = line('You try to place him.', null);
  const glass = line('Through the glass wall you see Katrien.', null);

  it('is the question someone asked, even with narration after it', () => {
    expect(answeredLine([line('The phone rings.', null), ask, think, glass])).toBe(ask);
  });

  it('is the last line when nobody asked anything', () => {
    const said = line('Wonderful. I will send an invitation.', 'nadia');
    const after = line('You look at the card for a long moment.', null);
    expect(answeredLine([line('Tuesday, fine.', 'you'), said, after])).toBe(after);
  });

  it('ignores a question from before the player last spoke', () => {
    const reply = line('Tuesday, fine.', 'you');
    expect(answeredLine([ask, reply, think])).toBe(think);
  });

  it('is the question when it is the last line, and nothing for no lines', () => {
    expect(answeredLine([think, ask])).toBe(ask);
    expect(answeredLine([])).toBeNull();
  });
});

describe('the real secretary-call', () => {
  it('quotes Nadia’s request at the phone call, not Katrien at the glass wall', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const { scenario } = buildScenario(
      resolve(root, 'stories/en/secretary-call.ink'),
      resolve(root, 'stories'),
    );
    const session = new GameSession(scenario, { load: () => ({}), save: () => undefined });
    session.start();
    // Take options that reach the call with Katrien calling your stack (any that mention calls), else
    // the first; stop at the call itself.
    for (let guard = 0; guard < 40; guard++) {
      const beat = session.beat;
      if (!beat || beat.ended) throw new Error('the call never came');
      const yes = beat.choices.find((c) => c.text.startsWith('Say yes to Tuesday'));
      if (yes) {
        session.choose(yes.index);
        break;
      }
      const calls = beat.choices.find((c) => /call/i.test(c.text));
      session.choose((calls ?? beat.choices[0])?.index ?? 0);
    }
    const moment = session.moments.at(-1);
    expect(moment?.chosen.text).toMatch(/^Say yes to Tuesday/);
    expect(moment?.prompt).toContain('Would next Tuesday at ten suit you?');
  }, 60_000);
});
