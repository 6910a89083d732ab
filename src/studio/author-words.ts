/**
 * What the tag grammar, the tag linter and the rubric's checks say to an author, in the Studio's
 * language. They speak in message codes with parameters (src/story/tag-messages.ts,
 * lint-messages.ts); English is their own words, the command line's. Dutch is written here as a
 * trainer in Flanders would say it, not word for word: a tag stays as the story writes it (`why:`,
 * `act:`), since that is what the author types. These words live beside the Studio rather than in
 * src/i18n because they are typed by the story's codes, which src/i18n may not see, and only the
 * Studio's chunk needs them.
 */
import {
  LINT_MESSAGES,
  TAG_MESSAGES,
  type LintMessageCode,
  type MessageParams,
  type TagMessageCode,
} from '../story/index.ts';
import type { Lang } from '../i18n/index.ts';

type Table = typeof TAG_MESSAGES & typeof LINT_MESSAGES;
export type AuthorCode = TagMessageCode | LintMessageCode;
/** Every code's words in one language, with the same parameters as the English. */
export type AuthorWords = { readonly [C in AuthorCode]: Table[C] };

export const AUTHOR_WORDS_EN: AuthorWords = { ...TAG_MESSAGES, ...LINT_MESSAGES };

/**
 * Splits a comma-separated list the English joins (modifiers, moods) and joins it the Dutch way:
 * `a, b en c`, or `a, b of c` for a choice.
 */
const list = (items: string, last = 'en'): string => {
  const parts = items.split(', ');
  return parts.length < 2
    ? items
    : `${parts.slice(0, -1).join(', ')} ${last} ${parts.at(-1) ?? ''}`;
};

export const AUTHOR_WORDS_NL: AuthorWords = {
  // ---- The tag grammar ----
  'timeout-twice': () => 'Deze keuze heeft twee keer de tag "timeout".',
  'trust-not-id': (p) =>
    `Na "trust:" komt de id van iemand uit de cast (in kleine letters), niet "${p.person}".`,
  'trust-range': (p) =>
    `De vertrouwenswijziging "${p.tag}" is te groot of nul: gebruik +1 tot +${p.max} of -1 tot -${p.max}.`,
  'trust-twice': (p) =>
    `Het vertrouwen van ${p.person} verandert twee keer op dezelfde keuze ("${p.tag}").`,
  'trust-malformed': (p) =>
    `De vertrouwenswijziging "${p.tag}" klopt niet: schrijf ze als "trust: kurt +1".`,
  'tip-range': (p) =>
    `Het tip-effect "${p.tag}" is te groot of nul: gebruik +1 tot +${p.max} of -1 tot -${p.max}.`,
  'tip-twice': (p) => `Tip ${p.tip} krijgt twee scores op dezelfde keuze ("${p.tag}").`,
  'tip-malformed': (p) =>
    `Het tip-effect "${p.tag}" klopt niet: schrijf het als "tip1 +2" (tips 1 tot 5, altijd met een teken).`,
  'why-twice': () => 'Deze keuze heeft twee keer een "why:".',
  'why-empty': () => 'Na "why:" staat geen uitleg.',
  'act-twice': () => 'Deze keuze heeft twee keer een "act:".',
  'act-unknown': (p) =>
    `De act "${p.act}" bestaat niet: de lijst van acts staat in docs/rubric.md.`,
  'modifier-unknown': (p) =>
    `De modifier "${p.key}: ${p.value}" bestaat niet: kijk in docs/rubric.md.`,
  'choice-key-twice': (p) => `Deze keuze heeft twee keer een "${p.key}:".`,
  'choice-tag-unknown': (p) =>
    `Onbekende tag op een keuze: "${p.tag}". Een keuze kent "tipN +K", "why: …", "act: …", ${p.modifiers}, "trust: id +K" en "timeout".`,
  'mood-twice': () => 'Deze regel heeft twee keer een "mood: id stemming".',
  'mood-needs-id': (p) =>
    `Bij "mood: id stemming" komt eerst de id van iemand uit de cast, niet "${p.person}".`,
  'mood-unknown': (p) => `De stemming "${p.mood}" bestaat niet: kies uit ${list(p.moods, 'of')}.`,
  'via-twice': () => 'Deze regel heeft twee keer een "via:".',
  'via-unknown': (p) =>
    `"via: ${p.value}" bestaat niet: kies ${p.vias
      .split(', ')
      .map((v) => `"via: ${v}"`)
      .join(' of ')}.`,
  'leave-needs-id': (p) => `Na "leave:" komt de id van iemand uit de cast, niet "${p.value}".`,
  'discuss-twice': () => 'Deze regel heeft twee keer een "discuss:".',
  'discuss-empty': () => 'Na "discuss:" staat geen vraag.',
  'choice-tag-on-line': (p) =>
    `"${p.tag}" hoort bij een keuze, niet bij een gewone regel: zet het tussen de haakjes van de keuze, bijvoorbeeld "* [Vraag # ${p.tag}]".`,
  'line-tag-unknown': (p) =>
    `Onbekende tag op een regel: "${p.tag}". Een regel kent ${p.keys}, via, leave en discuss.`,
  'line-key-twice': (p) => `Deze regel heeft twee keer een "${p.key}:".`,
  'line-tag-not-id': (p) =>
    `Na "${p.key}:" komt een id van kleine letters, cijfers en streepjes, niet "${p.value}".`,
  'main-not-tip': (p) => `"main:" noemt één tip, bijvoorbeeld "main: tip3", niet "${p.value}".`,
  'cast-malformed': (p) =>
    `Schrijf "cast:" als "cast: id | Volledige naam | rol", niet "${p.value}".`,
  'cast-twice': (p) => `"${p.id}" staat twee keer in de cast.`,
  'ending-malformed': (p) =>
    `Bovenaan schrijf je een einde als "ending: id \\| Titel", niet "${p.value}".`,
  'ending-twice': (p) => `Het einde "${p.id}" staat twee keer bovenaan.`,
  'remember-malformed': (p) =>
    `"remember:" noemt één geheugenvariabele, bijvoorbeeld "remember: mem_met_kurt", niet "${p.value}".`,
  'global-tag-unknown': (p) =>
    `Onbekende tag bovenaan het verhaal: "${p.tag}". Bovenaan kan ${p.keys}.`,
  'no-title': () => 'Het verhaal heeft bovenaan geen "title:".',

  // ---- The tag linter ----
  'via-without-speaker': (p) =>
    `"via: ${p.via}" zegt hoe de spreker praat, maar deze regel heeft geen spreker: zet er "# speaker: id" bij.`,
  'scene-unknown': (p) => `De scène "${p.scene}" bestaat niet: er is geen locatie met die id.`,
  'sound-unknown': (p) => `Het geluid "${p.sound}" bestaat niet: er is geen geluid met die id.`,
  'header-tags': () =>
    'Een knot of stitch kan zelf geen tags dragen: zet ze op de eerste regel eronder.',
  'choice-tags-without-brackets': () =>
    'Deze keuze heeft tags maar geen haakjes: schrijf "* [Tekst van de keuze # tip1 +1] …".',
  'choice-without-brackets-or-act': () =>
    'Deze keuze heeft geen act: schrijf ze als "* [Tekst van de keuze # act: … # …]".',
  'tag-before-brackets': () =>
    'Er staat een tag vóór de haakjes van de keuze: zet hem binnen de "[…]".',
  'why-missing': () =>
    'Deze keuze telt mee voor de score, maar heeft geen "why:" voor de nabespreking.',
  'why-unscored': () => 'Deze keuze heeft een "why:", maar verschuift geen enkele tip.',
  'timeout-second': (p) =>
    `Al een tweede keuze met "timeout" op hetzelfde keuzemoment (de eerste staat op regel ${p.first}): als de tijd om is, geldt er maar één keuze.`,
  'band-breach': (p) =>
    `tip${p.tip} ${p.value} valt buiten de band van "${p.act}"${p.modifiers === '' ? '' : ` met ${list(p.modifiers)}`} (${p.band}): zie docs/rubric.md.`,
  'modifier-not-for-act': (p) =>
    `"${p.key}: ${p.value}" geldt niet voor de act "${p.act}", alleen voor ${list(p.acts)}: zie docs/rubric.md.`,
  'modifier-without-act': () => 'Deze keuze heeft een modifier maar geen act: voeg "act: …" toe.',
  'choice-without-act': () =>
    'Deze keuze heeft geen act: zet "# act: …" tussen de haakjes (zie docs/rubric.md).',
  'trust-not-in-cast': (p) =>
    `Vertrouwen voor "${p.id}", maar die staat niet in de cast: gebruik een id uit de cast.`,
  'named-not-in-cast': (p) =>
    `"${p.tag}:" noemt "${p.id}", maar die staat niet in de cast: gebruik een id uit de cast.`,
  'speaker-not-in-cast': (p) =>
    `De spreker "${p.id}" staat niet in de cast: zet bovenaan "# cast: ${p.id} | Naam | rol".`,
  'ending-without-title': (p) =>
    `Het einde "${p.id}" heeft geen titel: zet bovenaan "# ending: ${p.id} \\| Titel".`,
  'ending-shows-id': (p) =>
    `Het einde "${p.id}" heeft geen titel, dus spelers zien zijn id: zet bovenaan "# ending: ${p.id} \\| Titel".`,
  'ending-unused': (p) =>
    `Het einde "${p.id}" staat bovenaan, maar geen enkele regel eindigt ermee.`,

  // ---- The rubric's checks of the whole story ----
  'rubric-no-discuss': (p) =>
    `Op weg naar het keuzemoment van "${p.choice}" staat geen "discuss:"-vraag (zet "# discuss: …" op de regel die de vraag stelt).`,
  'rubric-few-mixed': (p) =>
    `Maar ${p.mixed} van de ${p.choices} keuzes (${p.share}) hebben gemengde effecten; de rubriek vraagt er minstens ${p.min}.`,
  'rubric-few-trade-offs': (p) =>
    `Maar ${p.tradeOffs} van de ${p.points} keuzemomenten (${p.share}) bieden een echte afweging; op de meeste momenten mag geen optie op elke tip de beste zijn (nu op elke tip de beste: ${p.dominant}).`,
};

const WORDS: Readonly<Record<Lang, AuthorWords>> = { en: AUTHOR_WORDS_EN, nl: AUTHOR_WORDS_NL };

/** Whether `code` is one of the author messages' codes. */
export function isAuthorCode(code: string): code is AuthorCode {
  return Object.hasOwn(AUTHOR_WORDS_EN, code);
}

/**
 * A message of the checker in `lang`: its code's words when it has a code, else its own (English)
 * words (ink's own messages, the analyzer's).
 */
export function authorText(
  m: { readonly message: string; readonly code?: string; readonly params?: MessageParams },
  lang: Lang,
): string {
  if (m.code === undefined || !isAuthorCode(m.code)) return m.message;
  const words = WORDS[lang][m.code] as (p: MessageParams) => string;
  return words(m.params ?? {});
}
