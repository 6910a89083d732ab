/**
 * `npm run stories:check` as an author meets it: run as a child process on each kept bad-input
 * fixture, asserting the exit status (0 clean, 1 story errors, 2 unreadable input), the file and line
 * in the message, and that no stack trace ever reaches the terminal.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const FIX = 'tests/analysis/fixtures';

/** The little of jsdom this test uses (the package ships no types). */
interface XmlDocument {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}
async function parseSvg(svg: string): Promise<XmlDocument> {
  const name = 'jsdom';
  const jsdom = (await import(name)) as unknown as {
    JSDOM: new (
      text: string,
      options: { contentType: string },
    ) => { window: { document: XmlDocument } };
  };
  return new jsdom.JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/stories-check.ts', ...args],
      { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

const cases: { name: string; args: string[]; code: number; out: RegExp[] }[] = [
  {
    name: 'a clean story',
    args: [`${FIX}/good.ink`],
    code: 0,
    out: [/^ok {3}tests\/analysis\/fixtures\/good\.ink: complete/m],
  },
  {
    name: 'a missing file',
    args: [`${FIX}/does-not-exist.ink`],
    code: 2,
    out: [/does-not-exist\.ink: no such file/],
  },
  {
    name: 'an empty file',
    args: [`${FIX}/empty.ink`],
    code: 2,
    out: [/empty\.ink: the file is empty/],
  },
  {
    name: 'a file of blank lines',
    args: [`${FIX}/blank.ink`],
    code: 2,
    out: [/blank\.ink: the file is empty/],
  },
  {
    name: 'a binary file',
    args: [`${FIX}/binary.ink`],
    code: 2,
    out: [/binary\.ink: a binary file, not ink text/],
  },
  {
    name: 'not an ink file',
    args: [`${FIX}/notes.txt`],
    code: 2,
    out: [/notes\.txt: not an ink file/],
  },
  { name: 'a directory', args: [FIX], code: 2, out: [/fixtures: it is a directory/] },
  {
    name: 'an include loop',
    args: [`${FIX}/loop-a.ink`],
    code: 2,
    // The files are named as paths from the project root, not as the INCLUDE lines wrote them.
    out: [
      /^stories-check: tests\/analysis\/fixtures\/loop-a\.ink: tests\/analysis\/fixtures\/loop-b\.ink:1: include loop: tests\/analysis\/fixtures\/loop-a\.ink is included again while it is still being read \(tests\/analysis\/fixtures\/loop-a\.ink -> tests\/analysis\/fixtures\/loop-b\.ink -> tests\/analysis\/fixtures\/loop-a\.ink\)$/m,
    ],
  },
  {
    name: 'an INCLUDE of a file outside the story folders',
    args: [`${FIX}/include-outside.ink`],
    code: 1,
    out: [
      /include-outside\.ink:2: error: INCLUDE \.\.\/\.\.\/e2e\/fixtures\/dev-story\.ink: outside the story folders: a story may only read files in tests\/analysis\/fixtures\/ or tests\/analysis\/shared\//,
    ],
  },
  {
    name: 'a story saved with a byte-order mark',
    args: [`${FIX}/bom.ink`],
    code: 0,
    out: [
      /^ok {3}tests\/analysis\/fixtures\/bom\.ink: complete, 2 states.*\(0 errors, 2 warnings\)/m,
    ],
  },
  {
    name: 'a story in Latin-1',
    args: [`${FIX}/latin1.ink`],
    code: 2,
    out: [/latin1\.ink: not UTF-8 text \(line 1\)/],
  },
  {
    name: 'a syntax error',
    args: [`${FIX}/syntax-error.ink`],
    code: 1,
    out: [/syntax-error\.ink:4: error: Divert target not found: '-> nowhere_at_all'/],
  },
  {
    name: 'an INCLUDE of a missing file',
    args: [`${FIX}/missing-include.ink`],
    code: 1,
    out: [/missing-include\.ink:1: error: INCLUDE parts\/does-not-exist\.ink: no such file/],
  },
  {
    name: 'a story that talks forever without a choice',
    args: [`${FIX}/endless.ink`],
    code: 1,
    out: [/endless\.ink:4: error: the story runs on without offering a choice or ending/],
  },
  {
    name: 'a story that loops silently',
    args: [`${FIX}/endless-silent.ink`],
    code: 1,
    out: [/endless-silent\.ink:5: error: the story runs on without offering a choice/],
  },
  {
    name: 'tags with stray characters',
    args: [`${FIX}/stray-tags.ink`],
    code: 1,
    out: [
      /stray-tags\.ink:3: error: malformed tip effect "tip2 \+2x"/,
      /stray-tags\.ink:5: error: "mood:" needs an id/,
    ],
  },
  {
    name: 'a dead end',
    args: [`${FIX}/dead-end.ink`],
    code: 1,
    out: [
      /dead-end\.ink:4: error: the story runs out of content here without reaching -> END .*\(choices: \d \d\)/,
    ],
  },
  {
    name: 'an exploding state space',
    args: ['--max-states', '300', `${FIX}/exploding.ink`],
    code: 1,
    out: [
      /exploding\.ink: PARTIAL, 300 states/,
      /exploding\.ink: error: the story has more than 300 distinct states/,
    ],
  },
  {
    name: 'an exploration that reaches the time limit',
    args: ['--max-states', '100000000', '--max-seconds', '2', `${FIX}/exploding.ink`],
    code: 1,
    out: [
      /exploding\.ink: PARTIAL \(time limit\), \d+ states/,
      /exploding\.ink: error: the exploration reached the time limit \(2 s\) after \d+ distinct states; only part of it was explored/,
    ],
  },
  {
    name: 'an exploration that reaches the memory guard',
    args: [
      '--max-states',
      '100000000',
      '--max-seconds',
      '600',
      '--max-memory',
      '2',
      `${FIX}/exploding.ink`,
    ],
    code: 1,
    out: [
      /exploding\.ink: PARTIAL \(memory limit\), \d+ states/,
      /exploding\.ink: error: the exploration reached the memory limit \(2 MB\)/,
    ],
  },
  {
    name: 'a bad time limit',
    args: ['--max-seconds', '-1'],
    code: 2,
    out: [/--max-seconds needs a number above 0/],
  },
  {
    name: 'an unknown option',
    args: ['--frobnicate'],
    code: 2,
    out: [/^stories-check: unknown option --frobnicate/m],
  },
  {
    name: 'a bad state limit',
    args: ['--max-states', 'lots'],
    code: 2,
    out: [/--max-states needs a whole number/],
  },
  {
    name: 'a translation that drifts from its reference',
    args: [`${FIX}/parity/en/meeting.ink`, `${FIX}/parity/nl/meeting.ink`],
    code: 1,
    out: [
      /parity\/nl\/meeting\.ink:13: error: differs from tests\/analysis\/fixtures\/parity\/en\/meeting\.ink:13: choice 1 in office scores t4\+1 in the translation/,
      /parity\/nl\/meeting\.ink:23: error: differs from .*: ending "brochure-nl" is not in the reference version/,
    ],
  },
  {
    name: 'a converted story that breaks the rubric',
    args: [`${FIX}/rubric/bad/stories/en/meeting.ink`],
    code: 1,
    out: [
      /rubric\/bad\/stories\/en\/meeting\.ink:9: error: a choice without an act/,
      /meeting\.ink:11: error: unknown act "scroll"/,
      /meeting\.ink:18: error: tip1 \+1 is outside the band of "pitch" \(-3\.\.0\)/,
      /meeting\.ink:18: error: trust for "anna", who is not in the cast/,
    ],
  },
  {
    name: 'a converted story without prompts or trade-offs',
    args: [`${FIX}/rubric/bad/stories/en/flat.ink`],
    code: 1,
    out: [
      /flat\.ink:7: error: the choice point of "Ask what he needs this quarter" has no "discuss:" prompt/,
      /flat\.ink: error: only 0 of 4 choices \(0%\) have mixed effects/,
      /flat\.ink: error: only 0 of 2 choice points \(0%\) offer a trade-off/,
      /rubric: 0\/4 choices mixed \(0%\), 0\/2 choice points trade off \(0%\), 4\/4 choices with an act/,
    ],
  },
  {
    name: 'a translation whose acts and trust drift',
    args: [`${FIX}/rubric/ok/stories/en/meeting.ink`, `${FIX}/rubric/bad/stories/nl/meeting.ink`],
    code: 1,
    out: [
      /bad\/stories\/nl\/meeting\.ink:16: error: differs from .*ok\/stories\/en\/meeting\.ink:16: choice 1 in office is act "invite" trust peeters \+2 in the translation .* but act "ask-how-to-help" trust peeters \+1 in the reference/,
    ],
  },
  {
    name: 'a converted story and its translation that keep the rubric',
    args: [`${FIX}/rubric/ok/stories/en/meeting.ink`, `${FIX}/rubric/ok/stories/nl/meeting.ink`],
    code: 0,
    out: [
      /rubric: 3\/4 choices mixed \(75%\), 2\/2 choice points trade off \(100%\)/,
      /2 stories, 2 clean$/m,
    ],
  },
  {
    name: 'a faithful translation',
    args: [`${FIX}/parity-ok/en/meeting.ink`, `${FIX}/parity-ok/nl/meeting.ink`],
    code: 0,
    out: [/2 stories, 2 clean$/m],
  },
];

describe('stories:check', () => {
  for (const c of cases) {
    it.concurrent(
      `exits ${c.code} on ${c.name}, with a clear message`,
      async () => {
        const run = await check(...c.args);
        const all = `${run.stdout}\n${run.stderr}`;
        expect(run.code, all).toBe(c.code);
        for (const pattern of c.out) expect(all).toMatch(pattern);
        expect(all).not.toMatch(STACK_TRACE);
        if (c.code === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
      },
      180_000,
    );
  }

  it.concurrent(
    'reports with --json in the documented shape',
    async () => {
      const run = await check('--json', `${FIX}/good.ink`, `${FIX}/dead-end.ink`);
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout) as {
        version: number;
        exitCode: number;
        stories: {
          file: string;
          status: string;
          findings: {
            file: string;
            line: number;
            severity: string;
            kind: string;
            path: number[] | null;
          }[];
          report: {
            complete: boolean;
            states: number;
            endings: { id: string; path: number[] }[];
            tipRanges: Record<
              string,
              { min: number; max: number; minPath: number[]; maxPath: number[] }
            >;
          } | null;
        }[];
      };
      expect(out).toMatchObject({ version: 1, exitCode: 1 });
      const [good, dead] = out.stories;
      expect(good).toMatchObject({ file: `${FIX}/good.ink`, status: 'ok' });
      expect(good?.report?.tipRanges['2']).toEqual({
        min: -1,
        max: 2,
        minPath: [1],
        maxPath: [0, 0],
        minMemory: {},
        maxMemory: {},
        unbounded: false,
      });
      expect(good?.report?.tipRanges['4']).toMatchObject({ min: 0, max: 2 });
      expect(good?.report?.endings.map((e) => e.id).sort()).toEqual(['new-contact', 'polite-exit']);
      expect(dead?.status).toBe('errors');
      expect(dead?.findings.find((f) => f.kind === 'dead-end')).toMatchObject({
        line: 4,
        severity: 'error',
        path: [0, 0],
      });
    },
    180_000,
  );

  it.concurrent(
    'writes a branch map per story that parses as SVG',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mingle-maps-'));
      const run = await check('--map', dir, `${FIX}/good.ink`, `${FIX}/dead-end.ink`);
      expect(run.code).toBe(1);
      const written = readdirSync(join(dir, 'fixtures')).sort();
      expect(written).toEqual(['dead-end.svg', 'good.svg']);
      const svg = readFileSync(join(dir, 'fixtures', 'good.svg'), 'utf8');
      const doc = await parseSvg(svg);
      expect(doc.querySelector('parsererror')).toBeNull();
      const labels = Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
      expect(labels).toEqual(
        expect.arrayContaining(['coffee', 'listen', 'ending: new-contact', 'ending: polite-exit']),
      );
      const broken = readFileSync(join(dir, 'fixtures', 'dead-end.svg'), 'utf8');
      expect(broken).toContain('DEAD END');
    },
    180_000,
  );

  it.concurrent(
    'fails a committed branch map that no longer shows its story, and names it',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mingle-maps-'));
      expect((await check('--map', dir, `${FIX}/good.ink`)).code).toBe(0);
      // Just written: current.
      const fresh = await check('--maps-current', dir, `${FIX}/good.ink`);
      expect(fresh.code).toBe(0);
      expect(fresh.stdout).not.toMatch(/out of date|missing/);
      // The story moved on and the map did not.
      const map = join(dir, 'fixtures', 'good.svg');
      writeFileSync(map, readFileSync(map, 'utf8').replace('coffee', 'tea'));
      const stale = await check('--maps-current', dir, `${FIX}/good.ink`);
      expect(stale.code).toBe(1);
      expect(stale.stdout).toMatch(
        /good\.svg: out of date with tests\/analysis\/fixtures\/good\.ink; run npm run stories:map/,
      );
      rmSync(map);
      const missing = await check('--maps-current', dir, `${FIX}/good.ink`);
      expect(missing.code).toBe(1);
      expect(missing.stdout).toMatch(/good\.svg: missing; run npm run stories:map/);
    },
    180_000,
  );
});
