/**
 * `npm run package`: SCORM 1.2 and SCORM 2004 4th Edition packages of Mingle for a company's LMS
 * (docs/lms.md). For each SCORM version: the whole curriculum as one course (one SCO per scenario) and
 * one package per scenario, each in English, in Dutch, or in the learner's choice: (scenarios + 1)
 * × 3 × 2 zips in all.
 *
 *   npm run package                          every package into dist-scorm/
 *   npm run package -- --mastery 0.7         the pass mark: a share of each scenario's possible range
 *   npm run package -- --scope hard-seller --scorm 2004 --lang en   just the packages named
 *   npm run package -- --out some/dir --no-measure
 *
 * Every manifest is validated before its zip is written (a broken package fails the command), and
 * unless `--no-measure`, the longest resume data of every story is measured against SCORM 1.2's
 * 4,096 characters.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { curriculumStep, inCurriculumOrder, swapOf } from '../src/game/curriculum.ts';
import { DEFAULT_MASTERY } from '../src/lms/config.ts';
import { SCORM12_SUSPEND_LIMIT } from '../src/lms/suspend.ts';
import { buildScenario } from './ink/scenario.ts';
import { longestSuspend } from './scorm/longest.ts';
import type { ScormVersion } from './scorm/manifest.ts';
import {
  buildLmsBundle,
  makePackage,
  type PackageLang,
  type PackageSpec,
} from './scorm/package.ts';
import { validatePackage } from './scorm/validate.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist-scorm' },
    mastery: { type: 'string', default: String(DEFAULT_MASTERY) },
    scope: { type: 'string', multiple: true },
    scorm: { type: 'string', multiple: true },
    lang: { type: 'string', multiple: true },
    'no-measure': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

const mastery = Number(values.mastery);
if (!Number.isFinite(mastery) || mastery < 0 || mastery > 1) {
  fail(
    `--mastery must be a share between 0 and 1 (0.6 is 60% of the possible range), not "${values.mastery}"`,
  );
}
const versions = (values.scorm ?? ['1.2', '2004']).map((v): ScormVersion => {
  if (v === '1.2' || v === '2004') return v;
  return fail(`--scorm must be 1.2 or 2004, not "${v}"`);
});
const langs = (values.lang ?? ['en', 'nl', 'choice']).map((l): PackageLang => {
  if (l === 'en' || l === 'nl' || l === 'choice') return l;
  return fail(`--lang must be en, nl or choice, not "${l}"`);
});

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, values.out);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

const bundle = await buildLmsBundle(root);
try {
  const ids = [...new Set(bundle.scenarios.map((s) => s.id))];
  // The curriculum's order, each swap right after its original (an LMS course does not lock a swap:
  // the learning platform decides the order). Every curriculum scenario and swap gets a zip of its own.
  const order = inCurriculumOrder(ids.map((id) => ({ id }))).map((s) => s.id);
  const scopes = values.scope ?? [
    'curriculum',
    ...order.filter((id) => curriculumStep(id) !== null || swapOf(id) !== null),
  ];
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  console.log(`Packages (mastery ${mastery}) into ${values.out}/:`);
  for (const scorm of versions) {
    for (const scope of scopes) {
      for (const lang of langs) {
        const spec: PackageSpec = { scorm, scope, lang, mastery };
        const pkg = makePackage(
          bundle,
          spec,
          order,
          'Mingle: networking etiquette, scenario by scenario',
        );
        const check = validatePackage(scorm, pkg.files);
        if (check.problems.length > 0) fail(`${pkg.name}:\n  ${check.problems.join('\n  ')}`);
        writeFileSync(join(out, pkg.name), pkg.zip);
        console.log(
          `  ${pkg.name.padEnd(48)} ${kib(pkg.zip.length).padStart(9)}  ${pkg.files.size} files, ${check.launches.length} SCO`,
        );
      }
    }
  }
  if (!values['no-measure']) {
    console.log(
      `\nLongest resume data (cmi.suspend_data) per story, against SCORM 1.2's ${SCORM12_SUSPEND_LIMIT}:`,
    );
    let worst = 0;
    for (const s of bundle.scenarios) {
      const { scenario } = buildScenario(resolve(root, 'stories', s.lang, `${s.id}.ink`), root);
      const longest = longestSuspend(scenario.json, scenario);
      worst = Math.max(worst, longest.length);
      console.log(
        `  ${`${s.lang}/${s.id}`.padEnd(24)} ${String(longest.choices).padStart(3)} choices  ${String(longest.length).padStart(4)} chars  ${longest.sample}`,
      );
    }
    console.log(
      `  longest: ${worst} of ${SCORM12_SUSPEND_LIMIT} characters (margin ${SCORM12_SUSPEND_LIMIT - worst})`,
    );
    if (worst > SCORM12_SUSPEND_LIMIT) fail('a story needs more resume data than SCORM 1.2 allows');
  }
} finally {
  bundle.dispose();
}
