/**
 * The App on fakes, for the jsdom tests of its screens: one page set-up (an empty stage and app root at
 * the title's address, reduced motion, no scrolling), stories compiled from the game's fixtures, a
 * Map for localStorage, and an App booted over them. Each test file keeps its own assertions.
 */
import { vi } from 'vitest';
import { StageBridge } from '../../../src/game/index.ts';
import { memoryBackend, ProgressStore } from '../../../src/progress/index.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { App, type AppDeps } from '../../../src/ui/index.ts';
import { scenarioFrom } from '../game/fixtures.ts';

/** A fixture story under its own id and title, as the catalogue lists it. */
export function namedScenario(source: string, id: string, title: string): CompiledScenario {
  const s = scenarioFrom(source);
  return { ...s, id, meta: { ...s.meta, title } };
}

/** localStorage's two methods over a Map the test can read. */
export function mapStorage(map = new Map<string, string>()) {
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

/** The system's reduced-motion setting: on, lines appear at once; off, they are revealed. */
export function setReducedMotion(reduce: boolean): void {
  window.matchMedia = (query: string) =>
    ({
      matches: reduce && query.includes('reduce'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

/**
 * A fresh page for one test: the title's address (every screen writes its own, src/ui/router.ts), an
 * empty stage and app root, reduced motion, and no scrolling (jsdom has none). Returns the app root.
 */
export function freshPage(): HTMLElement {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '<div id="stage"></div><main id="app"></main>';
  window.scrollTo = () => undefined;
  setReducedMotion(true);
  return document.getElementById('app') as HTMLElement;
}

/** What a test gives the App: its root and stories; everything else has a fake by default. */
export type AppOnFakes = Omit<Partial<AppDeps>, 'root' | 'catalogue' | 'window'> & {
  readonly root: HTMLElement;
  readonly catalogue: readonly CompiledScenario[];
};

/**
 * Boots an App on the title screen (or the address the test has set): stories found in the catalogue
 * (an unknown one rejected), progress in memory, a StageBridge that draws nothing, no localStorage,
 * and an en-GB browser, unless the test gives its own.
 */
export function startApp(options: AppOnFakes): App {
  const { catalogue } = options;
  const app = new App({
    loadScenario: (lang, id) => {
      const found = catalogue.find((s) => s.lang === lang && s.id === id);
      return found ? Promise.resolve(found) : Promise.reject(new Error('missing'));
    },
    progress: ProgressStore.open({ backend: memoryBackend() }),
    stage: new StageBridge(),
    storage: null,
    languages: ['en-GB'],
    ...options,
    window,
  });
  app.boot();
  return app;
}

/** The button whose text is `text` (or matches it), in `scope`; throws if there is none. */
export function button(text: string | RegExp, scope: ParentNode = document): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) =>
    typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

/** The current screen's heading. */
export const heading = (scope: ParentNode = document): string | null | undefined =>
  scope.querySelector('h1')?.textContent;

/** Lets promises and zero timers run. */
export const settle = (): Promise<unknown> =>
  new Promise((resolve) => setTimeout(resolve, 0)).then(
    // And the frame after: a conversation drawn with its screen moves focus there (src/ui/app.ts).
    () => new Promise((resolve) => requestAnimationFrame(resolve)),
  );

/**
 * Waits for a screen that loads its own code (the debrief, progress, profiles: src/ui/app.ts,
 * `screens`) to be on the page: its root element carries the screen's class.
 */
export async function shown(root: HTMLElement, screen: string): Promise<void> {
  await vi.waitFor(() => {
    if (!root.querySelector(`.screen-${screen}`)) throw new Error(`no .screen-${screen} yet`);
  });
}
