/**
 * How long each real story's opening takes to reach its first choice at the default text speed, by
 * running the conversation's own state machine over the first beat and adding up the pauses and the
 * typing it asks for (no clock involved). Issue 17 measured 19 s and 32 s before the change; a player
 * who does not know that a key shows the rest should still be choosing within a few seconds.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../scripts/ink/scenario.ts';
import { listStoryFiles } from '../../scripts/vite-plugin-ink.ts';
import { DEFAULT_SETTINGS } from '../../src/progress/index.ts';
import { StoryRunner } from '../../src/story/index.ts';
import {
  initialState,
  PAUSE_AFTER_TYPED,
  pauseAfter,
  reduce,
  typesOut,
  typingTime,
  type ConversationEvent,
  type Pace,
} from '../../src/ui/conversation-state.ts';
import { typewriterDuration } from '../../src/ui/screens/settings.ts';

const root = resolve(import.meta.dirname, '../..');
const files = listStoryFiles(resolve(root, 'stories'));

/** The pace the screen uses, at the default settings. */
const pace: Pace = {
  instant: false,
  typeMs: (line) => {
    const speed = DEFAULT_SETTINGS.textSpeed;
    return typesOut(line) ? typingTime(typewriterDuration(line.text, speed), speed) : 0;
  },
  pauseMs: (last, typed) => (typed ? PAUSE_AFTER_TYPED : pauseAfter(last)),
};

/** Milliseconds from the first beat to its choices, when the player presses nothing. */
function timeToFirstChoice(json: string): number {
  const beat = new StoryRunner(json, {}).continue();
  let state = initialState;
  let elapsed = 0;
  const inbox: ConversationEvent[] = [{ type: 'beat', beat }];
  for (let event = inbox.shift(); event; event = inbox.shift()) {
    const step = reduce(state, event, pace);
    state = step.state;
    for (const effect of step.effects) {
      if (effect.kind === 'wait') {
        elapsed += effect.ms;
        inbox.push({ type: 'timer' });
      } else if (effect.kind === 'show' && effect.animate) {
        elapsed += pace.typeMs(effect.line);
        inbox.push({ type: 'typed' });
      } else if (effect.kind === 'offer') return elapsed;
    }
  }
  throw new Error('the first beat offered no choice');
}

describe('the pace of the openings', () => {
  it.each(files.map((f) => [f.replace(`${root}/`, ''), f]))(
    '%s reaches its first choice within 10 s at the default speed',
    (_name, file) => {
      const { scenario } = buildScenario(file, resolve(root, 'stories'));
      const ms = timeToFirstChoice(scenario.json);
      expect(ms).toBeGreaterThan(0);
      console.log(`${_name}: ${(ms / 1000).toFixed(1)} s to the first choice`);
      expect(ms).toBeLessThanOrEqual(10_000);
    },
    // Each story is compiled and analysed first (buildScenario): seconds alone, over 60 s at load 20+.
    300_000,
  );
});
