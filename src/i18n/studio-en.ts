/** The Studio: writing, checking and play-testing a scenario in the browser. */
export const studioEn = {
  open: 'Studio',
  title: 'Studio',
  intro:
    'Write your own scenario in ink. Every change is compiled and its tags checked as you type; problems are listed here with their line and marked in the margin.',
  phoneNote:
    'The Studio is made for a laptop or a bigger screen. On a phone you can read and try stories, but writing is easier with a keyboard.',
  startLabel: 'Start from',
  startTemplate: 'A new scenario (template)',
  startBundledGroup: 'A copy of a bundled scenario',
  storyLangLabel: 'Language of the story',
  load: 'Load',
  openFile: 'Open a .ink file…',
  replaceConfirm: 'This replaces the story in the editor. Continue?',
  editorLabel: 'Ink source of the scenario',
  problemsTitle: 'Problems',
  checking: 'Checking…',
  noProblems: 'No problems: the story compiles and its tags are correct.',
  counts: (errors: number, warnings: number) =>
    [
      errors === 1 ? '1 error' : `${errors} errors`,
      warnings === 1 ? '1 warning' : `${warnings} warnings`,
    ].join(', '),
  severity: { error: 'error', warning: 'warning' },
  lineLabel: (line: number) => (line > 0 ? `Line ${line}` : 'Whole file'),
  lineInLang: (lang: string, line: number) =>
    line > 0 ? `${lang}, line ${line}` : `${lang}, whole file`,
  pairOther: (where: string) => `Same place in the other language: ${where}`,
  loadPair: 'Load both languages',
  openFileHint:
    'Choose two files to open a language pair (named like meeting.en.ink and meeting.nl.ink, or the first in the language above).',
  filesLabel: 'Files of this language',
  filesHint:
    'A story can be split into files: add one, then write INCLUDE and its name in story.ink, below the header tags.',
  fileNameLabel: 'File name',
  addFile: 'Add file',
  renameFile: 'Rename file',
  removeFile: 'Remove file',
  removeFileConfirm: (name: string) => `Remove the file ${name} and everything written in it?`,
  fileNameBad: (name: string) =>
    `“${name}” cannot be a file name: use letters, digits, dashes, dots or underscores, ending in .ink (no folders, no web address).`,
  fileNameTaken: (name: string) => `This language already has a file called ${name}.`,
  tooManyFiles: 'A language can hold at most 16 files.',
  fileAdded: (name: string) => `File ${name} added. Include it with: INCLUDE ${name}`,
  fileRemoved: (name: string) => `File ${name} removed.`,
  fileRenamed: (name: string, includes: number) =>
    `File renamed to ${name}.` +
    (includes === 0
      ? ''
      : ` ${includes} INCLUDE ${includes === 1 ? 'line now names' : 'lines now name'} it so.`),
  tabsLabel: 'Languages of the scenario',
  tabLabel: (lang: string) => `${lang} (story.ink)`,
  goToLine: (line: number) => `Go to line ${line}`,
  refused: {
    malformed: 'The story could not be sent to the checker.',
    'too-large': 'This story is too big to check (at most 256 kB per file).',
    'too-many-files': 'A scenario can have at most 16 files.',
    'bad-name': 'A file name may only hold letters, digits, dots and dashes, and end in .ink.',
  },
  fileTooLarge: (name: string) => `${name} is too big to open (at most 256 kB).`,
  fileNotText: (name: string) => `${name} could not be read as text.`,
  loadFailed: 'That scenario could not be loaded. Try again.',
  workerFailed: 'The checker stopped. Reload the page to start it again.',
  back: 'Back to the start',
  checkTitle: 'Check every path',
  check: 'Check',
  checkHint:
    'Plays every path through the story: endings reached, dead ends, endless loops, unscored choices and each tip’s lowest and highest score.',
  checkRunning: (seconds: number) => `Checking every path… ${seconds} s`,
  cancel: 'Cancel',
  checkCancelled: 'Check cancelled.',
  checkDrawing: 'Every path played; setting out what the check found…',
  checkNeedsCompile: 'Fix the errors in the list above first; then the story can be checked.',
  checkFailed: 'The check stopped unexpectedly. Try again.',
  checkComplete: (states: number) =>
    `Every path checked (${states} ${states === 1 ? 'state' : 'states'} of the story at its choices).`,
  checkPartial: (states: number) =>
    `Partial result: the check stopped after ${states} states, so not every path was played. Simplify the story (fewer variables that only count) and check again.`,
  checkClean: 'No problems on any path.',
  checkStale: 'The story changed since this check. Check again before play-testing.',
  tipsTitle: 'Score range per tip',
  tipRange: (name: string, min: number, max: number) => `${name}: ${min} to ${max}`,
  tipUnbounded: (name: string) => `${name}: no limit (a loop can push it for ever)`,
  endingsTitle: 'Endings reached',
  untitledEnding: (id: string) => `${id} (no ending: tag)`,
  endingTitled: (id: string, title: string) => `${title} (${id})`,
  unreachableTitle: 'Never reached',
  draftSaved: 'Draft saved in this browser.',
  draftNotSaved: {
    'too-large': 'Not saved: the story is over 256 kB.',
    quota: 'Not saved: this browser’s storage is full. Copy your story somewhere safe.',
    blocked: 'Not saved: this browser does not allow storage. Copy your story somewhere safe.',
    held: 'Not saved, so that the damaged draft above is not written over. Download it first, then reload.',
  },
  draftSetAside: (kept: boolean, reason: string) =>
    kept
      ? `Your saved draft could not be read (${reason}). It was kept aside in this browser, not deleted, and you start from the template. Download its text to recover what you can.`
      : `Your saved draft could not be read (${reason}), and there was no room to keep a copy aside, so it stays where it is and nothing is saved over it. Download its text to recover what you can.`,
  draftDownload: 'Download the damaged draft',
  exportFile: 'Save as .ink file',
  backToStudio: 'Back to the Studio',
  playTest: 'Play-test',
  playStartTitle: 'Where the play-test starts',
  playStartAt: 'Start at',
  playStartTop: 'The beginning of the story',
  playMemoryHint: 'Starting memory (what earlier scenarios left behind):',
  playTestHint:
    'Plays the checked story in the game, scored like a bundled scenario. Nothing is saved to your progress.',
  findingsTitle: 'Findings',
  checkProgressLabel: 'States of the story explored, against the limit',
  checkProgress: (states: number, limit: number, start: number, starts: number, seconds: number) =>
    `Checking every path… ${states} of at most ${limit} states` +
    (starts > 1 ? `, starting memory ${start} of ${starts}` : '') +
    `, ${seconds} s`,
  storyStart: 'the start of the story',
  findingKinds: {
    compile: 'Compiling',
    rubric: 'Rubric',
    parity: 'Translation',
    'dead-end': 'Dead end',
    'runtime-error': 'Runtime error',
    'endless-loop': 'Endless loop',
    'bad-tag': 'Tag',
    'unbounded-tip': 'Unbounded tip',
    'unscored-choice': 'Unscored choice',
    'untagged-ending': 'Ending without a tag',
    unreachable: 'Never reached',
    randomness: 'Randomness',
    'no-ending': 'No ending',
    partial: 'Partial result',
    'ending-unreached': 'Ending never reached',
  },
  findingText: {
    partialStates: (limit: number) =>
      `The story has more than ${limit} distinct states, so only part of it was checked: its figures are not final.`,
    partialTime: (seconds: number, states: number) =>
      `The check reached its time limit (${seconds} s) after ${states} states, so only part of the story was checked: its figures are not final.`,
    partialMemory: (mb: number, states: number) =>
      `The check reached its memory limit (${mb} MB) after ${states} states, so only part of the story was checked: its figures are not final.`,
    unboundedTip: (tip: string, raise: boolean) =>
      `A loop lets a player ${raise ? 'raise' : 'lower'} “${tip}” without limit.`,
    deadEnd: (place: string) =>
      `The story runs out of text in ${place} without reaching an ending (-> END).`,
    endlessLoop: (place: string) =>
      `In ${place} the story keeps going round without offering a choice or ending.`,
    unscored: (choice: string) => `The choice “${choice}” moves no tip.`,
    untaggedEnding: (place: string) =>
      `The story ends in ${place} without an ending: tag on the way, so the debrief cannot name the ending.`,
    unreachable: (place: string) => `No path ever reaches ${place}.`,
    noEnding: 'No path reaches an ending.',
    randomness:
      'The story uses randomness (shuffles or RANDOM): the paths were checked for one roll of the dice only.',
    endingUnreached: (id: string) => `The ending “${id}” is written, but no path reaches it.`,
    // The language pair's parity: the translation against the English version.
    parityPlaceMissing: (place: string) => `${place} is missing from the translation.`,
    parityPlaceExtra: (place: string) =>
      `${place} is in the translation, not in the English version.`,
    parityEndingMissing: (id: string) => `The ending “${id}” cannot be reached in the translation.`,
    parityEndingExtra: (id: string) =>
      `The ending “${id}” is in the translation, not in the English version.`,
    parityPoints: (place: string, translation: number, english: number) =>
      `${place} has ${translation} choice ${translation === 1 ? 'point' : 'points'} in the translation, ${english} in English.`,
    parityChoices: (place: string, translation: number, english: number) =>
      `${place} offers ${translation} ${translation === 1 ? 'choice' : 'choices'} in the translation, ${english} in English.`,
    parityEffects: (n: number, place: string, translation: string, english: string) =>
      `Choice ${n} in ${place} scores ${translation} in the translation, but ${english} in English.`,
    parityRubric: (n: number, place: string, translation: string, english: string) =>
      `Choice ${n} in ${place} is tagged ${translation} in the translation, but ${english} in English.`,
    parityDiscuss: (place: string, inTranslation: boolean) =>
      inTranslation
        ? `A choice point in ${place} has a discuss: prompt in the translation, but none in English.`
        : `A choice point in ${place} has no discuss: prompt in the translation, but one in English.`,
    parityBroken: (lang: string, error: string | null) =>
      `The ${lang} version does not compile, so the two cannot be compared${error ? `: ${error}` : '.'}`,
  },
  moreFindings: (n: number) => `…and ${n} more.`,
  reachedBy: (choices: number) =>
    choices === 0
      ? 'Reached without a choice'
      : `Reached by ${choices} ${choices === 1 ? 'choice' : 'choices'}`,
  pathToLowest: (min: number) => `Path to the lowest (${min})`,
  pathToHighest: (max: number) => `Path to the highest (${max})`,
  pathMemory: (memory: string) => `Starting with this memory from earlier scenarios: ${memory}`,
  pathNoChoices: 'No choice needed: the story gets there by itself.',
  endingNeverReached: 'never reached',
  mapTitle: 'Branch map',
  mapLegend:
    'Boxes are knots and stitches, arrows the choices and diverts between them, labelled with their effect on each tip (t2+1: tip 2 up by one; ·: unscored). Green boxes are endings, red ones broken stops. Choose a box to go to its line.',
  mapEmpty: 'Check the story to draw its map.',
  mapNothing: 'The story has no branches to draw yet.',
  mapStale: 'The story changed since this map was drawn. Check again to redraw it.',
  mapLabel: (boxes: number, arrows: number) =>
    `Branch map: ${boxes} ${boxes === 1 ? 'box' : 'boxes'}, ${arrows} ${arrows === 1 ? 'arrow' : 'arrows'}`,
  mapStart: 'start',
  mapEnding: (name: string) => `Ending: ${name}`,
  mapDeadEnd: 'Dead end',
  mapError: 'Runtime error or endless loop',
  mapUnexplored: 'Not explored (limit)',
  mapLeadsTo: (choices: number, to: string) =>
    `${choices} ${choices === 1 ? 'choice leads' : 'choices lead'} to ${to}`,
  mapGoesOn: (to: string) => `Without a choice, the story goes on to ${to}`,
};
