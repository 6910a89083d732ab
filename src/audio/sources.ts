/**
 * Where each sound's files are: a WebM/Opus file that most browsers play and an MP3 for the rest,
 * both made by scripts/gen-assets.ts. Vite fingerprints them; `no-inline` keeps even the smallest
 * UI tick out of the JavaScript bundle.
 */
const FILES = import.meta.glob<string>('/assets/audio/*.{webm,mp3}', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** The URLs of one sound (file stem, e.g. `ui-hover`), preferred format first; empty when it has none. */
export function soundSources(stem: string): string[] {
  return ['webm', 'mp3']
    .map((ext) => FILES[`/assets/audio/${stem}.${ext}`])
    .filter((u): u is string => u !== undefined);
}
