/** Jouw scenario's: bewaarde Studio-scenario's op het keuzescherm, en ze bewaren in de Studio. */
import type { libraryEn } from './library-en.ts';

export const libraryNl: typeof libraryEn = {
  /** Language names inside a sentence (“the English version”). */
  langNames: { en: 'Engels', nl: 'Nederlands' },
  heading: 'Jouw scenario’s',
  intro:
    'Scenario’s die je in de Studio bewaard hebt. Ze staan alleen in deze browser: exporteer er een om een kopie te hebben of om het te delen.',
  none: 'Nog niets bewaard. Schrijf een scenario in de Studio en kies “Bewaren bij jouw scenario’s”.',
  notPersistent:
    'Deze browser laat geen opslag toe: wat je bewaart, blijft maar tot je deze pagina sluit. Exporteer je scenario’s om ze te houden.',
  languages: (names: string) => `Talen: ${names}`,
  play: (title: string) => `${title} spelen`,
  edit: 'Bewerken',
  editName: (title: string) => `${title} bewerken in de Studio`,
  exportFile: 'Exporteren',
  exportName: (title: string) => `${title} exporteren als bestand`,
  delete: 'Verwijderen',
  deleteName: (title: string) => `${title} verwijderen`,
  deleted: (title: string) => `“${title}” is verwijderd.`,
  undo: 'Ongedaan maken',
  undoName: (title: string) => `Verwijderen van ${title} ongedaan maken`,
  restored: (title: string) => `“${title}” is terug.`,
  importFile: 'Een scenariobestand importeren…',
  importHint:
    'Een .mingle.json-bestand dat uit Mingle geëxporteerd is; elke taal erin wordt eerst nagekeken.',
  importing: 'Het scenario in het bestand wordt nagekeken…',
  imported: (title: string) => `Geïmporteerd: “${title}”.`,
  importBad: (problem: string, at: string | null) =>
    `Dit bestand kan niet geïmporteerd worden: ${problem}${at ? ` (bij ${at})` : ''}.`,
  importProblems: {
    'too-large': 'het bestand is te groot',
    'not-json': 'het is geen JSON',
    'not-mingle': 'het is geen scenariobestand van Mingle',
    'other-version': 'het komt van een andere versie van Mingle',
    'no-story': 'er zit geen verhaal in',
    'story-empty': 'het verhaal is leeg',
    'story-too-long': 'het verhaal is groter dan 256 kB',
    'story-not-text': 'het verhaal is geen tekst',
    'bad-file-name': 'een van de bestanden heeft een naam die geen gewone .ink-bestandsnaam is',
    'same-file-name': 'twee bestanden hebben dezelfde naam',
    'too-many-files': 'er zitten meer dan 16 bestanden in één taal in',
    damaged: 'het is beschadigd',
  },
  importUnreadable: 'Dit bestand kan niet geïmporteerd worden: het is geen leesbare tekst.',
  setAside: (count: number) =>
    count === 1
      ? 'Eén bewaard scenario kon niet gelezen worden. Het is apart gezet in deze browser, niet verwijderd. Download het om te redden wat er te redden valt.'
      : `${count} bewaarde scenario’s konden niet gelezen worden. Ze zijn apart gezet in deze browser, niet verwijderd. Download ze om te redden wat er te redden valt.`,
  stuck:
    'Een bewaard scenario kon niet gelezen worden en ook niet apart gezet, dus het blijft staan waar het staat en er wordt niets over bewaard.',
  downloadSetAside: 'Download wat apart gezet is',
  save: 'Bewaren bij jouw scenario’s',
  saving: 'Elke taal wordt nagekeken voor het bewaren…',
  saved: (title: string) =>
    `Bewaard bij jouw scenario’s: “${title}”. Je vindt het op het scherm Scenario’s.`,
  editing: (title: string) => `Je bewerkt je bewaarde scenario “${title}”: Bewaren vervangt het.`,
  notSound: {
    compile: (lang: string, errors: number) =>
      `Niet bewaard: de versie in het ${lang} compileert niet (${errors === 1 ? '1 fout' : `${errors} fouten`}). Verbeter ze en bewaar opnieuw.`,
    problems: (lang: string, errors: number) =>
      `Niet bewaard: bij het nakijken zijn ${errors === 1 ? 'een fout' : `${errors} fouten`} gevonden in de versie in het ${lang}. Kijk die tab na om te zien waar.`,
    partial: (lang: string) =>
      `Niet bewaard: de versie in het ${lang} heeft te veel paden om helemaal na te kijken. Maak ze kleiner en bewaar opnieuw.`,
    refused: (lang: string) =>
      `Niet bewaard: de versie in het ${lang} is te groot of geen verhaal.`,
    failed: (lang: string) =>
      `Niet bewaard: het nakijken van de versie in het ${lang} is mislukt. Probeer opnieuw.`,
  },
  notWritten: {
    'too-large': 'Niet bewaard: het scenario is te groot om bij te houden.',
    quota:
      'Niet bewaard: de opslag van deze browser is vol. Er is niets overschreven; exporteer of verwijder een scenario om plaats te maken.',
    blocked: 'Niet bewaard: deze browser laat hier geen opslag toe.',
  },
};
