/**
 * The Content-Security-Policy, on every page the build or the dev server serves. The policy is written
 * once, in index.html's `<meta http-equiv="Content-Security-Policy">` (server/csp.ts reads it); this
 * plugin makes sure every HTML page Vite handles carries that same policy (a page without it fails the
 * build, naming the page), has `vite preview` send the production server's headers (so the e2e tests
 * run under exactly what ships), and relaxes exactly one thing on the dev server: Vite's dev client
 * injects the CSS and its error overlay as <style> elements, so there `style-src` also allows inline
 * styles. Scripts are never inline and never evaluated from strings, in the build or on the dev server.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { directives, pagePolicy, securityHeaders } from '../server/csp.ts';

export { directives };

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The policy as index.html states it (one directive per `;`). */
export function readPolicy(root: string): string {
  const policy = pagePolicy(readFileSync(resolve(root, 'index.html'), 'utf8'));
  if (!policy) throw new Error('index.html has no Content-Security-Policy <meta>');
  return policy;
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
    configurePreviewServer(server) {
      const headers = Object.entries(securityHeaders(readPolicy(root)));
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of headers) res.setHeader(k, v);
        next();
      });
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
        if (pagePolicy(html) !== policy) {
          throw new Error(`${ctx.filename}: its Content-Security-Policy differs from index.html's`);
        }
        return serve
          ? html.replace(META, (tag, content: string) => tag.replace(content, devPolicy(content)))
          : html;
      },
    },
  };
}
