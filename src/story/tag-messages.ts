/**
 * What the tag grammar (./tags.ts) says about a tag it cannot read, as message codes with parameters.
 * The English words here are the command line's and the tests' (they quote them); the Studio words
 * the same code in its own language (src/i18n/author.ts), so a Dutch trainer reads Dutch. The game
 * imports the tag grammar, so only its own messages live here; the linter's and the rubric's are in
 * ./lint-messages.ts, which only build tools and the Studio's worker load.
 */

/** A message's parameters: the tag, an id, a number, as the English sentence quotes them. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One author-facing message: its English words, and its code and parameters for other languages. */
export interface CodedMessage {
  readonly message: string;
  readonly code: string;
  readonly params: MessageParams;
}

export const TAG_MESSAGES = {
  'timeout-twice': () => 'a choice has two "timeout" tags',
  'trust-not-id': (p: { person: string }) =>
    `"trust:" names a cast id (lowercase), got "${p.person}"`,
  'trust-range': (p: { tag: string; max: number }) =>
    `trust change "${p.tag}" is out of range: use +1..+${p.max} or -1..-${p.max}`,
  'trust-twice': (p: { person: string; tag: string }) =>
    `${p.person}'s trust is changed twice on one choice ("${p.tag}")`,
  'trust-malformed': (p: { tag: string }) =>
    `malformed trust change "${p.tag}": write it as "trust: kurt +1"`,
  'tip-range': (p: { tag: string; max: number }) =>
    `tip effect "${p.tag}" is out of range: use +1..+${p.max} or -1..-${p.max}`,
  'tip-twice': (p: { tip: number; tag: string }) =>
    `tip${p.tip} is scored twice on one choice ("${p.tag}")`,
  'tip-malformed': (p: { tag: string }) =>
    `malformed tip effect "${p.tag}": write it as "tip1 +2" (tips 1-5, sign required)`,
  'why-twice': () => 'a choice has two "why:" tags',
  'why-empty': () => '"why:" has no reason after it',
  'act-twice': () => 'a choice has two "act:" tags',
  'act-unknown': (p: { act: string }) =>
    `unknown act "${p.act}": the acts are listed in docs/rubric.md`,
  'modifier-unknown': (p: { key: string; value: string }) =>
    `unknown modifier "${p.key}: ${p.value}": see docs/rubric.md`,
  'choice-key-twice': (p: { key: string }) => `a choice has two "${p.key}:" tags`,
  /** `modifiers`: the modifier keys as the story writes them, `"timing: …", "asked: …"`. */
  'choice-tag-unknown': (p: { tag: string; modifiers: string }) =>
    `unknown choice tag "${p.tag}": choices take "tipN +K", "why: …", "act: …", ${p.modifiers}, "trust: id +K" and "timeout"`,
  'mood-twice': () => 'a line has two "mood: id mood" tags',
  'mood-needs-id': (p: { person: string }) =>
    `"mood: id mood" needs a cast id first, got "${p.person}"`,
  'mood-unknown': (p: { mood: string; moods: string }) =>
    `unknown mood "${p.mood}": moods are ${p.moods}`,
  'via-twice': () => 'a line has two "via:" tags',
  'via-unknown': (p: { value: string; vias: string }) =>
    `unknown "via: ${p.value}": a speaker can be reached ${p.vias}`,
  'leave-needs-id': (p: { value: string }) => `"leave:" needs a cast id, got "${p.value}"`,
  'discuss-twice': () => 'a line has two "discuss:" tags',
  'discuss-empty': () => '"discuss:" has no question after it',
  'choice-tag-on-line': (p: { tag: string }) =>
    `"${p.tag}" is on a line, not a choice: write it inside the choice brackets, e.g. "* [Ask # ${p.tag}]"`,
  'line-tag-unknown': (p: { tag: string; keys: string }) =>
    `unknown line tag "${p.tag}": lines take ${p.keys}, via, leave, discuss`,
  'line-key-twice': (p: { key: string }) => `a line has two "${p.key}:" tags`,
  'line-tag-not-id': (p: { key: string; value: string }) =>
    `"${p.key}:" needs an id of lowercase letters, digits and dashes, got "${p.value}"`,
  'main-not-tip': (p: { value: string }) =>
    `"main:" names one tip, e.g. "main: tip3", got "${p.value}"`,
  'cast-malformed': (p: { value: string }) =>
    `"cast:" is "cast: id | Full Name | role", got "${p.value}"`,
  'cast-twice': (p: { id: string }) => `cast member "${p.id}" is declared twice`,
  'ending-malformed': (p: { value: string }) =>
    `"ending:" at the top is "ending: id \\| Title", got "${p.value}"`,
  'ending-twice': (p: { id: string }) => `ending "${p.id}" is declared twice`,
  'remember-malformed': (p: { value: string }) =>
    `"remember:" names one memory variable, e.g. "remember: mem_met_kurt", got "${p.value}"`,
  'global-tag-unknown': (p: { tag: string; keys: string }) =>
    `unknown global tag "${p.tag}": the top of a story takes ${p.keys}`,
  'no-title': () => 'the story has no "title:" tag at the top',
} satisfies Record<string, (p: never) => string>;

export type TagMessageCode = keyof typeof TAG_MESSAGES;

/** A message of `table` by its code, its English words made from its parameters. */
export function codedMessage<
  T extends Record<string, (p: never) => string>,
  C extends keyof T & string,
>(table: T, code: C, ...params: Parameters<T[C]>): CodedMessage {
  const [given] = params as unknown as [MessageParams | undefined];
  const words = table[code] as unknown as (p: MessageParams) => string;
  return { message: words(given ?? {}), code, params: given ?? {} };
}
