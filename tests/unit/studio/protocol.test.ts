/**
 * The Studio's worker protocol, run in Node without a worker or a DOM: the handler the worker wraps
 * compiles and tag-lints real stories (the template in both languages, the largest bundled story),
 * pins each problem to its line, refuses malformed, oversized and path-like input, and keeps INCLUDE
 * inside the scenario's own files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../src/studio/handler.ts';
import { MAX_FILE_CHARS, type StudioResponse } from '../../../src/studio/protocol.ts';
import { TEMPLATES } from '../../../src/studio/template.ts';

const root = resolve(import.meta.dirname, '../../..');
const story = (lang: string, id: string) =>
  readFileSync(resolve(root, `stories/${lang}/${id}.ink`), 'utf8');

function compiled(response: StudioResponse) {
  if (response.type !== 'compiled') throw new Error(`not compiled: ${response.type}`);
  return response;
}

describe('the Studio worker protocol', { timeout: 60_000 }, () => {
  it('compiles the template in both languages with no problem at all', () => {
    for (const text of Object.values(TEMPLATES)) {
      const r = compiled(
        handleRequest({ type: 'compile', id: 1, files: [{ name: 'story.ink', text }] }),
      );
      expect(r.id).toBe(1);
      expect(r.ok).toBe(true);
      expect(r.diagnostics).toEqual([]);
    }
  });

  it('compiles the largest bundled story, and a broken tag in it is an error at its own line', () => {
    const text = story('nl', 'secretary-call');
    expect(
      compiled(handleRequest({ type: 'compile', id: 2, files: [{ name: 'story.ink', text }] })).ok,
    ).toBe(true);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /# tip\d [+-]\d/.test(l));
    expect(at).toBeGreaterThan(0);
    lines[at] = (lines[at] ?? '').replace(/# tip(\d) ([+-])\d/, '# tip$1 $2x');
    const broken = compiled(
      handleRequest({
        type: 'compile',
        id: 3,
        files: [{ name: 'story.ink', text: lines.join('\n') }],
      }),
    );
    expect(broken.ok).toBe(false);
    const errors = broken.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'story.ink', line: at + 1 });
  });

  it("reports ink's own errors with file and line", () => {
    const text = `${TEMPLATES.en}\n=== lost ===\n-> nowhere_at_all\n`;
    const r = compiled(
      handleRequest({ type: 'compile', id: 4, files: [{ name: 'story.ink', text }] }),
    );
    expect(r.ok).toBe(false);
    const line = text.split('\n').indexOf('-> nowhere_at_all') + 1;
    expect(r.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      file: 'story.ink',
      line,
    });
    expect(r.diagnostics[0]?.message).toMatch(/nowhere_at_all/);
  });

  it('resolves INCLUDE only to files of the same request', () => {
    const main = `INCLUDE _part.ink\n${TEMPLATES.en}`;
    const part = 'VAR mem_extra = false\n';
    const ok = compiled(
      handleRequest({
        type: 'compile',
        id: 5,
        files: [
          { name: 'story.ink', text: main },
          { name: '_part.ink', text: part },
        ],
      }),
    );
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const name of [
      '_missing.ink',
      'https://example.com/x.ink',
      '../en/hard-seller.ink',
      '/etc/passwd',
    ]) {
      const r = compiled(
        handleRequest({
          type: 'compile',
          id: 6,
          files: [{ name: 'story.ink', text: `INCLUDE ${name}\n${TEMPLATES.en}` }],
        }),
      );
      expect(r.ok, name).toBe(false);
      expect(r.diagnostics[0], name).toMatchObject({
        file: 'story.ink',
        line: 1,
        severity: 'error',
      });
      expect(r.diagnostics[0]?.message, name).toMatch(/not a file of this scenario/);
      // A folder or an address is named as such; an unknown plain name says how to add it.
      expect(r.diagnostics[0]?.message, name).toMatch(
        name === '_missing.ink' ? /Add file/ : /no folder, no web address/,
      );
    }
  });

  it("checks a story over several files: each problem is pinned to its file and that file's line", () => {
    // The template's endings moved to a file of their own, which the story includes.
    const at = TEMPLATES.en.indexOf('=== warm_end ===');
    const head = TEMPLATES.en.indexOf('-> arrival');
    const main = `${TEMPLATES.en.slice(0, head)}INCLUDE endings.ink\n${TEMPLATES.en.slice(head, at)}`;
    const endings = TEMPLATES.en.slice(at);
    const files = [
      { name: 'story.ink', text: main },
      { name: 'endings.ink', text: endings },
    ];
    const ok = handleRequest({ type: 'check', id: 30, files, lang: 'en' });
    if (ok.type !== 'checked' || !ok.report) throw new Error('no report');
    // No problem at all: the endings the header declares are written in the included file.
    expect(ok.diagnostics).toEqual([]);
    expect(ok.report.findings).toEqual([]);
    expect(ok.report.scenario).not.toBeNull();
    // The ending's line and the branch map's box are in endings.ink.
    const warm = ok.report.endings.find((e) => e.id === 'warm');
    expect(warm).toMatchObject({ file: 'endings.ink', line: 1 });
    expect(ok.report.map.nodes.find((n) => n.id === 'end:warm')).toMatchObject({
      file: 'endings.ink',
      line: 2,
    });
    expect(ok.report.map.nodes.find((n) => n.id === 'arrival')?.file).toBeUndefined();

    // A broken tag in the included file: an error at that file's line, as the author types.
    const broken = endings.replace('# ending: cold', '# ending cold');
    const line = broken.split('\n').findIndex((l) => l.includes('# ending cold')) + 1;
    const r = compiled(
      handleRequest({
        type: 'compile',
        id: 31,
        files: [files[0], { name: 'endings.ink', text: broken }],
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.diagnostics.find((d) => d.severity === 'error')).toMatchObject({
      file: 'endings.ink',
      line,
    });
    // The check pins the same error to the same file and line.
    const c = handleRequest({
      type: 'check',
      id: 32,
      files: [files[0], { name: 'endings.ink', text: broken }],
    });
    if (c.type !== 'checked') throw new Error('not checked');
    const first = c.report?.findings.find((f) => f.severity === 'error');
    expect(first ?? c.diagnostics[0]).toMatchObject({ file: 'endings.ink', line });

    // A dead end in an included file: the analyzer's finding is at its line there.
    const hub = readFileSync(resolve(root, 'tests/analysis/fixtures/dead-end.ink'), 'utf8')
      .replace(/^# title:.*\n/m, '')
      .replace(/^-> hub\n/m, '');
    const dead = handleRequest({
      type: 'check',
      id: 33,
      files: [
        { name: 'story.ink', text: '# title: T\nINCLUDE hub.ink\n-> hub\n' },
        { name: 'hub.ink', text: hub },
      ],
    });
    if (dead.type !== 'checked' || !dead.report) throw new Error('no report');
    const stop = dead.report.findings.find((f) => f.kind !== 'compile' && f.severity === 'error');
    expect(stop).toMatchObject({ file: 'hub.ink', line: hub.split('\n').indexOf('== hub') + 1 });
  });

  it('refuses malformed, oversized and badly named input, with the id when there is one', () => {
    expect(handleRequest(null)).toEqual({ type: 'refused', id: -1, reason: 'malformed' });
    expect(handleRequest({ type: 'compile', id: 7, files: [] })).toEqual({
      type: 'refused',
      id: 7,
      reason: 'malformed',
    });
    expect(
      handleRequest({ type: 'compile', id: 8, files: [{ name: 'story.ink', text: 3 }] }),
    ).toMatchObject({
      reason: 'malformed',
    });
    expect(handleRequest({ type: 'run-code', id: 9, files: [] })).toMatchObject({
      id: 9,
      reason: 'malformed',
    });
    const big = 'x'.repeat(MAX_FILE_CHARS + 1);
    expect(
      handleRequest({ type: 'compile', id: 10, files: [{ name: 'story.ink', text: big }] }),
    ).toEqual({
      type: 'refused',
      id: 10,
      reason: 'too-large',
    });
    for (const name of ['../x.ink', 'a/b.ink', 'x.txt', 'http://x.ink', '<b>.ink']) {
      expect(
        handleRequest({ type: 'compile', id: 11, files: [{ name, text: '' }] }),
        name,
      ).toMatchObject({
        reason: 'bad-name',
      });
    }
    const many = Array.from({ length: 17 }, (_, i) => ({ name: `f${i}.ink`, text: 'Hi.' }));
    expect(handleRequest({ type: 'compile', id: 12, files: many })).toMatchObject({
      reason: 'too-many-files',
    });
  });

  it('an empty story is one clear error, not a crash', () => {
    const r = compiled(
      handleRequest({ type: 'compile', id: 13, files: [{ name: 'story.ink', text: '  ' }] }),
    );
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([
      { file: 'story.ink', line: 0, severity: 'error', message: 'the story file is empty' },
    ]);
  });

  it('checks a story in full: ranges, endings and the scenario the game plays, scored like a bundled one', () => {
    const r = handleRequest({
      type: 'check',
      id: 20,
      lang: 'nl',
      files: [{ name: 'story.ink', text: TEMPLATES.nl }],
    });
    if (r.type !== 'checked' || !r.report) throw new Error(`no report: ${r.type}`);
    const { report } = r;
    expect(report.complete).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.tips.find((t) => t.tip === 1)).toMatchObject({ min: -1, max: 1 });
    expect(report.endings.map((e) => e.id).sort()).toEqual(['cold', 'warm']);
    const lines = TEMPLATES.nl.split('\n');
    expect(report.endings.find((e) => e.id === 'warm')?.line).toBe(
      lines.indexOf('=== warm_end ===') + 1,
    );
    expect(report.scenario).toMatchObject({
      id: 'studio-draft',
      lang: 'nl',
      meta: { title: 'Mijn scenario' },
      ranges: { 1: { min: -1, max: 1 } },
    });
    // The template passes the rubric (docs/rubric.md): it scores tip 5 through its pitch.
    expect(report.scenario?.tipsScored).toEqual([1, 2, 4, 5]);
  });

  it('holds a Studio story to the rubric as it is typed: a choice without an act is an error at its line', () => {
    const lines = TEMPLATES.en.split('\n');
    const at = lines.findIndex((l) => l.includes('# act: pitch'));
    lines[at] = (lines[at] ?? '').replace('# act: pitch ', '');
    const r = compiled(
      handleRequest({
        type: 'compile',
        id: 30,
        files: [{ name: 'story.ink', text: lines.join('\n') }],
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ line: at + 1, severity: 'error' });
    expect(r.diagnostics[0]?.message).toMatch(/a choice without an act/);
    // An effect outside its act's band is an error too, with the band named.
    const outside = TEMPLATES.en.replace('# act: pitch # tip1 -1', '# act: pitch # tip1 +1');
    const band = compiled(
      handleRequest({ type: 'compile', id: 31, files: [{ name: 'story.ink', text: outside }] }),
    );
    expect(band.diagnostics[0]?.message).toMatch(/outside the band of "pitch"/);
  });

  it("checks the rubric's prompts and trade-offs, and still analyses a story whose acts are missing", () => {
    // No prompt on the way to the choice point, and every option now moves one tip the same way.
    const flat = TEMPLATES.en
      .replace(/ # discuss: [^\n]*/, '')
      .replace('# act: exit # tip1 +1 # tip2 -1', '# act: exit # tip2 -1');
    const r = handleRequest({
      type: 'check',
      id: 32,
      files: [{ name: 'story.ink', text: flat }],
    });
    if (r.type !== 'checked' || !r.report) throw new Error(`no report: ${r.type}`);
    const rubric = r.report.findings.filter((f) => f.kind === 'rubric');
    expect(rubric.map((f) => f.message)).toEqual([
      expect.stringMatching(/has no "discuss:" prompt/),
      expect.stringMatching(/only 0 of 3 choices \(0%\) have mixed effects/),
      expect.stringMatching(/only 0 of 1 choice points \(0%\) offer a trade-off/),
    ]);
    const lines = flat.split('\n');
    expect(rubric[0]?.line).toBe(lines.findIndex((l) => l.includes('# act: open-question')) + 1);
    expect(r.report.scenario).toBeNull();

    // Acts missing: the compile errors lead the findings, and the analysis still ran.
    const bare = TEMPLATES.en.replace(/ # act: [a-z-]+/g, '');
    const b = handleRequest({ type: 'check', id: 33, files: [{ name: 'story.ink', text: bare }] });
    if (b.type !== 'checked' || !b.report) throw new Error(`no report: ${b.type}`);
    expect(b.report.findings.slice(0, 3).map((f) => f.kind)).toEqual([
      'compile',
      'compile',
      'compile',
    ]);
    expect(b.report.endings.map((e) => e.id).sort()).toEqual(['cold', 'warm']);
    expect(b.report.scenario).toBeNull();
  });

  it("finds the analyzer's bad stories, each at a line, and plays none of them", () => {
    const fixture = (name: string) =>
      readFileSync(resolve(root, `tests/analysis/fixtures/${name}.ink`), 'utf8');
    const dead = handleRequest({
      type: 'check',
      id: 21,
      files: [{ name: 'story.ink', text: fixture('dead-end') }],
    });
    if (dead.type !== 'checked' || !dead.report) throw new Error('no report');
    // (The fixtures name no acts: those compile errors come first, then the analyzer's own finding.)
    const loop = dead.report.findings.find((f) => f.severity === 'error' && f.kind !== 'compile');
    expect(loop?.line).toBe(fixture('dead-end').split('\n').indexOf('== hub') + 1);
    expect(dead.report.scenario).toBeNull();
    // An exploding story stops at the state limit and says its result is partial.
    const big = handleRequest({
      type: 'check',
      id: 22,
      files: [{ name: 'story.ink', text: fixture('exploding') }],
    });
    if (big.type !== 'checked' || !big.report) throw new Error('no report');
    expect(big.report.complete).toBe(false);
    expect(big.report.stoppedBy).toBe('states');
    expect(big.report.findings.some((f) => f.kind === 'partial')).toBe(true);
    expect(big.report.scenario).toBeNull();
    // A story that does not compile is not analysed: its compile errors come back instead.
    const broken = handleRequest({
      type: 'check',
      id: 23,
      files: [{ name: 'story.ink', text: fixture('syntax-error') }],
    });
    if (broken.type !== 'checked') throw new Error('not checked');
    expect(broken.report).toBeNull();
    expect(broken.diagnostics.some((d) => d.severity === 'error' && d.line > 0)).toBe(true);
  });
});

describe('the language pair in the Studio worker', { timeout: 120_000 }, () => {
  const fixture = (dir: string, lang: string) =>
    readFileSync(resolve(root, `tests/analysis/fixtures/${dir}/${lang}/meeting.ink`), 'utf8');
  const lineOf = (text: string, part: string) =>
    text.split('\n').findIndex((l) => l.includes(part)) + 1;
  const pairCheck = (dir: string, lang: 'en' | 'nl', id: number) => {
    const other = lang === 'en' ? 'nl' : 'en';
    const r = handleRequest({
      type: 'check',
      id,
      lang,
      files: [{ name: 'story.ink', text: fixture(dir, lang) }],
      pair: { lang: other, files: [{ name: 'story.ink', text: fixture(dir, other) }] },
    });
    if (r.type !== 'checked' || !r.report) throw new Error(`not checked: ${r.type}`);
    return r.report.findings.filter((f) => f.kind === 'parity');
  };

  it('compares the two versions, each drift at its line in the translation and in the reference', () => {
    const en = fixture('parity', 'en');
    const nl = fixture('parity', 'nl');
    // Checked from the Dutch tab: the lines are its own, the English ones beside them.
    const fromNl = pairCheck('parity', 'nl', 31);
    const score = fromNl.find((f) => /scores t4\+1 in the translation/.test(f.message));
    expect(score?.line).toBe(lineOf(nl, 'Vraag wat hij dit kwartaal'));
    expect(score?.lang).toBeUndefined();
    expect(score?.other).toEqual({ lang: 'en', line: lineOf(en, 'Ask what he needs') });
    // As data too, for the page to word in its own language.
    expect(score?.parity).toMatchObject({
      kind: 'effects',
      translation: 't4+1',
      reference: 't4+2',
    });
    expect(fromNl.some((f) => /ending "brochure-nl" is not in the reference/.test(f.message))).toBe(
      true,
    );
    expect(fromNl.map((f) => f.parity)).toContainEqual({
      kind: 'ending-extra',
      ending: 'brochure-nl',
    });
    // Checked from the English tab: the same drifts, still pinned in the Dutch tab.
    const fromEn = pairCheck('parity', 'en', 32);
    expect(fromEn.map((f) => f.message)).toEqual(fromNl.map((f) => f.message));
    expect(fromEn.every((f) => f.lang === 'nl')).toBe(true);
    expect(fromEn.find((f) => /scores t4\+1/.test(f.message))?.line).toBe(score?.line);
  });

  it('finds nothing to say about a faithful translation', () => {
    expect(pairCheck('parity-ok', 'nl', 33)).toEqual([]);
  });

  it('says when the other version does not compile, at its line, and refuses a malformed pair', () => {
    const r = handleRequest({
      type: 'check',
      id: 34,
      lang: 'en',
      files: [{ name: 'story.ink', text: fixture('parity-ok', 'en') }],
      pair: { lang: 'nl', files: [{ name: 'story.ink', text: 'Hallo.\n-> nergens\n' }] },
    });
    if (r.type !== 'checked' || !r.report) throw new Error('not checked');
    const broken = r.report.findings.filter((f) => f.kind === 'parity');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.lang).toBe('nl');
    expect(broken[0]?.line).toBe(2);
    expect(broken[0]?.message).toMatch(/the nl version does not compile/);
    expect(broken[0]?.parity).toMatchObject({ kind: 'broken', lang: 'nl' });
    for (const pair of [
      { lang: 'en', files: [{ name: 'story.ink', text: 'x' }] },
      { lang: 'nl', files: [] },
      { lang: 'nl', files: [{ name: '../x.ink', text: 'x' }] },
      'nl',
    ]) {
      const refused = handleRequest({
        type: 'check',
        id: 35,
        lang: 'en',
        files: [{ name: 'story.ink', text: 'x' }],
        pair,
      });
      expect(refused.type).toBe('refused');
    }
  });
});
