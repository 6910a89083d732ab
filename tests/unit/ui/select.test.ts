// @vitest-environment jsdom
/**
 * The scenario select on its own: the suggested order from src/game/curriculum.ts, each card's main
 * lesson and other tips at stake, the scenario a card continues from, one button per card, and every
 * label from the player's dictionary.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRICULUM, inCurriculumOrder } from '../../../src/game/curriculum.ts';
import { StageBridge } from '../../../src/game/index.ts';
import { dictionaries, type Lang } from '../../../src/i18n/index.ts';
import { DEFAULT_SETTINGS } from '../../../src/progress/index.ts';
import type { ScenarioInfo, TipId } from '../../../src/story/index.ts';
import type { Navigation, UiContext } from '../../../src/ui/index.ts';
import { otherTips, selectScreen } from '../../../src/ui/screens/select.ts';

const RANGE = { min: 0, max: 1 };

function info(id: string, lang: string, mainTip: TipId, tipsScored: TipId[]): ScenarioInfo {
  return {
    id,
    lang,
    meta: {
      title: `${lang} title of ${id}`,
      summary: `${lang} summary of ${id}`,
      mainTip,
      cast: [{ id: 'ann', name: 'Ann Peeters', role: 'host' }],
      endings: [],
    },
    ranges: { 1: RANGE, 2: RANGE, 3: RANGE, 4: RANGE, 5: RANGE },
    tipsScored,
    version: 'test',
  };
}

/** A catalogue in an order the curriculum does not use, with a club's own scenario in the middle. */
const CATALOGUE: ScenarioInfo[] = [
  info('not-ready-to-buy', 'en', 5, [1, 3, 4, 5]),
  info('the-introduction', 'en', 3, [5, 1, 3, 4]),
  info('club-own', 'en', 2, [2]),
  info('coffee-one-on-one', 'en', 4, [1, 3, 4, 5]),
  info('hard-seller', 'en', 1, [1, 2, 3, 4, 5]),
  info('secretary-call', 'en', 3, [1, 2, 3, 4, 5]),
  info('beyond-the-pitch', 'en', 2, [1, 2, 4, 5]),
  info('the-closed-circle', 'en', 1, [1, 2, 3, 4, 5]),
  info('trade-fair-booth', 'en', 1, [1, 2, 3, 4, 5]),
  info('after-the-handshake', 'en', 3, [1, 2, 3, 4, 5]),
  info('your-own-ask', 'en', 4, [1, 2, 3, 4, 5]),
  info('the-referral', 'en', 5, [1, 2, 3, 4, 5]),
  info('the-cold-contact', 'en', 5, [1, 2, 3, 4, 5]),
  info('hard-seller', 'nl', 1, [1, 2]),
  info('the-introduction', 'nl', 3, [3, 1]),
];

function context(lang: Lang, nav: Partial<Navigation> = {}): UiContext {
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
  };
}

function render(lang: Lang, nav: Partial<Navigation> = {}): HTMLElement {
  const screen = selectScreen(context(lang, nav), CATALOGUE);
  document.body.replaceChildren(screen.el);
  return screen.el;
}

const cards = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('li.scenario')];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the curriculum order', () => {
  it('names twelve distinct scenarios, and a scenario that continues another comes after it', () => {
    const ids = CURRICULUM.map((s) => s.id);
    expect(new Set(ids).size).toBe(12);
    for (const [i, step] of CURRICULUM.entries()) {
      if (step.continues) expect(ids.indexOf(step.continues)).toBeLessThan(i);
    }
  });

  it('puts scenarios it does not name last, in the order they came', () => {
    const sorted = inCurriculumOrder([{ id: 'zeta' }, { id: 'secretary-call' }, { id: 'alpha' }]);
    expect(sorted.map((s) => s.id)).toEqual(['secretary-call', 'zeta', 'alpha']);
  });
});

describe('the scenario select', () => {
  it('lists the scenarios in the suggested order, as an ordered list with step labels', () => {
    const el = render('en');
    expect(el.querySelector('ol.scenario-list')).not.toBeNull();
    expect(cards(el).map((c) => c.querySelector('button')?.dataset.scenario)).toEqual([
      ...CURRICULUM.map((s) => s.id),
      'club-own',
    ]);
    expect(cards(el)[0]?.querySelector('.step')?.textContent).toBe('Step 1 of 12');
    expect(cards(el)[11]?.querySelector('.step')?.textContent).toBe('Step 12 of 12');
    // A club's own scenario is shown, without a step it does not have.
    expect(cards(el)[12]?.querySelector('.step')).toBeNull();
  });

  it('gives each card a heading, its summary, its main lesson and the other tips at stake', () => {
    const el = render('en');
    const intro = cards(el)[5];
    expect(intro?.querySelector('h2')?.textContent).toBe('en title of the-introduction');
    expect(intro?.querySelector('article')?.getAttribute('aria-labelledby')).toBe(
      intro?.querySelector('h2')?.id,
    );
    expect(intro?.querySelector('.summary')?.textContent).toBe('en summary of the-introduction');
    const main = intro?.querySelector('.main-tip');
    expect(main?.querySelector('.label')?.textContent).toBe('Main lesson:');
    expect(main?.querySelector('.tip-chip')?.textContent).toBe(`3${dictionaries.en.tips[3].name}`);
    const also = [...(intro?.querySelectorAll('.also-tips .tip-chip') ?? [])];
    expect(also.map((c) => c.getAttribute('data-tip'))).toEqual(['1', '4', '5']);
    expect(intro?.querySelector('.continues')?.textContent).toBe(
      'Continues from “en title of hard-seller”',
    );
    // A scenario that scores only its main lesson shows no "also" row.
    expect(cards(el)[12]?.querySelector('.also-tips')).toBeNull();
  });

  it('has exactly one button per card, and it plays that scenario', () => {
    const play = vi.fn();
    const el = render('en', { play });
    for (const card of cards(el)) expect(card.querySelectorAll('button')).toHaveLength(1);
    cards(el)[3]?.querySelector('button')?.click();
    expect(play).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'secretary-call', lang: 'en' }),
    );
  });

  it('speaks Dutch in Dutch, counting only the steps this language has', () => {
    const el = render('nl');
    const nl = dictionaries.nl;
    expect(cards(el)).toHaveLength(2);
    expect(cards(el)[0]?.querySelector('.step')?.textContent).toBe('Stap 1 van 2');
    expect(cards(el)[1]?.querySelector('.main-tip .label')?.textContent).toBe(
      `${nl.mainLessonLabel}:`,
    );
    expect(cards(el)[1]?.querySelector('.also-tips .tip-chip')?.textContent).toBe(
      `1${nl.tips[1].name}`,
    );
    expect(cards(el)[1]?.querySelector('.continues')?.textContent).toBe(
      nl.continuesFrom('nl title of hard-seller'),
    );
    expect(el.textContent).not.toContain('Main lesson');
  });

  it('lists the other tips without the main one, in tip order', () => {
    expect(otherTips(info('x', 'en', 3, [5, 3, 1]))).toEqual([1, 5]);
  });
});
