import { describe, expect, it } from 'vitest';
import { StageBridge, type StageState } from '../../../src/game/index.ts';
import type { StoryLine } from '../../../src/story/index.ts';

const line = (patch: Partial<StoryLine>): StoryLine => ({
  text: 'x',
  speaker: null,
  mood: null,
  scene: null,
  sound: null,
  ending: null,
  ...patch,
});

const cast = [
  { id: 'marc', name: 'Marc V', role: 'seller' },
  { id: 'ines', name: 'Ines C', role: 'HR' },
];

describe('StageBridge', () => {
  it('follows speakers, moods and venues line by line', () => {
    const bridge = new StageBridge();
    const seen: StageState[] = [];
    bridge.events.on('change', (s) => seen.push(s));
    bridge.enterScenario('test', cast);
    bridge.showLine(line({ scene: 'cafe' }));
    bridge.showLine(line({ speaker: 'marc', mood: 'annoyed' }));
    bridge.showLine(line({ speaker: 'you' }));
    expect(bridge.state).toMatchObject({
      mode: 'conversation',
      venue: 'cafe',
      speaker: 'you',
      moods: { marc: 'annoyed' },
    });
    expect(seen).toHaveLength(4);
    bridge.quiet();
    expect(bridge.state.speaker).toBeNull();
  });

  it('brings people into the scene when they first speak, keeping the cast order', () => {
    const bridge = new StageBridge();
    bridge.enterScenario('test', cast);
    expect(bridge.state.present).toEqual([]);
    bridge.showLine(line({ speaker: 'ines' }));
    bridge.showLine(line({ speaker: 'you' }));
    bridge.showLine(line({ speaker: 'stranger' }));
    expect(bridge.state.present).toEqual(['ines']);
    bridge.showLine(line({ speaker: 'marc' }));
    expect(bridge.state.present).toEqual(['marc', 'ines']);
    bridge.enterScenario('test', cast);
    expect(bridge.state.present).toEqual([]);
  });

  it('emits nothing when nothing changed', () => {
    const bridge = new StageBridge();
    let count = 0;
    bridge.events.on('change', () => count++);
    bridge.setPanel('none', 0);
    bridge.setMode('menu');
    expect(count).toBe(0);
    bridge.setPanel('side', 1.7);
    expect(bridge.state.panelShare).toBe(1);
    expect(count).toBe(1);
  });

  it('forgets the cast when back at the menu, and starts each scenario at the reception', () => {
    const bridge = new StageBridge();
    bridge.enterScenario('test', cast);
    bridge.showLine(line({ scene: 'office', speaker: 'marc', mood: 'pleased' }));
    bridge.setMode('menu');
    expect(bridge.state).toMatchObject({ cast: [], moods: {}, speaker: null });
    bridge.enterScenario('test', cast);
    expect(bridge.state.venue).toBe('reception');
  });

  // Issue 17, item 10: presence and moods follow the story.
  it('does not draw a caller or a message writer, and takes people out when they leave', () => {
    const bridge = new StageBridge();
    bridge.enterScenario('test', cast);
    bridge.showLine(line({ speaker: 'marc', mood: 'pleased' }));
    bridge.showLine(line({ speaker: 'ines', mood: 'neutral', via: 'phone' }));
    // Heard, not seen: Ines is not in the room and nobody drawn takes the floor; her mood is kept.
    expect(bridge.state).toMatchObject({ present: ['marc'], speaker: null });
    expect(bridge.state.moods.ines).toBe('neutral');
    bridge.showLine(line({ leaves: ['marc'] }));
    expect(bridge.state.present).toEqual([]);
    // Someone who left comes back by speaking in person.
    bridge.showLine(line({ speaker: 'ines' }));
    bridge.showLine(line({ speaker: 'marc' }));
    expect(bridge.state.present).toEqual(['marc', 'ines']);
    // A person in the room who then writes or calls is no longer drawn.
    bridge.showLine(line({ speaker: 'ines', via: 'message' }));
    expect(bridge.state.present).toEqual(['marc']);
  });

  it("sets one person's mood on any line, and the room's mood on a narration line", () => {
    const bridge = new StageBridge();
    bridge.enterScenario('test', cast);
    bridge.showLine(line({ speaker: 'marc', mood: 'pleased' }));
    bridge.showLine(line({ speaker: 'ines', mood: 'pleased' }));
    bridge.showLine(line({ feeling: { person: 'ines', mood: 'uneasy' } }));
    expect(bridge.state.moods).toEqual({ marc: 'pleased', ines: 'uneasy' });
    expect(bridge.state.present).toEqual(['marc', 'ines']);
    // A bleak ending: nobody present keeps smiling.
    bridge.showLine(line({ mood: 'annoyed', ending: 'bleak' }));
    expect(bridge.state.moods).toEqual({ marc: 'annoyed', ines: 'annoyed' });
  });
});

describe('StageBridge.starting: the dialogue first', () => {
  it('is set from a scenario start until its first choice, its end, or another screen', () => {
    const bridge = new StageBridge();
    expect(bridge.state.starting).toBe(false);
    bridge.enterScenario('test', cast);
    expect(bridge.state.starting).toBe(true);
    bridge.showLine(line({ speaker: 'marc' }));
    expect(bridge.state.starting).toBe(true);
    bridge.choicesShown();
    expect(bridge.state.starting).toBe(false);
    // Later lines of the same conversation are no start.
    bridge.showLine(line({ speaker: 'ines' }));
    expect(bridge.state.starting).toBe(false);

    bridge.enterScenario('test', cast);
    bridge.quiet();
    expect(bridge.state.starting).toBe(false);
    bridge.enterScenario('test', cast);
    bridge.setMode('debrief');
    expect(bridge.state.starting).toBe(false);
    bridge.enterScenario('test', cast);
    bridge.setMode('menu');
    expect(bridge.state.starting).toBe(false);
  });
});
