/**
 * The rubric's words for the debrief (src/i18n/rubric-{en,nl}.ts): every act of the rubric has a name
 * and a one-line reason in every language, and no language names an act the rubric does not have, so
 * a facilitator never sees a moment without its rubric line.
 */
import { describe, expect, it } from 'vitest';
import { rubricEn } from '../../../src/i18n/rubric-en.ts';
import { rubricNl } from '../../../src/i18n/rubric-nl.ts';
import { ACTS, MODIFIERS } from '../../../src/story/rubric.ts';

const languages = { en: rubricEn, nl: rubricNl } as const;

describe('rubric words', () => {
  for (const [lang, words] of Object.entries(languages)) {
    it(`(${lang}) names every act of the rubric and nothing else`, () => {
      expect(Object.keys(words.acts).sort()).toEqual(ACTS.map((a) => a.id).sort());
      for (const act of ACTS) {
        const w = words.acts[act.id];
        expect(w?.name.trim(), `${lang} ${act.id}`).not.toBe('');
        expect(w?.line.trim(), `${lang} ${act.id}`).not.toBe('');
      }
    });

    it(`(${lang}) names every modifier of the rubric and nothing else`, () => {
      expect(Object.keys(words.modifiers).sort()).toEqual(
        MODIFIERS.map((m) => `${m.key}: ${m.value}`).sort(),
      );
      for (const m of Object.values(words.modifiers)) {
        expect(m.qualifier.trim()).not.toBe('');
        expect(m.line.trim()).not.toBe('');
      }
    });

    it(`(${lang}) has a word for every trust stage and a summary that names the person`, () => {
      for (const stage of ['wary', 'visible', 'credible', 'referable'] as const)
        expect(words.stages[stage].trim()).not.toBe('');
      expect(words.trustSummary('Kurt Mertens', 3, words.stages.credible)).toContain(
        'Kurt Mertens',
      );
      expect(words.trustSummary('Kurt Mertens', 3, words.stages.credible)).toContain('+3');
    });
  }

  it('says each act differently in Dutch than in English', () => {
    const same = ACTS.filter((a) => rubricEn.acts[a.id]?.line === rubricNl.acts[a.id]?.line);
    expect(same.map((a) => a.id)).toEqual([]);
  });
});
