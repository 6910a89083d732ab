// @vitest-environment jsdom
/**
 * Sound wiring with a fake director: nothing before the first gesture, then lines, scored choices,
 * UI actions and the stage's venue reach the director, and the sound settings follow.
 */
import { describe, expect, it } from 'vitest';
import type { AudioDirector, AudioSettings } from '../../../src/audio/index.ts';
import { StageBridge } from '../../../src/game/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/progress/index.ts';
import type { StoryLine } from '../../../src/story/index.ts';
import {
  ambienceFor,
  audioSettingsFrom,
  bindUiSounds,
  createGameSound,
  soundForButton,
} from '../../../src/ui/audio.ts';

function fakeDirector(log: string[], initial: Partial<AudioSettings>): AudioDirector {
  let settings: AudioSettings = { master: 1, music: 1, sfx: 1, muted: false, ...initial };
  return {
    play: (s) => log.push(`play ${s}`),
    ui: (k) => log.push(`ui ${k}`),
    cue: (k) => log.push(`cue ${k}`),
    setAmbience: (v) => log.push(`ambience ${String(v)}`),
    setVolume: (c, v) => {
      settings = { ...settings, [c]: v };
      log.push(`volume ${c} ${v}`);
    },
    mute: (m) => log.push(`mute ${m}`),
    get settings() {
      return settings;
    },
    ready: () => Promise.resolve(true),
    dispose: () => log.push('dispose'),
  };
}

function line(patch: Partial<StoryLine>): StoryLine {
  return {
    text: 'Hello',
    speaker: null,
    mood: null,
    scene: null,
    sound: null,
    ending: null,
    ...patch,
  };
}

function setup(settings: Partial<Settings> = {}) {
  const log: string[] = [];
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const gestures = new EventTarget();
  const stage = new StageBridge();
  const created: Partial<AudioSettings>[] = [];
  const sound = createGameSound({
    settings: () => current,
    stage,
    gestures,
    createDirector: (initial) => {
      created.push(initial);
      return fakeDirector(log, initial);
    },
  });
  return {
    log,
    sound,
    stage,
    gestures,
    created,
    set: (patch: Partial<Settings>) => (current = { ...current, ...patch }),
  };
}

describe('createGameSound', () => {
  it('does nothing audible before the first gesture, then starts with the saved volume', () => {
    const { log, sound, stage, gestures, created } = setup({ volume: 0.4, muted: true });
    stage.enterScenario('demo', []);
    stage.showLine(line({ scene: 'cafe' }));
    sound.lineShown({ sound: 'door', scene: 'cafe' });
    sound.uiAction('hover');
    expect(sound.armed).toBe(false);
    expect(log).toEqual([]);
    gestures.dispatchEvent(new Event('keydown'));
    expect(sound.armed).toBe(true);
    expect(created).toEqual([{ master: 0.4, muted: true }]);
    // The ambience the stage asked for while waiting starts now; the dropped one-shots do not.
    expect(log).toEqual(['ambience cafe']);
  });

  it('plays line sounds, UI sounds, and coach cues only in coach mode', () => {
    const { log, sound, gestures, set } = setup({ coachMode: false });
    gestures.dispatchEvent(new Event('pointerdown'));
    log.length = 0;
    sound.lineShown({ sound: 'glasses', scene: null });
    sound.lineShown({ sound: null, scene: null });
    sound.uiAction('confirm');
    sound.choiceScored(2);
    expect(log).toEqual(['play glasses', 'ui confirm']);
    set({ coachMode: true });
    sound.choiceScored(2);
    sound.choiceScored(-1);
    sound.choiceScored(0);
    expect(log.slice(2)).toEqual(['cue positive', 'cue negative']);
  });

  it('follows the stage from the first line: ambience in a conversation, silence in the menus', () => {
    const { log, sound, stage, gestures } = setup();
    gestures.dispatchEvent(new Event('keydown'));
    stage.enterScenario('demo', []);
    // The default venue is not the story's: nothing plays until the first line names the room.
    expect(log).toEqual(['ambience null']);
    stage.showLine(line({ scene: 'office' }));
    sound.lineShown({ sound: null, scene: 'office' });
    stage.showLine(line({ scene: 'cafe' }));
    sound.lineShown({ sound: null, scene: 'cafe' });
    stage.setMode('menu');
    expect(log).toEqual(['ambience null', 'ambience office', 'ambience cafe', 'ambience null']);
    // A new conversation waits for its first line again.
    stage.enterScenario('demo', []);
    expect(log).toHaveLength(4);
  });

  it('applies volume and mute changes once armed', () => {
    const { log, sound, gestures } = setup();
    sound.applySettings({ ...DEFAULT_SETTINGS, volume: 0.2 });
    expect(log).toEqual([]);
    gestures.dispatchEvent(new Event('keydown'));
    log.length = 0;
    sound.applySettings({ ...DEFAULT_SETTINGS, volume: 0.2, muted: true });
    expect(log).toEqual(['volume master 0.2', 'mute true']);
  });

  it('keeps quiet after dispose', () => {
    const { log, sound, gestures } = setup();
    sound.dispose();
    gestures.dispatchEvent(new Event('keydown'));
    sound.uiAction('hover');
    expect(sound.armed).toBe(false);
    expect(log).toEqual([]);
  });
});

describe('helpers', () => {
  it('maps settings to the director and the stage to an ambience', () => {
    expect(audioSettingsFrom({ ...DEFAULT_SETTINGS, volume: 0.3, muted: true })).toEqual({
      master: 0.3,
      muted: true,
    });
    const stage = new StageBridge();
    expect(ambienceFor(stage.state)).toBeNull();
    stage.enterScenario('x', []);
    expect(ambienceFor(stage.state)).toBe('reception');
  });

  it('gives buttons their sounds: focus ticks, choices select, leaving goes back', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<button class="choice">A</button><button class="leave">Leave</button><button>OK</button>';
    const kinds: string[] = [];
    const off = bindUiSounds(root, {
      lineShown: () => undefined,
      choiceScored: () => undefined,
      uiAction: (k) => kinds.push(k),
      applySettings: () => undefined,
      armed: true,
      dispose: () => undefined,
    });
    const [choice, leave, ok] = [...root.querySelectorAll('button')];
    choice!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    choice!.click();
    leave!.click();
    ok!.click();
    expect(kinds).toEqual(['hover', 'select', 'back', 'confirm']);
    expect(soundForButton(ok!)).toBe('confirm');
    off();
    ok!.click();
    expect(kinds).toHaveLength(4);
  });
});
