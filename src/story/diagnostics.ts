/** A problem in a story source, pinned to a file and line so an author can go straight to it. */
export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the problem belongs to the whole file. */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
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
