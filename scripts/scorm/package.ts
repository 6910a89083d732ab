/**
 * Builds SCORM packages of Mingle (used by scripts/package-scorm.ts and the tests).
 *
 * One Vite build of the LMS launch page (lms.html) with relative URLs (an LMS serves a package from a
 * folder of its own choosing), then one zip per package: the build's files, minus the stories the
 * package does not play, plus imsmanifest.xml and a launch page that says how the package was built
 * (SCORM version, language, mastery threshold). Nothing is fetched from outside the package.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { manifestFor, type CourseSpec, type ScormVersion } from './manifest.ts';

export const LAUNCH = 'lms.html';

export interface BuiltBundle {
  readonly dir: string;
  /** Every file of the build (zip paths), the Vite manifest left out. */
  readonly files: readonly string[];
  /** The chunk file of each story, keyed `lang/id`. */
  readonly storyFiles: ReadonlyMap<string, string>;
  /** Scenario ids, languages and titles, as the catalogue knows them. */
  readonly scenarios: readonly {
    readonly id: string;
    readonly lang: string;
    readonly title: string;
  }[];
  dispose(): void;
}

function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, base));
    else out.push(relative(base, full).split('\\').join('/'));
  }
  return out;
}

/** Builds the LMS launch page into a temporary folder. */
export async function buildLmsBundle(root: string): Promise<BuiltBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'mingle-scorm-'));
  await build({
    root,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      manifest: true,
      rollupOptions: { input: { lms: resolve(root, LAUNCH) } },
    },
  });
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { readonly file: string; readonly src?: string }
  >;
  const storyFiles = new Map<string, string>();
  for (const [key, entry] of Object.entries(manifest)) {
    const m = /^stories\/([^/]+)\/([^/]+)\.ink$/.exec(key);
    if (m) storyFiles.set(`${m[1]}/${m[2]}`, entry.file);
  }
  const scenarios = [...storyFiles.keys()].map((key) => {
    const [lang = '', id = ''] = key.split('/');
    // The title from the story's header (`# title: …`), for the manifest's item titles.
    const source = readFileSync(resolve(root, 'stories', lang, `${id}.ink`), 'utf8');
    const title = /^\s*#\s*title:\s*(.+?)\s*$/m.exec(source)?.[1];
    return { id, lang, title: title ?? id };
  });
  return {
    dir,
    files: walk(dir).filter((f) => !f.startsWith('.vite/')),
    storyFiles,
    scenarios,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type PackageLang = 'en' | 'nl' | 'choice';

export interface PackageSpec {
  readonly scorm: ScormVersion;
  /** A scenario id, or 'curriculum' for the whole course (one SCO per scenario). */
  readonly scope: string;
  readonly lang: PackageLang;
  readonly mastery: number;
}

/** What goes into a package, manifest included, before it is zipped. */
export interface PackageContents {
  readonly spec: PackageSpec;
  readonly name: string;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

export interface BuiltPackage extends PackageContents {
  readonly zip: Uint8Array;
}

/** The curriculum's order, so a course lists its scenarios as the game suggests them. */
export function packageName(spec: PackageSpec): string {
  return `mingle-${spec.scope}-${spec.lang}-scorm${spec.scorm === '2004' ? '2004' : '12'}.zip`;
}

const STORED = /\.(mp3|webm|ogg|png|jpe?g|woff2?)$/;

export function makePackage(
  bundle: BuiltBundle,
  spec: PackageSpec,
  order: readonly string[],
  courseTitle: string,
): BuiltPackage {
  const contents = packageContents(bundle, spec, order, courseTitle);
  const zippable: Zippable = {};
  for (const [path, data] of contents.files)
    zippable[path] = [data, { level: STORED.test(path) ? 0 : 9 }];
  // A fixed date, so the same sources give the same zip.
  const zip = zipSync(zippable, { mtime: new Date('2026-01-01T00:00:00Z') });
  return { ...contents, zip };
}

/**
 * A package's files and manifest without the zip (checking every manifest the build makes need not
 * compress the whole game ninety times).
 */
export function packageContents(
  bundle: BuiltBundle,
  spec: PackageSpec,
  order: readonly string[],
  courseTitle: string,
): PackageContents {
  const ids = [...new Set(bundle.scenarios.map((s) => s.id))];
  const wanted = (spec.scope === 'curriculum' ? ids : ids.filter((id) => id === spec.scope)).sort(
    (a, b) => rank(order, a) - rank(order, b),
  );
  if (wanted.length === 0) throw new Error(`no scenario "${spec.scope}" to package`);
  const langs = spec.lang === 'choice' ? ['en', 'nl'] : [spec.lang];
  // Stories this package never plays are left out; everything else of the build goes in.
  const drop = new Set(
    [...bundle.storyFiles]
      .filter(([key]) => {
        const [lang = '', id = ''] = key.split('/');
        return !wanted.includes(id) || !langs.includes(lang);
      })
      .map(([, file]) => file),
  );
  const files = new Map<string, Uint8Array>();
  for (const path of bundle.files) {
    if (drop.has(path)) continue;
    let data: Uint8Array = readFileSync(join(bundle.dir, path));
    if (path === LAUNCH)
      data = new TextEncoder().encode(launchPage(new TextDecoder().decode(data), spec));
    files.set(path, data);
  }
  const titleOf = (id: string) => {
    const titles = langs
      .map((l) => bundle.scenarios.find((s) => s.id === id && s.lang === l)?.title)
      .filter((t): t is string => t !== undefined);
    return [...new Set(titles)].join(' · ') || id;
  };
  const course: CourseSpec = {
    identifier: `mingle.${spec.scope}.${spec.lang}.scorm${spec.scorm === '2004' ? '2004' : '12'}`,
    title: spec.scope === 'curriculum' ? courseTitle : `Mingle: ${titleOf(spec.scope)}`,
    items: wanted.map((id) => ({ scenario: id, title: titleOf(id) })),
    mastery: spec.mastery,
    files: [...files.keys()],
    launch: LAUNCH,
  };
  files.set('imsmanifest.xml', new TextEncoder().encode(manifestFor(spec.scorm, course)));
  return { spec, name: packageName(spec), files };
}

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

/** The launch page with this package's settings in its meta tag. */
export function launchPage(html: string, spec: PackageSpec): string {
  const content = JSON.stringify({
    scorm: spec.scorm,
    lang: spec.lang === 'choice' ? null : spec.lang,
    mastery: spec.mastery,
  });
  const tag = /<meta name="mingle-lms" content='[^']*'\s*\/?>/;
  if (!tag.test(html)) throw new Error(`${LAUNCH} has no <meta name="mingle-lms"> to configure`);
  const replaced = html.replace(tag, `<meta name="mingle-lms" content='${content}' />`);
  return replaced;
}
