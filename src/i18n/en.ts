/**
 * English UI strings: the reference dictionary. Every other language must have exactly these keys
 * (see ./index.ts, `Messages`), so a missing translation is a compile error, not a blank button.
 * Tip names and ideas are our own wording of the five tips (docs/authoring.md).
 */
import { glanceEn } from './glance-en.ts';
import { appEn } from './app-en.ts';
import { lookEn } from './look-en.ts';
import { pressureEn } from './pressure-en.ts';
import { progressEn } from './progress-en.ts';
import { workshopEn } from './workshop-en.ts';
import { lmsEn } from './lms-en.ts';
import { studioEn } from './studio-en.ts';
import { libraryEn } from './library-en.ts';
export const en = {
  langName: 'English',
  appName: 'Mingle',
  tagline: 'Practise the conversations that build a network.',
  intro:
    'Live through a reception, a follow-up call, a coffee. Every choice is weighed against five habits of relationship networking, and the debrief shows what you could do differently.',
  start: 'Choose a scenario',
  languageLabel: 'Language',
  selectTitle: 'Scenarios',
  selectIntro: 'Each takes five to ten minutes. Pick one to begin.',
  noScenarios: 'There are no scenarios in this language yet.',
  showingOtherLanguage: (lang: string) =>
    `There are no scenarios in your language yet; these are in ${lang}.`,
  mainTip: (tip: string) => `Main lesson: ${tip}`,
  castLabel: 'People',
  selectOrderHint:
    'The suggested order runs from top to bottom. Two scenarios pick up what you did in an earlier one.',
  stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  mainLessonLabel: 'Main lesson',
  alsoAtStake: 'Also at stake',
  continuesFrom: (title: string) => `Continues from “${title}”`,
  // A swap: the same story (a reception, a morning of phone calls) from the other side of the table, shown under its original.
  swapLabel: 'The other side',
  swapPlayShort: 'Play the other side',
  swapLockedShort: 'Locked',
  swapLockedName: (title: string) => `“${title}”: locked`,
  swapLocked: (original: string) =>
    `Locked until you have played “${original}” to its debrief: play it once, then come back here.`,
  swapDebriefHeading: 'The other side of the table',
  swapInvite: (swap: string) =>
    `You have unlocked “${swap}”: the same story, played by the person on the other side of the table.`,
  swapPlay: 'Play the other side',
  swapOfOriginal: (original: string) =>
    `This was the other side of “${original}”: the same story, the same people, from the other seat. Play it again and see your own choices there as they look from here.`,
  swapPlayOriginal: (original: string) => `Play “${original}”`,
  play: (title: string) => `Play “${title}”`,
  back: 'Back',
  backToMenu: 'Back to the scenarios',
  loading: 'Loading the scenario…',
  defaultNickname: 'Player 1',
  conversationLabel: 'Conversation',
  transcriptLabel: 'What has been said',
  choicesLabel: 'What do you do?',
  choiceHint: 'Press a number key, or use the arrow keys and Enter.',
  you: 'You',
  narration: 'Narration',
  continueHint: 'A click, a tap or any key shows the rest at once.',
  skip: 'Show all',
  leave: 'Leave the conversation',
  leaveShort: 'Leave',
  leaveTitle: 'Leave this conversation?',
  leaveBody:
    'Keep it, and the title screen offers to carry on from this very line whenever you like. Or end it here: it goes into your history as left before the end.',
  leaveKeep: 'Keep it for later',
  leaveEnd: 'End it',
  leaveStay: 'Stay',
  sceneChanged: (venue: string) => `Scene: ${venue}`,
  /** Beside the name of someone who is not in the room (a story's `via:`). */
  via: { phone: 'on the phone', message: 'message' } as Record<'phone' | 'message', string>,
  venues: {
    reception: 'a reception',
    garden: 'a garden',
    office: 'the office',
    cafe: 'a café',
    'breakfast-room': 'the breakfast room',
  } as Record<string, string>,
  toDebrief: 'See your debrief',
  youChose: 'You chose',
  conversationOver: 'The conversation is over.',
  scenarioCount: (n: number) => (n === 1 ? '1 scenario' : `${n} scenarios`),
  skipLink: 'Skip to the dialogue',
  endingReached: (id: string) => `Ending reached: ${id}`,
  debriefTitle: 'Debrief',
  debriefIntro: (title: string) => `How “${title}” went, tip by tip.`,
  overall: (percent: number) => `Overall: ${percent}% of what this scenario makes possible`,
  overallNone: 'Nothing in this scenario was scored.',
  tipScore: (score: number, min: number, max: number) =>
    `${score > 0 ? '+' : ''}${score}, on a scale from ${min} to ${max}`,
  tipNotScored: 'not at stake in this scenario',
  scoreLabel: 'Score',
  rangeLabel: (min: number, max: number) => `possible: ${min} to ${max}`,
  endingLabel: 'Ending',
  momentsTitle: 'Key moments',
  noMoments: 'No choice in this play moved a tip.',
  momentPrompt: 'When you heard',
  momentChose: 'You chose',
  momentStronger: 'Stronger option on offer',
  momentWhy: 'Why',
  verdicts: { best: 'Strongest option', good: 'Good, not the strongest', weak: 'Weak choice' },
  effectNone: 'no effect on any tip',
  replay: 'Play again',
  otherScenario: 'Choose another scenario',
  errorTitle: 'This scenario stopped',
  errorLoad: 'The scenario could not be loaded. It may be damaged or from another version.',
  errorRuntime:
    'Something in this scenario’s story went wrong, so it cannot go on. Your other scenarios are not affected.',
  errorInternal: 'The game ran into a problem and stopped this scenario.',
  errorNetworkTitle: 'No connection',
  errorNetwork:
    'The scenario could not be downloaded. Check your internet connection, then try again.',
  retry: 'Try again',
  errorDetail: 'Details for the scenario’s author',
  tips: {
    1: {
      name: 'Meet, don’t sell',
      idea: 'Go to an event to get to know people, not to sell to them.',
    },
    2: {
      name: 'Beyond the pitch',
      idea: 'A pitch and a card swap are not a conversation: really get to know a few people.',
    },
    3: {
      name: 'Follow up, don’t sell',
      idea: 'Follow up on what you promised, or to introduce two people; never use it to sell.',
    },
    4: {
      name: 'Ask how you can help',
      idea: 'Meet people one-on-one and ask how you can best help them.',
    },
    5: { name: 'The long game', idea: 'Choose a long-term relationship over a quick sale.' },
  },
  effect: (tip: string, delta: number) => `${tip} ${delta > 0 ? '+' : '−'}${Math.abs(delta)}`,
  footer: 'Based on the five tips of relationship networking.',
  progress: progressEn,
  workshop: workshopEn,
  lms: lmsEn,
  studio: studioEn,
  library: libraryEn,
  ...lookEn,
  ...pressureEn,
  ...glanceEn,
  ...appEn,
};
