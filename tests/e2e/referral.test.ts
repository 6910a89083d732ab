/**
 * the-referral in the shipped game, in real Chromium, opened by its deep link (`#/play/the-referral
 * ?lang=`): the path that asks Thomas about his work before vouching, introduces him with an honest
 * label, owns the failed recommendation of Niels at the party, asks for nothing more of Karolien than
 * she offers, and names one electrician with his limits in the autumn, played by number keys in
 * English and in Dutch at phone and laptop size, to the debrief that names "Still the name she asks
 * for". At the moment Karolien brings up Niels, the stage draws Thomas and Karolien in the garden, and
 * not Niels, who is only ever heard on the phone. Screenshots of that moment and of the debrief go to
 * test-results/screenshots/referral-*.png, for people to look at.
 */
import { describePlaythrough } from './playthrough.ts';

describePlaythrough({
  id: 'the-referral',
  shots: 'referral',
  teaches: 'vouch only for what you know, and own the referral that went wrong',
  /**
   * The option (1-based) taken at each choice point: ask about his placements, walk him over with an
   * honest label, own the Niels recommendation, say what you know of Thomas and suggest one vacancy,
   * leave Niels a message without reproach, make a plan he can keep, tell Karolien the facts and your
   * own part, tell Thomas how she works, call her about the portal, and name one electrician with his
   * limits.
   */
  path: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  // Karolien tells you what Niels cost her. Thomas came over with you; Niels is only a name here, and
  // later a voice on the phone.
  at: 2,
  cast: ['karolien', 'thomas'],
  langs: [
    {
      lang: 'en',
      ending: 'Still the name she asks for',
      offer: 'Own it: you recommended him more warmly than you should have',
    },
    {
      lang: 'nl',
      ending: 'Nog altijd de naam die ze vraagt',
      offer: 'Neem het op je: je hebt hem warmer aanbevolen dan je had mogen doen',
    },
  ],
});
