// @vitest-environment jsdom
/**
 * Issue 16, item 8: opening a scenario while offline used to say it "may be damaged or from another
 * version". A download that fails must say it is the connection and offer to try again; a story that
 * arrives but cannot be read keeps the old message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import type { CompiledScenario } from '../../../src/story/index.ts';
import { PARTY } from '../game/fixtures.ts';
import {
  button as buttonIn,
  freshPage,
  heading as headingIn,
  namedScenario,
  settle,
  startApp,
} from './app-fixture.ts';

const party = namedScenario(PARTY, 'party', 'Test party');

let root: HTMLElement;

function start(
  loadScenario: (lang: string, id: string) => Promise<CompiledScenario>,
  languages = ['en'],
): void {
  startApp({ root, catalogue: [party], loadScenario, languages });
}

const heading = () => headingIn(root);
const button = (text: string | RegExp) => buttonIn(text, root);

beforeEach(() => {
  root = freshPage();
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
