/**
 * Dutch (Flemish) words for profiles, progress, resume, storage notices and export/import; the twin
 * of progress-en.ts, typed by it so a missing key is a compile error. "Je" as the friendly address.
 */
import type { progressEn } from './progress-en.ts';

export const progressNl: typeof progressEn = {
  playingAs: (name: string) => `Je speelt als ${name}`,
  profilesLink: 'Profielen',
  progressLink: 'Je vooruitgang',
  continueHeading: 'Verder waar je gebleven was',
  continueRun: (title: string, choices: number) =>
    `Verder met „${title}” (${choices === 1 ? '1 keuze gemaakt' : `${choices} keuzes gemaakt`})`,
  resumeTitle: 'Verder waar je gebleven was',
  storyChanged:
    'Dit gesprek is herschreven sinds je het bewaarde, dus de plek waar je was bestaat niet meer. Je eerdere pogingen blijven bewaard. Wil je het opnieuw beginnen?',
  scenarioMissing:
    'Het gesprek waarin je zat, maakt geen deel meer uit van het spel. Je eerdere pogingen blijven bewaard.',
  restart: 'Opnieuw beginnen',
  discardRun: 'Terug naar het begin',
  profilesTitle: 'Profielen',
  profilesIntro:
    'Elke speler op dit toestel krijgt een profiel: een bijnaam, geen e-mail, geen account. Alles blijft in deze browser, tenzij je het exporteert.',
  activeBadge: 'speelt nu',
  attemptsCount: (n: number) => (n === 1 ? '1 poging' : `${n} pogingen`),
  useProfile: 'Speel met dit profiel',
  rename: 'Hernoemen',
  renameLabel: (name: string) => `Nieuwe bijnaam voor ${name}`,
  save: 'Bewaren',
  cancel: 'Annuleren',
  deleteProfile: 'Verwijderen',
  confirmDelete: (name: string, attempts: number) =>
    attempts === 0
      ? `„${name}” verwijderen? Dat kan niet ongedaan worden.`
      : `„${name}” en ${attempts === 1 ? 'de ene poging' : `alle ${attempts} pogingen`} verwijderen? Dat kan niet ongedaan worden. Exporteer het profiel eerst als je een kopie wilt houden.`,
  confirmDeleteYes: 'Ja, verwijderen',
  exportProfile: 'Exporteren naar een bestand',
  createHeading: 'Nieuw profiel',
  nicknameLabel: 'Bijnaam',
  create: 'Profiel aanmaken',
  nicknameProblem: 'Een bijnaam telt 1 tot 40 tekens, op één regel.',
  created: (name: string) => `Profiel „${name}” aangemaakt; je speelt nu als ${name}.`,
  renamed: (name: string) => `Hernoemd tot „${name}”.`,
  deleted: (name: string) => `Profiel „${name}” verwijderd.`,
  switched: (name: string) => `Je speelt nu als ${name}.`,
  exported: (file: string) => `Bewaard als ${file} bij je downloads.`,
  importHeading: 'Een profiel importeren',
  importIntro:
    'Breng een profiel mee van een ander toestel: kies een bestand dat je daar exporteerde.',
  importLabel: 'Profielbestand',
  imported: (name: string, attempts: number) =>
    `„${name}” geïmporteerd met ${attempts === 1 ? '1 poging' : `${attempts} pogingen`}; je speelt nu als ${name}.`,
  importMerged: (name: string) =>
    `„${name}” stond hier al: de twee geschiedenissen zijn samengevoegd, niets is dubbel.`,
  importWarnings: (n: number) =>
    n === 1
      ? 'Eén beschadigd deel van het bestand is weggelaten.'
      : `${n} beschadigde delen van het bestand zijn weggelaten.`,
  importUnreadable: 'Het bestand kon niet gelezen worden.',
  importProblems: {
    empty: 'Het bestand is leeg.',
    'too-large': 'Het bestand is veel te groot voor een Mingle-profiel.',
    binary:
      'Dit is geen Mingle-profiel: het is een afbeelding, een document of een ander bestand zonder tekst.',
    'not-json': 'Dit is geen Mingle-profielbestand (het is helemaal geen JSON-bestand).',
    truncated:
      'Dit Mingle-profielbestand is onvolledig: het werd afgebroken of beschadigd. Exporteer het opnieuw op het toestel waar het vandaan komt.',
    foreign: 'Dit bestand is geen Mingle-profiel: het heeft geen Mingle-formaatmarkering.',
    'quarantine-file':
      'Dit bestand bevat apart gezette beschadigde gegevens, geen profiel, dus het kan niet geïmporteerd worden. Het is bedoeld voor een foutmelding.',
    'newer-version':
      'Dit profiel werd geëxporteerd door een nieuwere versie van Mingle. Werk deze Mingle bij en importeer het dan opnieuw.',
    invalid: 'Dit Mingle-profielbestand is beschadigd en kan niet geïmporteerd worden.',
    'storage-full':
      'Er is niets geïmporteerd: er is niet genoeg plaats in de opslag van deze browser voor dit profiel. Je bestand is niet veranderd en bevat nog alles; maak wat plaats vrij (exporteer en verwijder bijvoorbeeld een profiel dat hier niet meer speelt) en importeer het opnieuw.',
    'not-saved':
      'Er is niets geïmporteerd: deze browser liet Mingle het profiel nu niet bewaren. Je bestand is niet veranderd en bevat nog alles; probeer het opnieuw te importeren.',
  },
  storeErrors: {
    noSuchProfile: 'Dat profiel bestaat niet.',
    chooseProfile: 'Kies of maak eerst een profiel.',
    notChoiceIndex: (n: number) => `${n} is geen nummer van een keuze`,
    noRun: 'Er is geen gesprek bezig.',
    runTooLong: 'Het gesprek is te lang om te bewaren.',
  },
  fileReading: {
    kinds: {
      png: 'een PNG-afbeelding',
      jpeg: 'een JPEG-afbeelding',
      gif: 'een GIF-afbeelding',
      pdf: 'een PDF-document',
      zip: 'een ZIP-archief (of een Office-document)',
      media: 'een geluids- of videobestand',
    },
    isKind: (what: string) => `Dit bestand is ${what}, geen Mingle-profiel.`,
    notText: 'Dit is geen tekstbestand, dus het kan geen Mingle-profiel zijn.',
    noMarker:
      'Dit bestand is JSON, maar geen Mingle-profiel: het heeft geen Mingle-formaatmarkering.',
    otherFormat: (format: string) =>
      `Dit bestand is geen Mingle-profiel (het formaat is ${format}).`,
    noVersion: 'Dit Mingle-profielbestand is beschadigd: de formaatversie ontbreekt.',
    damaged: (problem: string) =>
      `Dit Mingle-profielbestand is beschadigd en kan niet geïmporteerd worden (${problem}).`,
  },
  quarantineHeading: 'Apart gezette gegevens',
  quarantineText: (n: number) =>
    `${n === 1 ? 'Eén beschadigd record werd' : `${n} beschadigde records werden`} in de opslag van deze browser gevonden en apart gezet. Je kunt ${n === 1 ? 'het' : 'ze'} exporteren voor een foutmelding.`,
  exportQuarantine: 'De apart gezette gegevens exporteren',
  progressTitle: 'Je vooruitgang',
  profileLabel: 'Profiel',
  progressOf: (name: string) => `Geschiedenis en beste scores van ${name}.`,
  noAttempts: 'Nog geen pogingen. Speel een scenario en het verschijnt hier.',
  historyHeading: 'Pogingen',
  colWhen: 'Wanneer',
  colScenario: 'Scenario',
  colLanguage: 'Taal',
  colEnding: 'Einde',
  colDebrief: 'Nabespreking',
  openDebrief: 'Openen',
  openDebriefOf: (scenario: string, when: string) =>
    `Open de nabespreking van ${scenario}, ${when}`,
  colOverall: 'Totaal',
  colOverallAbout: 'Totaal, als deel van wat het scenario toeliet',
  abandoned: 'vroeger gestopt',
  noEnding: 'geen benoemd einde',
  unknownScore: '–',
  plotHeading: 'Hoe je evolueert',
  standing: (percent: number, scenarios: number) =>
    scenarios === 1
      ? `Waar je staat: je laatste poging haalde ${percent}% van wat het scenario toeliet.`
      : `Waar je staat: je laatste pogingen haalden gemiddeld ${percent}% van wat elk scenario toeliet, over ${scenarios} scenario's.`,
  trendChange: (points: number, scenarios: number) => {
    const which =
      scenarios === 1
        ? 'het scenario dat je meer dan eens speelde'
        : `de ${scenarios} scenario's die je meer dan eens speelde`;
    if (points > 0)
      return `Het gaat vooruit: in ${which} haalde je laatste poging ${points} punten meer dan je eerste.`;
    if (points < 0)
      return `Het gaat achteruit: in ${which} haalde je laatste poging ${-points} punten minder dan je eerste.`;
    return `Het blijft gelijk: in ${which} haalde je laatste poging evenveel als je eerste.`;
  },
  trendNone:
    'Speel een scenario nog eens om te zien hoe je evolueert: elk scenario wordt alleen met zichzelf vergeleken, want wat ze toelaten verschilt.',
  plotIntro:
    'Elk punt is een afgewerkte poging, als deel van wat het scenario toeliet, de oudste links; een lijn verbindt de pogingen van één scenario.',
  plotTooFew: 'Werk een scenario af om je scores hier getekend te zien.',
  plotLabel: (scenario: string, values: string) => `${scenario}: ${values}`,
  plotTable: 'Toon de getekende delen als tabel',
  attemptNo: (n: number) => `Poging ${n}`,
  percent: (n: number) => `${n}%`,
  bestHeading: 'Per scenario, tip per tip',
  bestIntro:
    'Elke tip als deel van wat dat scenario toeliet: je laatste poging, je beste, en het verschil met je eerste, in procentpunten.',
  scenarioPlays: (plays: number, first: number, latest: number, best: number) =>
    plays === 1
      ? `Eén poging: ${latest}% in totaal.`
      : `${plays} pogingen: eerste ${first}%, laatste ${latest}%, beste ${best}% in totaal.`,
  colTip: 'Tip',
  colLatest: 'Laatste',
  colBest: 'Beste',
  colChange: 'Sinds de eerste',
  notAtStake: 'niet aan de orde',
  backToTitle: 'Terug',
  noticesLabel: 'Berichten over je bewaarde vooruitgang',
  dismiss: 'Sluiten',
  dismissNamed: (what: string) => `Sluiten: ${what}`,
  noticeDetails: 'Details',
  noticeExport: (name: string) => `„${name}” exporteren naar een bestand`,
  records: {
    profile: 'Een bewaard profiel',
    index: 'De lijst met profielen',
    settings: 'Je instellingen',
    legacy: 'Een bewaard spel van een oudere versie van Mingle',
    quarantine: 'Een apart gezet record',
  },
  damagedOutcome: {
    profileRepaired: 'Alles wat nog leesbaar was, is bewaard.',
    profileLost:
      'Het was onleesbaar en staat dus niet in de lijst. De andere profielen zijn in orde.',
    settings: 'Beschadigde instellingen staan terug op hun standaardwaarde.',
    index: 'De lijst is opnieuw opgebouwd uit de profielen zelf.',
    otherRepaired: 'Alles wat nog leesbaar was, is bewaard.',
    otherLost: 'Het was onleesbaar.',
  },
  damagedRecord: (what: string, outcome: string, setAside: boolean) =>
    `${what} was beschadigd. ${outcome} ${setAside ? 'De beschadigde gegevens zijn apart gezet; je kunt ze exporteren op het scherm met de profielen.' : 'Er was geen plaats om de beschadigde gegevens apart te zetten, dus ze zijn gebleven waar ze waren, onaangeroerd: er wordt niets over geschreven tot er plaats is, en je laatste vooruitgang blijft maar bewaard tot je deze pagina sluit. Exporteer je profiel op het scherm met de profielen om een kopie te houden.'}`,
  profileMissing: (name: string) =>
    `Het profiel „${name}” staat niet meer in de opslag van deze browser (de browser heeft het misschien gewist). Als je het exporteerde, importeer dan het bestand om het terug te halen.`,
  storageFull:
    'De opslag van deze browser is vol, dus je laatste vooruitgang blijft maar bewaard tot je deze pagina sluit. Maak wat ruimte vrij (of exporteer je profiel) en het wordt weer bewaard.',
  storageUnavailable:
    'Deze browser laat Mingle niets bewaren, dus je vooruitgang blijft maar tot je deze pagina sluit. Exporteer je profiel voor je weggaat om het te houden.',
  writeFailed:
    'Je vooruitgang kon net niet bewaard worden. Het spel gaat door; Mingle probeert het opnieuw bij je volgende stap.',
  migrated: 'Je vooruitgang van een oudere versie van Mingle is overgenomen.',
  deletedElsewhere: (name: string) => `Het profiel „${name}” werd in een ander venster verwijderd.`,
  changedElsewhere:
    'Je vooruitgang werd in een ander venster bijgewerkt; deze pagina toont nu de laatste stand.',
};
