// @vitest-environment jsdom
/**
 * Issue 16, item 8: opening a scenario while offline used to say it "may be damaged or from another
 * version". A download that fails must say it is the connection and offer to try again; a story that
 * arrives but cannot be read keeps the old message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StageBridge } from '../../../src/game/index.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import { memoryBackend, ProgressStore } from '../../../src/progress/index.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { App } from '../../../src/ui/index.ts';
import { PARTY, scenarioFrom } from '../game/fixtures.ts';

const party: CompiledScenario = {
  ...scenarioFrom(PARTY),
  id: 'party',
  meta: { ...scenarioFrom(PARTY).meta, title: 'Test party' },
};

let root: HTMLElement;

function start(
  loadScenario: (lang: string, id: string) => Promise<CompiledScenario>,
  languages = ['en'],
): void {
  const app = new App({
    root,
    catalogue: [party],
    loadScenario,
    progress: ProgressStore.open({ backend: memoryBackend() }),
    stage: new StageBridge(),
    storage: null,
    languages,
    window,
  });
  app.boot();
}

const heading = () => root.querySelector('h1')?.textContent;
const button = (text: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof text === 'string' ? b.textContent === text : text.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // Every screen writes its address (src/ui/router.ts): each test starts at the title's.
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = '<div id="stage"></div><main id="app"></main>';
  root = document.getElementById('app') as HTMLElement;
  window.scrollTo = () => undefined;
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('reduce'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('opening a scenario without a connection', () => {
  it('says it is the network, offers to try again, and plays once the story arrives', async () => {
    let online = false;
    start(() =>
      online
        ? Promise.resolve(party)
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    button(en.start).click();
    button(/Test party/).click();
    await settle();
    expect(heading()).toBe(en.errorNetworkTitle);
    expect(root.textContent).toContain(en.errorNetwork);
    expect(root.textContent).not.toContain(en.errorLoad);
    const retry = button(en.retry);
    expect(document.activeElement).toBe(retry);
    // Still offline: the same answer, not a crash.
    retry.click();
    await settle();
    expect(heading()).toBe(en.errorNetworkTitle);
    online = true;
    button(en.retry).click();
    await settle();
    expect(root.querySelector('.transcript')?.textContent).toContain('Ann waves at you.');
  });

  it('says it in Dutch too, and the way back still leads to the scenarios', async () => {
    start(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      ['nl'],
    );
    button(nl.start).click();
    button(/Test party/).click();
    await settle();
    expect(heading()).toBe(nl.errorNetworkTitle);
    expect(root.textContent).toContain(nl.errorNetwork);
    button(nl.backToMenu).click();
    expect(heading()).toBe(nl.selectTitle);
  });

  it('keeps the damaged-story message for a story that arrives but cannot be read', async () => {
    start(() => Promise.resolve({ ...party, json: '{"not":"ink"}' }));
    button(en.start).click();
    button(/Test party/).click();
    await settle();
    expect(heading()).toBe(en.errorTitle);
    expect(root.textContent).toContain(en.errorLoad);
    expect(() => button(en.retry)).toThrow();
  });
});
