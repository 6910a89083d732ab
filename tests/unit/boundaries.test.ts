/**
 * The dependency rule of docs/architecture.md is enforced by `npm run lint`. These cases prove the rule
 * bites: each wrong import below is one a hurried change could make, and the lint must refuse it with a
 * message that names the rule. The rule's own entries are taken from eslint.config.js itself, so this
 * tests the configuration the project runs, not a copy of it.
 */
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import config from '../../eslint.config.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Only the entries that carry the import rule, with a parser that reads TypeScript but needs no project. */
function boundaryConfig(): Linter.Config[] {
  const entries = config.filter((c) => c.rules !== undefined && 'no-restricted-imports' in c.rules);
  return [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...entries];
}

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: boundaryConfig(),
});

async function problems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}${file}` });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('the dependency rule', () => {
  it('has an entry for every room of src/', () => {
    expect(boundaryConfig().length).toBeGreaterThanOrEqual(14);
  });

  it('keeps story and scoring pure: no import of any room above them', async () => {
    expect(await problems('src/story/bad.ts', "import { App } from '../ui/index.ts';\n")).toEqual([
      expect.stringContaining('src/story may not import src/ui'),
    ]);
    expect(
      await problems(
        'src/scoring/bad.ts',
        "import type { Attempt } from '../progress/index.ts';\n",
      ),
    ).toEqual([expect.stringContaining('src/scoring may not import src/progress')]);
  });

  it('keeps the play in game: progress and rooms never reach up into it', async () => {
    expect(
      await problems('src/progress/bad.ts', "import { Plays } from '../game/index.ts';\n"),
    ).toEqual([expect.stringContaining('src/progress may not import src/game')]);
    expect(await problems('src/game/bad.ts', "import { h } from '../ui/dom.ts';\n")).toEqual([
      expect.stringContaining('src/game may not import src/ui'),
    ]);
  });

  it("refuses another room's internals, from any depth, and accepts its public face", async () => {
    expect(
      await problems(
        'src/ui/screens/bad.ts',
        "import { GameSession } from '../../game/session.ts';\n",
      ),
    ).toEqual([expect.stringContaining('Import src/game through its public face')]);
    expect(await problems('src/scenes/bad.ts', "import { h } from '../ui/dom.ts';\n")).toEqual([
      expect.stringContaining('src/scenes may not import src/ui'),
    ]);
    expect(
      await problems('src/ui/screens/ok.ts', "import { Plays } from '../../game/index.ts';\n"),
    ).toEqual([]);
    expect(
      await problems('src/workshop/screens/ok.ts', "import { h } from '../../ui/dom.ts';\n"),
    ).toEqual([]);
  });

  it("does not take a package's folders for our rooms (the stage imports Phaser's events modules)", async () => {
    expect(
      await problems(
        'src/scenes/ok.ts',
        "import * as SceneEvents from 'phaser/src/scene/events/index.js';\n",
      ),
    ).toEqual([]);
    expect(
      await problems('src/scenes/bad.ts', "import { x } from '../events/emitter.ts';\n"),
    ).toEqual([expect.stringContaining('Import src/events through its public face')]);
  });

  it('keeps inkjs, and above all its compiler, out of the game', async () => {
    expect(await problems('src/ui/bad.ts', "import { Compiler } from 'inkjs/full';\n")).toEqual([
      expect.stringContaining('Only src/story touches inkjs'),
    ]);
    expect(await problems('src/game/bad.ts', "import { Story } from 'inkjs';\n")).toEqual([
      expect.stringContaining('Only src/story touches inkjs'),
    ]);
    expect(await problems('src/story/ok.ts', "import { Story } from 'inkjs';\n")).toEqual([]);
  });

  it("lets only the Studio (its worker) import the compiler's module", async () => {
    const line = "import { compileInk } from '../story/compile.ts';\n";
    expect(await problems('src/ui/bad.ts', line)).toEqual([
      expect.stringContaining('through its public face'),
    ]);
    expect(await problems('src/studio/ok.ts', line)).toEqual([]);
  });
});
