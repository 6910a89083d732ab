/**
 * Small pieces the store's parts share: JSON parsing that never throws, a short summary of problems for
 * a notice, an error's text, fresh random ids, and the Result type the store's commands return.
 */

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** What `parseJson` returns for text that is not JSON (no JSON value can be a symbol). */
export const PARSE_FAILED = Symbol('parse failed');
/** The diagnostic detail for unreadable JSON (shown under "Details", in English, for bug reports). */
export const NOT_JSON = 'it is not valid JSON; it may have been cut short';

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return PARSE_FAILED;
  }
}

/** At most three problems, then a count: a notice is not a log. */
export function summarize(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Eight random lowercase letters and digits. */
export function defaultRandomId(): string {
  const bytes = new Uint8Array(8);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') {
    crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return [...bytes].map((b) => (b % 36).toString(36)).join('');
}
