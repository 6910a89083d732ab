import type { RubricMessages } from './rubric-messages.ts';

export const rubricEn: RubricMessages = {
  acts: {
    mingle: {
      name: 'Mingle',
      line: 'Join people with nothing to get from them: what an event is for (tip 1).',
    },
    'small-talk': {
      name: 'Small talk',
      line: 'Opens a door (tip 1), and stays on the surface (tip 2).',
    },
    'open-question': {
      name: 'Open question',
      line: 'A question about the person: the way past the pitch (tip 2).',
    },
    'follow-thread': {
      name: 'Follow their thread',
      line: 'Depth with one person (tip 2), at the price of meeting fewer (tip 1).',
    },
    'say-what-you-do': {
      name: 'Say what you do',
      line: 'People may know you and your business; stop before it becomes a pitch.',
    },
    'self-disclose': {
      name: 'Talk about yourself',
      line: 'It can make you a person (tip 2); it takes the room asking how to help needs (tip 4).',
    },
    pitch: { name: 'Pitch', line: 'Selling at a meeting: never a tip gained (tips 1 and 5).' },
    qualify: {
      name: 'Sales question',
      line: 'A question about your sale, not about them (tip 1).',
    },
    target: {
      name: 'Target',
      line: 'People sorted by what you can sell them become leads before they are people (tip 1).',
    },
    'work-the-room': {
      name: 'Work the room',
      line: 'Many people met (tip 1), none known (tip 2).',
    },
    'swap-cards': {
      name: 'Swap cards',
      line: 'A start, but stopping there is what tip 2 warns against.',
    },
    'hear-out': {
      name: 'Hear out a pitch',
      line: 'Patient (tip 5), and the talk stays a pitch (tip 2).',
    },
    deflect: { name: 'Defuse a pitch', line: 'Stops the selling without a lesson (tip 1).' },
    decline: { name: 'Say no', line: 'Honest; a closed door can cost the long game (tip 5).' },
    exit: { name: 'Move on', line: 'You meet more people (tip 1) and go less deep (tip 2).' },
    advise: {
      name: 'Unasked advice',
      line: 'The message may be right; the listening is gone (tip 2).',
    },
    candour: {
      name: 'Candour',
      line: 'Honesty that is asked for or owed builds credibility (tip 5).',
    },
    'smooth-over': {
      name: 'Smooth over',
      line: 'What people want to hear: easy now, costly later (tip 5).',
    },
    'ask-how-to-help': { name: 'Ask how to help', line: 'Tip 4 itself, and where trust starts.' },
    'offer-help': {
      name: 'Offer help',
      line: 'Generous, but a guess about what helps, sometimes with a hook (tip 4).',
    },
    'ask-referral': {
      name: 'Ask a favour',
      line: 'Taking before giving, unless they asked how to help (tip 4).',
    },
    invite: {
      name: 'Invite one-on-one',
      line: 'A coffee with no agenda: tip 4, and the long game.',
    },
    promise: { name: 'Promise', line: 'Worth nothing on tip 3 until it is kept.' },
    'keep-promise': {
      name: 'Keep a promise',
      line: 'Doing what you said, when you said: the heart of tip 3.',
    },
    'break-promise': {
      name: 'Let a promise slide',
      line: 'The follow-up tip 3 asks for does not happen.',
    },
    introduce: { name: 'Introduce two people', line: 'The other follow-up tip 3 names.' },
    'follow-up': { name: 'Follow up', line: 'A follow-up without selling: tip 3.' },
    'follow-up-with-pitch': {
      name: 'Follow up with a pitch',
      line: 'A follow-up that sells: what tip 3 forbids.',
    },
    'cold-call': {
      name: 'Cold call',
      line: 'Contacts turned into sales calls: tips 1, 3 and 5 all fall.',
    },
    wait: { name: 'Wait', line: 'No harm yet (tip 5), no follow-up either (tip 3).' },
    'keep-notes': {
      name: 'Keep notes',
      line: 'Who said what, and what you promised: what makes follow-up possible.',
    },
    repair: {
      name: 'Repair',
      line: 'An apology or a way back: it rebuilds the long game (tip 5).',
    },
    reflect: { name: 'Reflect', line: 'A private conclusion that frames what you do next.' },
    prepare: { name: 'Prepare', line: 'Getting ready can help, or become the whole conversation.' },
  },
  modifiers: {
    'timing: late': {
      qualifier: 'late',
      line: 'Kept, but late: it still counts a little (tip 3), and the wait can cost the long game (tip 5).',
    },
    'asked: yes': {
      qualifier: 'asked for',
      line: 'They asked: a plain answer is not pushing, and can count (tip 1); pressure still costs (tip 5).',
    },
    'effort: token': {
      qualifier: 'token',
      line: 'The least follow-up there is: better than silence, barely (tip 3).',
    },
  },
  actLabel: 'Rubric',
  trustTitle: 'Trust, person by person',
  trustIntro:
    'How each person came to see you: first they see you, then they find you credible, and only then would they refer you.',
  stages: {
    wary: 'wary of you',
    visible: 'knows who you are',
    credible: 'finds you credible',
    referable: 'would refer you',
  },
  turnedBy: 'Turned by',
  repaired: 'Fell, and was won back.',
  trustSummary: (name, final, stage) => `${name}: ${final > 0 ? '+' : ''}${final}, ${stage}`,
};
