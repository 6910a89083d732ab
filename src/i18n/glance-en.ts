/**
 * English strings for the debrief that reads at a glance, its handout and reopening an earlier
 * attempt's debrief (issue 17). Kept in a file of their own, spread into ./en.ts.
 */
export const glanceEn = {
  glanceHeading: 'At a glance',
  /** A tip's result as a share of what the scenario allowed. */
  shareOf: (percent: number) => `${percent}% of what this scenario allowed`,
  mainLesson: (tip: string) => `Main lesson: ${tip}`,
  standings: {
    strong: 'Strong: keep doing this.',
    fair: 'Fair, with room to grow.',
    weak: 'The one to practise next.',
  },
  practiceHeading: 'Moments to practise',
  practiceIntro: 'A stronger option was on offer here. Replay from that moment and try it.',
  practiceNone: 'You took the strongest option at every moment that counted.',
  replayFromHere: 'Replay from here',
  replayFromHereAbout: (chosen: string) => `, where you chose “${chosen}”`,
  allMoments: (n: number) => (n === 1 ? 'The one key moment' : `All ${n} key moments, one by one`),
  rawScore: (score: number, min: number, max: number) =>
    `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)} on a scale from ${min} to ${max}`,
  chartKeys: {
    axes: 'Each axis runs from the lowest score this scenario allows (centre) to the highest (rim).',
    rings: 'Rings: a quarter, half and three quarters of the way.',
    zero: 'Small hollow circle: where a score of zero lies on that axis.',
    off: 'Grey number: not at stake in this scenario.',
  },
  chartShare: 'Share',
  playShort: 'Play',
  printHandout: 'Print a one-page handout',
  handoutFooter: 'Mingle: practise the conversations that build a network.',
  playedOn: (when: string) => `Played on ${when}.`,
  reviewLoading: 'Rebuilding the debrief…',
  reviewTitle: 'This debrief cannot be shown',
  reviewProblems: {
    'not-found': 'There is no such finished attempt in this profile on this device.',
    'scenario-missing': 'The scenario of this attempt is no longer in the game.',
    'story-changed':
      'The scenario has changed since this attempt, so its debrief cannot be rebuilt exactly. Its scores are still in your history.',
    network:
      'The scenario could not be downloaded. Check your internet connection, then try again.',
    load: 'The scenario could not be loaded. It may be damaged or from another version.',
  },
  toProgress: 'Back to your progress',
};
