/**
 * Trying again after a screen's code or a story could not be downloaded.
 *
 * A browser remembers a module it could not fetch: importing the same address again in the same
 * page fails at once, even with the network back (Chromium does, as the HTML standard's module map
 * says). So Try again first asks, with a plain request for the address that failed, whether it can
 * be downloaded now; if it can, the page is reloaded: every screen has its address, so the player
 * lands on the same screen, and the browser's memory of the failure is gone. If it cannot, or the
 * browser's message names no address, the same navigation runs again, which fails again and says
 * so in words that fit the moment (offline, or the connection).
 */

/** What a retry needs of the page. */
export interface RetryWindow {
  readonly location: { readonly origin: string; reload(): void };
  fetch(input: string, init?: RequestInit): Promise<{ readonly ok: boolean }>;
}

/**
 * The script address a failed dynamic import names ("Failed to fetch dynamically imported module:
 * https://…/assets/x.js", "error loading dynamically imported module: …"); only one of the game's
 * own origin counts. Null when there is none (Safari names none).
 */
export function failedAddress(e: unknown, origin: string): string | null {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  for (const word of message.split(/\s+/)) {
    if (!/^https?:\/\//.test(word)) continue;
    try {
      const url = new URL(word);
      if (url.origin === origin && /\.m?js$/.test(url.pathname)) return url.href;
    } catch {
      // Not an address after all.
    }
  }
  return null;
}

/**
 * Tries again after `failed`: reloads the page once the failed address can be downloaded, and
 * otherwise runs `again` (the same navigation). Resolves to what it did.
 */
export async function retryDownload(
  win: RetryWindow,
  failed: unknown,
  again: () => void,
): Promise<'reloaded' | 'again'> {
  const address = failedAddress(failed, win.location.origin);
  if (address !== null) {
    let reachable = false;
    try {
      reachable = (await win.fetch(address, { cache: 'no-store' })).ok;
    } catch {
      // Still no connection.
    }
    if (reachable) {
      win.location.reload();
      return 'reloaded';
    }
  }
  again();
  return 'again';
}
