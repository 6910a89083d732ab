/**
 * English words for profiles, progress, resume, storage notices and export/import. Kept apart from
 * en.ts so the progress screens' vocabulary is in one place; en.ts includes it as `progress`, so the
 * Dutch twin (progress-nl.ts) must have exactly these keys.
 */
import type { ImportProblem, RecordKind } from '../progress/index.ts';

export const progressEn = {
  // Title screen
  playingAs: (name: string) => `Playing as ${name}`,
  profilesLink: 'Profiles',
  progressLink: 'Your progress',
  continueHeading: 'Continue where you left off',
  continueRun: (title: string, choices: number) =>
    `Continue “${title}” (${choices === 1 ? '1 choice made' : `${choices} choices made`})`,
  // Resume problems
  resumeTitle: 'Continue where you left off',
  storyChanged:
    'This conversation has been rewritten since you saved, so your place in it no longer exists. Your earlier attempts are kept. Start it again from the beginning?',
  scenarioMissing:
    'The conversation you were in is no longer part of the game. Your earlier attempts are kept.',
  restart: 'Start it again',
  discardRun: 'Back to the start',
  // Profiles screen
  profilesTitle: 'Profiles',
  profilesIntro:
    'Each learner on this device gets a profile: a nickname, no email, no account. Everything stays in this browser unless you export it.',
  activeBadge: 'playing now',
  attemptsCount: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  useProfile: 'Play as this profile',
  rename: 'Rename',
  renameLabel: (name: string) => `New nickname for ${name}`,
  save: 'Save',
  cancel: 'Cancel',
  deleteProfile: 'Delete',
  confirmDelete: (name: string, attempts: number) =>
    attempts === 0
      ? `Delete “${name}”? This cannot be undone.`
      : `Delete “${name}” and ${attempts === 1 ? 'its 1 attempt' : `all ${attempts} attempts`}? This cannot be undone. Export the profile first to keep a copy.`,
  confirmDeleteYes: 'Yes, delete it',
  exportProfile: 'Export to a file',
  createHeading: 'New profile',
  nicknameLabel: 'Nickname',
  create: 'Create profile',
  nicknameProblem: 'A nickname is 1 to 40 characters, on one line.',
  created: (name: string) => `Profile “${name}” created; you are now playing as ${name}.`,
  renamed: (name: string) => `Renamed to “${name}”.`,
  deleted: (name: string) => `Profile “${name}” deleted.`,
  switched: (name: string) => `You are now playing as ${name}.`,
  exported: (file: string) => `Saved as ${file} in your downloads.`,
  importHeading: 'Import a profile',
  importIntro: 'Bring a profile from another device: choose a file you exported there.',
  importLabel: 'Profile file',
  imported: (name: string, attempts: number) =>
    `Imported “${name}” with ${attempts === 1 ? '1 attempt' : `${attempts} attempts`}; you are now playing as ${name}.`,
  importMerged: (name: string) =>
    `“${name}” was already here: the two histories were joined, nothing was duplicated.`,
  importWarnings: (n: number) =>
    n === 1
      ? 'One damaged part of the file was left out.'
      : `${n} damaged parts of the file were left out.`,
  importUnreadable: 'The file could not be read.',
  importProblems: {
    empty: 'The file is empty.',
    'too-large': 'The file is far too large to be a Mingle profile.',
    binary: 'This is not a Mingle profile: it is an image, a document or another non-text file.',
    'not-json': 'This is not a Mingle profile file (it is not a JSON file at all).',
    truncated:
      'This Mingle profile file is incomplete: it was cut short or damaged. Export it again from the device it came from.',
    foreign: 'This file is not a Mingle profile: it has no Mingle format marker.',
    'quarantine-file':
      'This file holds set-aside damaged data, not a profile, so it cannot be imported. It is meant for a bug report.',
    'newer-version':
      'This profile was exported by a newer version of Mingle. Update this copy of Mingle, then import it again.',
    invalid: 'This Mingle profile file is damaged and cannot be imported.',
    'storage-full':
      "Nothing was imported: there is not enough room in this browser's storage for this profile. Your file is unchanged and still holds everything; free some space (for example, export and delete a profile you no longer play here) and import it again.",
    'not-saved':
      'Nothing was imported: this browser did not let Mingle save the profile just now. Your file is unchanged and still holds everything; try importing it again.',
  } satisfies Record<ImportProblem, string>,
  // What the store answers a caller that asked for something impossible (the screens use their own
  // words above; these reach callers without a dictionary: tests, the LMS and room entry points).
  storeErrors: {
    noSuchProfile: 'There is no such profile.',
    chooseProfile: 'Choose or create a profile first.',
    notChoiceIndex: (n: number) => `${n} is not a choice index`,
    noRun: 'No conversation is in progress.',
    runTooLong: 'The conversation is too long to save.',
  },
  // Reading a picked file: what it turned out to be (the store's own `message`; the profiles screen
  // shows importProblems above).
  fileReading: {
    kinds: {
      png: 'a PNG image',
      jpeg: 'a JPEG image',
      gif: 'a GIF image',
      pdf: 'a PDF document',
      zip: 'a ZIP archive (or an Office document)',
      media: 'a sound or video file',
    },
    isKind: (what: string) => `This file is ${what}, not a Mingle profile.`,
    notText: 'This is not a text file, so it cannot be a Mingle profile.',
    noMarker: 'This file is JSON, but not a Mingle profile: it has no Mingle format marker.',
    otherFormat: (format: string) => `This file is not a Mingle profile (its format is ${format}).`,
    noVersion: 'This Mingle profile file is damaged: its format version is missing.',
    damaged: (problem: string) =>
      `This Mingle profile file is damaged and cannot be imported (${problem}).`,
  },
  quarantineHeading: 'Set-aside data',
  quarantineText: (n: number) =>
    `${n === 1 ? 'One damaged record was' : `${n} damaged records were`} found in this browser's storage and set aside. You can export ${n === 1 ? 'it' : 'them'} for a bug report.`,
  exportQuarantine: 'Export the set-aside data',
  // Progress screen
  progressTitle: 'Your progress',
  profileLabel: 'Profile',
  progressOf: (name: string) => `History and best scores of ${name}.`,
  noAttempts: 'No attempts yet. Play a scenario and it will show up here.',
  historyHeading: 'Attempts',
  colWhen: 'When',
  colScenario: 'Scenario',
  colLanguage: 'Language',
  colEnding: 'Ending',
  colDebrief: 'Debrief',
  openDebrief: 'Open',
  openDebriefOf: (scenario: string, when: string) => `Open the debrief of ${scenario}, ${when}`,
  colOverall: 'Overall',
  colOverallAbout: 'Overall, as a share of what the scenario allowed',
  abandoned: 'left before the end',
  noEnding: 'no named ending',
  unknownScore: '–',
  // The trend and the plot, on the share scale (issue 17): each scenario is measured against itself.
  plotHeading: 'Your trend',
  standing: (percent: number, scenarios: number) =>
    scenarios === 1
      ? `Where you stand: your latest play reached ${percent}% of what its scenario allowed.`
      : `Where you stand: your latest plays reached ${percent}% of what each scenario allowed, on average over ${scenarios} scenarios.`,
  trendChange: (points: number, scenarios: number) => {
    const which =
      scenarios === 1
        ? 'the scenario you played more than once'
        : `the ${scenarios} scenarios you played more than once`;
    if (points > 0)
      return `Going up: on ${which}, your latest play reached ${points} points more than your first.`;
    if (points < 0)
      return `Going down: on ${which}, your latest play reached ${-points} points less than your first.`;
    return `Holding steady: on ${which}, your latest play reached as much as your first.`;
  },
  trendNone:
    'Play a scenario again to see a trend: each scenario is compared only with itself, because what they allow differs.',
  plotIntro:
    'Each point is a finished play, as a share of what its scenario allowed, oldest on the left; a line joins the plays of one scenario.',
  plotTooFew: 'Finish a scenario to see your scores drawn here.',
  plotLabel: (scenario: string, values: string) => `${scenario}: ${values}`,
  plotTable: 'Show the plotted shares as a table',
  attemptNo: (n: number) => `Attempt ${n}`,
  percent: (n: number) => `${n}%`,
  // Per scenario and per tip.
  bestHeading: 'Per scenario, tip by tip',
  bestIntro:
    'Each tip as a share of what that scenario allowed: your latest play, your best, and the change since your first, in percentage points.',
  scenarioPlays: (plays: number, first: number, latest: number, best: number) =>
    plays === 1
      ? `One play: ${latest}% overall.`
      : `${plays} plays: first ${first}%, latest ${latest}%, best ${best}% overall.`,
  colTip: 'Tip',
  colLatest: 'Latest',
  colBest: 'Best',
  colChange: 'Since first',
  notAtStake: 'not at stake',
  backToTitle: 'Back',
  // Notices
  noticesLabel: 'Messages about your saved progress',
  dismiss: 'Dismiss',
  dismissNamed: (what: string) => `Dismiss: ${what}`,
  noticeDetails: 'Details',
  noticeExport: (name: string) => `Export “${name}” to a file`,
  records: {
    profile: 'A saved profile',
    index: 'The list of profiles',
    settings: 'Your settings',
    legacy: 'A save from an earlier version of Mingle',
    quarantine: 'A set-aside record',
  } satisfies Record<RecordKind, string>,
  damagedOutcome: {
    profileRepaired: 'Everything that could be read was kept.',
    profileLost: 'It could not be read, so it is not listed. Other profiles are unaffected.',
    settings: 'Damaged settings went back to their defaults.',
    index: 'The list was rebuilt from the profiles themselves.',
    otherRepaired: 'Everything that could be read was kept.',
    otherLost: 'It could not be read.',
  },
  damagedRecord: (what: string, outcome: string, setAside: boolean) =>
    `${what} was damaged. ${outcome} ${setAside ? 'The damaged data was set aside; you can export it from the profiles screen.' : 'There was no room to set the damaged data aside, so it was left where it was, untouched: nothing is written over it until there is room, and your latest progress is kept only until you close this page. Export your profile from the profiles screen to keep a copy.'}`,
  profileMissing: (name: string) =>
    `The profile “${name}” is no longer in this browser's storage (the browser may have cleared it). If you exported it, import the file to bring it back.`,
  storageFull:
    "This browser's storage is full, so your latest progress is kept only until you close this page. Free some space (or export your profile) and it will be saved again.",
  storageUnavailable:
    'This browser does not let Mingle save anything, so progress lasts only until you close this page. Export your profile before leaving to keep it.',
  writeFailed:
    'Your progress could not be saved just now. The game goes on; Mingle will try again at your next step.',
  migrated: 'Your progress from an earlier version of Mingle has been carried over.',
  deletedElsewhere: (name: string) => `The profile “${name}” was deleted in another window.`,
  changedElsewhere: 'Your progress was updated in another window; this page now shows the latest.',
};
