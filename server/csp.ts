/**
 * The Content-Security-Policy, one policy for every way the game is served. It is written once, in
 * index.html's `<meta http-equiv="Content-Security-Policy">` (the page carries it wherever it is
 * hosted, a static file host or an LMS included); the Vite plugin (scripts/vite-plugin-csp.ts) makes
 * every built page carry that same meta, and the production server (server/http.ts) sends the built
 * page's own policy as a header, plus the directives a meta cannot carry (`frame-ancestors`: Chromium
 * ignores it in a meta, with a console warning). So the header and the page never disagree, and the
 * browser, which enforces both, sees one policy.
 */

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The directives only a response header can carry: nobody may frame the game. */
export const HEADER_ONLY = ["frame-ancestors 'none'"] as const;

/** The policy a page's `<meta>` states (whitespace collapsed), or null if it has none. */
export function pagePolicy(html: string): string | null {
  const content = META.exec(html)?.[1];
  return content ? content.replace(/\s+/g, ' ').trim() : null;
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

/** The header for a page whose meta states `policy`: the same directives, plus the header-only ones. */
export function headerPolicy(policy: string): string {
  const named = directives(policy);
  const extra = HEADER_ONLY.filter((d) => !named.has(d.split(' ')[0] ?? ''));
  return [policy.replace(/;\s*$/, ''), ...extra].join('; ');
}

/** Every other security header the game's pages are served with. */
export const OTHER_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** All the security headers for a page whose meta states `policy`. */
export function securityHeaders(policy: string): Record<string, string> {
  return { 'Content-Security-Policy': headerPolicy(policy), ...OTHER_HEADERS };
}
