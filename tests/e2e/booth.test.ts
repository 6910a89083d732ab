/**
 * trade-fair-booth in the shipped game, in real Chromium: the path that answers a real buying signal
 * with a clear offer and keeps the promised quote, played by number keys in English and in Dutch at
 * phone and laptop size, to the debrief that names the ending it reached. Screenshots of the buying
 * question and of the debrief go to test-results/screenshots/booth-*.png, for people to look at.
 */
import { expect } from 'vitest';
import { rubricEn } from '../../src/i18n/rubric-en.ts';
import { rubricNl } from '../../src/i18n/rubric-nl.ts';
import { describePlaythrough } from './playthrough.ts';

describePlaythrough({
  id: 'trade-fair-booth',
  shots: 'booth',
  teaches: 'a buying signal answered with a clear offer',
  /**
   * The option (1-based) taken at each choice point: ring the warehouse, a warm send-off for Freddy,
   * ask Tine what she needs, answer her price-and-date question plainly, promise the quote by eight,
   * ask Stefaan about his café, listen to him at the bar, send the quote on time, write to the people
   * you met yourself, and send Tine to Lavica for the rental you don't do.
   */
  path: [3, 3, 3, 1, 1, 2, 1, 1, 2, 1],
  // The buying question: the first option is the clear offer.
  at: 3,
  langs: [
    { lang: 'en', ending: 'A straight answer', offer: 'Answer her plainly' },
    { lang: 'nl', ending: 'Een eerlijk antwoord', offer: 'Antwoord haar gewoon' },
  ],
  // The clear offer is a pitch that was asked for, and the debrief says so instead of "never a tip
  // gained".
  debrief: async (page, { lang, offer }) => {
    const rubric = lang === 'en' ? rubricEn : rubricNl;
    const asked = page
      .locator('.moment .option.chosen', { hasText: offer })
      .locator('.rubric-note');
    const words = rubric.modifiers['asked: yes'];
    expect(await asked.locator('strong').textContent()).toBe(
      `${rubric.acts.pitch?.name}, ${words?.qualifier}`,
    );
    expect(await asked.textContent()).toContain(words?.line);
  },
});
