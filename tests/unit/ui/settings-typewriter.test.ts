// @vitest-environment jsdom
/**
 * Text speed and coach mode in the conversation itself: a line types out (the whole text is in the
 * DOM from the start, the untyped part transparent), Space completes it and then shows the rest of
 * the reply, and coach mode adds a note with the choice's effects and reason after a scored choice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GameSession, StageBridge } from '../../../src/game/index.ts';
import { en } from '../../../src/i18n/en.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/progress/index.ts';
import type { Navigation, UiContext } from '../../../src/ui/context.ts';
import { conversationScreen } from '../../../src/ui/screens/conversation.ts';
import { PARTY, scenarioFrom } from '../game/fixtures.ts';

let settings: Settings;
/** Screens started by a test, disposed after it (each listens for keys on the document). */
const started: { dispose?(): void }[] = [];

function start(patch: Partial<Settings>): HTMLElement {
  settings = { ...DEFAULT_SETTINGS, ...patch };
  const nav = {
    title: vi.fn(),
    select: vi.fn(),
    play: vi.fn(),
    debrief: vi.fn(),
    failure: vi.fn(),
    setLang: vi.fn(),
  } satisfies Navigation;
  const ctx: UiContext = {
    t: en,
    lang: 'en',
    nav,
    stage: new StageBridge(),
    reducedMotion: () => false,
    settings: () => settings,
    updateSettings: (p) => {
      settings = { ...settings, ...p };
    },
  };
  const scenario = scenarioFrom(PARTY);
  const session = new GameSession(scenario, { load: () => ({}), save: () => undefined });
  const screen = conversationScreen(ctx, scenario, session);
  document.body.append(screen.el);
  started.push(screen);
  screen.draw?.()?.();
  return screen.el;
}

const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const lines = (el: HTMLElement) => [...el.querySelectorAll('.transcript .line')];
const choices = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button.choice')];

beforeEach(() => {
  vi.useFakeTimers();
  window.scrollTo = () => undefined;
});

afterEach(() => {
  for (const screen of started.splice(0)) screen.dispose?.();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the typewriter', () => {
  it('shows narration whole, types speech out, Space completes it, and Space again shows the rest', async () => {
    const el = start({ textSpeed: 'slow' });
    await vi.advanceTimersByTimeAsync(400);
    // Narration is there at once: the typewriter is for people speaking (issue 17, the pace).
    const narration = lines(el)[0]?.querySelector('.said');
    expect(narration?.textContent).toBe('Ann waves at you.');
    expect(narration?.classList.contains('typing')).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    const said = lines(el)[1]?.querySelector('.said');
    expect(said?.classList.contains('typing')).toBe(true);
    // The whole line keeps its place; only part of it is visible yet. Screen readers do not hear it
    // until it is complete: then a finished copy of the line is added to the live region.
    expect(said?.textContent).toBe("Hi, I'm Ann. What do you do?");
    expect(said?.querySelector('.untyped')?.textContent?.length).toBeGreaterThan(0);
    expect(lines(el)[1]?.getAttribute('aria-hidden')).toBe('true');

    press(' ');
    expect(said?.classList.contains('typing')).toBe(false);
    expect(said?.querySelector('.untyped')).toBeNull();
    expect(lines(el)).toHaveLength(2);
    expect(lines(el)[1]?.hasAttribute('aria-hidden')).toBe(false);
    expect(lines(el)[1]?.querySelector('.said')?.textContent).toBe("Hi, I'm Ann. What do you do?");
    expect(choices(el)).toHaveLength(2);

    // The reply has two spoken lines: Space completes the first, Space again shows the second.
    press('1');
    await vi.advanceTimersByTimeAsync(400);
    const reply = el.querySelector('.line.you .said');
    expect(reply?.classList.contains('typing')).toBe(true);
    press(' ');
    expect(reply?.classList.contains('typing')).toBe(false);
    expect(el.querySelector('.transcript')?.textContent).not.toContain('Well, that is nice.');
    expect(choices(el)).toHaveLength(0);
    press(' ');
    expect(el.querySelector('.transcript')?.textContent).toContain('Well, that is nice.');
    expect(choices(el)).toHaveLength(2);
  });

  it('finishes on its own, faster at a faster speed, and instant types nothing', async () => {
    const spoken = (el: HTMLElement) => lines(el)[1]?.querySelector('.said');
    const slow = start({ textSpeed: 'slow' });
    await vi.advanceTimersByTimeAsync(1400);
    const slowShown = spoken(slow)?.firstChild?.textContent?.length ?? 0;
    for (const screen of started.splice(0)) screen.dispose?.();
    document.body.innerHTML = '';
    const fast = start({ textSpeed: 'fast' });
    await vi.advanceTimersByTimeAsync(1400);
    expect(spoken(fast)?.classList.contains('typing')).toBe(false);
    expect(slowShown).toBeLessThan("Hi, I'm Ann. What do you do?".length);
    await vi.advanceTimersByTimeAsync(5000);
    expect(choices(fast)).toHaveLength(2);

    for (const screen of started.splice(0)) screen.dispose?.();
    document.body.innerHTML = '';
    const instant = start({ textSpeed: 'instant' });
    await vi.advanceTimersByTimeAsync(300);
    expect(instant.querySelector('.said.typing')).toBeNull();
    expect(lines(instant)).toHaveLength(1);
  });
});

describe('coach mode', () => {
  async function chooseThePitch(el: HTMLElement): Promise<void> {
    await vi.advanceTimersByTimeAsync(300);
    press('x');
    expect(choices(el)).toHaveLength(2);
    choices(el)[1]?.click();
  }

  it('adds a note with the effects on each tip and the reason after a scored choice', async () => {
    const el = start({ coachMode: true });
    await chooseThePitch(el);
    const note = el.querySelector('.coach-note');
    expect(note?.classList.contains('down')).toBe(true);
    expect([...(note?.querySelectorAll('.effect') ?? [])].map((e) => e.textContent)).toEqual([
      en.effect(en.tips[1].name, -2),
      en.effect(en.tips[5].name, -1),
    ]);
    expect(note?.textContent).toContain('She did not ask to be sold to.');
  });

  it('keeps quiet in real mode', async () => {
    const el = start({ coachMode: false });
    await chooseThePitch(el);
    expect(el.querySelector('.line.echo')).not.toBeNull();
    expect(el.querySelector('.coach-note')).toBeNull();
  });
});
