/**
 * Flemish Dutch strings for time pressure (issue 15); the same keys as ./pressure-en.ts, which the
 * type enforces.
 */
import type { pressureEn } from './pressure-en.ts';

export const pressureNl: typeof pressureEn = {
  timePressureLabel: (title: string) => `Tijdsdruk in „${title}”`,
  timePressureOff: 'Uit',
  timePressureRelaxed: (seconds: number) => `Rustig: ${seconds} s`,
  timePressureBrisk: (seconds: number) => `Vlot: ${seconds} s`,
  timePressureHint:
    'Op een echte receptie wacht niemand. Met tijdsdruk aan lopen enkele momenten van dit scenario tegen de klok; is de tijd om, dan beslist het verhaal wat je doet, alsof je twijfelde. Met „Meer tijd” (of de toets M) krijg je extra tijd, zo vaak je wilt.',
  timePressureWhere:
    'Tijdsdruk staat uit, tenzij je hem aanzet, scenario per scenario: open in een gesprek deze instellingen met ⚙.',
  countdownLabel: 'Resterende tijd',
  countdownLeft: (seconds: number) => `${seconds} s`,
  countdownStart: (seconds: number, choice: string) =>
    `Keuze tegen de klok: ${seconds} seconden. Is de tijd om, dan wordt het „${choice}”. Druk op M voor meer tijd.`,
  countdownSoon: (seconds: number) => `Nog ${seconds} seconden.`,
  countdownMore: (seconds: number) => `Meer tijd: nog ${seconds} seconden.`,
  moreTime: 'Meer tijd',
  timeoutMark: 'als de tijd om is',
  timeRanOut: 'De tijd is om.',
  momentTimed: 'Gekozen tegen de klok',
  momentRanOut: 'De tijd was om: het verhaal koos dit voor jou',
  pressureSummary: (timed: number, ranOut: number) =>
    `${timed === 1 ? 'Eén keuze' : `${timed} keuzes`} tegen de klok` +
    (ranOut === 0
      ? timed === 1
        ? ', op tijd gemaakt.'
        : ', telkens op tijd gemaakt.'
      : `; ${ranOut === 1 ? 'één keer' : `${ranOut} keer`} was de tijd om en koos het verhaal voor jou.`),
};
