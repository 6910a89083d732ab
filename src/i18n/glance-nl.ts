/**
 * Flemish Dutch strings for the debrief in één oogopslag, de handout en het heropenen van een
 * vroegere nabespreking (issue 17); the same keys as ./glance-en.ts, which the type enforces.
 */
import type { glanceEn } from './glance-en.ts';

export const glanceNl: typeof glanceEn = {
  glanceHeading: 'In één oogopslag',
  shareOf: (percent: number) => `${percent}% van wat dit scenario toeliet`,
  mainLesson: (tip: string) => `Hoofdles: ${tip}`,
  standings: {
    strong: 'Sterk: blijf dat zo doen.',
    fair: 'Redelijk, met ruimte om te groeien.',
    weak: 'Dit is wat je het best eerst oefent.',
  },
  practiceHeading: 'Momenten om te oefenen',
  practiceIntro:
    'Hier lag er een sterkere keuze klaar. Speel vanaf dat moment opnieuw en probeer ze.',
  practiceNone: 'Je koos bij elk moment dat telde de sterkste keuze.',
  replayFromHere: 'Speel opnieuw vanaf hier',
  replayFromHereAbout: (chosen: string) => `, waar je „${chosen}” koos`,
  allMoments: (n: number) =>
    n === 1 ? 'Het ene sleutelmoment' : `Alle ${n} sleutelmomenten, één voor één`,
  rawScore: (score: number, min: number, max: number) =>
    `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)} op een schaal van ${min} tot ${max}`,
  chartKeys: {
    axes: 'Elke as loopt van de laagste score die dit scenario toelaat (midden) tot de hoogste (rand).',
    rings: 'Ringen: een kwart, de helft en drie kwart van de weg.',
    zero: 'Klein open rondje: waar een score van nul ligt op die as.',
    off: 'Grijs nummer: niet aan de orde in dit scenario.',
  },
  chartShare: 'Aandeel',
  playShort: 'Speel',
  printHandout: 'Druk een handout van één blad af',
  handoutFooter: 'Mingle: oefen de gesprekken die een netwerk opbouwen.',
  playedOn: (when: string) => `Gespeeld op ${when}.`,
  reviewLoading: 'De nabespreking wordt opnieuw opgebouwd…',
  reviewTitle: 'Deze nabespreking kan niet getoond worden',
  reviewProblems: {
    'not-found': 'Er is geen afgewerkte poging met die naam in dit profiel op dit toestel.',
    'scenario-missing': 'Het scenario van deze poging zit niet meer in het spel.',
    'story-changed':
      'Het scenario is veranderd sinds deze poging, dus de nabespreking kan niet precies opnieuw opgebouwd worden. De scores staan nog in je geschiedenis.',
    network:
      'Het scenario kon niet gedownload worden. Controleer je internetverbinding en probeer opnieuw.',
    load: 'Het scenario kon niet geladen worden. Het is misschien beschadigd of van een andere versie.',
  },
  toProgress: 'Terug naar je vooruitgang',
};
