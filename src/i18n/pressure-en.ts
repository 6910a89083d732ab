/**
 * English strings for time pressure (issue 15): the per-scenario setting, the countdown on a timed
 * choice point and what the debrief says about it. Spread into the dictionary, as ./look-en.ts is.
 */
export const pressureEn = {
  timePressureLabel: (title: string) => `Time pressure in “${title}”`,
  timePressureOff: 'Off',
  timePressureRelaxed: (seconds: number) => `Relaxed: ${seconds} s`,
  timePressureBrisk: (seconds: number) => `Brisk: ${seconds} s`,
  timePressureHint:
    'A real reception does not wait. With time pressure on, a few moments of this scenario count down; when time runs out, the story decides what you do, as if you hesitated. “More time” (or the M key) adds time as often as you like.',
  timePressureWhere:
    'Time pressure is off unless you turn it on, one scenario at a time: in a conversation, open these settings with ⚙.',
  countdownLabel: 'Time left',
  countdownLeft: (seconds: number) => `${seconds} s`,
  countdownStart: (seconds: number, choice: string) =>
    `Timed choice: ${seconds} seconds. If time runs out: “${choice}”. Press M for more time.`,
  countdownSoon: (seconds: number) => `${seconds} seconds left.`,
  countdownMore: (seconds: number) => `More time: ${seconds} seconds left.`,
  moreTime: 'More time',
  timeoutMark: 'if time runs out',
  timeRanOut: 'Time ran out.',
  momentTimed: 'Chosen against the clock',
  momentRanOut: 'Time ran out: the story chose this for you',
  pressureSummary: (timed: number, ranOut: number) =>
    `${timed === 1 ? 'One choice' : `${timed} choices`} against the clock` +
    (ranOut === 0
      ? timed === 1
        ? ', made in time.'
        : ', each made in time.'
      : `; ${ranOut === 1 ? 'once' : `${ranOut} times`} time ran out and the story chose for you.`),
};
