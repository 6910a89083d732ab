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
  playTestHint:
    'Plays the checked story in the game, scored like a bundled scenario. Nothing is saved to your progress.',
};
