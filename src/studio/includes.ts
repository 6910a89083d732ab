/**
 * The `INCLUDE` lines of a Studio file, for renaming a file: each line that names the old name is
 * changed to name the new one, and nothing else in the text moves. The worker resolves an INCLUDE by
 * its trimmed name among the files of the same language (./handler.ts), so that is what matches here.
 */

/** One change to a document, as CodeMirror takes it. */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** `INCLUDE`, its name, and what may follow the name on its line (spaces, a `//` comment). */
const INCLUDE_LINE = /^([ \t]*INCLUDE[ \t]+)(.*?)([ \t]*(?:\/\/.*)?)$/;

/** The changes that make every `INCLUDE from` line of `text` name `to` instead (none: no such line). */
export function includeRenames(text: string, from: string, to: string): TextChange[] {
  const changes: TextChange[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = INCLUDE_LINE.exec(line.replace(/\r$/, ''));
    const name = m?.[2] ?? '';
    if (m && name.trim() === from) {
      const start = at + (m[1] ?? '').length;
      changes.push({ from: start, to: start + name.length, insert: to });
    }
    at += line.length + 1;
  }
  return changes;
}
