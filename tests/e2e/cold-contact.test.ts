/**
 * the-cold-contact in the shipped game, in real Chromium, opened by its shared address
 * (`#/play/the-cold-contact?lang=…`): the path that turns down the reactivation template, tells Ingrid
 * you'll ask Marleen first, writes a short mail the same day that names the eight months in one owned
 * line and offers the introduction (nothing else, a coffee after the holidays), makes the introduction
 * the night she says yes, tells Bart the truth, and in January answers her own question about your
 * services plainly. Played by number keys in English and in Dutch at phone and laptop size, to the
 * debrief that names "A thread picked up". At her question, the stage draws Marleen alone in her
 * tearoom: Bart, Katrien and Ingrid have left, and the reactivation campaign was only ever a message.
 * Screenshots of that moment and of the debrief go to test-results/screenshots/cold-contact-*.png.
 */
import { describePlaythrough } from './playthrough.ts';

describePlaythrough({
  id: 'the-cold-contact',
  shots: 'cold-contact',
  teaches: 'back in touch after eight months, without pretending or a pitch',
  /**
   * The option (1-based) taken at each choice point: go through the list yourself, promise Ingrid to
   * ask first, a short mail today, own the eight months in one line, offer the introduction, nothing
   * more, a coffee after the holidays, the introduction the same night, the truth to Bart, and a plain
   * answer when she asks what you do.
   */
  path: [3, 1, 1, 1, 1, 1, 2, 1, 4, 1],
  // She asks about your services herself. Only Marleen is in her tearoom: everyone else has left or
  // only ever wrote.
  at: 9,
  cast: ['marleen'],
  langs: [
    {
      lang: 'en',
      title: 'The cold contact revived',
      ending: 'A thread picked up',
      offer: 'Answer plainly: what you do',
    },
    {
      lang: 'nl',
      title: 'Het koude contact, opnieuw warm',
      ending: 'De draad weer opgepikt',
      offer: 'Antwoord gewoon: wat je doet',
    },
  ],
});
