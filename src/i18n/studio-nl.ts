/** De Studio: een scenario schrijven, nakijken en uittesten in de browser. */
import type { studioEn } from './studio-en.ts';

export const studioNl: typeof studioEn = {
  open: 'Studio',
  title: 'Studio',
  intro:
    'Schrijf je eigen scenario in ink. Bij elke wijziging wordt het verhaal gecompileerd en worden de tags nagekeken terwijl je typt; problemen staan hier met hun regelnummer en worden in de marge aangeduid.',
  phoneNote:
    'De Studio is gemaakt voor een laptop of een groter scherm. Op een gsm kun je verhalen lezen en uitproberen, maar schrijven gaat makkelijker met een toetsenbord.',
  startLabel: 'Begin van',
  startTemplate: 'Een nieuw scenario (sjabloon)',
  startBundledGroup: 'Een kopie van een meegeleverd scenario',
  storyLangLabel: 'Taal van het verhaal',
  load: 'Laden',
  openFile: 'Een .ink-bestand openen…',
  replaceConfirm: 'Dit vervangt het verhaal in de editor. Doorgaan?',
  editorLabel: 'Ink-bron van het scenario',
  problemsTitle: 'Problemen',
  checking: 'Bezig met nakijken…',
  noProblems: 'Geen problemen: het verhaal compileert en de tags kloppen.',
  counts: (errors: number, warnings: number) =>
    [
      errors === 1 ? '1 fout' : `${errors} fouten`,
      warnings === 1 ? '1 waarschuwing' : `${warnings} waarschuwingen`,
    ].join(', '),
  severity: { error: 'fout', warning: 'waarschuwing' },
  lineLabel: (line: number) => (line > 0 ? `Regel ${line}` : 'Heel het bestand'),
  lineInLang: (lang: string, line: number) =>
    line > 0 ? `${lang}, regel ${line}` : `${lang}, heel het bestand`,
  pairOther: (where: string) => `Zelfde plaats in de andere taal: ${where}`,
  loadPair: 'Laad beide talen',
  openFileHint:
    'Kies twee bestanden om een taalpaar te openen (met namen als afspraak.en.ink en afspraak.nl.ink, of het eerste in de taal hierboven).',
  filesLabel: 'Bestanden van deze taal',
  filesHint:
    'Je kunt een verhaal over bestanden spreiden: voeg er een toe en schrijf in story.ink, onder de koptags, INCLUDE met de naam erachter.',
  fileNameLabel: 'Bestandsnaam',
  addFile: 'Bestand toevoegen',
  renameFile: 'Bestand hernoemen',
  removeFile: 'Bestand verwijderen',
  removeFileConfirm: (name: string) => `Het bestand ${name} verwijderen, met alles wat erin staat?`,
  fileNameBad: (name: string) =>
    `“${name}” kan geen bestandsnaam zijn: gebruik letters, cijfers, streepjes, punten of underscores, en eindig op .ink (geen mappen, geen webadres).`,
  fileNameTaken: (name: string) => `Deze taal heeft al een bestand met de naam ${name}.`,
  tooManyFiles: 'Een taal kan hoogstens 16 bestanden hebben.',
  fileAdded: (name: string) => `Bestand ${name} toegevoegd. Neem het op met: INCLUDE ${name}`,
  fileRemoved: (name: string) => `Bestand ${name} verwijderd.`,
  fileRenamed: (name: string, includes: number) =>
    `Bestand hernoemd naar ${name}.` +
    (includes === 0
      ? ''
      : ` ${includes === 1 ? 'De INCLUDE-regel die het opnam, noemt' : `De ${includes} INCLUDE-regels die het opnamen, noemen`} het nu zo.`),
  tabsLabel: 'Talen van het scenario',
  tabLabel: (lang: string) => `${lang} (story.ink)`,
  goToLine: (line: number) => `Naar regel ${line}`,
  refused: {
    malformed: 'Het verhaal kon niet naar de controle gestuurd worden.',
    'too-large': 'Dit verhaal is te groot om na te kijken (hoogstens 256 kB per bestand).',
    'too-many-files': 'Een scenario kan hoogstens 16 bestanden hebben.',
    'bad-name':
      'Een bestandsnaam mag alleen letters, cijfers, punten en streepjes bevatten, en eindigt op .ink.',
  },
  fileTooLarge: (name: string) => `${name} is te groot om te openen (hoogstens 256 kB).`,
  fileNotText: (name: string) => `${name} kon niet als tekst gelezen worden.`,
  loadFailed: 'Dat scenario kon niet geladen worden. Probeer het opnieuw.',
  workerFailed: 'De controle is gestopt. Laad de pagina opnieuw om ze weer te starten.',
  back: 'Terug naar het begin',
  checkTitle: 'Elk pad nakijken',
  check: 'Nakijken',
  checkHint:
    'Speelt elk pad door het verhaal: welke eindes je bereikt, doodlopende stukken, eindeloze lussen, keuzes zonder score en de laagste en hoogste score per tip.',
  checkRunning: (seconds: number) => `Elk pad wordt nagekeken… ${seconds} s`,
  cancel: 'Annuleren',
  checkCancelled: 'Het nakijken is geannuleerd.',
  checkDrawing: 'Elk pad is gespeeld; de resultaten worden klaargezet…',
  checkNeedsCompile:
    'Los eerst de fouten in de lijst hierboven op; dan kan het verhaal nagekeken worden.',
  checkFailed: 'Het nakijken stopte onverwacht. Probeer het opnieuw.',
  checkComplete: (states: number) =>
    `Elk pad is nagekeken (${states} ${states === 1 ? 'toestand' : 'toestanden'} van het verhaal bij de keuzes).`,
  checkPartial: (states: number) =>
    `Gedeeltelijk resultaat: het nakijken stopte na ${states} toestanden, dus niet elk pad is gespeeld. Maak het verhaal eenvoudiger (minder variabelen die enkel tellen) en kijk opnieuw na.`,
  checkClean: 'Geen problemen op eender welk pad.',
  checkStale: 'Het verhaal is veranderd sinds het nakijken. Kijk opnieuw na voor je het uittest.',
  tipsTitle: 'Scorebereik per tip',
  tipRange: (name: string, min: number, max: number) => `${name}: ${min} tot ${max}`,
  tipUnbounded: (name: string) => `${name}: geen grens (een lus kan hem eindeloos opdrijven)`,
  endingsTitle: 'Bereikte eindes',
  untitledEnding: (id: string) => `${id} (zonder ending:-tag)`,
  endingTitled: (id: string, title: string) => `${title} (${id})`,
  unreachableTitle: 'Nooit bereikt',
  draftSaved: 'Ontwerp bewaard in deze browser.',
  draftNotSaved: {
    'too-large': 'Niet bewaard: het verhaal is groter dan 256 kB.',
    quota:
      'Niet bewaard: de opslag van deze browser is vol. Kopieer je verhaal naar een veilige plek.',
    blocked:
      'Niet bewaard: deze browser staat geen opslag toe. Kopieer je verhaal naar een veilige plek.',
    held: 'Niet bewaard, zodat het beschadigde ontwerp hierboven niet overschreven wordt. Download het eerst en laad dan de pagina opnieuw.',
  },
  draftSetAside: (kept: boolean, reason: string) =>
    kept
      ? `Je bewaarde ontwerp kon niet gelezen worden (${reason}). Het is apart gezet in deze browser, niet gewist, en je begint van het sjabloon. Download de tekst om te redden wat kan.`
      : `Je bewaarde ontwerp kon niet gelezen worden (${reason}) en er was geen plaats om een kopie apart te zetten: het blijft staan waar het stond en er wordt niets over bewaard. Download de tekst om te redden wat kan.`,
  draftDownload: 'Download het beschadigde ontwerp',
  exportFile: 'Opslaan als .ink-bestand',
  backToStudio: 'Terug naar de Studio',
  playStartTitle: 'Waar de test begint',
  playStartAt: 'Begin bij',
  playStartTop: 'Het begin van het verhaal',
  playMemoryHint: 'Geheugen bij de start (wat eerdere scenario’s achterlieten):',
  playTest: 'Uittesten',
  playTestHint:
    'Speelt het nagekeken verhaal in het spel, met de score zoals bij een meegeleverd scenario. Er wordt niets in je voortgang bewaard.',
  findingsTitle: 'Bevindingen',
  checkProgressLabel: 'Verkende toestanden van het verhaal, tegenover de grens',
  checkProgress: (states: number, limit: number, start: number, starts: number, seconds: number) =>
    `Elk pad wordt nagekeken… ${states} van hoogstens ${limit} toestanden` +
    (starts > 1 ? `, beginherinnering ${start} van ${starts}` : '') +
    `, ${seconds} s`,
  storyStart: 'het begin van het verhaal',
  findingKinds: {
    compile: 'Compileren',
    rubric: 'Rubriek',
    parity: 'Vertaling',
    'dead-end': 'Doodlopend',
    'runtime-error': 'Fout tijdens het spelen',
    'endless-loop': 'Eindeloze lus',
    'bad-tag': 'Tag',
    'unbounded-tip': 'Tip zonder grens',
    'unscored-choice': 'Keuze zonder score',
    'untagged-ending': 'Einde zonder tag',
    unreachable: 'Nooit bereikt',
    randomness: 'Toeval',
    'no-ending': 'Geen einde',
    partial: 'Gedeeltelijk resultaat',
    'ending-unreached': 'Einde nooit bereikt',
  },
  findingText: {
    partialStates: (limit: number) =>
      `Het verhaal heeft meer dan ${limit} verschillende toestanden, dus maar een deel ervan werd nagekeken: de cijfers zijn niet definitief.`,
    partialTime: (seconds: number, states: number) =>
      `Het nakijken bereikte zijn tijdslimiet (${seconds} s) na ${states} toestanden, dus maar een deel van het verhaal werd nagekeken: de cijfers zijn niet definitief.`,
    partialMemory: (mb: number, states: number) =>
      `Het nakijken bereikte zijn geheugenlimiet (${mb} MB) na ${states} toestanden, dus maar een deel van het verhaal werd nagekeken: de cijfers zijn niet definitief.`,
    unboundedTip: (tip: string, raise: boolean) =>
      `Via een lus kan een speler “${tip}” zonder grens ${raise ? 'verhogen' : 'verlagen'}.`,
    deadEnd: (place: string) =>
      `Het verhaal loopt in ${place} uit zijn tekst zonder een einde te bereiken (-> END).`,
    endlessLoop: (place: string) =>
      `In ${place} blijft het verhaal rondgaan zonder een keuze of een einde te bieden.`,
    unscored: (choice: string) => `De keuze “${choice}” verschuift geen enkele tip.`,
    untaggedEnding: (place: string) =>
      `Het verhaal eindigt in ${place} zonder ending:-tag onderweg, dus de nabespreking kan het einde niet benoemen.`,
    unreachable: (place: string) => `Geen enkel pad komt ooit in ${place}.`,
    // De pariteit van een taalpaar: de vertaling tegenover de Engelse versie.
    parityPlaceMissing: (place: string) => `${place} ontbreekt in de vertaling.`,
    parityPlaceExtra: (place: string) =>
      `${place} staat in de vertaling, maar niet in de Engelse versie.`,
    parityEndingMissing: (id: string) => `Het einde “${id}” is in de vertaling niet te bereiken.`,
    parityEndingExtra: (id: string) =>
      `Het einde “${id}” staat in de vertaling, maar niet in de Engelse versie.`,
    parityPoints: (place: string, translation: number, english: number) =>
      `${place} heeft ${translation} ${translation === 1 ? 'keuzemoment' : 'keuzemomenten'} in de vertaling, en ${english} in het Engels.`,
    parityChoices: (place: string, translation: number, english: number) =>
      `${place} biedt ${translation} ${translation === 1 ? 'keuze' : 'keuzes'} in de vertaling, en ${english} in het Engels.`,
    parityEffects: (n: number, place: string, translation: string, english: string) =>
      `Keuze ${n} in ${place} scoort ${translation} in de vertaling, maar ${english} in het Engels.`,
    parityRubric: (n: number, place: string, translation: string, english: string) =>
      `Keuze ${n} in ${place} heeft ${translation} in de vertaling, maar ${english} in het Engels.`,
    parityDiscuss: (place: string, inTranslation: boolean) =>
      inTranslation
        ? `Een keuzemoment in ${place} heeft een discuss:-vraag in de vertaling, maar niet in het Engels.`
        : `Een keuzemoment in ${place} heeft geen discuss:-vraag in de vertaling, maar wel in het Engels.`,
    parityBroken: (lang: string, error: string | null) =>
      `De versie in het ${lang} compileert niet, dus de twee kunnen niet vergeleken worden${error ? `: ${error}` : '.'}`,
    noEnding: 'Geen enkel pad bereikt een einde.',
    randomness:
      'Het verhaal gebruikt toeval (shuffles of RANDOM): de paden zijn maar voor één worp van de dobbelsteen nagekeken.',
    endingUnreached: (id: string) =>
      `Het einde “${id}” staat in het verhaal, maar geen enkel pad komt er.`,
  },
  moreFindings: (n: number) => `…en nog ${n}.`,
  reachedBy: (choices: number) =>
    choices === 0
      ? 'Bereikt zonder keuze'
      : `Bereikt na ${choices} ${choices === 1 ? 'keuze' : 'keuzes'}`,
  pathToLowest: (min: number) => `Pad naar het laagste (${min})`,
  pathToHighest: (max: number) => `Pad naar het hoogste (${max})`,
  pathMemory: (memory: string) => `Met deze herinnering uit vorige scenario’s: ${memory}`,
  pathNoChoices: 'Geen keuze nodig: het verhaal komt er vanzelf.',
  endingNeverReached: 'nooit bereikt',
  mapTitle: 'Vertakkingskaart',
  mapLegend:
    'Vakjes zijn knots en stitches, pijlen de keuzes en sprongen ertussen, met hun effect op elke tip (t2+1: tip 2 één omhoog; ·: zonder score). Groene vakjes zijn eindes, rode kapotte stops. Kies een vakje om naar zijn regel te gaan.',
  mapEmpty: 'Kijk het verhaal na om zijn kaart te tekenen.',
  mapNothing: 'Het verhaal heeft nog geen vertakkingen om te tekenen.',
  mapStale:
    'Het verhaal is veranderd sinds deze kaart getekend werd. Kijk opnieuw na om ze bij te werken.',
  mapLabel: (boxes: number, arrows: number) =>
    `Vertakkingskaart: ${boxes} ${boxes === 1 ? 'vakje' : 'vakjes'}, ${arrows} ${arrows === 1 ? 'pijl' : 'pijlen'}`,
  mapStart: 'begin',
  mapEnding: (name: string) => `Einde: ${name}`,
  mapDeadEnd: 'Doodlopend',
  mapError: 'Fout tijdens het spelen of eindeloze lus',
  mapUnexplored: 'Niet verkend (grens)',
  mapLeadsTo: (choices: number, to: string) =>
    `${choices} ${choices === 1 ? 'keuze leidt' : 'keuzes leiden'} naar ${to}`,
  mapGoesOn: (to: string) => `Zonder keuze gaat het verhaal verder naar ${to}`,
};
