/**
 * Pairs each translated scenario with its reference version (stories/en/<id>.ink) among the stories
 * checked together, compares their structure and pins every drift to a line in both files
 * (src/analysis/parity.ts, locateDrifts: the Studio's language pair uses the same), so the author sees
 * where the two versions part.
 */
import { locateDrifts } from '../src/analysis/index.ts';
import type { StoryCheck } from './analysis-check.ts';
import { SourceIndex } from '../src/analysis/source-index.ts';
import { nodeInkLoader } from './ink/node-loader.ts';

/** The language every translation must match. */
export const REFERENCE_LANG = 'en';

export interface ParityFinding {
  readonly file: string;
  readonly line: number;
  /** The reference version's file and line for the same place. */
  readonly referenceFile: string;
  readonly referenceLine: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export function checkParity(checks: readonly StoryCheck[], root = process.cwd()): ParityFinding[] {
  const findings: ParityFinding[] = [];
  const references = new Map(checks.filter((c) => c.lang === REFERENCE_LANG).map((c) => [c.id, c]));
  for (const translation of checks) {
    if (translation.lang === REFERENCE_LANG || translation.status === 'unreadable') continue;
    const reference = references.get(translation.id);
    if (!reference?.report || !translation.report) continue;
    const refIndex = new SourceIndex(
      reference.file,
      reference.files,
      nodeInkLoader(root, reference.file),
    );
    const trIndex = new SourceIndex(
      translation.file,
      translation.files,
      nodeInkLoader(root, translation.file),
    );
    for (const { drift, at, referenceAt: refAt } of locateDrifts(
      reference.report,
      translation.report,
      refIndex,
      trIndex,
    )) {
      const refWhere = refAt.line > 0 ? `${refAt.file}:${refAt.line}` : refAt.file;
      findings.push({
        file: at.file,
        line: at.line,
        referenceFile: refAt.file,
        referenceLine: refAt.line,
        severity: 'error',
        message: `differs from ${refWhere}: ${drift.message}`,
      });
    }
  }
  return findings;
}
