/** De Studio: een scenario schrijven, nakijken en uittesten in de browser. */
import type { studioEn } from './studio-en.ts';

export const studioNl: typeof studioEn = {
  open: 'Studio',
  title: 'Studio',
  intro:
    'Schrijf je eigen scenario in ink. Bij elke wijziging wordt het verhaal gecompileerd en worden de tags nagekeken terwijl je typt; problemen staan hier met hun regelnummer en worden in de marge aangeduid.',
  phoneNote:
    'De Studio is gemaakt voor een laptop of een groter scherm. Op een gsm kun je verhalen lezen en uitproberen, maar schrijven gaat makkelijker met een toetsenbord.',
  startLabel: 'Begin van',
  startTemplate: 'Een nieuw scenario (sjabloon)',
  startBundledGroup: 'Een kopie van een meegeleverd scenario',
  storyLangLabel: 'Taal van het verhaal',
  load: 'Laden',
  openFile: 'Een .ink-bestand openen…',
  replaceConfirm: 'Dit vervangt het verhaal in de editor. Doorgaan?',
  editorLabel: 'Ink-bron van het scenario',
  problemsTitle: 'Problemen',
  checking: 'Bezig met nakijken…',
  noProblems: 'Geen problemen: het verhaal compileert en de tags kloppen.',
  counts: (errors: number, warnings: number) =>
    [
      errors === 1 ? '1 fout' : `${errors} fouten`,
      warnings === 1 ? '1 waarschuwing' : `${warnings} waarschuwingen`,
    ].join(', '),
  severity: { error: 'fout', warning: 'waarschuwing' },
  lineLabel: (line: number) => (line > 0 ? `Regel ${line}` : 'Heel het bestand'),
  goToLine: (line: number) => `Naar regel ${line}`,
  refused: {
    malformed: 'Het verhaal kon niet naar de controle gestuurd worden.',
    'too-large': 'Dit verhaal is te groot om na te kijken (hoogstens 256 kB per bestand).',
    'too-many-files': 'Een scenario kan hoogstens 16 bestanden hebben.',
    'bad-name':
      'Een bestandsnaam mag alleen letters, cijfers, punten en streepjes bevatten, en eindigt op .ink.',
  },
  fileTooLarge: (name: string) => `${name} is te groot om te openen (hoogstens 256 kB).`,
  fileNotText: (name: string) => `${name} kon niet als tekst gelezen worden.`,
  loadFailed: 'Dat scenario kon niet geladen worden. Probeer het opnieuw.',
  workerFailed: 'De controle is gestopt. Laad de pagina opnieuw om ze weer te starten.',
  back: 'Terug naar het begin',
};
