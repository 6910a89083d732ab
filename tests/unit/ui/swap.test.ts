// @vitest-environment jsdom
/**
 * Swaps (issue 15): the same story as a curriculum scenario, played from the other side of the
 * table. The rule (src/game/curriculum.ts: which scenario a swap belongs to, where it sorts, when it is
 * locked) and the select screen's pair: the swap inside its original's card, locked with a reason a
 * keyboard and a screen reader get too, and open once the original has been played to its debrief.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CURRICULUM,
  SWAPS,
  curriculumStep,
  inCurriculumOrder,
  isLocked,
  swapFor,
  swapOf,
} from '../../../src/game/curriculum.ts';
import { StageBridge } from '../../../src/game/index.ts';
import { dictionaries, type Lang } from '../../../src/i18n/index.ts';
import { DEFAULT_SETTINGS } from '../../../src/progress/index.ts';
import type { ScenarioInfo } from '../../../src/story/index.ts';
import type { Navigation, UiContext } from '../../../src/ui/index.ts';
import { selectScreen } from '../../../src/ui/screens/select.ts';

const RANGE = { min: 0, max: 1 };

function info(id: string, lang: string): ScenarioInfo {
  return {
    id,
    lang,
    meta: {
      title: `${lang} title of ${id}`,
      summary: `${lang} summary of ${id}`,
      mainTip: 1,
      cast: [],
      endings: [],
    },
    ranges: { 1: RANGE, 2: RANGE, 3: RANGE, 4: RANGE, 5: RANGE },
    tipsScored: [1],
    version: 'test',
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the swap rule', () => {
  it('pairs every swap with a curriculum scenario, one swap per original, never a step of its own', () => {
    const ids = CURRICULUM.map((s) => s.id);
    expect(SWAPS.length).toBeGreaterThan(0);
    for (const swap of SWAPS) {
      expect(ids).toContain(swap.of);
      expect(ids).not.toContain(swap.id);
      expect(curriculumStep(swap.id)).toBeNull();
      expect(swapOf(swap.id)).toBe(swap.of);
      expect(swapFor(swap.of)).toBe(swap.id);
    }
    expect(new Set(SWAPS.map((s) => s.of)).size).toBe(SWAPS.length);
    expect(swapFor('secretary-call')).toBe('secretary-call-swap');
    expect(swapOf('hard-seller')).toBeNull();
    expect(swapFor('hard-seller-swap')).toBeNull();
  });

  it('is locked until its original has been played; an original or another scenario never is', () => {
    expect(isLocked('hard-seller-swap', new Set())).toBe(true);
    expect(isLocked('hard-seller-swap', new Set(['secretary-call', 'not-ready-to-buy']))).toBe(
      true,
    );
    expect(isLocked('hard-seller-swap', new Set(['hard-seller']))).toBe(false);
    // Played through a link (a facilitator's, an LMS's) before the original: it stays open.
    expect(isLocked('hard-seller-swap', new Set(['hard-seller-swap']))).toBe(false);
    expect(isLocked('hard-seller', new Set())).toBe(false);
    expect(isLocked('club-own', new Set())).toBe(false);
  });

  it('sorts a swap right after its original, and keeps the steps of the curriculum', () => {
    const sorted = inCurriculumOrder([
      { id: 'club-own' },
      { id: 'hard-seller-swap' },
      { id: 'the-closed-circle' },
      { id: 'hard-seller' },
    ]);
    expect(sorted.map((s) => s.id)).toEqual([
      'hard-seller',
      'hard-seller-swap',
      'the-closed-circle',
      'club-own',
    ]);
  });
});

function context(lang: Lang, played: string[], nav: Partial<Navigation> = {}): UiContext {
  const noop = () => undefined;
  return {
    t: dictionaries[lang],
    lang,
    nav: {
      title: noop,
      select: noop,
      play: noop,
      debrief: noop,
      failure: noop,
      setLang: noop,
      ...nav,
    },
    stage: new StageBridge(),
    reducedMotion: () => true,
    settings: () => DEFAULT_SETTINGS,
    updateSettings: noop,
    playedScenarios: () => new Set(played),
  };
}

const CATALOGUE = [
  info('hard-seller-swap', 'en'),
  info('the-closed-circle', 'en'),
  info('hard-seller', 'en'),
  info('hard-seller', 'nl'),
  info('hard-seller-swap', 'nl'),
];

function render(lang: Lang, played: string[], nav: Partial<Navigation> = {}): HTMLElement {
  const screen = selectScreen(context(lang, played, nav), CATALOGUE);
  document.body.replaceChildren(screen.el);
  return screen.el;
}

const cards = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('li.scenario')];

describe('the pair on the scenario select', () => {
  it('draws the swap inside its original card, under the original, not as a card of its own', () => {
    const el = render('en', []);
    expect(cards(el)).toHaveLength(2);
    const pair = cards(el)[0];
    expect(pair?.classList.contains('paired')).toBe(true);
    expect(pair?.querySelector('article h2')?.textContent).toBe('en title of hard-seller');
    const swap = pair?.querySelector<HTMLElement>('section.swap');
    expect(swap?.previousElementSibling?.tagName).toBe('ARTICLE');
    expect(swap?.querySelector('.swap-label')?.textContent).toBe('The other side');
    expect(swap?.querySelector('h3')?.textContent).toBe('en title of hard-seller-swap');
    expect(swap?.getAttribute('aria-labelledby')).toBe(swap?.querySelector('h3')?.id);
    // The steps count the curriculum only: the swap is not "step 2".
    expect(pair?.querySelector('.step')?.textContent).toBe('Step 1 of 2');
  });

  it('locks the swap before the original is played: focusable, described by why and how, inert', () => {
    const play = vi.fn();
    const el = render('en', [], { play });
    const swap = el.querySelector<HTMLElement>('section.swap');
    expect(swap?.classList.contains('locked')).toBe(true);
    const button = swap?.querySelector<HTMLButtonElement>('button');
    expect(button?.disabled).toBe(false);
    expect(button?.getAttribute('aria-disabled')).toBe('true');
    const note = el.querySelector(`#${button?.getAttribute('aria-describedby') ?? 'none'}`);
    expect(note?.textContent).toBe(dictionaries.en.swapLocked('en title of hard-seller'));
    expect(button?.textContent).toContain('“en title of hard-seller-swap”: locked');
    button?.click();
    expect(play).not.toHaveBeenCalled();
  });

  it('opens the swap once the original has been played, and its button plays the swap', () => {
    const play = vi.fn();
    const el = render('en', ['hard-seller'], { play });
    const swap = el.querySelector<HTMLElement>('section.swap');
    expect(swap?.classList.contains('locked')).toBe(false);
    expect(swap?.querySelector('.lock-note')).toBeNull();
    const button = swap?.querySelector<HTMLButtonElement>('button');
    expect(button?.hasAttribute('aria-disabled')).toBe(false);
    expect(button?.textContent).toContain('Play “en title of hard-seller-swap”');
    button?.click();
    expect(play).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'hard-seller-swap', lang: 'en' }),
    );
  });

  it('says it in Dutch, and an original played in another language unlocks it too', () => {
    const el = render('nl', ['hard-seller']);
    const swap = el.querySelector<HTMLElement>('section.swap');
    expect(swap?.querySelector('.swap-label')?.textContent).toBe(dictionaries.nl.swapLabel);
    expect(swap?.classList.contains('locked')).toBe(false);
    const locked = render('nl', []);
    expect(locked.querySelector('.lock-note')?.textContent).toBe(
      dictionaries.nl.swapLocked('nl title of hard-seller'),
    );
  });

  it('gives a swap a card of its own when its original is missing in this language', () => {
    const screen = selectScreen(context('en', []), [info('hard-seller-swap', 'en')]);
    const list = [...screen.el.querySelectorAll('li.scenario')];
    expect(list).toHaveLength(1);
    expect(list[0]?.querySelector('h2')?.textContent).toBe('en title of hard-seller-swap');
  });
});
