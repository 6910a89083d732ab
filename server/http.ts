/**
 * Serves the built game (`dist/`) with a strict Content-Security-Policy and the usual security
 * headers on every response. Files only from inside `dist/`; hashed assets are cached for a year,
 * everything else revalidates; any other path without a file extension gets index.html (the game's
 * screens are chosen in the page, not by the server).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * Only our own origin: scripts and styles from our files (no inline code), pictures and sounds from
 * our files or made in the page (data:, blob:), the room socket on the same host. No frames, no
 * plugins, no form posts elsewhere, no embedding in someone else's page.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

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

export function withSecurityHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
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
    withSecurityHeaders(res);
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
