/**
 * The `timeout` choice tag (issue 15, time pressure): the story says which choice is taken when time
 * runs out, at most one per choice point; the lint names the file and line of a second one, and the
 * runner refuses a choice point that offers two.
 */
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/story/compile.ts';
import { lintInkSource } from '../../../src/story/lint.ts';
import {
  parseChoiceTags,
  parseLineTags,
  StoryRunner,
  StoryRuntimeError,
  timeoutChoice,
} from '../../../src/story/index.ts';

const header = '# title: Test\n# cast: marc \\| Marc V \\| seller\n';
/** Lines of the header: a body's first line is line 3. */
const lint = (body: string) => lintInkSource('t.ink', header + body).diagnostics;
const errors = (body: string) => lint(body).filter((d) => d.severity === 'error');

describe('the timeout tag', () => {
  it('marks a choice, and only inside the brackets', () => {
    expect(parseChoiceTags(['timeout', 'tip2 +1']).timeout).toBe(true);
    expect(parseChoiceTags(['tip2 +1'])).not.toHaveProperty('timeout');
    expect(() => parseChoiceTags(['timeout', 'timeout'])).toThrow(/two "timeout"/);
    expect(() => parseLineTags(['timeout'])).toThrow(/on a line, not a choice/);
  });

  it('is accepted once per choice point, at any depth', () => {
    const src = [
      'Hi.',
      '* [Say nothing # timeout]',
      '  * * [Nod # timeout]',
      '  * * [Speak]',
      '  - - Then.',
      '* [Speak]',
      '- Later.',
      '* [Wait # timeout]',
      '* [Go]',
      '- -> END',
    ].join('\n');
    expect(errors(src)).toEqual([]);
  });

  it('names the file and line of a second timeout choice at one choice point', () => {
    const src = ['Hi.', '* [Say nothing # timeout]', '* [Speak]', '* [Wait # timeout]', '- -> END'];
    const found = errors(src.join('\n'));
    expect(found.map((d) => [d.file, d.line])).toEqual([['t.ink', 6]]);
    expect(found[0]?.message).toMatch(/second "timeout" choice .*line 4/);
  });

  it('starts a new choice point after a gather, a knot or a stitch', () => {
    const knots = [
      '-> a',
      '=== a ===',
      '* [Wait # timeout] -> b',
      '* [Go] -> b',
      '=== b ===',
      '* [Wait # timeout] -> c',
      '* [Go] -> c',
      '= c',
      '* [Wait # timeout]',
      '- -> END',
    ];
    expect(errors(knots.join('\n'))).toEqual([]);
  });

  it('is reported on a line, not a choice', () => {
    expect(errors('Hi. # timeout\n-> END')[0]?.message).toMatch(/inside the choice brackets/);
  });
});

describe('a timed choice point at run time', () => {
  const compile = (source: string) =>
    compileInk('t.ink', { resolve: (n) => n, read: () => source }).json;

  it('knows which offered choice time running out takes', () => {
    const runner = new StoryRunner(
      compile('# title: T\nHi.\n* [Speak]\n* [Say nothing # timeout]\n- -> END\n'),
    );
    const beat = runner.continue();
    expect(beat.choices.map((c) => c.timeout ?? false)).toEqual([false, true]);
    expect(timeoutChoice(beat.choices)?.text).toBe('Say nothing');
  });

  it('is not timed without a timeout choice', () => {
    const runner = new StoryRunner(compile('# title: T\nHi.\n* [Speak]\n* [Go]\n- -> END\n'));
    expect(timeoutChoice(runner.continue().choices)).toBeNull();
  });

  it('refuses a choice point that offers two timeout choices', () => {
    // Built with the bare compiler: our own lint rejects the second timeout before it gets this far.
    const json = new Compiler('# title: T\nHi.\n* [A # timeout]\n* [B # timeout]\n- -> END\n')
      .Compile()
      .ToJson();
    const runner = new StoryRunner(json ?? '');
    expect(() => runner.continue()).toThrow(StoryRuntimeError);
  });
});
