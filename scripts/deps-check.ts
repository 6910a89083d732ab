/**
 * `npm run deps:check`: what can be checked about our dependencies with no network (npm audit needs
 * one). It reads only package.json, package-lock.json and docs/dependencies.md, and fails when:
 *
 * - the lockfile is not lockfile v3, or disagrees with package.json's dependency ranges;
 * - a locked package is not pinned to an exact version with a sha512 integrity hash, or comes from
 *   anywhere but the npm registry (git, a tarball URL, a local folder, another registry);
 * - a licence is not on the allowed list (runtime packages, which reach players or the server, are held
 *   to the permissive licences; build and test tools may also use the weak-copyleft MPL-2.0 and the
 *   CC-BY-4.0 data licence);
 * - a package runs an install script without being named in package.json's `allowScripts`;
 * - a direct runtime dependency has no line in docs/dependencies.md saying why the game needs it.
 *
 * Usage: tsx scripts/deps-check.ts [--root DIR] [--json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DepsReport {
  readonly problems: readonly string[];
  readonly packages: number;
  readonly runtime: number;
  readonly licences: Readonly<Record<string, number>>;
}

/** Licences any package may carry (SPDX ids). */
const PERMISSIVE = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'WTFPL',
]);
/** Licences build and test tools may also carry: they never ship to a player or a server. */
const TOOLS_ONLY = new Set(['MPL-2.0', 'CC-BY-4.0']);

const REGISTRY = 'https://registry.npmjs.org/';
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SHA512 = /^sha512-[A-Za-z0-9+/]{86}==$/;

interface LockedPackage {
  readonly version?: unknown;
  readonly resolved?: unknown;
  readonly integrity?: unknown;
  readonly license?: unknown;
  readonly dev?: unknown;
  readonly link?: unknown;
  readonly hasInstallScript?: unknown;
  readonly dependencies?: unknown;
  readonly devDependencies?: unknown;
}

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly allowScripts?: Record<string, boolean>;
}

/** The alternatives of a simple SPDX expression: `(A OR B)` gives both; `A AND B` needs both. */
function licenceOk(expr: string, allowed: (id: string) => boolean): boolean {
  const inner = expr.replace(/^\((.*)\)$/, '$1').trim();
  if (inner === '') return false;
  return inner.split(/\s+OR\s+/).some((alt) =>
    alt
      .replace(/^\((.*)\)$/, '$1')
      .split(/\s+AND\s+/)
      .every((id) => allowed(id.trim())),
  );
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameOf(path: string): string {
  const i = path.lastIndexOf('node_modules/');
  return path.slice(i + 'node_modules/'.length);
}

export function checkDependencies(root: string): DepsReport {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    lockfileVersion?: unknown;
    packages?: Record<string, LockedPackage>;
  };
  let documented = '';
  try {
    documented = readFileSync(join(root, 'docs', 'dependencies.md'), 'utf8');
  } catch {
    problems.push('docs/dependencies.md is missing: it says why each runtime dependency is there');
  }

  if (lock.lockfileVersion !== 3) {
    problems.push(`package-lock.json: lockfileVersion ${String(lock.lockfileVersion)}, expected 3`);
  }
  const packages = lock.packages ?? {};
  const top = packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const wanted = manifest[field] ?? {};
    const locked = (top[field] ?? {}) as Record<string, string>;
    for (const [name, range] of Object.entries(wanted)) {
      if (locked[name] !== range) {
        problems.push(
          `package-lock.json is out of date: ${field}.${name} is "${range}" in package.json, ` +
            `"${locked[name] ?? 'absent'}" in the lockfile (run npm install)`,
        );
      }
    }
    for (const name of Object.keys(locked)) {
      if (!(name in wanted))
        problems.push(`package-lock.json lists ${field}.${name}, package.json not`);
    }
  }

  const allowScripts = manifest.allowScripts ?? {};
  const licences: Record<string, number> = {};
  let count = 0;
  let runtime = 0;
  for (const [path, pkg] of Object.entries(packages)) {
    if (path === '') continue;
    count++;
    const name = nameOf(path);
    const where = `${name} (${path})`;
    if (pkg.link === true) {
      problems.push(`${where}: a linked local folder, not a registry package`);
      continue;
    }
    if (typeof pkg.version !== 'string' || !EXACT_VERSION.test(pkg.version)) {
      problems.push(`${where}: not pinned to an exact version (${String(pkg.version)})`);
    }
    if (typeof pkg.integrity !== 'string' || !SHA512.test(pkg.integrity)) {
      problems.push(`${where}: no sha512 integrity hash in the lockfile`);
    }
    if (pkg.resolved !== undefined) {
      if (typeof pkg.resolved !== 'string' || !pkg.resolved.startsWith(REGISTRY)) {
        problems.push(`${where}: comes from ${JSON.stringify(pkg.resolved)}, not the npm registry`);
      }
    }
    const dev = pkg.dev === true;
    if (!dev) runtime++;
    const licence = typeof pkg.license === 'string' ? pkg.license : '';
    licences[licence || '(none)'] = (licences[licence || '(none)'] ?? 0) + 1;
    const allowed = (id: string): boolean => PERMISSIVE.has(id) || (dev && TOOLS_ONLY.has(id));
    if (!licenceOk(licence, allowed)) {
      problems.push(
        `${where}: licence "${licence || 'none'}" is not allowed for a ${dev ? 'tool' : 'runtime'} ` +
          'package (scripts/deps-check.ts lists the allowed ones)',
      );
    }
    if (pkg.hasInstallScript === true && allowScripts[name] !== true) {
      problems.push(`${where}: runs an install script and is not in package.json allowScripts`);
    }
  }

  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (!documented.includes(`\`${name}\``)) {
      problems.push(`runtime dependency ${name} has no line in docs/dependencies.md`);
    }
  }

  return { problems, packages: count, runtime, licences };
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--root');
  const root = resolve(at >= 0 ? (argv[at + 1] ?? '.') : '.');
  let report: DepsReport;
  try {
    report = checkDependencies(root);
  } catch (e) {
    console.error(`deps:check: cannot read ${root}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const p of report.problems) console.error(`deps:check: ${p}`);
    const licences = Object.entries(report.licences)
      .sort((a, b) => b[1] - a[1])
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    console.log(
      `${report.packages} locked packages (${report.runtime} runtime): ${licences}. ` +
        (report.problems.length === 0 ? 'All pinned, hashed, from the registry.' : ''),
    );
  }
  return report.problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
