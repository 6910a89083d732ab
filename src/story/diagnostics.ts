import type { MessageParams } from './tag-messages.ts';

/** A problem in a story source, pinned to a file and line so an author can go straight to it. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem belongs to the whole file. */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /**
   * The message's code and parameters, when the tag grammar, the linter or the rubric said it
   * (./tag-messages.ts, ./lint-messages.ts): for words in another language than `message`'s English.
   */
  readonly code?: string;
  readonly params?: MessageParams;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.severity}: ${d.message}`;
}

/** Thrown when a story cannot be used; carries every diagnostic, errors first. */
export class StorySourceError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('\n'),
    );
    this.name = 'StorySourceError';
  }
}
