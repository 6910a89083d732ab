/**
 * The offline dependency check (scripts/deps-check.ts) on the project itself, and on small lockfiles
 * with one thing wrong each: every wrong thing must be reported, by package name.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDependencies } from '../../../scripts/deps-check.ts';

const HASH = `sha512-${'A'.repeat(86)}==`;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Fixture {
  readonly manifest?: Record<string, unknown>;
  readonly packages?: Record<string, Record<string, unknown>>;
  readonly docs?: string | null;
}

function project(f: Fixture = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mingle-deps-'));
  dirs.push(dir);
  const manifest = f.manifest ?? { dependencies: { good: '^1.0.0' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  const packages = f.packages ?? {
    'node_modules/good': { version: '1.2.3', integrity: HASH, license: 'MIT' },
  };
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': {
        dependencies: manifest.dependencies ?? {},
        devDependencies: manifest.devDependencies ?? {},
      },
      ...packages,
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  if (f.docs !== null) {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'dependencies.md'), f.docs ?? '| `good` | browser | why |\n');
  }
  return dir;
}

const problems = (f: Fixture) => checkDependencies(project(f)).problems;

describe('deps:check', () => {
  it("passes on the project's own lockfile", () => {
    const report = checkDependencies(process.cwd());
    expect(report.problems).toEqual([]);
    expect(report.packages).toBeGreaterThan(100);
    expect(report.runtime).toBeLessThan(report.packages);
  });

  it('passes a clean fixture', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses a package from git, a tarball URL or a local folder', () => {
    const out = problems({
      packages: {
        'node_modules/good': {
          version: '1.2.3',
          integrity: HASH,
          license: 'MIT',
          resolved: 'git+ssh://git@example.com/good.git#abc',
        },
        'node_modules/local': { link: true },
      },
    });
    expect(out).toEqual([
      expect.stringMatching(/^good .*not the npm registry/),
      expect.stringMatching(/^local .*linked local folder/),
    ]);
  });

  it('refuses a package without an exact version or an integrity hash', () => {
    const out = problems({
      packages: {
        'node_modules/good': { version: '^1.2.3', license: 'MIT' },
      },
    });
    expect(out).toEqual([
      expect.stringMatching(/^good .*exact version/),
      expect.stringMatching(/^good .*integrity/),
    ]);
  });

  it('holds runtime packages to permissive licences and lets tools use MPL', () => {
    const out = problems({
      manifest: { dependencies: { good: '^1.0.0' }, devDependencies: { tool: '^1.0.0' } },
      packages: {
        'node_modules/good': { version: '1.2.3', integrity: HASH, license: 'GPL-3.0-only' },
        'node_modules/good/node_modules/inner': {
          version: '2.0.0',
          integrity: HASH,
          license: '(MIT OR GPL-2.0)',
        },
        'node_modules/mpl': { version: '1.0.0', integrity: HASH, license: 'MPL-2.0' },
        'node_modules/tool': { version: '1.0.0', integrity: HASH, license: 'MPL-2.0', dev: true },
        'node_modules/nolicence': { version: '1.0.0', integrity: HASH, dev: true },
      },
    });
    expect(out).toEqual([
      expect.stringMatching(/^good .*"GPL-3.0-only" is not allowed for a runtime package/),
      expect.stringMatching(/^mpl .*"MPL-2.0" is not allowed for a runtime package/),
      expect.stringMatching(/^nolicence .*"none" is not allowed for a tool package/),
    ]);
  });

  it('refuses an install script that package.json does not allow', () => {
    const packages = {
      'node_modules/good': {
        version: '1.2.3',
        integrity: HASH,
        license: 'MIT',
        hasInstallScript: true,
      },
    };
    expect(problems({ packages })).toEqual([expect.stringMatching(/^good .*install script/)]);
    expect(
      problems({
        manifest: { dependencies: { good: '^1.0.0' }, allowScripts: { good: true } },
        packages,
      }),
    ).toEqual([]);
  });

  it('wants every runtime dependency explained, and the lockfile in step with package.json', () => {
    expect(problems({ docs: '# nothing here\n' })).toEqual([
      'runtime dependency good has no line in docs/dependencies.md',
    ]);
    const dir = project({});
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { good: '^2.0.0' } }));
    expect(checkDependencies(dir).problems).toEqual([
      expect.stringContaining('good is "^2.0.0" in package.json, "^1.0.0" in the lockfile'),
    ]);
  });
});
