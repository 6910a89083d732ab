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
});
