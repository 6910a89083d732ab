/** Your scenarios: saved Studio scenarios on the select screen, and saving them in the Studio. */
export const libraryEn = {
  /** Language names inside a sentence (“the English version”). */
  langNames: { en: 'English', nl: 'Dutch' },
  heading: 'Your scenarios',
  intro:
    'Scenarios you saved in the Studio. They are kept in this browser only: export one to keep a copy or to share it.',
  none: 'Nothing saved yet. Write a scenario in the Studio and choose “Save to Your scenarios”.',
  notPersistent:
    'This browser does not allow storage: scenarios you save last only until this page is closed. Export them to keep them.',
  languages: (names: string) => `Languages: ${names}`,
  play: (title: string) => `Play ${title}`,
  edit: 'Edit',
  editName: (title: string) => `Edit ${title} in the Studio`,
  exportFile: 'Export',
  exportName: (title: string) => `Export ${title} as a file`,
  delete: 'Delete',
  deleteName: (title: string) => `Delete ${title}`,
  deleted: (title: string) => `“${title}” is deleted.`,
  undo: 'Undo',
  undoName: (title: string) => `Undo deleting ${title}`,
  restored: (title: string) => `“${title}” is back.`,
  importFile: 'Import a scenario file…',
  importHint: 'A .mingle.json file exported from Mingle; every language in it is checked first.',
  importing: 'Checking the scenario in the file…',
  imported: (title: string) => `Imported: “${title}”.`,
  importBad: (problem: string, at: string | null) =>
    `This file cannot be imported: ${problem}${at ? ` (at ${at})` : ''}.`,
  importProblems: {
    'too-large': 'the file is too large',
    'not-json': 'it is not JSON',
    'not-mingle': 'it is not a Mingle scenario file',
    'other-version': 'it is from another version of Mingle',
    'no-story': 'it holds no story',
    'story-empty': 'its story is empty',
    'story-too-long': 'its story is over 256 kB',
    'story-not-text': 'its story is not text',
    'bad-file-name': 'one of its files has a name that is not a plain .ink file name',
    'same-file-name': 'two of its files have the same name',
    'too-many-files': 'it holds more than 16 files in one language',
    damaged: 'it is damaged',
  },
  importUnreadable: 'This file cannot be imported: it could not be read as text.',
  setAside: (count: number) =>
    count === 1
      ? 'One saved scenario could not be read. It was kept aside in this browser, not deleted. Download it to recover what you can.'
      : `${count} saved scenarios could not be read. They were kept aside in this browser, not deleted. Download them to recover what you can.`,
  stuck:
    'A saved scenario could not be read and could not be kept aside either, so it stays where it is and nothing is saved over it.',
  downloadSetAside: 'Download what was kept aside',
  // In the Studio
  save: 'Save to Your scenarios',
  saving: 'Checking every language before saving…',
  saved: (title: string) => `Saved to Your scenarios: “${title}”. Find it on the Scenarios screen.`,
  editing: (title: string) => `Editing your saved scenario “${title}”: Save replaces it.`,
  notSound: {
    compile: (lang: string, errors: number) =>
      `Not saved: the ${lang} version does not compile (${errors === 1 ? '1 error' : `${errors} errors`}). Fix it, then save again.`,
    problems: (lang: string, errors: number) =>
      `Not saved: the check found ${errors === 1 ? 'an error' : `${errors} errors`} in the ${lang} version. Run Check on that tab to see where.`,
    partial: (lang: string) =>
      `Not saved: the ${lang} version has too many paths to check in full. Make it smaller, then save again.`,
    refused: (lang: string) => `Not saved: the ${lang} version is too large or not a story.`,
    failed: (lang: string) => `Not saved: checking the ${lang} version failed. Try again.`,
  },
  notWritten: {
    'too-large': 'Not saved: the scenario is too large to keep.',
    quota:
      'Not saved: this browser’s storage is full. Nothing was written over; export or delete a scenario to make room.',
    blocked: 'Not saved: this browser does not allow storage here.',
  },
};
