/**
 * The name an exported story file gets: pure, so it is tested without a page. What an author typed as
 * a title never reaches a file name as anything but letters, digits and dashes.
 */
/** A file name from the story's `# title:` (letters, digits and dashes), or a plain default. */
export function exportName(text: string, lang: string): string {
  const title = /^\s*#\s*title:\s*(.+)$/m.exec(text)?.[1] ?? '';
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'my-scenario'}.${lang}.ink`;
}
