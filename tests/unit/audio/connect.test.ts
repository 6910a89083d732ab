/** connectAudio: game events become sound, and the rules never call the director themselves. */
import { describe, expect, it } from 'vitest';
import { TypedEmitter } from '../../../src/events/index.ts';
import {
  connectAudio,
  type AudioDirector,
  type AudioEventMap,
  type AudioEventSource,
} from '../../../src/audio/index.ts';

function recorder(): { director: AudioDirector; log: string[] } {
  const log: string[] = [];
  const director: AudioDirector = {
    play: (s) => log.push(`play ${s}`),
    ui: (k) => log.push(`ui ${k}`),
    cue: (k) => log.push(`cue ${k}`),
    setAmbience: (v) => log.push(`ambience ${String(v)}`),
    setVolume: () => undefined,
    mute: () => undefined,
    settings: { master: 1, music: 1, sfx: 1, muted: false },
    ready: () => Promise.resolve(true),
    dispose: () => undefined,
  };
  return { director, log };
}

describe('connectAudio', () => {
  it('follows lines, scored choices and UI actions, and unsubscribes', () => {
    const events = new TypedEmitter<AudioEventMap>();
    const { director, log } = recorder();
    let coach = true;
    const off = connectAudio(director, events, { cues: () => coach });
    events.emit('lineShown', { sound: null, scene: 'reception' });
    events.emit('lineShown', { sound: 'glasses', scene: null });
    events.emit('lineShown', { sound: null, scene: null });
    events.emit('choiceScored', { net: 2 });
    events.emit('choiceScored', { net: -1 });
    events.emit('choiceScored', { net: 0 });
    coach = false;
    events.emit('choiceScored', { net: 3 });
    events.emit('uiAction', { kind: 'hover' });
    off();
    events.emit('uiAction', { kind: 'back' });
    expect(log).toEqual([
      'ambience reception',
      'play glasses',
      'cue positive',
      'cue negative',
      'ui hover',
    ]);
    expect(events.listenerCount('lineShown')).toBe(0);
  });

  it('accepts a game emitter that carries other events too', () => {
    interface GameEvents extends AudioEventMap {
      beat: { readonly lines: number };
    }
    const events = new TypedEmitter<GameEvents>();
    const source: AudioEventSource = events;
    const { director, log } = recorder();
    connectAudio(director, source);
    events.emit('beat', { lines: 3 });
    events.emit('lineShown', { sound: 'door', scene: 'office' });
    expect(log).toEqual(['ambience office', 'play door']);
  });
});
