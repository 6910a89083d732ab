/**
 * The human-readable form of `npm run stories:check`. Paths are shown as the player would number the
 * choices (1 for the first option), since that is how an author replays them by hand.
 */
import { TIPS } from '../src/vocabulary/index.ts';
import type { Finding, StoryCheck } from './analysis-check.ts';

/** Long paths (a loop taken many times) are cut: the full path is in the --json output. */
const MAX_SHOWN = 24;

export function formatPath(path: readonly number[]): string {
  if (path.length === 0) return '(start)';
  const shown = path
    .slice(0, MAX_SHOWN)
    .map((i) => i + 1)
    .join(' ');
  return path.length > MAX_SHOWN ? `${shown} … (${path.length} choices)` : shown;
}

/** `mem_a=true, mem_b="someone"`, or '' for the story's own defaults. */
export function formatMemory(memory: Readonly<Record<string, unknown>> | null | undefined): string {
  const parts = Object.entries(memory ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return parts.length === 0 ? '' : ` (remembering ${parts.join(', ')})`;
}

function formatFinding(f: Finding): string {
  const where = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  const path =
    f.path && f.path.length > 0 ? ` (choices: ${formatPath(f.path)}${formatMemory(f.memory)})` : '';
  return `${where}: ${f.severity}: ${f.message}${path}`;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

export function formatCheck(check: StoryCheck): string {
  if (check.status === 'unreadable')
    return `FAIL ${check.file}\n  ${check.message ?? 'cannot be read'}`;
  const out: string[] = [];
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  const warnings = check.findings.length - errors;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const r = check.report;
  if (!r) {
    out.push(`FAIL ${check.file}: does not compile (${counts})`);
  } else {
    const knots = r.knots.reachable.length + r.knots.unreachable.length;
    const cut = r.stoppedBy === 'time' || r.stoppedBy === 'memory' ? ` (${r.stoppedBy} limit)` : '';
    const scope = r.complete ? 'complete' : `PARTIAL${cut}`;
    out.push(
      `${errors > 0 ? 'FAIL' : 'ok  '} ${check.file}: ${scope}, ${r.states} states, ${r.choicePoints} choice points, ` +
        `${r.choices.length} choices, ${r.endings.length} endings, ${r.knots.reachable.length}/${knots} knots reached (${counts})`,
    );
    if (r.endings.length > 0) out.push(`  endings: ${r.endings.map((e) => e.id).join(', ')}`);
    for (const tip of TIPS) {
      const t = r.tipRanges[tip];
      if (t.unbounded) {
        out.push(`  tip${tip}: unbounded (a loop repeats a choice that scores it)`);
      } else if (t.min !== 0 || t.max !== 0) {
        const range = `${signed(t.min)} to ${signed(t.max)}${r.complete ? '' : ' (so far)'}`;
        const worst = `${formatPath(t.minPath)}${formatMemory(t.minMemory)}`;
        const best = `${formatPath(t.maxPath)}${formatMemory(t.maxMemory)}`;
        out.push(`  tip${tip}: ${range}   worst: ${worst}   best: ${best}`);
      }
    }
  }
  const rb = check.rubric;
  if (rb) {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    out.push(
      `  rubric${check.rubricEnforced ? '' : ' (pending conversion, not enforced)'}: ` +
        `${rb.mixed}/${rb.choices} choices mixed (${pct(rb.mixedShare)}), ` +
        `${rb.tradeOffPoints}/${rb.points} choice points trade off (${pct(rb.tradeOffShare)}), ` +
        `${rb.choices - rb.withoutAct}/${rb.choices} choices with an act`,
    );
  }
  for (const f of check.findings) out.push(`  ${formatFinding(f)}`);
  return out.join('\n');
}

export function formatSummary(checks: readonly StoryCheck[]): string {
  const unreadable = checks.filter((c) => c.status === 'unreadable').length;
  const failing = checks.filter((c) => c.status === 'errors').length;
  const partial = checks.filter((c) => c.report && !c.report.complete).length;
  const parts = [`${checks.length} stor${checks.length === 1 ? 'y' : 'ies'}`];
  parts.push(`${checks.length - unreadable - failing} clean`);
  if (failing > 0) parts.push(`${failing} with errors`);
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  if (partial > 0) parts.push(`${partial} explored only in part`);
  return parts.join(', ');
}
