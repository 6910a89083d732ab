/**
 * `npm run stories:check [--json] [--map DIR] [--maps-current DIR] [--max-states N] [--max-seconds S] [--max-memory MB] [files…]`
 *
 * Compiles and analyses every story (by default every scenario under stories/), prints what it found
 * and exits 0 when every story is clean (warnings allowed), 1 when a story has errors, 2 when an input
 * could not be read at all. Any failure is one human line, never a stack trace. The report format and
 * the `--json` schema are documented in docs/authoring.md, "Story checks".
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { StoryCheck } from './analysis-check.ts';
import { unreadableReason } from './analysis-input.ts';
import { CHECK_LIMITS } from './ink/analysis-limits.ts';
import type { ParityFinding } from './analysis-parity.ts';

interface Args {
  readonly json: boolean;
  readonly map: string | null;
  /** Where the committed branch maps are: a story whose map there differs fails the check. */
  readonly mapsCurrent: string | null;
  readonly maxStates: number | undefined;
  readonly maxSeconds: number;
  readonly maxMemoryMB: number;
  readonly files: string[];
}

const USAGE =
  'usage: npm run stories:check -- [--json] [--map DIR] [--maps-current DIR] [--max-states N] [--max-seconds S] [--max-memory MB] [files…]';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  let json = false;
  let map: string | null = null;
  let mapsCurrent: string | null = null;
  let maxStates: number | undefined;
  let maxSeconds = CHECK_LIMITS.maxSeconds;
  let maxMemoryMB = CHECK_LIMITS.maxMemoryMB;
  const files: string[] = [];
  /** A number above 0 (and at most `most`), for a limit flag. */
  const limit = (flag: string, value: string | undefined, most: number): number => {
    const n = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > most)
      throw new UsageError(`${flag} needs a number above 0 (at most ${most})`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--map') {
      map = argv[++i] ?? null;
      if (!map) throw new UsageError('--map needs a directory');
    } else if (arg === '--maps-current') {
      mapsCurrent = argv[++i] ?? null;
      if (!mapsCurrent) throw new UsageError('--maps-current needs a directory');
    } else if (arg === '--max-states') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1)
        throw new UsageError('--max-states needs a whole number above 0');
      maxStates = value;
    } else if (arg === '--max-seconds') {
      maxSeconds = limit(arg, argv[++i], 24 * 3600);
    } else if (arg === '--max-memory') {
      maxMemoryMB = limit(arg, argv[++i], 1024 * 1024);
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError(USAGE);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    } else files.push(arg);
  }
  return { json, map, mapsCurrent, maxStates, maxSeconds, maxMemoryMB, files };
}

function writeMaps(
  checks: readonly StoryCheck[],
  dir: string,
  root: string,
  render: (check: StoryCheck) => string,
): string[] {
  const written: string[] = [];
  for (const check of checks) {
    if (!check.report) continue;
    const out = resolve(root, dir, check.lang);
    mkdirSync(out, { recursive: true });
    const file = join(out, `${check.id}.svg`);
    writeFileSync(file, render(check));
    written.push(file);
  }
  return written;
}

/**
 * The committed maps (docs/maps) that no longer show their story: each a finding on the map's file.
 * A map nobody regenerates after a story changes tells a reviewer the old scores.
 */
function staleMaps(
  checks: readonly StoryCheck[],
  dir: string,
  root: string,
  render: (check: StoryCheck) => string,
): string[] {
  const stale: string[] = [];
  for (const check of checks) {
    if (!check.report) continue;
    const file = resolve(root, dir, check.lang, `${check.id}.svg`);
    const shown = relative(root, file);
    if (!existsSync(file)) stale.push(`${shown}: missing; run npm run stories:map`);
    else if (readFileSync(file, 'utf8') !== render(check))
      stale.push(`${shown}: out of date with ${check.file}; run npm run stories:map`);
  }
  return stale;
}

function exitCode(checks: readonly StoryCheck[], parity: readonly ParityFinding[]): number {
  if (checks.some((c) => c.status === 'unreadable')) return 2;
  if (checks.some((c) => c.status === 'errors') || parity.some((p) => p.severity === 'error'))
    return 1;
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd();
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`stories-check: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let files = args.files;
  if (files.length === 0) {
    const { listStoryFiles } = await import('./vite-plugin-ink.ts');
    files = listStoryFiles(resolve(root, 'stories'));
  }
  // Unreadable inputs are told at once, before the ink compiler is even loaded.
  const unreadable = files.filter((f) => unreadableReason(f, root) !== null);
  if (unreadable.length === files.length && files.length > 0 && !args.json) {
    for (const f of files) {
      const shown = relative(root, resolve(root, f)) || f;
      process.stderr.write(`stories-check: ${shown}: ${unreadableReason(f, root) ?? ''}\n`);
    }
    return 2;
  }
  const { checkStory } = await import('./analysis-check.ts');
  const { checkParity } = await import('./analysis-parity.ts');
  const { formatCheck, formatSummary } = await import('./analysis-format.ts');
  const { renderBranchMap } = await import('../src/analysis/index.ts');
  const { maxStates, maxSeconds, maxMemoryMB } = args;
  const memoryUsed = () => process.memoryUsage().heapUsed;
  const checks = files.map((f) =>
    checkStory(f, root, { maxStates, maxSeconds, maxMemoryMB, memoryUsed }),
  );
  // Parity compares translations of the same scenario; it runs over the stories checked together.
  const parity = checkParity(checks);
  const code = exitCode(checks, parity);
  const render = (c: StoryCheck) => (c.report ? renderBranchMap(c.report, { title: c.file }) : '');
  const maps = args.map ? writeMaps(checks, args.map, root, render) : [];
  const stale = args.mapsCurrent ? staleMaps(checks, args.mapsCurrent, root, render) : [];
  const failed = code === 0 && stale.length > 0 ? 1 : code;

  if (args.json) {
    process.stdout.write(
      `${JSON.stringify({ version: 1, exitCode: failed, stories: checks, parity, maps, stale }, null, 2)}\n`,
    );
    return failed;
  }
  if (checks.length === 0) {
    process.stdout.write('stories-check: no stories found under stories/\n');
    return 0;
  }
  for (const check of checks)
    if (check.status !== 'unreadable') process.stdout.write(`${formatCheck(check)}\n`);
  for (const p of parity) {
    const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
    process.stdout.write(`${where}: ${p.severity}: ${p.message}\n`);
  }
  if (maps.length > 0) process.stdout.write(`maps written: ${maps.length} in ${args.map ?? ''}\n`);
  for (const s of stale) process.stdout.write(`${s}\n`);
  process.stdout.write(
    `${formatSummary(checks)}${parity.length > 0 ? `, ${parity.length} translation drift(s)` : ''}\n`,
  );
  // One line on stderr for an unreadable input, so a shell user sees the reason even with --json off.
  for (const c of checks)
    if (c.status === 'unreadable') process.stderr.write(`stories-check: ${c.message ?? ''}\n`);
  return failed;
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `stories-check: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exitCode = 2;
  },
);
