/**
 * Every package `npm run package` makes has a sound manifest: well-formed XML, the right namespaces
 * and schema version, every file it names present, every file present named. Built here over a small
 * stand-in of the Vite build (the browser tests package and validate the real build too).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { CURRICULUM } from '../../../src/game/curriculum.ts';
import { manifest12, manifest2004, type CourseSpec } from '../../../scripts/scorm/manifest.ts';
import { makePackage, type BuiltBundle, type PackageLang } from '../../../scripts/scorm/package.ts';
import { validatePackage } from '../../../scripts/scorm/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingle-manifest-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = CURRICULUM.map((s) => s.id);
const storyFiles = new Map<string, string>();
const files = ['lms.html', 'assets/lms-abc.js', 'assets/lms-abc.css', 'assets/amb-cafe-x.mp3'];
mkdirSync(join(dir, 'assets'));
writeFileSync(
  join(dir, 'lms.html'),
  `<!doctype html><meta name="mingle-lms" content='{"scorm":"2004","lang":null,"mastery":0.6}' />`,
);
for (const f of files.slice(1)) writeFileSync(join(dir, f), 'x');
for (const lang of ['en', 'nl']) {
  for (const id of ids) {
    const file = `assets/${id}-${lang}.js`;
    storyFiles.set(`${lang}/${id}`, file);
    files.push(file);
    writeFileSync(join(dir, file), `export default {}`);
  }
}
const bundle: BuiltBundle = {
  dir,
  files,
  storyFiles,
  scenarios: ids.flatMap((id) => [
    { id, lang: 'en', title: `${id} & <co>` },
    { id, lang: 'nl', title: `${id} (nl)` },
  ]),
  dispose: () => undefined,
};

describe('the packages’ manifests', () => {
  for (const scorm of ['1.2', '2004'] as const) {
    for (const scope of ['curriculum', ...ids]) {
      for (const lang of ['en', 'nl', 'choice'] as PackageLang[]) {
        it(`SCORM ${scorm}, ${scope}, ${lang}: valid, complete, and nothing unlisted`, () => {
          const pkg = makePackage(bundle, { scorm, scope, lang, mastery: 0.65 }, ids, 'Course');
          const check = validatePackage(scorm, pkg.files);
          expect(check.problems).toEqual([]);
          expect(check.launches.length).toBe(scope === 'curriculum' ? ids.length : 1);
          for (const l of check.launches) expect(l.href).toMatch(/^lms\.html\?scenario=[a-z-]+$/);
          // The zip holds exactly the files the manifest was checked against.
          const unzipped = unzipSync(pkg.zip);
          expect(Object.keys(unzipped).sort()).toEqual([...pkg.files.keys()].sort());
          const manifest = strFromU8(unzipped['imsmanifest.xml'] ?? new Uint8Array());
          if (scorm === '1.2') {
            expect(manifest).toContain('<adlcp:masteryscore>65</adlcp:masteryscore>');
          } else {
            expect(manifest).toContain(
              '<imsss:minNormalizedMeasure>0.65</imsss:minNormalizedMeasure>',
            );
            expect(manifest).toContain(
              '<imsss:controlMode choice="true" choiceExit="true" flow="true"/>',
            );
          }
          // Stories the package never plays are left out.
          const stories = [...pkg.files.keys()].filter((f) => /-(en|nl)\.js$/.test(f));
          const langs = lang === 'choice' ? 2 : 1;
          expect(stories).toHaveLength((scope === 'curriculum' ? ids.length : 1) * langs);
          const launch = strFromU8(unzipped['lms.html'] ?? new Uint8Array());
          expect(launch).toContain(
            `content='${JSON.stringify({ scorm, lang: lang === 'choice' ? null : lang, mastery: 0.65 })}'`,
          );
        });
      }
    }
  }
});

describe('the validator', () => {
  const spec: CourseSpec = {
    identifier: 'test',
    title: 'T',
    items: [{ scenario: 'a', title: 'A' }],
    mastery: 0.5,
    files: ['lms.html', 'x.js'],
    launch: 'lms.html',
  };
  const enc = (s: string) => new TextEncoder().encode(s);
  const pkg = (manifest: string, names: string[]) =>
    new Map([['imsmanifest.xml', enc(manifest)], ...names.map((n) => [n, enc('x')] as const)]);

  it('catches a file listed but missing, a file present but unlisted, and broken XML', () => {
    expect(validatePackage('2004', pkg(manifest2004(spec), ['lms.html', 'x.js'])).problems).toEqual(
      [],
    );
    expect(validatePackage('2004', pkg(manifest2004(spec), ['lms.html'])).problems).toEqual([
      'the manifest lists "x.js", which is not in the package',
    ]);
    expect(
      validatePackage('1.2', pkg(manifest12(spec), ['lms.html', 'x.js', 'y.css'])).problems,
    ).toEqual(['"y.css" is in the package but not in the manifest']);
    expect(
      validatePackage('1.2', pkg(manifest12(spec).replace('</title>', '</titel>'), [])).problems[0],
    ).toMatch(/not well-formed XML/);
  });

  it('catches the wrong version’s manifest and a missing manifest', () => {
    const problems = validatePackage('2004', pkg(manifest12(spec), ['lms.html', 'x.js'])).problems;
    expect(problems[0]).toMatch(/root element must be <manifest> in http:\/\/www.imsglobal.org/);
    expect(validatePackage('1.2', new Map()).problems).toEqual([
      'imsmanifest.xml is missing from the package root',
    ]);
  });
});
