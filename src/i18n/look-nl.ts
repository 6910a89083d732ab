/**
 * Flemish Dutch strings for settings, loading, coach notes and the debrief chart (issue 5); the same
 * keys as ./look-en.ts, which the type enforces.
 */
import type { lookEn } from './look-en.ts';

export const lookNl: typeof lookEn = {
  settingsTitle: 'Instellingen',
  settingsDone: 'Klaar',
  settingsPreview: 'Zo leest het gesprek. Pas een instelling aan en ze geldt meteen.',
  textSpeedLabel: 'Tekstsnelheid',
  textSpeeds: { slow: 'Traag', normal: 'Normaal', fast: 'Snel', instant: 'Meteen' },
  textSpeedHint: 'Terwijl een zin verschijnt, toont Spatie of Enter meteen de hele zin.',
  textSizeLabel: 'Tekstgrootte',
  textSizes: { small: 'Klein', medium: 'Gemiddeld', large: 'Groot', 'x-large': 'Projector' },
  feedbackLabel: 'Feedback',
  coachOn: 'Coachmodus: een korte noot na elke keuze die telt',
  coachOff: 'Echte modus: feedback pas in de nabespreking',
  motionLabel: 'Beweging',
  motions: { system: 'Zoals mijn toestel', reduce: 'Beperkt', full: 'Volledig' },
  picturesSettingLabel: 'Beelden',
  picturesOn: 'Toon de plek en de mensen',
  picturesOff: 'Alleen de dialoog (lichter voor een trage computer)',
  soundLabel: 'Geluid',
  muteLabel: 'Alle geluid uit',
  volumeLabel: 'Volume',
  loadingLabel: 'Laden',
  loadingStory: 'Het verhaal wordt geladen…',
  loadingPictures: 'De beelden worden geladen…',
  picturesLabel: 'Beelden laden',
  coachTitle: 'Coach',
  coachWhy: 'Waarom',
  chartTitle: 'De vijf tips in één oogopslag',
  chartThis: 'Dit spel',
  chartPrevious: 'Vorige poging',
  chartTableCaption: 'Score per tip, met wat dit scenario mogelijk maakt',
  chartTip: 'Tip',
  chartRange: 'Mogelijk',
  noPrevious: 'Je eerste afgewerkte poging aan dit scenario: speel opnieuw om te vergelijken.',
  previousFrom: (date: string) => `Vergeleken met je vorige poging, ${date}.`,
  notAtStake: 'niet aan de orde',
};
