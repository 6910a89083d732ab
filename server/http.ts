/**
 * Serves the built game (`dist/`) with a strict Content-Security-Policy and the usual security
 * headers on every response. The policy is the built page's own (its `<meta>`, from index.html; see
 * server/csp.ts), sent as a header with `frame-ancestors 'none'` added, so the two always agree.
 * Files only from inside `dist/`; hashed assets are cached for a year, everything else revalidates;
 * any other path without a file extension gets index.html (the game's screens are chosen in the
 * page, not by the server).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pagePolicy, securityHeaders } from './csp.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The security headers for the game in `root`, its policy read from the built index.html. A build
 * without a policy is refused: serving it would quietly drop the game's defence.
 */
export function securityHeadersFor(root: string): Record<string, string> {
  const file = join(resolve(root), 'index.html');
  const policy = pagePolicy(readFileSync(file, 'utf8'));
  if (!policy) {
    throw new Error(
      `${file} states no Content-Security-Policy: build the game with \`npm run build\``,
    );
  }
  return securityHeaders(policy);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}

/** A request handler for the files under `root`. */
export function staticFiles(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const base = resolve(root);
  const index = join(base, 'index.html');
  const headers = Object.entries(securityHeadersFor(base));

  async function fileAt(path: string): Promise<{ file: string; size: number } | null> {
    try {
      const s = await stat(path);
      return s.isFile() ? { file: path, size: s.size } : null;
    } catch {
      return null;
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      plain(res, 400, 'Bad request');
      return;
    }
    if (path.includes('\0')) {
      plain(res, 400, 'Bad request');
      return;
    }
    const wanted = path.endsWith('/') ? `${path}index.html` : path;
    const target = normalize(join(base, wanted));
    if (target !== base && !target.startsWith(base + sep)) {
      plain(res, 404, 'Not found');
      return;
    }
    let found = await fileAt(target);
    // A screen's address (no file extension) gets the game's page.
    if (!found && extname(path) === '') found = await fileAt(index);
    if (!found) {
      plain(res, 404, 'Not found');
      return;
    }
    const ext = extname(found.file);
    res.statusCode = 200;
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(found.size));
    const hashed = found.file.startsWith(join(base, 'assets') + sep);
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  return (req, res) => {
    for (const [k, v] of headers) res.setHeader(k, v);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(res, 405, 'Method not allowed');
      return;
    }
    serve(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
    });
  };
}
