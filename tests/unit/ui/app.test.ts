// @vitest-environment jsdom
/**
 * The DOM layer driven the way a player drives it: clicks and key presses on the real screens, with a
 * small story compiled in-test. Reduced motion is on, so lines appear at once and nothing waits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StageBridge, memoryRecord, type PlayEvents } from '../../../src/game/index.ts';
import { memoryBackend, ProgressStore } from '../../../src/progress/index.ts';
import type { App } from '../../../src/ui/index.ts';
import { BROKEN, PARTY } from '../game/fixtures.ts';
import {
  button as buttonIn,
  freshPage,
  heading as headingIn,
  mapStorage,
  namedScenario,
  setReducedMotion,
  settle,
  shown,
  startApp,
} from './app-fixture.ts';
import { installDialog } from './dialog.ts';

installDialog();

const party = namedScenario(PARTY, 'party', 'Test party');
const broken = namedScenario(BROKEN, 'broken', 'Broken');

let root: HTMLElement;
let storage: ReturnType<typeof mapStorage>;
let stage: StageBridge;
let progress: ProgressStore;

function start(languages: string[] = ['en-GB']): App {
  progress = ProgressStore.open({ backend: memoryBackend() });
  return startApp({ root, catalogue: [party, broken], progress, stage, storage, languages });
}

const heading = () => headingIn(root);
const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const button = (text: string | RegExp) => buttonIn(text, root);

async function openScenario(title: RegExp): Promise<void> {
  button('Choose a scenario').click();
  button(title).click();
  await settle();
}

beforeEach(() => {
  root = freshPage();
  storage = mapStorage();
  stage = new StageBridge();
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Turns the system's reduced-motion setting off, so lines are revealed one by one. */
const withMotion = () => setReducedMotion(false);

describe('the DOM UI', () => {
  it('starts on the title screen in the browser language, and the picker switches and remembers it', () => {
    start(['nl-BE']);
    expect(heading()).toBe('Mingle');
    expect(document.documentElement.lang).toBe('nl');
    expect(root.textContent).toContain('Kies een scenario');
    const english = root.querySelector<HTMLInputElement>('input[value="en"]');
    english?.click();
    expect(root.textContent).toContain('Choose a scenario');
    // The choice is kept in the progress store's settings; `mingle.lang` is only read, never written.
    expect(progress.settings().language).toBe('en');
    expect(storage.map.get('mingle.lang')).toBeUndefined();
    expect(document.activeElement).toBe(root.querySelector('input[value="en"]'));
  });

  it('lists the scenarios, falling back to English with a note when a language has none', () => {
    start(['nl']);
    button('Kies een scenario').click();
    expect(heading()).toBe('Scenario’s');
    expect(document.activeElement).toBe(root.querySelector('h1'));
    expect(root.querySelector('.note')?.textContent).toContain('English');
    expect(root.querySelectorAll('.scenario')).toHaveLength(2);
  });

  it('plays a conversation by keyboard to the debrief', async () => {
    start();
    await openScenario(/Test party/);
    const transcript = root.querySelector('.transcript');
    expect(transcript?.getAttribute('aria-live')).toBe('polite');
    expect(transcript?.textContent).toContain('Ann waves at you.');
    expect(stage.state).toMatchObject({ mode: 'conversation', venue: 'reception' });

    const choices = () => [...root.querySelectorAll<HTMLButtonElement>('button.choice')];
    expect(choices().map((b) => b.textContent)).toEqual([
      '1Ask about her bakery',
      '2Pitch your product',
    ]);
    // Focus goes to the question, not to an option (issue 17): Enter and Space there choose nothing.
    expect(document.activeElement).toBe(root.querySelector('.choices-area'));
    press('Enter');
    press(' ');
    expect(transcript?.querySelector('.echo')).toBeNull();
    expect(root.querySelector('.hint')?.classList.contains('nudge')).toBe(true);
    press('ArrowDown');
    expect(document.activeElement).toBe(choices()[0]);
    press('ArrowDown');
    expect(document.activeElement).toBe(choices()[1]);
    press('ArrowDown');
    expect(document.activeElement).toBe(choices()[0]);

    press('2');
    expect(transcript?.querySelector('.echo')?.textContent).toContain('Pitch your product');
    expect(transcript?.querySelector('.line.you')?.textContent).toContain('You');
    expect(choices().map((b) => b.textContent)).toEqual(['1Say goodbye kindly', '2Walk off']);

    press('1');
    const toDebrief = button('See your debrief');
    expect(document.activeElement).toBe(toDebrief);
    toDebrief.click();
    await shown(root, 'debrief');

    expect(heading()).toBe('Debrief');
    const tips = [...root.querySelectorAll('.tip')];
    expect(tips.map((t) => t.querySelector('.tip-name')?.textContent)).toEqual([
      '1Meet, don’t sell',
      '2Beyond the pitch',
      '3Follow up, don’t sell',
      '4Ask how you can help',
      '5The long game',
    ]);
    expect(tips.map((t) => t.querySelector('.tip-score strong')?.textContent)).toEqual([
      '-2',
      '0',
      '0',
      '0',
      '0',
    ]);
    const weak = root.querySelector('.moment.weak');
    expect(weak?.querySelector('.chosen .option-text')?.textContent).toBe('Pitch your product');
    expect(weak?.querySelector('.stronger .option-text')?.textContent).toBe('Ask about her bakery');
    expect(weak?.textContent).toContain('She did not ask to be sold to.');
    expect(root.textContent).toContain('Ending reached: A warm goodbye');

    button('Play again').click();
    await settle();
    expect(root.querySelector('.transcript')?.textContent).toContain('Ann waves at you.');
  });

  it('ends a broken story on a message screen with the way back, and no stack trace', async () => {
    start();
    await openScenario(/Broken/);
    press('1');
    expect(heading()).toBe('This scenario stopped');
    const back = button('Back to the scenarios');
    expect(document.activeElement).toBe(back);
    expect(root.textContent).not.toMatch(/\n\s+at |\.ts:\d+/);
    expect(stage.state.mode).toBe('menu');
    back.click();
    expect(heading()).toBe('Scenarios');
  });

  it('leaves a conversation for the scenario list, after asking', async () => {
    start();
    await openScenario(/Test party/);
    const leave = root.querySelector<HTMLButtonElement>('button.leave');
    expect(leave?.getAttribute('aria-label')).toBe('Leave the conversation');
    leave?.click();
    // Leaving asks first (issue 17); Stay has focus, so a stray Enter keeps the conversation.
    const dialog = root.querySelector('dialog.leave-dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(button('Stay'));
    button('Stay').click();
    expect(dialog?.hasAttribute('open')).toBe(false);
    expect(heading()).toBe('Test party');
    expect(document.activeElement).toBe(leave);
    leave?.click();
    button('End it').click();
    expect(heading()).toBe('Scenarios');
    // The old conversation no longer listens to keys.
    press('1');
    expect(heading()).toBe('Scenarios');
  });

  it('reveals lines one by one, and any key shows the rest at once without choosing', async () => {
    withMotion();
    vi.useFakeTimers();
    start();
    button('Choose a scenario').click();
    button(/Test party/).click();
    await vi.advanceTimersByTimeAsync(0);
    const lines = () => root.querySelectorAll('.transcript .line').length;
    const choices = () => root.querySelectorAll('button.choice').length;
    expect(lines()).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(lines()).toBe(1);
    expect(choices()).toBe(0);
    // A number key during the reveal only skips it: no choice is taken.
    press('2');
    expect(lines()).toBe(2);
    expect(choices()).toBe(2);
    expect(root.querySelector('.echo')).toBeNull();
    // The stage follows the revealed line: Ann speaks, pleased.
    expect(stage.state.speaker).toBe('ann');
    expect(stage.state.moods).toEqual({ ann: 'pleased' });

    press('1');
    expect(root.querySelector('.echo')?.textContent).toContain('Ask about her bakery');
    expect(document.activeElement?.textContent).toBe('Show all');
    await vi.advanceTimersByTimeAsync(5000);
    expect(choices()).toBe(2);
    // The new choices arrive with focus on the question, not on the first option (issue 17).
    expect(document.activeElement).toBe(root.querySelector('.choices-area'));
  });
});

describe('an entry point with its own record (an LMS launch)', () => {
  it('opens plays through that record and its observers, offers no profiles or rooms, and words its notice in the language shown', async () => {
    const record = memoryRecord();
    const decisions: PlayEvents['decision'][] = [];
    const endings: PlayEvents['ended'][] = [];
    progress = ProgressStore.open({ backend: memoryBackend() });
    const app = startApp({
      root,
      catalogue: [party],
      loadScenario: () => Promise.resolve(party),
      progress,
      stage,
      languages: ['en'],
      profiles: false,
      workshop: false,
      record,
      observers: [{ decision: (d) => decisions.push(d), ended: (e) => endings.push(e) }],
    });
    expect(root.querySelectorAll('.to-profiles, .to-progress, .to-workshop')).toHaveLength(0);
    app.notify((t) => t.lms.noLms);
    const banner = () => document.querySelector('.notices')?.textContent ?? '';
    expect(banner()).toContain('not connected to a learning platform');

    await openScenario(/Test party/);
    // Clicks, not keys: an earlier test's conversation may still listen on the document.
    button(/Pitch your product/).click();
    // Unfinished: the entry point's record offers it to continue; the profile has no run.
    expect(record.saved()?.path).toEqual([1]);
    expect(progress.activeProfile()?.attempts ?? []).toHaveLength(0);
    button(/Say goodbye kindly/).click();
    expect(decisions.map((d) => d.chosen.text)).toEqual([
      'Pitch your product',
      'Say goodbye kindly',
    ]);
    expect(endings).toHaveLength(1);
    expect(record.saved()).toBeNull();
    expect(progress.activeProfile()?.attempts ?? []).toHaveLength(0);

    button('See your debrief').click();
    await shown(root, 'debrief');
    button(/Play again/).click();
    await settle();
    app.title();
    root.querySelector<HTMLInputElement>('input[value="nl"]')?.click();
    // The notice follows the learner into Dutch, still once.
    expect(banner()).toContain('niet verbonden met een leerplatform');
    expect(banner()).not.toContain('not connected to a learning platform');
    expect(document.querySelectorAll('.notices li')).toHaveLength(1);
  });
});
