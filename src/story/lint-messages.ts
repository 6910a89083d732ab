/**
 * What the tag linter (./lint.ts) and the rubric's checks (src/analysis/rubric.ts) say to an author,
 * as message codes with parameters, like the tag grammar's own (./tag-messages.ts). The English words
 * are the command line's, unchanged; the Studio words each code in its page's language
 * (src/i18n/author.ts). Only build tools and the Studio's worker load this module, never the game.
 */
import { bandText, type BandBreach } from './rubric.ts';

export const LINT_MESSAGES = {
  'via-without-speaker': (p: { via: string }) =>
    `"via: ${p.via}" is about the line's speaker: add "# speaker: id"`,
  'scene-unknown': (p: { scene: string }) =>
    `unknown scene "${p.scene}": no venue with that id exists`,
  'sound-unknown': (p: { sound: string }) =>
    `unknown sound "${p.sound}": no sound with that id exists`,
  'header-tags': () =>
    'a knot or stitch header cannot carry tags: put them on the first line after it',
  'choice-tags-without-brackets': () =>
    'tags on a choice without brackets: write "* [Choice text # tip1 +1] …"',
  'choice-without-brackets-or-act': () =>
    'a choice without an act: write it as "* [Choice text # act: … # …]"',
  'tag-before-brackets': () => 'a tag before the choice brackets: move it inside "[…]"',
  'why-missing': () => 'a scored choice has no "why:" for the debrief',
  'why-unscored': () => 'a "why:" on a choice with no tip effect',
  'timeout-second': (p: { first: number }) =>
    `a second "timeout" choice at one choice point (the first is on line ${p.first}): time running out takes one choice`,
  'band-breach': (p: BandBreach) => `${bandText(p)}: see docs/rubric.md`,
  'modifier-not-for-act': (p: { key: string; value: string; act: string; acts: string }) =>
    `"${p.key}: ${p.value}" does not apply to the act "${p.act}" (only to ${p.acts}): see docs/rubric.md`,
  'modifier-without-act': () => 'a modifier on a choice without an act: add "act: …"',
  'choice-without-act': () =>
    'a choice without an act: add "# act: …" inside the brackets (docs/rubric.md)',
  'trust-not-in-cast': (p: { id: string }) =>
    `trust for "${p.id}", who is not in the cast: use a cast id`,
  'named-not-in-cast': (p: { tag: string; id: string }) =>
    `"${p.tag}:" names "${p.id}", who is not in the cast: use a cast id`,
  'speaker-not-in-cast': (p: { id: string }) =>
    `speaker "${p.id}" is not in the cast: add "# cast: ${p.id} | Name | role" at the top`,
  'ending-without-title': (p: { id: string }) =>
    `ending "${p.id}" has no title: add "# ending: ${p.id} \\| Its title" at the top`,
  'ending-shows-id': (p: { id: string }) =>
    `ending "${p.id}" has no title, so players see its id: add "# ending: ${p.id} \\| Its title" at the top`,
  'ending-unused': (p: { id: string }) => `ending "${p.id}" is declared but no line ends with it`,
  // The rubric's checks of an analysed story (src/analysis/rubric.ts); shares are `40%`.
  'rubric-no-discuss': (p: { choice: string }) =>
    `the choice point of "${p.choice}" has no "discuss:" prompt on the way to it (put "# discuss: …" on the line that asks the question)`,
  'rubric-few-mixed': (p: { mixed: number; choices: number; share: string; min: string }) =>
    `only ${p.mixed} of ${p.choices} choices (${p.share}) have mixed effects; the rubric asks for at least ${p.min}`,
  /** `dominant`: the first few dominant options, quoted and comma-separated. */
  'rubric-few-trade-offs': (p: {
    tradeOffs: number;
    points: number;
    share: string;
    dominant: string;
  }) =>
    `only ${p.tradeOffs} of ${p.points} choice points (${p.share}) offer a trade-off; at most points no option may be best on every tip (dominant now: ${p.dominant})`,
} satisfies Record<string, (p: never) => string>;

export type LintMessageCode = keyof typeof LINT_MESSAGES;
