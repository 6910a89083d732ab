import { Compiler } from 'inkjs/full';
import { describe, expect, it, vi } from 'vitest';
import { compileInk } from '../../../src/story/compile.ts';
import { StoryRunner, StoryRuntimeError } from '../../../src/story/index.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

function compile(source: string): string {
  return compileInk('t.ink', { resolve: (n) => n, read: () => source }).json;
}

const story = compile(
  [
    '# title: Test',
    '# cast: marc \\| Marc V \\| seller',
    'VAR mem_name = ""',
    '{mem_name == "":Hello.|Hello, {mem_name}.} # speaker: marc # mood: pleased',
    '* [Ask about him # tip2 +2 # why: Curiosity.] You ask. # speaker: you',
    '  -> done',
    '* [Pitch # tip1 -1 # why: Too soon.]',
    '  ~ mem_name = "pitched"',
    '  -> done',
    '=== done ===',
    'Bye. # ending: done',
    '-> END',
  ].join('\n'),
);

describe('StoryRunner', () => {
  it('reads the header and drops it from the first line', () => {
    const runner = new StoryRunner(story);
    expect(runner.meta.title).toBe('Test');
    const beat = runner.continue();
    expect(beat.lines).toEqual([
      { text: 'Hello.', speaker: 'marc', mood: 'pleased', scene: null, sound: null, ending: null },
    ]);
    expect(beat.choices.map((c) => [c.index, c.text, c.effects, c.why])).toEqual([
      [0, 'Ask about him', { 2: 2 }, 'Curiosity.'],
      [1, 'Pitch', { 1: -1 }, 'Too soon.'],
    ]);
  });

  it('plays to the end, keeps the path and hands variables both ways', () => {
    const runner = new StoryRunner(story, { mem_name: 'Els', unknown_var: 3 });
    expect(runner.continue().lines[0]?.text).toBe('Hello, Els.');
    runner.choose(1);
    const end = runner.continue();
    expect(end.ended).toBe(true);
    expect(end.lines.at(-1)).toMatchObject({ text: 'Bye.', ending: 'done' });
    expect(runner.path).toEqual([1]);
    expect(runner.variable('mem_name')).toBe('pitched');
    expect(runner.variable('nope')).toBeNull();
  });

  it('refuses a choice that is not on offer', () => {
    const runner = new StoryRunner(story);
    runner.continue();
    expect(() => runner.choose(5)).toThrow(StoryRuntimeError);
  });

  it('turns a bad tag met at run time into a StoryRuntimeError', () => {
    // Built with the bare compiler: our own lint rejects dynamic tags before they can get this far.
    const bad = new Compiler('# title: B\n~ temp t = "angry"\nThere. # mood: {t}\n-> END\n')
      .Compile()
      .ToJson();
    if (bad === undefined) throw new Error('no JSON');
    const runner = new StoryRunner(bad);
    expect(() => runner.continue()).toThrow(/unknown mood "angry"/);
  });

  it('turns an ink runtime error into a StoryRuntimeError', () => {
    const broken = compile('# title: B\nEXTERNAL lookUp()\nHi {lookUp()}.\n-> END\n');
    expect(() => new StoryRunner(broken).continue()).toThrow(StoryRuntimeError);
  });

  it('rejects JSON that is not a story', () => {
    expect(() => new StoryRunner('{"hello": 1}')).toThrow(StoryRuntimeError);
  });
});
