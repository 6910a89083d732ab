/**
 * The Content-Security-Policy, on every page the build or the dev server serves. The policy is written
 * once, in index.html's `<meta http-equiv="Content-Security-Policy">`; this plugin makes sure every
 * HTML page Vite handles carries that same policy (a page without it fails the build, naming the
 * page), and relaxes exactly one thing on the dev server: Vite's dev client injects the CSS and its
 * error overlay as <style> elements, so there `style-src` also allows inline styles. Scripts are never
 * inline and never evaluated from strings, in the build or on the dev server.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The policy as index.html states it (one directive per `;`). */
export function readPolicy(root: string): string {
  const html = readFileSync(resolve(root, 'index.html'), 'utf8');
  const m = META.exec(html);
  if (!m?.[1]) throw new Error('index.html has no Content-Security-Policy <meta>');
  return m[1].replace(/\s+/g, ' ').trim();
}

/** The policy's directives by name, e.g. `connect-src` → [`'self'`]. */
export function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** The dev server's variant: inline <style> allowed (Vite's CSS injection and error overlay). */
export function devPolicy(policy: string): string {
  return policy.replace(/style-src ([^;]*)/, (all, values: string) =>
    values.includes("'unsafe-inline'") ? all : `style-src ${values} 'unsafe-inline'`,
  );
}

export function cspPlugin(): Plugin {
  let root = process.cwd();
  let serve = false;
  return {
    name: 'mingle-csp',
    configResolved(config) {
      root = config.root;
      serve = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const policy = readPolicy(root);
        const m = META.exec(html);
        if (!m) {
          throw new Error(
            `${ctx.filename}: every page needs the Content-Security-Policy <meta> of index.html`,
          );
        }
        if (m[1]?.replace(/\s+/g, ' ').trim() !== policy) {
          throw new Error(`${ctx.filename}: its Content-Security-Policy differs from index.html's`);
        }
        return serve
          ? html.replace(META, (tag, content: string) => tag.replace(content, devPolicy(content)))
          : html;
      },
    },
  };
}
