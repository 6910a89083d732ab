/**
 * The suggested order of the scenarios: one typed place, read by the scenario select (and by anything
 * else that wants "what next?"). The order is a teaching order and also a memory order: a scenario that
 * picks up what another one left behind (a promise, a name) comes after it, so a learner who follows
 * the order meets the memory flow as the authors meant it.
 */

export interface CurriculumStep {
  /** The scenario id (kebab-case, the same in every language). */
  readonly id: string;
  /**
   * The scenario whose `mem_` variables this one reads, when it continues a story: shown on the select
   * screen so a learner knows which to play first.
   */
  readonly continues: string | null;
}

export const CURRICULUM: readonly CurriculumStep[] = [
  // Tip 1 first: the attitude everything else rests on. A promise made here returns later.
  { id: 'hard-seller', continues: null },
  // Tip 1 in the room itself: getting into a circle in full flow, letting others in, and leaving a talk
  // (and someone who won't let go) without a lie. It comes before beyond-the-pitch, which goes deep with
  // one person, because staying or moving on is the tension between tips 1 and 2 that this one opens.
  { id: 'the-closed-circle', continues: null },
  // Tip 2: from pitches to real conversations; the name and need learned here return later.
  { id: 'beyond-the-pitch', continues: null },
  // Tip 3 from the wrong side first: the stack of cards handed to an assistant.
  { id: 'secretary-call', continues: null },
  // Tip 3 online, and from both sides: your own follow-up note the morning after, and the automated
  // pitch that arrives a minute after you accept a request. Right after secretary-call, whose stack of
  // cards it answers in writing, and before the-introduction, the other follow-up tip 3 names.
  { id: 'after-the-handshake', continues: null },
  // Tip 3 done right: keeping the promise made at the reception in hard-seller.
  { id: 'the-introduction', continues: 'hard-seller' },
  // Tip 4: the one-on-one with the contact met in beyond-the-pitch.
  { id: 'coffee-one-on-one', continues: 'beyond-the-pitch' },
  // Tip 4 from the other chair: a structured one-on-one where both sides say what would help them, and
  // after helping first you ask for something small, specific and answerable for yourself. Right after
  // coffee-one-on-one, whose question ("how can I help?") it completes; Els from hard-seller comes back.
  { id: 'your-own-ask', continues: 'hard-seller' },
  // Tip 5 through the referral, from the side that is asked: a likeable contact wants your best client
  // on your word, and a recommendation you made has just let her down. Right after your-own-ask, which
  // teaches asking for an introduction; this one teaches what giving one spends (visible, credible,
  // referable), a "not yet" that keeps the door open, a qualified introduction, and owning a referral
  // that went wrong. Thomas knows you as the club's connector from hard-seller, when it was played.
  { id: 'the-referral', continues: 'hard-seller' },
  // Tip 1 again, from the sales side: at a trade-fair stand, a real buying signal deserves a clear offer,
  // while the freebie hunter, the competitor and the badge scanner tempt the hard sell. It comes after
  // the scenarios that teach not to sell, so "when selling is right" reads as their nuance, not their
  // contradiction, and before not-ready-to-buy, which weighs a sale against the long game over months.
  { id: 'trade-fair-booth', continues: null },
  // Tip 5 last: it asks the learner to weigh everything before it against a quick sale.
  { id: 'not-ready-to-buy', continues: null },
  // Tip 5 after the silence: eight months on, Marleen from secretary-call is a dormant contact in a sales
  // campaign. Getting back in touch honestly (name the silence, bring something of value to her, no
  // pitch) is the long game's other half: relationships lapse, and what you do then decides whether
  // they were relationships. It reads what secretary-call left behind, so it comes after the whole set.
  { id: 'the-cold-contact', continues: 'secretary-call' },
];

/**
 * Swaps: the same evening as a curriculum scenario, played from the other side of the table (issue 15).
 * A swap is not a step of its own: the select screen shows it with its original, and it stays locked
 * there until the original has been played once to its debrief, because a swap teaches by contrast
 * with an evening the learner has already had. The lock is the menu's order, not a gate: an address
 * (`#/play/<swap>`, a workshop room, an LMS package) plays a swap at once (docs/authoring.md, "Swaps").
 */
export interface SwapPair {
  /** The swap's scenario id. */
  readonly id: string;
  /** The curriculum scenario it is the other side of. */
  readonly of: string;
}

export const SWAPS: readonly SwapPair[] = [
  // The hard sell from the seat of the person it is aimed at: Els, whom Kurt pitches at the door.
  { id: 'hard-seller-swap', of: 'hard-seller' },
  // The secretary call from the seat of the assistant handed the stack and told to ring it: Katrien.
  { id: 'secretary-call-swap', of: 'secretary-call' },
];

/** The original a swap is the other side of, or null when `id` is not a swap. */
export function swapOf(id: string): string | null {
  return SWAPS.find((s) => s.id === id)?.of ?? null;
}

/** The swap of an original scenario, or null when it has none. */
export function swapFor(id: string): string | null {
  return SWAPS.find((s) => s.of === id)?.id ?? null;
}

/**
 * Whether the select screen shows a scenario locked, given the scenarios this profile has played to
 * their debrief (in any language). Only a swap can be locked, and only until its original has been
 * played; a swap already played (through a link) stays open.
 */
export function isLocked(id: string, played: ReadonlySet<string>): boolean {
  const original = swapOf(id);
  return original !== null && !played.has(original) && !played.has(id);
}

/** The 1-based place of a scenario in the suggested order, or null when it is not part of it. */
export function curriculumStep(id: string): number | null {
  const index = CURRICULUM.findIndex((s) => s.id === id);
  return index < 0 ? null : index + 1;
}

/** The scenario a scenario continues from, or null. */
export function continuesFrom(id: string): string | null {
  return CURRICULUM.find((s) => s.id === id)?.continues ?? null;
}

/**
 * Scenarios sorted into the suggested order, each swap right after its original. Scenarios the
 * curriculum does not name (a club's own, say) follow the curriculum, in the order they came in, so
 * nothing is ever hidden.
 */
export function inCurriculumOrder<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const rank = (item: T) => {
    const original = swapOf(item.id);
    const step = curriculumStep(original ?? item.id);
    if (step === null) return Number.POSITIVE_INFINITY;
    return original === null ? step : step + 0.5;
  };
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map((x) => x.item);
}
