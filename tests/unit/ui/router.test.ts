// @vitest-environment jsdom
/**
 * Addresses (src/ui/router.ts): every screen's address reads back as the same route, bad addresses
 * are told apart (unknown page, scenario, language) instead of falling through, and the history
 * router numbers its entries so Back, Forward and an undone Back are known for what they are.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatAddress,
  HistoryRouter,
  linkedStory,
  parseAddress,
  type HistoryMove,
  type Route,
} from '../../../src/ui/router.ts';

describe('parseAddress and formatAddress', () => {
  const routes: [Route, string][] = [
    [{ screen: 'title' }, '#/'],
    [{ screen: 'scenarios' }, '#/scenarios'],
    [{ screen: 'play', scenario: 'hard-seller' }, '#/play/hard-seller'],
    [{ screen: 'debrief', scenario: 'secretary-call' }, '#/debrief/secretary-call'],
    [{ screen: 'progress' }, '#/progress'],
    [{ screen: 'profiles' }, '#/profiles'],
    [{ screen: 'settings' }, '#/settings'],
    [{ screen: 'studio' }, '#/studio'],
    [{ screen: 'workshop', code: null }, '#/workshop'],
    [{ screen: 'workshop', code: 'K7PQ2M' }, '#/workshop/K7PQ2M'],
    [{ screen: 'join', code: null }, '#/join'],
    [{ screen: 'join', code: 'K7P-Q2M' }, '#/join/K7P-Q2M'],
  ];

  it.each(routes)('%o is %s and back', (route, hash) => {
    expect(formatAddress(route)).toBe(hash);
    expect(parseAddress(hash)).toEqual({ route, lang: null });
  });

  it('carries the language', () => {
    expect(formatAddress({ screen: 'play', scenario: 'hard-seller' }, 'nl')).toBe(
      '#/play/hard-seller?lang=nl',
    );
    expect(parseAddress('#/play/hard-seller?lang=nl')).toEqual({
      route: { screen: 'play', scenario: 'hard-seller' },
      lang: 'nl',
    });
    expect(parseAddress('#/?lang=en')).toEqual({ route: { screen: 'title' }, lang: 'en' });
    expect(parseAddress(formatAddress({ screen: 'title' }, 'nl'))).toEqual({
      route: { screen: 'title' },
      lang: 'nl',
    });
    expect(parseAddress('#/progress?lang=nl&utm=x').lang).toBe('nl');
  });

  it('reads the title from an empty fragment, and forgives a trailing slash', () => {
    expect(parseAddress('').route).toEqual({ screen: 'title' });
    expect(parseAddress('#').route).toEqual({ screen: 'title' });
    expect(parseAddress('#/progress/').route).toEqual({ screen: 'progress' });
  });

  it.each([
    ['#/nope', 'address'],
    ['#nope', 'address'],
    ['#/play', 'address'],
    ['#/play/a/b', 'address'],
    ['#/progress/extra', 'address'],
    ['#/%E0%A4%A', 'address'],
    ['#//', 'address'],
    ['#/workshop/<script>', 'address'],
    [`#/play/${'x'.repeat(600)}`, 'address'],
    ['#/play/Hard_Seller', 'scenario'],
    ['#/play/..%2F..%2Fetc', 'scenario'],
    ['#/play/hard-seller?lang=fr', 'language'],
    ['#/?lang=', 'language'],
  ])('%s lands on not-found (%s)', (hash, reason) => {
    const { route } = parseAddress(hash);
    expect(route.screen).toBe('not-found');
    expect(route.screen === 'not-found' && route.reason).toBe(reason);
  });
});

describe('linkedStory', () => {
  it('names the story of a conversation address that carries its language', () => {
    expect(linkedStory('#/play/hard-seller?lang=nl')).toEqual({ id: 'hard-seller', lang: 'nl' });
    expect(linkedStory('#/play/secretary-call?lang=en&utm=x')).toEqual({
      id: 'secretary-call',
      lang: 'en',
    });
  });

  it.each([
    '',
    '#/',
    '#/play/hard-seller',
    '#/debrief/hard-seller?lang=en',
    '#/scenarios?lang=en',
    '#/play/Hard_Seller?lang=en',
    '#/play/hard-seller?lang=fr',
    '#/play/a/b?lang=en',
  ])('names none for %j', (hash) => {
    expect(linkedStory(hash)).toBeNull();
  });
});

describe('HistoryRouter', () => {
  let moves: HistoryMove[];
  let router: HistoryRouter;
  /**
   * Waits for the history step to land (jsdom traverses history asynchronously): its popstate or
   * hashchange, then a moment for the other one. A fixed wait failed on a loaded machine.
   */
  const popped = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        window.removeEventListener('popstate', done);
        window.removeEventListener('hashchange', done);
        clearTimeout(fallback);
        setTimeout(resolve, 20);
      };
      const fallback = setTimeout(done, 5000);
      window.addEventListener('popstate', done);
      window.addEventListener('hashchange', done);
    });

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    moves = [];
    router = new HistoryRouter(window, (m) => moves.push(m));
  });

  afterEach(() => router.dispose());

  it('pushes one entry per new screen, and hears Back and Forward with their steps', async () => {
    router.push('#/scenarios');
    router.push('#/play/hard-seller?lang=en');
    router.push('#/play/hard-seller?lang=en');
    expect(window.location.hash).toBe('#/play/hard-seller?lang=en');
    window.history.back();
    await popped();
    expect(moves.map((m) => [m.address.route.screen, m.delta])).toEqual([['scenarios', -1]]);
    window.history.go(-1);
    await popped();
    expect(moves.at(-1)?.address.route).toEqual({ screen: 'title' });
    window.history.go(2);
    await popped();
    expect(moves.at(-1)).toMatchObject({ delta: 2, address: { lang: 'en' } });
  });

  it('undoes a move without telling, and redoes it', async () => {
    router.push('#/play/hard-seller?lang=en');
    window.history.back();
    await popped();
    const move = moves[0];
    expect(move?.delta).toBe(-1);
    if (!move) return;
    router.undo(move);
    await popped();
    expect(window.location.hash).toBe('#/play/hard-seller?lang=en');
    expect(moves).toHaveLength(1);
    router.redo(move);
    await popped();
    expect(window.location.hash).toBe('');
    expect(moves).toHaveLength(2);
  });

  it('replaces the entry for the same place in history', async () => {
    router.push('#/play/hard-seller?lang=en');
    router.replace('#/debrief/hard-seller?lang=en');
    window.history.back();
    await popped();
    expect(moves[0]?.address.route).toEqual({ screen: 'title' });
    window.history.forward();
    await popped();
    expect(moves[1]?.address.route).toEqual({ screen: 'debrief', scenario: 'hard-seller' });
  });

  it('numbers an address typed into the bar as a step forward', async () => {
    window.location.hash = '#/progress';
    await popped();
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ delta: 1, address: { route: { screen: 'progress' } } });
  });
});
