import { describe, expect, it } from 'vitest';
import { lintInkSource } from '../../../src/story/lint.ts';

const header = '# title: Test\n# cast: marc \\| Marc V \\| seller\n';

function lint(body: string, options = {}) {
  return lintInkSource('t.ink', header + body, options).diagnostics;
}

describe('lintInkSource', () => {
  it('passes a well-tagged story', () => {
    const src = [
      'Hello. # speaker: marc # mood: pleased',
      '* [Ask about him # tip2 +2 # why: Curiosity.] You ask. # speaker: you',
      '* [Pitch # tip1 -1 # why: Too soon.]',
      '- Done.',
      '-> END',
    ].join('\n');
    expect(lint(src)).toEqual([]);
  });

  it('names the line of a malformed tip effect', () => {
    const d = lint('Hi.\n* [Ask # tip2 2 # why: x]\n-> END\n');
    expect(d).toEqual([expect.objectContaining({ file: 't.ink', line: 4, severity: 'error' })]);
    expect(d[0]?.message).toMatch(/malformed tip effect "tip2 2"/);
  });

  it('reports a tip tag written after the brackets', () => {
    const d = lint('* [Ask] # tip2 +2\n-> END\n');
    expect(d[0]).toMatchObject({ line: 3, severity: 'error' });
    expect(d[0]?.message).toMatch(/inside the choice brackets/);
  });

  it('reports tags on a choice without brackets', () => {
    const d = lint('* Ask her # tip2 +2\n-> END\n');
    expect(d[0]?.message).toMatch(/without brackets/);
  });

  it('reports the same tip twice on one choice', () => {
    expect(lint('* [A # tip1 +1 # tip1 +2 # why: x]\n-> END')[0]?.message).toMatch(/twice/);
  });

  it('warns about a scored choice without a why', () => {
    expect(lint('* [A # tip1 +1]\n-> END')).toEqual([
      expect.objectContaining({ line: 3, severity: 'warning' }),
    ]);
  });

  it('reports a speaker missing from the cast', () => {
    expect(lint('Hi. # speaker: anna\n-> END')[0]?.message).toMatch(
      /speaker "anna" is not in the cast/,
    );
  });

  it('holds the people named by leave: and a named mood to the cast, and via: to a speaker', () => {
    expect(lint('Off. # leave: anna\n-> END')[0]?.message).toMatch(
      /"leave:" names "anna", who is not in the cast/,
    );
    expect(lint('Hm. # mood: anna uneasy\n-> END')[0]?.message).toMatch(
      /"mood:" names "anna", who is not in the cast/,
    );
    expect(lint('Ring. # via: phone\n-> END')[0]?.message).toMatch(/add "# speaker: id"/);
    expect(
      lint('Hello? # speaker: marc # via: phone\nOff. # leave: marc # mood: marc pleased\n-> END'),
    ).toEqual([]);
  });

  it('ignores hashes in comments and escaped hashes', () => {
    expect(lint('// a comment # tip9\nPrice \\# 1. /* # nope */\n-> END')).toEqual([]);
  });

  it('checks scene and sound ids when it knows them', () => {
    const d = lint('Hi. # scene: garden # sound: bell\n-> END', {
      knownScenes: new Set(['reception']),
      knownSounds: new Set(['glasses']),
    });
    expect(d.map((x) => x.message)).toEqual([
      'unknown scene "garden": no venue with that id exists',
      'unknown sound "bell": no sound with that id exists',
    ]);
  });

  it('asks for a title for every ending, once a story declares any', () => {
    const d = lint('# ending: done \\| Done\nBye. # ending: gone\n-> END');
    expect(d.map((x) => [x.line, x.severity])).toEqual([
      [4, 'error'],
      [3, 'warning'],
    ]);
    expect(d[0]?.message).toMatch(/ending "gone" has no title/);
    expect(d[1]?.message).toMatch(/"done" is declared but no line ends with it/);
    const bare = lintInkSource('t.ink', '# title: T\nBye. # ending: gone\n-> END').diagnostics;
    expect(bare).toEqual([expect.objectContaining({ line: 2, severity: 'warning' })]);
  });

  it('reports a bad global tag on its own line', () => {
    const d = lintInkSource('t.ink', '# title: x\n# main: tip9\nHi.\n').diagnostics;
    expect(d[0]).toMatchObject({ line: 2, severity: 'error' });
  });
});
