/**
 * What a story may read, and how it is read, in every tool that reads one: the story checks
 * (checkStory, behind `npm run stories:check`), the build's scenario step (buildScenario, behind the
 * ink plugin) and a real `vite build` of a project of stories in a temporary folder.
 *
 * - An INCLUDE stays inside the story's language folder or `stories/shared/`: no `..`, no absolute
 *   path, no link to a file or folder outside; else a file:line error, and nothing outside is read.
 * - One reader: a byte-order mark is dropped; binary, UTF-16, other encodings, control characters
 *   and oversized files are refused with the file name and the reason.
 * - An include loop, and any error in an included file, names files that exist from the root.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkStory } from '../../scripts/analysis-check.ts';
import { buildScenario } from '../../scripts/ink/scenario.ts';
import { inkPlugin, listStoryFiles } from '../../scripts/vite-plugin-ink.ts';
import { StorySourceError } from '../../src/story/diagnostics.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const SECRET = 'SECRET-TOKEN-do-not-ship';

const HEAD = `# title: Confined
# summary: A test.
# main: tip2
# ending: fine \\| Fine
`;
const BODY = `Hello. # discuss: Stay or go?
* [Ask # act: open-question # tip2 +1 # why: a]
* [Leave # act: exit # tip1 +1 # tip2 -1 # why: b]
- Bye. # ending: fine
-> END
`;
const STORY = HEAD + BODY;

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingle-confine-'));
  mkdirSync(join(root, 'stories', 'en'), { recursive: true });
  // Files outside the stories folder that a story must never reach, one of them valid ink.
  writeFileSync(join(root, 'secret.ink'), `=== leaked ===\n${SECRET}\n-> END\n`);
  writeFileSync(join(root, 'secret.txt'), `${SECRET}\n`);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string | Uint8Array): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A story that includes `name` on line 5 (and diverts to a knot from it when `use` is given). */
const including = (name: string, use = '') => `${HEAD}INCLUDE ${name}\n${BODY}${use}`;

interface Outcome {
  readonly ok: boolean;
  /** Every message as `file:line: message`. */
  readonly messages: string[];
}

/** The build's verdict on a story file. */
function viaBuild(file: string): Outcome {
  try {
    const built = buildScenario(file, root);
    return { ok: true, messages: [JSON.stringify(built.scenario)] };
  } catch (e) {
    if (!(e instanceof StorySourceError)) throw e;
    return { ok: false, messages: e.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`) };
  }
}

/** The story checks' verdict on a story file. */
function viaCheck(file: string): Outcome {
  const check = checkStory(file, root);
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (check.status === 'unreadable') return { ok: false, messages: [check.message ?? ''] };
  return {
    ok: check.status === 'ok',
    messages: errors.map((f) => `${f.file}:${f.line}: ${f.message}`),
  };
}

const tools = [
  ['the build', viaBuild],
  ['the story checks', viaCheck],
] as const;

describe.each(tools)('%s confines INCLUDE to the story folders', (_name, run) => {
  const refused = (file: string, pattern: RegExp) => {
    const out = run(file);
    expect(out.ok, out.messages.join('\n')).toBe(false);
    expect(out.messages.join('\n')).toMatch(pattern);
    expect(out.messages.join('\n')).not.toContain(SECRET);
  };

  it('refuses a path that climbs out with .., at the INCLUDE line', () => {
    const file = write('stories/en/leak.ink', including('../../secret.ink', '-> leaked\n'));
    refused(
      file,
      /stories\/en\/leak\.ink:5: INCLUDE \.\.\/\.\.\/secret\.ink: outside the story folders: a story may only read files in stories\/en\/ or stories\/shared\//,
    );
  });

  it('refuses an absolute path, even to a file that exists', () => {
    const file = write('stories/en/abs.ink', including(join(root, 'secret.ink')));
    refused(file, /stories\/en\/abs\.ink:5: INCLUDE .*secret\.ink: an absolute path/);
  });

  it('refuses a file that is not ink, even inside the folder', () => {
    write('stories/en/_notes.txt', 'Hi.\n');
    const file = write('stories/en/notes.ink', including('_notes.txt'));
    refused(file, /stories\/en\/notes\.ink:5: INCLUDE _notes\.txt: not an ink file/);
  });

  it('refuses a link inside the folder that points outside', () => {
    symlinkSync(join(root, 'secret.ink'), join(root, 'stories/en/_part.ink'));
    const file = write('stories/en/linked.ink', including('_part.ink', '-> leaked\n'));
    refused(
      file,
      /stories\/en\/linked\.ink:5: INCLUDE _part\.ink: a link to a file outside the story folders/,
    );
  });

  it('refuses a story whose language folder is a link to somewhere else', () => {
    mkdirSync(join(root, 'elsewhere'));
    write('elsewhere/story.ink', STORY);
    symlinkSync(join(root, 'elsewhere'), join(root, 'stories', 'fr'));
    refused(
      join(root, 'stories/fr/story.ink'),
      /stories\/fr\/story\.ink.*a link to a file outside/,
    );
  });

  it('refuses a story file that is itself a link to a file outside', () => {
    write('outside/story.ink', STORY);
    symlinkSync(join(root, 'outside/story.ink'), join(root, 'stories/en/story.ink'));
    refused(
      join(root, 'stories/en/story.ink'),
      /stories\/en\/story\.ink.*a link to a file outside/,
    );
  });

  it('refuses a hard link, whose other name may lie anywhere', () => {
    linkSync(join(root, 'secret.ink'), join(root, 'stories/en/_hard.ink'));
    const file = write('stories/en/hard.ink', including('_hard.ink', '-> leaked\n'));
    refused(file, /stories\/en\/hard\.ink:5: INCLUDE _hard\.ink: a hard link/);
  });

  it('refuses a folder, and a pipe that would never end, by name', () => {
    mkdirSync(join(root, 'stories/en/_dir.ink'));
    refused(
      write('stories/en/dir.ink', including('_dir.ink')),
      /INCLUDE _dir\.ink: it is a directory/,
    );
    execFileSync('mkfifo', [join(root, 'stories/en/_pipe.ink')]);
    refused(
      write('stories/en/pipe.ink', including('_pipe.ink')),
      /INCLUDE _pipe\.ink: not a regular file/,
    );
  });

  it('reads parts in the language folder, its subfolders and stories/shared/', () => {
    write('stories/shared/_memory.ink', 'VAR mem_shared_fact = ""\n');
    write('stories/en/parts/_end.ink', '=== part_end ===\nThe end. # ending: fine\n-> END\n');
    const file = write(
      'stories/en/parts-ok.ink',
      `${HEAD}INCLUDE ../shared/_memory.ink\nINCLUDE parts/_end.ink\n${BODY}`,
    );
    const out = run(file);
    expect(out.ok, out.messages.join('\n')).toBe(true);
  });
});

describe('the shared folder', () => {
  it('holds parts, not scenarios: the build does not list it as a language', () => {
    write('stories/shared/common.ink', STORY);
    write('stories/en/one.ink', STORY);
    expect(listStoryFiles(join(root, 'stories')).map((f) => f.slice(root.length + 1))).toEqual([
      'stories/en/one.ink',
    ]);
  });
});

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const bytes = (...parts: (string | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe.each(tools)('%s reads story files one way', (_name, run) => {
  it('drops a byte-order mark, in the story and in its parts', () => {
    write('stories/en/_part.ink', bytes(BOM, '=== part ===\nA part.\n-> END\n'));
    const file = write('stories/en/bom.ink', bytes(BOM, including('_part.ink')));
    const out = run(file);
    expect(out.ok, out.messages.join('\n')).toBe(true);
    if (run === viaBuild) expect(buildScenario(file, root).scenario.meta.title).toBe('Confined');
  });

  const refusals: [string, Uint8Array, RegExp][] = [
    [
      'a NUL byte',
      bytes('# title: x\nHi.\n\0\0\n-> END\n'),
      /a binary file, not ink text \(a NUL byte on line 3\)/,
    ],
    [
      'Latin-1 text',
      bytes('# title: Caf', Uint8Array.of(0xe9), '\nHi.\n-> END\n'),
      /not UTF-8 text \(line 1\)/,
    ],
    [
      'UTF-16 text',
      Buffer.from('\ufeff# title: x\nHi.\n-> END\n', 'utf16le'),
      /UTF-16 text, not UTF-8/,
    ],
    [
      'a control character',
      bytes('# title: x\n\nHi \u001b[31mred.\n-> END\n'),
      /a control character \(U\+001B\) on line 3/,
    ],
    [
      'a huge file',
      bytes(`${STORY}\n${'Words. '.repeat(200_000)}\n`),
      /too large \(1368 kB; a story file may be at most 256 kB\)/,
    ],
  ];

  for (const [what, content, reason] of refusals) {
    it(`refuses ${what} with the file name and the reason`, () => {
      const file = write('stories/en/bad.ink', content);
      const out = run(file);
      expect(out.ok).toBe(false);
      expect(out.messages.join('\n')).toMatch(/stories\/en\/bad\.ink/);
      expect(out.messages.join('\n')).toMatch(reason);
    });

    it(`refuses ${what} in an included part, at the INCLUDE line`, () => {
      write('stories/en/_bad.ink', content);
      const out = run(write('stories/en/host.ink', including('_bad.ink')));
      expect(out.ok).toBe(false);
      expect(out.messages.join('\n')).toMatch(/stories\/en\/host\.ink:5: INCLUDE _bad\.ink: /);
      expect(out.messages.join('\n')).toMatch(reason);
    });
  }
});

describe.each(tools)('%s names real files', (_name, run) => {
  it('in an include loop', () => {
    write('stories/en/parts/_b.ink', 'INCLUDE parts/_c.ink\n=== b ===\nB.\n-> END\n');
    write('stories/en/parts/_c.ink', 'INCLUDE parts/_b.ink\n=== c ===\nC.\n-> END\n');
    const out = run(write('stories/en/loop.ink', including('parts/_b.ink')));
    expect(out.ok).toBe(false);
    const text = out.messages.join('\n');
    expect(text).toMatch(
      /stories\/en\/parts\/_c\.ink:1: include loop: stories\/en\/parts\/_b\.ink is included again while it is still being read \(stories\/en\/parts\/_b\.ink -> stories\/en\/parts\/_c\.ink -> stories\/en\/parts\/_b\.ink\)/,
    );
    for (const named of text.match(/stories\/[\w/.-]+\.ink/g) ?? [])
      expect(existsSync(join(root, named)), named).toBe(true);
  });

  it('in an error inside an included part', () => {
    write('stories/en/parts/_broken.ink', '=== broken ===\nHi.\n-> nowhere_at_all\n');
    const out = run(write('stories/en/host.ink', including('parts/_broken.ink')));
    expect(out.ok).toBe(false);
    expect(out.messages.join('\n')).toMatch(
      /stories\/en\/parts\/_broken\.ink:3: Divert target not found/,
    );
  });
});

describe('vite build', () => {
  /** Builds a page that imports the scenario catalogue of `root`, in memory. */
  async function buildCatalogue(): Promise<string> {
    write('main.js', "import { catalogue } from 'virtual:scenarios';\nconsole.log(catalogue);\n");
    const output = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkPlugin()],
      build: { write: false, rollupOptions: { input: join(root, 'main.js') } },
    });
    const results = Array.isArray(output) ? output : [output];
    return results
      .flatMap((r) => ('output' in r ? r.output : []))
      .map((o) => ('code' in o ? o.code : String(o.source)))
      .join('\n');
  }

  async function buildError(): Promise<string> {
    try {
      await buildCatalogue();
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    throw new Error('the build did not fail');
  }

  it('fails on an INCLUDE outside the story folders, with file and line, and ships nothing of it', async () => {
    write('stories/en/leak.ink', including('../../secret.ink', '-> leaked\n'));
    const message = await buildError();
    expect(message).toMatch(
      /stories\/en\/leak\.ink:5: error: INCLUDE \.\.\/\.\.\/secret\.ink: outside/,
    );
    expect(message).not.toContain(SECRET);
  }, 120_000);

  it('fails on a binary or non-UTF-8 story with its name and the reason, not a stack trace', async () => {
    write('stories/en/binary.ink', bytes('# title: x\n', Uint8Array.of(0, 1, 2, 0xff), '\n'));
    const message = await buildError();
    expect(message).toMatch(/stories\/en\/binary\.ink: error: a binary file, not ink text/);
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/);
    rmSync(join(root, 'stories/en/binary.ink'));
    write('stories/en/latin.ink', bytes('# title: Caf', Uint8Array.of(0xe9), '\n'));
    expect(await buildError()).toMatch(/stories\/en\/latin\.ink: error: not UTF-8 text \(line 1\)/);
  }, 120_000);

  it('builds a story with a byte-order mark and a shared part, and nothing from outside', async () => {
    write('stories/shared/_shared.ink', '=== shared_end ===\nShared words.\n-> END\n');
    write('stories/en/ok.ink', bytes(BOM, including('../shared/_shared.ink')));
    const code = await buildCatalogue();
    expect(code).toContain('Confined');
    expect(code).not.toContain(SECRET);
  }, 120_000);
});
