/** Renaming a Studio file rewrites the INCLUDE lines that name it, and nothing else. */
import { describe, expect, it } from 'vitest';
import { includeRenames, type TextChange } from '../../../src/studio/includes.ts';

/** Applies changes (as CodeMirror does: positions in the original text), last first. */
const apply = (text: string, changes: readonly TextChange[]) =>
  [...changes]
    .sort((a, b) => b.from - a.from)
    .reduce((t, c) => t.slice(0, c.from) + c.insert + t.slice(c.to), text);

describe('includeRenames', () => {
  it('renames the name on every INCLUDE line that names the file, keeping spaces and comments', () => {
    const text = [
      '# title: T',
      'INCLUDE people.ink',
      '  INCLUDE   people.ink   // the cast',
      'INCLUDE endings.ink',
      'Talk about people.ink here. # speaker: sam',
      '// INCLUDE people.ink (a note, not a line of ink)',
      'INCLUDE people.inkk',
      '',
    ].join('\r\n');
    const out = apply(text, includeRenames(text, 'people.ink', 'cast.ink'));
    expect(out.split('\r\n')).toEqual([
      '# title: T',
      'INCLUDE cast.ink',
      '  INCLUDE   cast.ink   // the cast',
      'INCLUDE endings.ink',
      'Talk about people.ink here. # speaker: sam',
      '// INCLUDE people.ink (a note, not a line of ink)',
      'INCLUDE people.inkk',
      '',
    ]);
  });

  it('changes nothing when no line includes the file', () => {
    expect(includeRenames('INCLUDE a.ink\nHello.', 'b.ink', 'c.ink')).toEqual([]);
    expect(includeRenames('', 'b.ink', 'c.ink')).toEqual([]);
  });
});
