/**
 * The quarantine: where damaged raw text goes instead of being deleted. A record that cannot be read
 * (or could only be partly read) is copied here verbatim, with the key it came from and why it was
 * set aside, so that nothing a learner had is ever destroyed by the game, and a bug report can carry
 * the exact bytes. The store never deletes a quarantine item.
 */
import type { StorageBackend } from './backend.ts';
import { QUARANTINE_PREFIX } from './schema.ts';
import { FORMAT_VERSION, QUARANTINE_FORMAT } from './transfer.ts';
import { isPlainObject } from './validate.ts';

export interface QuarantineItem {
  /** The quarantine key it is stored under. */
  readonly key: string;
  /** The key the raw text came from; null when the quarantine record itself was unreadable. */
  readonly from: string | null;
  readonly reason: string;
  /** When it was set aside (ms since the epoch); null when unknown. */
  readonly at: number | null;
  /** The damaged text, exactly as it was found. */
  readonly raw: string;
}

/** Reads every quarantine item; an item whose own wrapper is damaged is returned as raw text. */
export function listQuarantine(backend: StorageBackend): QuarantineItem[] {
  const items: QuarantineItem[] = [];
  for (const key of backend.keys()) {
    if (!key.startsWith(QUARANTINE_PREFIX)) continue;
    const text = backend.getItem(key);
    if (text === null) continue;
    items.push(parseItem(key, text));
  }
  return items.sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || (a.key < b.key ? -1 : 1));
}

function parseItem(key: string, text: string): QuarantineItem {
  try {
    const o: unknown = JSON.parse(text);
    if (
      isPlainObject(o) &&
      typeof o.from === 'string' &&
      typeof o.reason === 'string' &&
      typeof o.at === 'number' &&
      typeof o.raw === 'string'
    ) {
      return { key, from: o.from, reason: o.reason, at: o.at, raw: o.raw };
    }
  } catch {
    // Falls through: the wrapper itself is damaged, so the whole text is the item.
  }
  return { key, from: null, reason: 'the set-aside record itself is damaged', at: null, raw: text };
}

/**
 * Sets `raw` aside and returns the quarantine key, or null if it could not be written (a full quota):
 * the caller must then leave the original where it is. The same text from the same key is kept once.
 */
export function quarantine(
  backend: StorageBackend,
  from: string,
  raw: string,
  reason: string,
  at: number,
  suffix: string,
): string | null {
  try {
    const existing = listQuarantine(backend).find((item) => item.from === from && item.raw === raw);
    if (existing) return existing.key;
    // Never over another item: an existing key gets a counter, so nothing set aside is ever replaced.
    let key = `${QUARANTINE_PREFIX}${at}-${suffix}`;
    for (let n = 2; backend.getItem(key) !== null; n++)
      key = `${QUARANTINE_PREFIX}${at}-${suffix}-${n}`;
    backend.setItem(key, JSON.stringify({ schema: 1, from, reason, at, raw }));
    return key;
  } catch {
    return null;
  }
}

/** The file a learner or a teacher can attach to a bug report. */
export function quarantineFileText(items: readonly QuarantineItem[], now: number): string {
  return JSON.stringify(
    {
      format: QUARANTINE_FORMAT,
      formatVersion: FORMAT_VERSION,
      exportedAt: new Date(now).toISOString(),
      items,
    },
    null,
    2,
  );
}
