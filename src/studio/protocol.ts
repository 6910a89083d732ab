/**
 * The Studio's worker protocol: what the page asks the worker and what it answers, and the checks on
 * every request. No compiler here: the page imports this module too (./handler.ts has the compiler).
 *
 * Everything a request carries is untrusted text (a file from disk, a paste): it is validated and
 * size-capped here before the compiler sees it, and `INCLUDE` resolves only to the other files of the
 * same request, never to a URL, a path or another scenario's storage.
 */
import type { Diagnostic } from '../story/index.ts';

/** One ink file of the scenario being written. The first file of a request is the story. */
export interface StudioFile {
  readonly name: string;
  readonly text: string;
}

export type StudioRequest = {
  readonly type: 'compile';
  /** Answers carry the id back, so the page can drop answers to edits that were overtaken. */
  readonly id: number;
  readonly files: readonly StudioFile[];
};

export type StudioResponse =
  | {
      readonly type: 'compiled';
      readonly id: number;
      /** True when the story compiled with no errors (warnings may remain). */
      readonly ok: boolean;
      /** Errors first, then warnings; each pinned to a file of the request and a 1-based line. */
      readonly diagnostics: readonly Diagnostic[];
      /** Time spent in the worker, in milliseconds (for the figures, never for a decision). */
      readonly ms: number;
    }
  | { readonly type: 'refused'; readonly id: number; readonly reason: RefusalReason };

export type RefusalReason = 'malformed' | 'too-large' | 'too-many-files' | 'bad-name';

/** A story file may be this many characters at most (the bundled ones are far below; see authoring.md). */
export const MAX_FILE_CHARS = 256 * 1024;
export const MAX_FILES = 16;
/** A part's name: a plain file name ending in .ink, no folders, no URL, no control characters. */
export const FILE_NAME = /^[\w][\w.-]{0,80}\.ink$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Checks a message from the page; returns the request or why it is refused. */
export function parseRequest(
  data: unknown,
): { ok: true; request: StudioRequest } | { ok: false; id: number; reason: RefusalReason } {
  const id = isRecord(data) && Number.isSafeInteger(data.id) ? (data.id as number) : -1;
  if (!isRecord(data) || data.type !== 'compile' || id < 0 || !Array.isArray(data.files)) {
    return { ok: false, id, reason: 'malformed' };
  }
  const files: StudioFile[] = [];
  for (const f of data.files as unknown[]) {
    if (!isRecord(f) || typeof f.name !== 'string' || typeof f.text !== 'string') {
      return { ok: false, id, reason: 'malformed' };
    }
    if (!FILE_NAME.test(f.name)) return { ok: false, id, reason: 'bad-name' };
    if (f.text.length > MAX_FILE_CHARS) return { ok: false, id, reason: 'too-large' };
    files.push({ name: f.name, text: f.text });
  }
  if (files.length === 0) return { ok: false, id, reason: 'malformed' };
  if (files.length > MAX_FILES) return { ok: false, id, reason: 'too-many-files' };
  return { ok: true, request: { type: 'compile', id, files } };
}
