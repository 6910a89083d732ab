/**
 * Files the game hands to the player: a profile's export, the set-aside damaged data. Its own module
 * because the notices banner (on every page) offers such a download too, and the profiles screen
 * loads only on its route.
 */
import type { ExportFile } from '../progress/index.ts';

/** Hands a file to the browser as a download (a Blob behind an <a download>), then lets it go. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const blob = new Blob([file.text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
