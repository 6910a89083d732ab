/**
 * The shipped bundle keeps its promises: the first screen loads a small amount of JavaScript (no
 * screen it does not show, no modulepreload polyfill), Phaser
 * arrives in a chunk of its own afterwards (under 200 KiB gzipped), and only the Studio's worker
 * carries the ink compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, inject } from 'vitest';

const dist = inject('distDir');
const assets = join(dist, 'assets');

/** The entry script and every module it imports statically, transitively. */
function initialChunks(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in index.html');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      if (m[1]) visit(m[1]);
    }
  };
  visit(entry);
  return [...seen];
}

const gzipKiB = (file: string) => gzipSync(readFileSync(join(assets, file))).length / 1024;

describe('the production bundle', () => {
  // 109.6 KiB when this budget was set (issue 13): progress, profiles, the debrief, Your scenarios,
  // the Studio and the workshop load on their routes. A screen that slips back in fails here.
  it('loads the first screen with under 115 KiB of gzipped JavaScript, without Phaser', () => {
    const chunks = initialChunks();
    const total = chunks.reduce((sum, f) => sum + gzipKiB(f), 0);
    expect(total).toBeLessThan(115);
    for (const f of chunks) {
      const code = readFileSync(join(assets, f), 'utf8');
      expect(code, f).not.toMatch(/Phaser v\d|WebGLRenderer/);
      // The polyfill watches the page for modulepreload links; every supported browser has them.
      expect(code, f).not.toMatch(/link\[rel="modulepreload"\]/);
    }
  });

  it('keeps the screens the first screen does not show in chunks of their own', () => {
    const initial = initialChunks();
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    // Each screen's module, by a class name only it gives its root element.
    for (const screen of ['screen-progress', 'screen-profiles', 'screen-debrief', 'yours-list']) {
      const holders = js.filter((f) => readFileSync(join(assets, f), 'utf8').includes(screen));
      expect(holders.length, screen).toBeGreaterThan(0);
      for (const f of holders) expect(initial, `${screen} in ${f}`).not.toContain(f);
    }
  });

  it('ships Phaser in a chunk of its own', () => {
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const phaser = js.filter((f) => /WebGLRenderer/.test(readFileSync(join(assets, f), 'utf8')));
    expect(phaser.length).toBeGreaterThan(0);
    expect(initialChunks().some((f) => phaser.includes(f))).toBe(false);
    // Built from its modules (src/scenes/phaser.ts): the package's full build was 368 KiB.
    for (const f of phaser) expect(gzipKiB(f), f).toBeLessThan(200);
  });

  // The Studio (issue #12) brought the ink compiler into the build, in the Studio's Web Worker only:
  // this replaces the earlier "the compiler nowhere", whose class names the minifier no longer keeps.
  it('ships the ink compiler only in the Studio worker, and the editor only in the Studio chunk', () => {
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    // A message only inkjs's compiler has (it survives minification, unlike class names).
    const compiler = js.filter((f) =>
      readFileSync(join(assets, f), 'utf8').includes('Recursive INCLUDE detected'),
    );
    expect(compiler.length).toBe(1);
    expect(compiler[0]).toMatch(/^worker-/);
    const editor = js.filter((f) => /cm-lint-marker/.test(readFileSync(join(assets, f), 'utf8')));
    expect(editor.length).toBeGreaterThan(0);
    const initial = initialChunks();
    for (const f of [...compiler, ...editor]) expect(initial, f).not.toContain(f);
  });
});
