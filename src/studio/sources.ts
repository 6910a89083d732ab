/**
 * The bundled scenarios' ink sources, for "copy and adapt". Each file is its own small lazy chunk
 * (Vite's `?raw`), fetched only when an author picks it; the game's bundle never carries them.
 */
const RAW = import.meta.glob<string>('/stories/*/*.ink', { query: '?raw', import: 'default' });

/** The source of a bundled scenario in a language, or null when there is none. */
export async function bundledSource(lang: string, id: string): Promise<string | null> {
  const load = RAW[`/stories/${lang}/${id}.ink`];
  return load ? load() : null;
}
