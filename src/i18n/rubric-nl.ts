import type { RubricMessages } from './rubric-messages.ts';

export const rubricNl: RubricMessages = {
  acts: {
    mingle: {
      name: 'Aansluiten',
      line: 'Bij mensen gaan staan zonder iets te willen halen: daarvoor dient een event (tip 1).',
    },
    'small-talk': {
      name: 'Babbel',
      line: 'Opent een deur (tip 1), en blijft aan de oppervlakte (tip 2).',
    },
    'open-question': {
      name: 'Open vraag',
      line: 'Een vraag over de persoon: de weg voorbij de pitch (tip 2).',
    },
    'follow-thread': {
      name: 'Doorvragen',
      line: 'Diepgang met één persoon (tip 2), ten koste van minder nieuwe mensen (tip 1).',
    },
    'say-what-you-do': {
      name: 'Zeggen wat je doet',
      line: 'Mensen mogen jou en je zaak kennen; stop voor het een pitch wordt.',
    },
    'self-disclose': {
      name: 'Over jezelf praten',
      line: 'Maakt je menselijk (tip 2); neemt de ruimte in die vragen hoe je kunt helpen nodig heeft (tip 4).',
    },
    pitch: {
      name: 'Pitch',
      line: 'Verkopen op een ontmoeting: levert nooit een tip op (tips 1 en 5).',
    },
    qualify: { name: 'Verkoopvraag', line: 'Een vraag over jouw verkoop, niet over hen (tip 1).' },
    target: {
      name: 'Doelwit kiezen',
      line: 'Mensen sorteren op wat je hun kunt verkopen: ze worden leads voor ze mensen zijn (tip 1).',
    },
    'work-the-room': {
      name: 'De zaal afwerken',
      line: 'Veel mensen ontmoet (tip 1), niemand leren kennen (tip 2).',
    },
    'swap-cards': {
      name: 'Kaartjes ruilen',
      line: 'Een begin, maar daar stoppen is waar tip 2 voor waarschuwt.',
    },
    'hear-out': {
      name: 'Een pitch uitzitten',
      line: 'Geduldig (tip 5), en het gesprek blijft een pitch (tip 2).',
    },
    deflect: {
      name: 'Een pitch ontmijnen',
      line: 'Stopt het verkopen zonder les te lezen (tip 1).',
    },
    decline: {
      name: 'Nee zeggen',
      line: 'Eerlijk; een gesloten deur kan het lange spel kosten (tip 5).',
    },
    exit: {
      name: 'Verder gaan',
      line: 'Je ontmoet meer mensen (tip 1) en gaat minder diep (tip 2).',
    },
    advise: {
      name: 'Ongevraagd advies',
      line: 'De boodschap klopt misschien; het luisteren is weg (tip 2).',
    },
    candour: {
      name: 'Eerlijkheid',
      line: 'Eerlijkheid waarom gevraagd wordt of die je verschuldigd bent, bouwt geloofwaardigheid op (tip 5).',
    },
    'smooth-over': {
      name: 'Sussen',
      line: 'Zeggen wat mensen willen horen: nu makkelijk, later duur (tip 5).',
    },
    'ask-how-to-help': {
      name: 'Vragen hoe je kunt helpen',
      line: 'Tip 4 zelf, en waar vertrouwen begint.',
    },
    'offer-help': {
      name: 'Hulp aanbieden',
      line: 'Gul, maar een gok naar wat helpt, soms met een haakje aan (tip 4).',
    },
    'ask-referral': {
      name: 'Een gunst vragen',
      line: 'Nemen voor je geeft, tenzij ze vroegen hoe ze kunnen helpen (tip 4).',
    },
    invite: {
      name: 'Uitnodigen onder vier ogen',
      line: 'Een koffie zonder agenda: tip 4, en het lange spel.',
    },
    promise: { name: 'Belofte', line: 'Telt niet voor tip 3 tot je ze nakomt.' },
    'keep-promise': {
      name: 'Belofte nakomen',
      line: 'Doen wat je zei, wanneer je het zei: de kern van tip 3.',
    },
    'break-promise': {
      name: 'Belofte laten liggen',
      line: 'De opvolging waar tip 3 om vraagt, gebeurt niet.',
    },
    introduce: { name: 'Twee mensen voorstellen', line: 'De andere opvolging die tip 3 noemt.' },
    'follow-up': { name: 'Opvolgen', line: 'Opvolgen zonder te verkopen: tip 3.' },
    'follow-up-with-pitch': {
      name: 'Opvolgen met een pitch',
      line: 'Opvolging die verkoopt: wat tip 3 verbiedt.',
    },
    'cold-call': {
      name: 'Koud bellen',
      line: 'Contacten worden verkoopgesprekken: tips 1, 3 en 5 gaan alle drie omlaag.',
    },
    wait: { name: 'Afwachten', line: 'Nog geen schade (tip 5), ook geen opvolging (tip 3).' },
    'keep-notes': {
      name: 'Notities bijhouden',
      line: 'Wie wat zei en wat je beloofde: zo wordt opvolgen mogelijk.',
    },
    repair: {
      name: 'Herstellen',
      line: 'Excuses of een weg terug: zo herstel je het lange spel (tip 5).',
    },
    reflect: {
      name: 'Nadenken',
      line: 'Een conclusie voor jezelf, die bepaalt wat je daarna doet.',
    },
    prepare: {
      name: 'Voorbereiden',
      line: 'Voorbereiding kan helpen, of het hele gesprek worden.',
    },
  },
  modifiers: {
    'timing: late': {
      qualifier: 'te laat',
      line: 'Nagekomen, maar te laat: het telt nog een beetje (tip 3), en het wachten kan de lange termijn kosten (tip 5).',
    },
    'asked: yes': {
      qualifier: 'op vraag',
      line: 'Ze vroegen het zelf: gewoon antwoorden is niet duwen, en kan tellen (tip 1); druk zetten kost nog altijd (tip 5).',
    },
    'effort: token': {
      qualifier: 'symbolisch',
      line: 'De kleinste opvolging die er is: beter dan niets, maar nauwelijks (tip 3).',
    },
  },
  actLabel: 'Rubric',
  trustTitle: 'Vertrouwen, persoon per persoon',
  trustIntro:
    'Hoe elke persoon je ging zien: eerst kennen ze je, dan vinden ze je geloofwaardig, en pas dan zouden ze je aanbevelen.',
  stages: {
    wary: 'houdt afstand',
    visible: 'weet wie je bent',
    credible: 'vindt je geloofwaardig',
    referable: 'zou je aanbevelen',
  },
  turnedBy: 'Keerpunt',
  repaired: 'Gedaald, en teruggewonnen.',
  trustSummary: (name, final, stage) => `${name}: ${final > 0 ? '+' : ''}${final}, ${stage}`,
};
