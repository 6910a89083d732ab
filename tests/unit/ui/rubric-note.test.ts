// @vitest-environment jsdom
/**
 * The debrief's rubric note for one choice (src/ui/trust-view.ts): the act's name and line, and, when
 * the story tags a modifier (`asked: yes`, `timing: late`, `effort: token`), the modifier's own words
 * in place of an act line it has made untrue ("a pitch never gains a tip" next to a pitch that was
 * asked for and gained three).
 */
import { describe, expect, it } from 'vitest';
import { rubricEn } from '../../../src/i18n/rubric-en.ts';
import { rubricNl } from '../../../src/i18n/rubric-nl.ts';
import type { ScoredOption } from '../../../src/scoring/index.ts';
import { rubricNote } from '../../../src/ui/trust-view.ts';

const pitch: ScoredOption = {
  text: 'Answer her plainly',
  effects: { 1: 1, 5: 1 },
  why: null,
  act: 'pitch',
};

describe('the rubric note', () => {
  it('names the act and gives its line when no modifier is tagged', () => {
    const note = rubricNote('en', pitch);
    expect(note?.dataset.act).toBe('pitch');
    expect(note?.querySelector('strong')?.textContent).toBe(rubricEn.acts.pitch?.name);
    expect(note?.textContent).toContain(rubricEn.acts.pitch?.line);
  });

  it('names a pitch that was asked for as such, with the modifier line instead of the act line', () => {
    for (const [lang, words] of [
      ['en', rubricEn],
      ['nl', rubricNl],
    ] as const) {
      const note = rubricNote(lang, { ...pitch, modifiers: { asked: 'yes' } });
      const asked = words.modifiers['asked: yes'];
      expect(note?.querySelector('strong')?.textContent).toBe(
        `${words.acts.pitch?.name}, ${asked?.qualifier}`,
      );
      expect(note?.textContent).toContain(asked?.line);
      expect(note?.textContent).not.toContain(words.acts.pitch?.line);
    }
  });

  it('keeps the act line for a modifier it has no words for, and nothing for an option without an act', () => {
    const note = rubricNote('en', { ...pitch, modifiers: { mood: 'odd' } });
    expect(note?.querySelector('strong')?.textContent).toBe(rubricEn.acts.pitch?.name);
    expect(note?.textContent).toContain(rubricEn.acts.pitch?.line);
    expect(rubricNote('en', { text: 'x', effects: {}, why: null })).toBeNull();
  });
});
