/**
 * Vite plugin: `.ink` files are compiled at build time.
 *
 * - `import story from '/stories/en/hard-seller.ink'` gives a CompiledScenario (JSON + header + ranges).
 * - `import { catalogue, loadScenario } from 'virtual:scenarios'` gives every scenario's header and
 *   ranges (small, in the initial bundle) and a lazy loader per story (its JSON in its own chunk).
 * - A compile, tag or analysis error fails `vite build` and shows in the dev overlay with file and line.
 * - Editing any `.ink` file reloads the page in the dev server.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, Rollup, ViteDevServer } from 'vite';
import { formatDiagnostic, StorySourceError } from '../src/story/diagnostics.ts';
import { buildScenario, type BuiltScenario } from './ink/scenario.ts';
import { SHARED_FOLDER } from './ink/story-files.ts';

const VIRTUAL_ID = 'virtual:scenarios';
const RESOLVED_VIRTUAL_ID = '\0' + VIRTUAL_ID;

/**
 * Scenario files: `stories/<lang>/<id>.ink`; files starting with `_`, and the `shared/` folder, are
 * include-only parts.
 */
export function listStoryFiles(storiesDir: string): string[] {
  const files: string[] = [];
  let langs: string[];
  try {
    langs = readdirSync(storiesDir).filter(
      (d) => d !== SHARED_FOLDER && statSync(join(storiesDir, d)).isDirectory(),
    );
  } catch {
    return files;
  }
  for (const lang of langs.sort()) {
    for (const name of readdirSync(join(storiesDir, lang)).sort()) {
      if (name.endsWith('.ink') && !name.startsWith('_')) files.push(join(storiesDir, lang, name));
    }
  }
  return files;
}

export function inkPlugin(options: { storiesDir?: string } = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  const cache = new Map<string, { stamp: string; built: BuiltScenario }>();

  /** Compiles a story, reusing the last result while none of its files changed. */
  const build = (file: string): BuiltScenario => {
    const hit = cache.get(file);
    const stampOf = (files: readonly string[]) =>
      files
        .map((f) => `${f}:${statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 'gone'}`)
        .join('|');
    if (hit && hit.stamp === stampOf(hit.built.files)) return hit.built;
    const built = buildScenario(file, root);
    cache.set(file, { stamp: stampOf(built.files), built });
    return built;
  };

  /**
   * Rethrows a story problem the way Vite shows it best: first error's file and line, all messages.
   * The error carries no stack of its own: the author needs the story's lines, not the plugin's.
   */
  const fail = (ctx: Pick<Rollup.PluginContext, 'error'>, e: unknown): never => {
    const diagnostics = e instanceof StorySourceError ? e.diagnostics : [];
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    const error = new Error(
      diagnostics.length > 0 ? diagnostics.map(formatDiagnostic).join('\n') : errorText(e),
    );
    error.name = 'StoryError';
    error.stack = `${error.name}: ${error.message}`;
    const file = first ? resolve(root, first.file) : undefined;
    const loc = file && first && first.line > 0 ? { file, line: first.line, column: 0 } : undefined;
    return ctx.error(Object.assign(error, { id: file, loc }));
  };

  return {
    name: 'mingle-ink',
    configResolved(config) {
      root = config.root;
      storiesDir = resolve(root, options.storiesDir ?? 'stories');
    },
    configureServer(s) {
      // The dev server watches the project root already; a story added or removed changes the
      // catalogue, which no module imports by file, so reload for those by hand.
      const onAddOrRemove = (file: string) => {
        if (file.endsWith('.ink')) reload(s);
      };
      s.watcher.on('add', onAddOrRemove);
      s.watcher.on('unlink', onAddOrRemove);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return null;
      const files = listStoryFiles(storiesDir);
      const entries: string[] = [];
      const loaders: string[] = [];
      for (const file of files) {
        let built: BuiltScenario;
        try {
          built = build(file);
        } catch (e) {
          return fail(this, e);
        }
        for (const f of built.files) this.addWatchFile(f);
        const { json: _json, ...info } = built.scenario;
        entries.push(JSON.stringify(info));
        const key = `${info.lang}/${info.id}`;
        const importPath = '/' + relative(root, file).split('\\').join('/');
        loaders.push(`${JSON.stringify(key)}: () => import(${JSON.stringify(importPath)})`);
      }
      return [
        `export const catalogue = [${entries.join(',\n')}];`,
        `const loaders = {${loaders.join(',\n')}};`,
        'export async function loadScenario(lang, id) {',
        '  const load = loaders[lang + "/" + id];',
        '  if (!load) throw new Error("no scenario " + id + " in " + lang);',
        '  return (await load()).default;',
        '}',
      ].join('\n');
    },
    transform(_code, id) {
      if (!id.endsWith('.ink')) return null;
      let built: BuiltScenario;
      try {
        built = build(id);
      } catch (e) {
        return fail(this, e);
      }
      for (const f of built.files) if (f !== id) this.addWatchFile(f);
      return { code: `export default ${JSON.stringify(built.scenario)};`, map: null };
    },
    handleHotUpdate({ file, server: s }) {
      if (!file.endsWith('.ink')) return;
      reload(s);
      return [];
    },
  };
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

/** Forgets every compiled story and reloads the page: a story edit can change the catalogue too. */
function reload(server: ViteDevServer): void {
  const virtual = server.moduleGraph.getModuleById(RESOLVED_VIRTUAL_ID);
  if (virtual) server.moduleGraph.invalidateModule(virtual);
  for (const mod of server.moduleGraph.idToModuleMap.values()) {
    if (mod.id?.endsWith('.ink')) server.moduleGraph.invalidateModule(mod);
  }
  server.ws.send({ type: 'full-reload' });
}
