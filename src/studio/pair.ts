/**
 * The language pair's parity check, in the worker: the two versions of one scenario (open in two tabs)
 * compared on what the scoring and the debrief depend on, with the very comparison the command line
 * runs on bundled scenarios (src/analysis/parity.ts, locateDrifts). English is the reference version,
 * as in `npm run stories:check`; each finding is pinned to its line in the translation's tab, with
 * the same place in the reference's tab beside it.
 */
import { locateDrifts, SourceIndex, type AnalysisReport } from '../analysis/index.ts';
import type { Diagnostic } from '../story/index.ts';
import type { Finding, StudioFile } from './protocol.ts';

/** The language every translation is compared with (scripts/analysis-parity.ts REFERENCE_LANG). */
export const REFERENCE_LANG = 'en';

/** One language of the pair: its files (story first) and its analysis, or why there is none. */
export interface PairSide {
  readonly lang: string;
  readonly files: readonly StudioFile[];
  readonly report: AnalysisReport | null;
  /** Its compile errors, when it did not compile (then `report` is null). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Where places and choices are written in one side's story file (a line in another file: 0). */
function indexOf(side: PairSide): SourceIndex {
  const byName = new Map(side.files.map((f) => [f.name, f.text]));
  const entry = side.files[0]?.name ?? 'story.ink';
  return new SourceIndex(entry, [...byName.keys()], {
    read: (name) => byName.get(name) ?? '',
  });
}

/**
 * The parity findings of `own` (the story being checked) against `other` (its pair). Lines are in the
 * tab of the language named by each finding's `lang` (absent: `own`'s).
 */
export function pairFindings(own: PairSide, other: PairSide): Finding[] {
  const broken = [own, other].find((side) => side.report === null);
  if (broken) {
    const first = broken.diagnostics.find((d) => d.severity === 'error');
    const entry = broken.files[0]?.name;
    return [
      {
        severity: 'warning',
        kind: 'parity',
        message: `the ${broken.lang} version does not compile, so the two cannot be compared${first ? `: ${first.message}` : ''}`,
        parity: { kind: 'broken', lang: broken.lang, error: first?.message ?? null },
        line: first?.line ?? 0,
        ...(first && first.file !== entry ? { file: first.file } : {}),
        ...(broken === own ? {} : { lang: broken.lang }),
      },
    ];
  }
  const ownIsReference = own.lang === REFERENCE_LANG || other.lang !== REFERENCE_LANG;
  const reference = ownIsReference ? own : other;
  const translation = ownIsReference ? other : own;
  if (!reference.report || !translation.report) return [];
  const refEntry = reference.files[0]?.name;
  const trEntry = translation.files[0]?.name;
  return locateDrifts(
    reference.report,
    translation.report,
    indexOf(reference),
    indexOf(translation),
  ).map(({ drift, at, referenceAt }) => ({
    severity: 'error' as const,
    kind: 'parity',
    message: drift.message,
    parity: drift.what,
    // The translation's line leads: that is where a translator mends it.
    line: at.line,
    ...(at.file !== trEntry && at.line > 0 ? { file: at.file } : {}),
    place: drift.place,
    ...(translation === own ? {} : { lang: translation.lang }),
    other: {
      lang: reference.lang,
      line: referenceAt.line,
      ...(referenceAt.file !== refEntry && referenceAt.line > 0 ? { file: referenceAt.file } : {}),
    },
  }));
}
