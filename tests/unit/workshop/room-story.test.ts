/**
 * The story as a room plays it, over the real hard-seller in both languages: choice point ids that are
 * the same in every play and both languages (a phone shows the choice in its own words only when its
 * copy lands on the same id), a projector that reloads comes back to the same line by replaying the
 * room's position, and a jump to a scene starts that scene.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '../../../scripts/ink/scenario.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { RoomStory } from '../../../src/workshop/room-story.ts';

const root = resolve(import.meta.dirname, '../../..');
let en: CompiledScenario;
let nl: CompiledScenario;

beforeAll(() => {
  en = buildScenario(resolve(root, 'stories/en/hard-seller.ink'), root).scenario;
  nl = buildScenario(resolve(root, 'stories/nl/hard-seller.ink'), root).scenario;
}, 120_000);

describe('RoomStory', { timeout: 60_000 }, () => {
  it('names each choice point the same way in both languages, with the step first', () => {
    const a = new RoomStory(en);
    const b = new RoomStory(nl);
    a.start();
    b.start();
    for (let step = 0; step < 4 && a.point(); step++) {
      const pa = a.point();
      const pb = b.point();
      expect(pa?.id).toMatch(/^\d+@[a-z_]+/);
      expect(pb?.id).toBe(pa?.id);
      expect(pb?.options.map((o) => o.index)).toEqual(pa?.options.map((o) => o.index));
      expect(pb?.options[0]?.text).not.toBe(pa?.options[0]?.text);
      const last = (pa?.options.length ?? 1) - 1;
      a.choose(last);
      b.choose(last);
    }
  });

  it('comes back to the same line and choice point from the room position', () => {
    const live = new RoomStory(en);
    live.start();
    live.choose(1);
    live.choose(0);
    const here = live.point();
    const again = new RoomStory(en);
    again.start({ from: null, path: [1, 0] }, 0);
    expect(again.point()).toEqual(here);
    expect(again.transcript.at(-1)).toEqual(live.transcript.at(-1));
  });

  it('jumps to a scene and keeps counting steps after a jump', () => {
    const s = new RoomStory(en);
    s.start();
    expect(s.scenes()).toContain('kurt_arrives');
    expect(s.scenes()).not.toContain('global decl');
    s.choose(0);
    s.jump('kurt_arrives');
    const point = s.point();
    expect(point?.id.startsWith('2@kurt_arrives')).toBe(true);
    const replayed = new RoomStory(en);
    replayed.start({ from: 'kurt_arrives', path: [] }, 1);
    expect(replayed.point()?.id).toBe(point?.id);
    expect(() => s.jump('nowhere')).toThrow(/no scene/);
  });

  it("carries the story's discuss: prompt to every choice point, in both languages", () => {
    for (const scenario of [en, nl]) {
      const s = new RoomStory(scenario);
      s.start();
      const prompts: string[] = [];
      for (let guard = 0; guard < 60 && !s.ended; guard++) {
        const point = s.point();
        expect(point?.discuss ?? '').not.toBe('');
        prompts.push(point?.discuss ?? '');
        s.choose(point?.options.at(-1)?.index ?? 0);
      }
      expect(prompts.length).toBeGreaterThanOrEqual(3);
    }
    const first = new RoomStory(en);
    first.start();
    expect(first.point()?.discuss).toBe(
      'Bart wants three leads. What is the first hour of a reception for?',
    );
  });

  it('plays to an ending and reports it', () => {
    const s = new RoomStory(en);
    s.start();
    for (let guard = 0; guard < 60 && !s.ended; guard++)
      s.choose(s.point()?.options[0]?.index ?? 0);
    expect(s.ended).toBe(true);
    expect(s.point()).toBeNull();
    expect(s.ending).not.toBeNull();
  });
});
