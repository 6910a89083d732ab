/**
 * A Studio play-test from a chosen scene with a chosen starting memory: the story starts at that knot,
 * reads the memory the author gave, and a replay from a saved place starts there too (its path fits).
 */
import { describe, expect, it } from 'vitest';
import { PlayTest } from '../../../src/ui/play-test.ts';
import type { Beat } from '../../../src/story/index.ts';
import { scenarioFrom } from '../game/fixtures.ts';

const KNOTS = `
# title: Knots
# summary: Two rooms.
# main: tip2
# ending: done \\| Done

VAR mem_name = ""
VAR mem_met = false

At the door. # speaker: you
-> hall

=== hall ===
In the hall. # speaker: you
* [Go to the bar # tip2 +1 # why: Meet people.]
  -> bar
* [Leave # tip2 -1 # why: Nobody met.]
  You leave. # ending: done
  -> END

=== bar ===
{ mem_met: Ann remembers you, {mem_name}. | Ann does not know you. } # speaker: ann
* [Say hello # tip2 +1 # why: Friendly.]
  Hello. # ending: done
  -> END
* [Say nothing # tip2 -1 # why: Cold.]
  Silence. # ending: done
  -> END
`;

async function firstBeat(test: PlayTest, ...args: Parameters<PlayTest['start']>): Promise<Beat> {
  const { info, plays } = test.start(...args);
  const opened = await plays.open({ scenario: info });
  if (!opened.ok) throw new Error(opened.detail);
  const beats: Beat[] = [];
  opened.play.session.events.on('beat', (b) => beats.push(b));
  opened.play.session.start();
  const beat = beats[0];
  if (!beat) throw new Error('no beat');
  return beat;
}

describe('a play-test', () => {
  const scenario = scenarioFrom(KNOTS);

  it('starts at the top with the story’s own memory by default', async () => {
    const beat = await firstBeat(new PlayTest(), scenario);
    expect(beat.lines.map((l) => l.text)).toEqual(['At the door.', 'In the hall.']);
  });

  it('starts at a chosen scene with the memory the author gave', async () => {
    const beat = await firstBeat(
      new PlayTest(),
      { ...scenario, startAt: 'bar' },
      {
        mem_met: true,
        mem_name: 'Robin',
      },
    );
    expect(beat.lines.map((l) => l.text)).toEqual(['Ann remembers you, Robin.']);
    const plain = await firstBeat(new PlayTest(), { ...scenario, startAt: 'bar' });
    expect(plain.lines.map((l) => l.text)).toEqual(['Ann does not know you.']);
  });

  it('replays a saved place from the scene it started at', async () => {
    const test = new PlayTest();
    const { info, plays } = test.start({ ...scenario, startAt: 'bar' }, { mem_met: true });
    const resumed = await plays.open({
      scenario: info,
      resume: { scenario: info.id, lang: info.lang, version: info.version, memory: {}, path: [0] },
    });
    if (!resumed.ok) throw new Error(resumed.detail);
    // From the bar, the first option ends the story; from the top it would only reach the bar.
    resumed.play.session.start();
    expect(resumed.play.session.beat?.ended).toBe(true);
    expect(resumed.play.session.beat?.lines.map((l) => l.text)).toContain('Hello.');
  });
});
