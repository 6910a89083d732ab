/**
 * Dutch (Flemish) UI strings. Typed as Messages, so a key missing here is a compile error.
 * Flemish usage: "je" as the friendly form of address, "gesprek", "receptie", "koffie".
 */
import { glanceNl } from './glance-nl.ts';
import { appNl } from './app-nl.ts';
import { lookNl } from './look-nl.ts';
import { pressureNl } from './pressure-nl.ts';
import { progressNl } from './progress-nl.ts';
import { workshopNl } from './workshop-nl.ts';
import { lmsNl } from './lms-nl.ts';
import { studioNl } from './studio-nl.ts';
import { libraryNl } from './library-nl.ts';
import type { Messages } from './messages.ts';

export const nl: Messages = {
  langName: 'Nederlands',
  appName: 'Mingle',
  tagline: 'Oefen de gesprekken waarmee je een netwerk uitbouwt.',
  intro:
    'Beleef een receptie, een telefoontje achteraf, een koffie. Elke keuze wordt afgewogen tegen vijf gewoontes van relatiegericht netwerken, en de nabespreking toont wat je anders kunt doen.',
  start: 'Kies een scenario',
  languageLabel: 'Taal',
  selectTitle: 'Scenario’s',
  selectIntro: 'Elk scenario duurt vijf à tien minuten. Kies er een om te beginnen.',
  noScenarios: 'Er zijn nog geen scenario’s in deze taal.',
  showingOtherLanguage: (lang: string) =>
    `Er zijn nog geen scenario’s in jouw taal; deze zijn in het ${lang}.`,
  mainTip: (tip: string) => `Hoofdles: ${tip}`,
  castLabel: 'Personages',
  selectOrderHint:
    'De voorgestelde volgorde loopt van boven naar onder. Twee scenario’s bouwen verder op wat je in een eerder scenario gedaan hebt.',
  stepLabel: (n: number, total: number) => `Stap ${n} van ${total}`,
  mainLessonLabel: 'Hoofdles',
  alsoAtStake: 'Komt ook aan bod',
  continuesFrom: (title: string) => `Vervolg op „${title}”`,
  swapLabel: 'De andere kant',
  swapPlayShort: 'Speel de andere kant',
  swapLockedShort: 'Op slot',
  swapLockedName: (title: string) => `„${title}”: op slot`,
  swapLocked: (original: string) =>
    `Op slot tot je „${original}” tot aan de nabespreking gespeeld hebt: speel het één keer, en kom dan hier terug.`,
  swapDebriefHeading: 'De andere kant van de tafel',
  swapInvite: (swap: string) =>
    `Je hebt „${swap}” vrijgespeeld: hetzelfde verhaal, gespeeld door wie aan de andere kant van de tafel zat.`,
  swapPlay: 'Speel de andere kant',
  swapOfOriginal: (original: string) =>
    `Dit was de andere kant van „${original}”: hetzelfde verhaal, dezelfde mensen, vanaf de andere stoel. Speel het nog eens en bekijk je eigen keuzes zoals ze er van hieruit uitzien.`,
  swapPlayOriginal: (original: string) => `Speel „${original}”`,
  play: (title: string) => `Speel „${title}”`,
  back: 'Terug',
  backToMenu: 'Terug naar de scenario’s',
  loading: 'Het scenario wordt geladen…',
  defaultNickname: 'Speler 1',
  conversationLabel: 'Gesprek',
  transcriptLabel: 'Wat er gezegd is',
  choicesLabel: 'Wat doe je?',
  choiceHint: 'Druk op een cijfertoets, of gebruik de pijltjestoetsen en Enter.',
  you: 'Jij',
  narration: 'Verteller',
  continueHint: 'Een klik, een tik of eender welke toets toont meteen de rest.',
  skip: 'Toon alles',
  leave: 'Verlaat het gesprek',
  leaveShort: 'Verlaten',
  leaveTitle: 'Dit gesprek verlaten?',
  leaveBody:
    'Bewaar het, en het startscherm biedt aan om wanneer je wilt verder te gaan vanaf precies deze zin. Of stop hier: dan komt het in je geschiedenis als vroeger gestopt.',
  leaveKeep: 'Bewaren voor later',
  leaveEnd: 'Stoppen',
  leaveStay: 'Blijven',
  sceneChanged: (venue: string) => `Plaats: ${venue}`,
  via: { phone: 'aan de telefoon', message: 'bericht' },
  venues: {
    reception: 'een receptie',
    garden: 'een tuin',
    office: 'het kantoor',
    cafe: 'een café',
    'breakfast-room': 'de ontbijtzaal',
  },
  toDebrief: 'Naar de nabespreking',
  youChose: 'Jouw keuze',
  conversationOver: 'Het gesprek is voorbij.',
  scenarioCount: (n: number) => (n === 1 ? '1 scenario' : `${n} scenario’s`),
  skipLink: 'Ga naar het gesprek',
  endingReached: (id: string) => `Bereikt einde: ${id}`,
  debriefTitle: 'Nabespreking',
  debriefIntro: (title: string) => `Hoe „${title}” verliep, tip per tip.`,
  overall: (percent: number) => `Globaal: ${percent}% van wat dit scenario mogelijk maakt`,
  overallNone: 'Niets in dit scenario kreeg een score.',
  tipScore: (score: number, min: number, max: number) =>
    `${score > 0 ? '+' : ''}${score}, op een schaal van ${min} tot ${max}`,
  tipNotScored: 'speelt in dit scenario geen rol',
  scoreLabel: 'Score',
  rangeLabel: (min: number, max: number) => `mogelijk: ${min} tot ${max}`,
  endingLabel: 'Einde',
  momentsTitle: 'Sleutelmomenten',
  noMoments: 'Geen enkele keuze in dit spel had invloed op een tip.',
  momentPrompt: 'Toen je hoorde',
  momentChose: 'Jouw keuze',
  momentStronger: 'Sterkere keuze die er was',
  momentWhy: 'Waarom',
  verdicts: { best: 'Sterkste keuze', good: 'Goed, maar niet de sterkste', weak: 'Zwakke keuze' },
  effectNone: 'geen invloed op een tip',
  replay: 'Opnieuw spelen',
  otherScenario: 'Kies een ander scenario',
  errorTitle: 'Dit scenario is gestopt',
  errorLoad:
    'Het scenario kon niet geladen worden. Misschien is het beschadigd of van een andere versie.',
  errorRuntime:
    'Er liep iets mis in het verhaal van dit scenario, dus het kan niet verder. Je andere scenario’s hebben er geen last van.',
  errorInternal: 'Het spel liep tegen een probleem aan en heeft dit scenario gestopt.',
  errorNetworkTitle: 'Geen verbinding',
  errorNetwork:
    'Het scenario kon niet gedownload worden. Controleer je internetverbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  errorDetail: 'Details voor de auteur van het scenario',
  tips: {
    1: {
      name: 'Ontmoet, verkoop niet',
      idea: 'Ga naar een evenement om mensen te leren kennen, niet om hen iets te verkopen.',
    },
    2: {
      name: 'Verder dan de pitch',
      idea: 'Een pitch en een uitwisseling van kaartjes zijn geen gesprek: leer een paar mensen echt kennen.',
    },
    3: {
      name: 'Volg op, verkoop niet',
      idea: 'Volg op wat je beloofd hebt, of om twee mensen aan elkaar voor te stellen; nooit om te verkopen.',
    },
    4: {
      name: 'Vraag hoe je kunt helpen',
      idea: 'Spreek mensen één op één en vraag hoe je hen het best kunt helpen.',
    },
    5: {
      name: 'De lange termijn',
      idea: 'Kies voor een blijvende relatie boven een snelle verkoop.',
    },
  },
  effect: (tip: string, delta: number) => `${tip} ${delta > 0 ? '+' : '−'}${Math.abs(delta)}`,
  footer: 'Gebaseerd op de vijf tips van relatiegericht netwerken.',
  progress: progressNl,
  workshop: workshopNl,
  lms: lmsNl,
  studio: studioNl,
  library: libraryNl,
  ...lookNl,
  ...pressureNl,
  ...glanceNl,
  ...appNl,
};
