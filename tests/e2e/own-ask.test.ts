/**
 * your-own-ask in the shipped game, in real Chromium: the path that helps Els first and then asks for
 * one small, named thing (an email to her bookkeeper), keeps the promise about the engineer the same
 * morning and tells her afterwards what her help led to, played by number keys in English and in
 * Dutch at phone and laptop size, to the debrief that names "A fair exchange". At the ask, the stage
 * draws Els and Hilde at the breakfast, and not Bart, whose only line was a message. Screenshots of
 * the ask and of the debrief go to test-results/screenshots/own-ask-*.png, for people to look at.
 */
import { describePlaythrough } from './playthrough.ts';

describePlaythrough({
  id: 'your-own-ask',
  shots: 'own-ask',
  teaches: 'help first, then one small ask of your own',
  /**
   * The option (1-based) taken at each choice point: one specific line on the card, let her go first,
   * ask what eats her Fridays, promise the engineer, say the real goal, ask for the bookkeeper, offer
   * three lines she can forward, the same table next month, the introduction written that morning,
   * and a note two weeks later on what her help led to.
   */
  path: [1, 1, 1, 1, 1, 1, 1, 3, 1, 1],
  // The ask itself. Els and Hilde are at the breakfast; Bart only ever sent a message.
  at: 5,
  cast: ['els', 'hilde'],
  langs: [
    {
      lang: 'en',
      ending: 'A fair exchange',
      offer: 'One email: an introduction to her bookkeeper',
    },
    {
      lang: 'nl',
      ending: 'Een eerlijke ruil',
      offer: 'Eén mail: een kennismaking met haar boekhouder',
    },
  ],
});
