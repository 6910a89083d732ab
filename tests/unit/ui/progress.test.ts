// @vitest-environment jsdom
/**
 * Profiles, progress, resume, notices and language through the real App and screens, with a small
 * story compiled in-test and the real progress store over in-memory storage shared by "page loads".
 * Reduced motion is on, so lines appear at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StageBridge } from '../../../src/game/index.ts';
import { en } from '../../../src/i18n/en.ts';
import { nl } from '../../../src/i18n/nl.ts';
import {
  ProgressStore,
  SharedMemoryStorage,
  type ExportFile,
  type Run,
} from '../../../src/progress/index.ts';
import type { App } from '../../../src/ui/index.ts';
import type { UiContext } from '../../../src/ui/index.ts';
import * as storeNotices from '../../../src/progress/notices.ts';
import type { Notice } from '../../../src/progress/index.ts';
import { noticeText } from '../../../src/ui/notices.ts';
import { profilesScreen } from '../../../src/ui/screens/profiles.ts';
import { progressScreen } from '../../../src/ui/screens/progress.ts';
import { PARTY } from '../game/fixtures.ts';
import {
  button,
  freshPage,
  heading as headingIn,
  mapStorage,
  namedScenario,
  settle,
  shown,
  startApp,
} from './app-fixture.ts';
import { installDialog } from './dialog.ts';

installDialog();

const party = namedScenario(PARTY, 'party', 'Test party');
const catalogue = [party];

let root: HTMLElement;
let shared: SharedMemoryStorage;
let legacy: Map<string, string>;

/** One page load: a new store over the shared storage, a new App. */
function load(languages: string[] = ['en-GB']): { app: App; progress: ProgressStore } {
  document.querySelectorAll('.notices').forEach((n) => n.remove());
  const progress = ProgressStore.open({ backend: shared.tab() });
  const app = startApp({ root, catalogue, progress, storage: mapStorage(legacy), languages });
  return { app, progress };
}

const heading = () => headingIn(root);
const buttons = () => [...document.querySelectorAll('button')];
const choiceTexts = () =>
  [...root.querySelectorAll('button.choice .text')].map((b) => b.textContent);
const lines = () =>
  [...root.querySelectorAll('.transcript .line')].map((l) => l.textContent?.trim());

async function openParty(): Promise<void> {
  button(en.start).click();
  button(/Test party/).click();
  await settle();
}

beforeEach(() => {
  root = freshPage();
  shared = new SharedMemoryStorage();
  legacy = new Map();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('resume', () => {
  it('offers to continue after a reload and lands on the same line with the same scores', async () => {
    load();
    expect(root.querySelector('button.continue')).toBeNull();
    expect(root.querySelector('.playing-as')?.textContent).toBe(
      en.progress.playingAs(en.defaultNickname),
    );
    await openParty();
    button(/Pitch your product/).click();
    const before = { lines: lines(), choices: choiceTexts() };

    // The game opened again at its title (a reload at the conversation's own address resumes it
    // directly: tests/unit/ui/router.test.ts and the routes e2e).
    window.history.replaceState(null, '', '/');
    const { progress } = load();
    const cont = root.querySelector<HTMLButtonElement>('button.continue');
    expect(cont?.textContent).toBe(en.progress.continueRun('Test party', 1));
    cont?.click();
    await settle();
    expect(lines()).toEqual(before.lines);
    expect(choiceTexts()).toEqual(before.choices);
    // Focus is on the question, never on an option (issue 17).
    expect(document.activeElement).toBe(root.querySelector('.choices-area'));

    button(/Say goodbye kindly/).click();
    button(en.toDebrief).click();
    await shown(root, 'debrief');
    const scores = [...root.querySelectorAll('.tip .tip-score strong')].map((s) => s.textContent);
    expect(scores).toEqual(['-2', '0', '0', '0', '0']);
    const attempts = progress.activeProfile()?.attempts ?? [];
    expect(attempts.map((a) => [a.status, a.path, a.ending])).toEqual([
      ['completed', [1, 0], 'warm'],
    ]);
    expect(progress.savedRun()).toBeNull();
  });

  it('files a conversation left on purpose as abandoned, and offers nothing to continue', async () => {
    const { progress } = load();
    await openParty();
    button(/Ask about her bakery/).click();
    root.querySelector<HTMLButtonElement>('button.leave')?.click();
    button(en.leaveEnd).click();
    expect(progress.activeProfile()?.attempts.map((a) => [a.status, a.totals?.[2]])).toEqual([
      ['abandoned', 2],
    ]);
    button(`← ${en.back}`).click();
    expect(root.querySelector('button.continue')).toBeNull();
  });

  it('keeps a conversation left for later: the title offers it, and another play does not abandon it', async () => {
    const { progress } = load();
    await openParty();
    button(/Ask about her bakery/).click();
    const kept = { lines: lines(), choices: choiceTexts() };
    root.querySelector<HTMLButtonElement>('button.leave')?.click();
    button(en.leaveKeep).click();
    // Back on the title screen, with the conversation on offer and nothing filed as abandoned.
    expect(root.querySelector('h1')?.textContent).toBe(en.appName);
    expect(root.querySelector('button.continue')?.textContent).toBe(
      en.progress.continueRun('Test party', 1),
    );
    expect(progress.activeProfile()?.attempts).toEqual([]);

    // Another play, started and ended, leaves the kept one alone.
    await openParty();
    root.querySelector<HTMLButtonElement>('button.leave')?.click();
    button(en.leaveEnd).click();
    expect(progress.activeProfile()?.attempts.map((a) => a.status)).toEqual(['abandoned']);
    button(`← ${en.back}`).click();
    const cont = root.querySelector<HTMLButtonElement>('button.continue');
    expect(cont?.textContent).toBe(en.progress.continueRun('Test party', 1));

    // And it continues on the same line with the same choices.
    cont?.click();
    await settle();
    expect(lines()).toEqual(kept.lines);
    expect(choiceTexts()).toEqual(kept.choices);
  });

  it('says plainly when the story changed under a save, and restarts on request', async () => {
    const { progress } = load();
    const started = progress.startRun({ scenario: 'party', lang: 'en', version: 'older' });
    expect(started.ok).toBe(true);
    progress.recordChoice(0);
    const next = load().progress;
    button(/Continue/).click();
    await settle();
    expect(heading()).toBe(en.progress.resumeTitle);
    expect(root.textContent).toContain(en.progress.storyChanged);
    expect(document.activeElement).toBe(root.querySelector('h1'));
    button(en.progress.restart).click();
    await settle();
    expect(root.querySelector('.screen-conversation')).not.toBeNull();
    expect(lines()).toEqual(['Ann waves at you.', "ann: Hi, I'm Ann. What do you do?"]);
    const attempts = next.activeProfile()?.attempts ?? [];
    expect(attempts.map((a) => [a.status, a.version])).toEqual([['abandoned', 'older']]);
    expect(next.savedRun()?.version).toBe('test');
  });

  it('refuses a saved path the same version no longer fits, instead of resuming into nonsense', async () => {
    const { progress } = load();
    progress.startRun({ scenario: 'party', lang: 'en', version: 'test' });
    progress.recordChoice(7);
    load();
    button(/Continue/).click();
    await settle();
    expect(heading()).toBe(en.progress.resumeTitle);
    expect(root.textContent).toContain(en.progress.storyChanged);
  });

  it('offers only the way back when the scenario is gone', () => {
    const { progress } = load();
    progress.startRun({ scenario: 'vanished', lang: 'en', version: 'v1' });
    const next = load().progress;
    button(/Continue “vanished”/).click();
    expect(root.textContent).toContain(en.progress.scenarioMissing);
    expect(buttons().some((b) => b.textContent === en.progress.restart)).toBe(false);
    button(en.progress.discardRun).click();
    expect(heading()).toBe(en.appName);
    expect(root.querySelector('button.continue')).toBeNull();
    expect(next.activeProfile()?.attempts[0]?.status).toBe('abandoned');
  });
});

/** A context for the screens on their own. */
function context(progress: ProgressStore, went: string[]): UiContext {
  return {
    t: en,
    lang: 'en',
    nav: {
      title: () => went.push('title'),
      select: () => went.push('select'),
      play: () => went.push('play'),
      debrief: () => went.push('debrief'),
      failure: () => went.push('failure'),
      setLang: () => went.push('lang'),
    },
    stage: new StageBridge(),
    reducedMotion: () => true,
    settings: () => progress.settings(),
    updateSettings: (patch) => void progress.updateSettings(patch),
  };
}

function pickFile(input: HTMLInputElement, text: string, name = 'profile.json'): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('the profiles screen', () => {
  function mount() {
    const progress = ProgressStore.open({ backend: shared.tab() });
    progress.createProfile('Ana');
    const downloads: ExportFile[] = [];
    const went: string[] = [];
    const screen = profilesScreen(context(progress, went), {
      progress,
      download: (f) => downloads.push(f),
    });
    root.replaceChildren(screen.el);
    const item = (name: string) =>
      [...root.querySelectorAll<HTMLElement>('li.profile')].find(
        (li) => li.querySelector('.profile-name')?.textContent === name,
      );
    const names = () => [...root.querySelectorAll('.profile-name')].map((n) => n.textContent);
    const status = () => root.querySelector('.status')?.textContent;
    return { progress, downloads, went, screen, item, names, status };
  }

  it('creates, switches, renames and deletes (after a confirmation) by nickname only', () => {
    const { progress, item, names, status } = mount();
    const nickname = root.querySelector<HTMLInputElement>('#new-nickname');
    const form = root.querySelector<HTMLFormElement>('form.create-form');
    if (!nickname || !form) throw new Error('no create form');

    nickname.value = '   ';
    form.requestSubmit();
    expect(status()).toBe(en.progress.nicknameProblem);
    expect(names()).toEqual(['Ana']);

    nickname.value = 'Bo';
    form.requestSubmit();
    expect(names()).toEqual(['Ana', 'Bo']);
    expect(progress.activeProfile()?.nickname).toBe('Bo');
    expect(item('Bo')?.classList.contains('active')).toBe(true);
    expect(item('Bo')?.getAttribute('aria-current')).toBe('true');
    expect(status()).toBe(en.progress.created('Bo'));

    item('Ana')?.querySelector<HTMLButtonElement>('button.use')?.click();
    expect(progress.activeProfile()?.nickname).toBe('Ana');
    expect(status()).toBe(en.progress.switched('Ana'));

    item('Ana')?.querySelector<HTMLButtonElement>('button.rename')?.click();
    const input = root.querySelector<HTMLInputElement>('.rename-form input');
    expect(document.activeElement).toBe(input);
    if (!input) return;
    input.value = 'Anna';
    root.querySelector<HTMLFormElement>('.rename-form')?.requestSubmit();
    expect(names()).toEqual(['Anna', 'Bo']);
    expect(document.activeElement).toBe(item('Anna')?.querySelector('button.rename'));

    item('Bo')?.querySelector<HTMLButtonElement>('button.delete')?.click();
    expect(root.querySelector('.confirm')?.textContent).toContain(
      en.progress.confirmDelete('Bo', 0),
    );
    // The safe answer has focus; cancelling keeps the profile.
    expect(document.activeElement?.textContent).toBe(en.progress.cancel);
    (document.activeElement as HTMLButtonElement).click();
    expect(names()).toEqual(['Anna', 'Bo']);
    item('Bo')?.querySelector<HTMLButtonElement>('button.delete')?.click();
    root.querySelector<HTMLButtonElement>('button.confirm-delete')?.click();
    expect(names()).toEqual(['Anna']);
    expect(status()).toBe(en.progress.deleted('Bo'));
  });

  it('deleting the last profile leaves a fresh one playing, never nobody', () => {
    const { progress, item, names } = mount();
    item('Ana')?.querySelector<HTMLButtonElement>('button.delete')?.click();
    root.querySelector<HTMLButtonElement>('button.confirm-delete')?.click();
    expect(names()).toEqual([en.defaultNickname]);
    expect(progress.activeProfile()?.nickname).toBe(en.defaultNickname);
  });

  it('exports a profile and imports it back; a foreign or broken file gets a clear message', async () => {
    const { progress, downloads, item, names, status } = mount();
    progress.startRun({ scenario: 'party', lang: 'en', version: 'test' });
    progress.recordChoice(0);
    progress.finishRun({ ending: 'warm', totals: { 1: 0, 2: 2, 3: 0, 4: 0, 5: 1 } });
    item('Ana')?.querySelector<HTMLButtonElement>('button.export')?.click();
    expect(downloads).toHaveLength(1);
    const file = downloads[0] as ExportFile;
    expect(file.fileName).toMatch(/^mingle-ana-\d{4}-\d{2}-\d{2}\.json$/);
    expect(status()).toBe(en.progress.exported(file.fileName));

    const input = root.querySelector<HTMLInputElement>('#import-file');
    if (!input) throw new Error('no file input');
    pickFile(input, '{"name": "a shopping list"}');
    await until(() => status() === en.progress.importProblems.foreign);
    expect(status()).toBe(en.progress.importProblems.foreign);
    expect(root.querySelector('.status')?.classList.contains('problem')).toBe(true);
    pickFile(input, file.text.slice(0, file.text.length / 2));
    await until(() => status() === en.progress.importProblems.truncated);
    expect(status()).toBe(en.progress.importProblems.truncated);

    item('Ana')?.querySelector<HTMLButtonElement>('button.delete')?.click();
    root.querySelector<HTMLButtonElement>('button.confirm-delete')?.click();
    expect(names()).toEqual([en.defaultNickname]);
    pickFile(input, file.text);
    await until(() => names().length === 2);
    expect(names()).toEqual([en.defaultNickname, 'Ana']);
    expect(status()).toBe(en.progress.imported('Ana', 1));
    expect(progress.activeProfile()?.attempts.map((a) => a.ending)).toEqual(['warm']);
  });

  it('offers the set-aside data for export only when there is some', () => {
    shared.data.set('mingle:v1:profile:p-bad', '{"schema":1,"id":"p-bad",');
    const { downloads } = mount();
    const exportButton = root.querySelector<HTMLButtonElement>('button.export-quarantine');
    expect(root.querySelector('.quarantine')?.textContent).toContain(en.progress.quarantineText(1));
    exportButton?.click();
    expect(downloads[0]?.text).toContain('{\\"schema\\":1,\\"id\\":\\"p-bad\\",');

    shared = new SharedMemoryStorage();
    mount();
    expect(root.querySelector('.quarantine')).toBeNull();
  });
});

describe('the progress screen', () => {
  it('lists attempts newest first, and shows the trend, the plot and each scenario tip by tip as shares, with a text and table alternative', () => {
    const progress = ProgressStore.open({ backend: shared.tab() });
    progress.createProfile('Ana');
    const play = (path: number[], ending: string | null, totals: Run['memory'] | null) => {
      progress.startRun({ scenario: 'party', lang: 'en', version: 'test' });
      for (const c of path) progress.recordChoice(c);
      const run = progress.savedRun();
      if (totals === null && run) progress.abandonRun(run.id, null);
      else
        progress.finishRun({
          ending,
          totals: totals as unknown as { 1: number; 2: number; 3: number; 4: number; 5: number },
        });
    };
    play([1, 1], 'cold', { 1: -2, 2: 0, 3: 0, 4: 0, 5: -1 });
    play([0], null, null);
    play([0, 0], 'warm', { 1: 0, 2: 2, 3: 0, 4: 0, 5: 1 });
    const screen = progressScreen(context(progress, []), { progress, catalogue });
    root.replaceChildren(screen.el);

    const rows = [...root.querySelectorAll('table.history tbody tr')];
    expect(rows.map((r) => r.className)).toEqual(['completed', 'abandoned', 'completed']);
    expect(rows[0]?.querySelector('th')?.textContent).toBe('Test party');
    expect([...(rows[0]?.querySelectorAll('td.num') ?? [])].map((c) => c.textContent)).toEqual([
      '0',
      '+2',
      '0',
      '0',
      '+1',
    ]);
    expect(rows[0]?.querySelector('td.ending')?.textContent).toBe('A warm goodbye');
    expect(rows[1]?.querySelector('td.ending')?.textContent).toBe(en.progress.abandoned);
    expect(rows[1]?.querySelector('td.num')?.textContent).toBe(en.progress.unknownScore);

    // Issue 17, item 8: every number below is a share of what the scenario allowed (party's ranges:
    // tip 1 -2..0, tip 2 0..2, tip 5 -1..1), not a raw score on one axis shared by every scenario.
    expect(rows.map((r) => r.querySelector('td.share')?.textContent)).toEqual([
      '100%',
      en.progress.unknownScore,
      '0%',
    ]);
    expect(root.querySelector('.trend-standing')?.textContent).toBe(en.progress.standing(100, 1));
    expect(root.querySelector('.trend-change')?.textContent).toBe(en.progress.trendChange(100, 1));
    expect(root.querySelector('.trend-change')?.className).toContain('up');

    const card = root.querySelector('.scenario-shares[data-scenario="party"]');
    expect(card?.querySelector('.scenario-plays')?.textContent).toBe(
      en.progress.scenarioPlays(2, 0, 100, 100),
    );
    const tipRows = [...(card?.querySelectorAll('table.tip-shares tbody tr') ?? [])];
    expect(tipRows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['100%', '100%', '+100'],
      ['100%', '100%', '+100'],
      [en.progress.notAtStake],
      [en.progress.notAtStake],
      ['100%', '100%', '+100'],
    ]);

    const svg = root.querySelector('svg.tip-plot');
    expect(svg?.getAttribute('role')).toBe('img');
    // One line per scenario, joining only that scenario's plays.
    expect(svg?.querySelectorAll('g.series')).toHaveLength(1);
    expect(svg?.querySelectorAll('g.series polyline')).toHaveLength(1);
    const desc = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent).toContain(en.progress.plotLabel('Test party', '0%, 100%'));
    const tableRows = [...root.querySelectorAll('table.plot-table tbody tr')];
    expect(tableRows.map((r) => r.textContent)).toEqual([
      `${en.progress.attemptNo(1)}Test party0%0%0%––0%`,
      `${en.progress.attemptNo(2)}Test party100%100%100%––100%`,
    ]);
    // Points line up with the values: the higher share is drawn higher (smaller y).
    const points = svg?.querySelectorAll('g.series circle');
    const ys = [...(points ?? [])].map((c) => Number(c.getAttribute('cy')));
    expect(ys[1]).toBeLessThan(ys[0] ?? 0);
  });

  it('says there is nothing yet for a new profile', () => {
    const progress = ProgressStore.open({ backend: shared.tab() });
    progress.createProfile('Ana');
    root.replaceChildren(progressScreen(context(progress, []), { progress, catalogue }).el);
    expect(root.textContent).toContain(en.progress.noAttempts);
    expect(root.querySelector('svg')).toBeNull();
  });
});

describe('notices', () => {
  const every: Notice[] = [
    storeNotices.damagedRecord('k', 'profile', 'bad', 'q', true),
    storeNotices.damagedRecord('k', 'profile', 'bad', null, false),
    storeNotices.damagedRecord('k', 'settings', 'bad', 'q', true),
    storeNotices.damagedRecord('k', 'index', 'bad', 'q', true),
    storeNotices.damagedRecord('k', 'legacy', 'bad', 'q', false),
    storeNotices.profileMissing('p-x', 'Ana'),
    storeNotices.storageFull('k'),
    storeNotices.storageUnavailable('SecurityError'),
    storeNotices.writeFailed('k', 'boom'),
    storeNotices.migrated(0, 1),
    storeNotices.deletedElsewhere('p-x', 'Ana'),
  ];

  it('words every kind of store notice in each language, by kind', () => {
    for (const notice of every) {
      // English says what the store says, minus the technical detail (shown apart, under Details).
      const english = noticeText(en, notice);
      expect(notice.message.replace(/ \((bad|boom)\)/, '')).toBe(english);
      const dutch = noticeText(nl, notice);
      expect(dutch).not.toBe(english);
      expect(dutch.length).toBeGreaterThan(20);
    }
    expect(new Set(every.map((n) => noticeText(nl, n))).size).toBe(every.length);
  });

  it('shows a damaged profile notice in the player language, re-worded on a switch, and dismissible', () => {
    shared.data.set('mingle:v1:profile:p-bad', 'not json at all');
    const { app } = load();
    const banner = document.querySelector('.notices');
    expect(banner?.hasAttribute('hidden')).toBe(false);
    expect(banner?.textContent).toContain(en.progress.records.profile);
    expect(banner?.textContent).toContain(en.progress.damagedOutcome.profileLost);
    // The banner is a labelled region outside the screens, with a polite live list.
    expect(banner?.getAttribute('role')).toBe('region');
    expect(banner?.querySelector('[aria-live="polite"]')).not.toBeNull();

    app.setLang('nl');
    expect(banner?.textContent).toContain(nl.progress.damagedOutcome.profileLost);
    banner?.querySelector<HTMLButtonElement>('button.dismiss')?.click();
    expect(banner?.hasAttribute('hidden')).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('h1'));
  });

  it('says so when another window changed the profile being played', () => {
    const { progress } = load();
    const other = ProgressStore.open({ backend: shared.tab() });
    other.startRun({ scenario: 'party', lang: 'en', version: 'test' });
    shared.deliver();
    expect(progress.savedRun()).not.toBeNull();
    expect(document.querySelector('.notices')?.textContent).toContain(en.progress.changedElsewhere);
  });
});

describe('language', () => {
  it('follows the browser on a first visit, then keeps the stored choice', () => {
    const first = load(['nl-BE']).progress;
    expect(document.documentElement.lang).toBe('nl');
    expect(first.settings().language).toBe('nl');
    load(['en-US']);
    expect(document.documentElement.lang).toBe('nl');
    const english = root.querySelector<HTMLInputElement>('input[value="en"]');
    english?.click();
    const third = load(['nl-BE']).progress;
    expect(document.documentElement.lang).toBe('en');
    expect(third.settings().language).toBe('en');
  });

  it('takes an earlier `mingle.lang` choice on a first visit, and never writes it', () => {
    legacy.set('mingle.lang', 'nl');
    load(['en-GB']);
    expect(document.documentElement.lang).toBe('nl');
    root.querySelector<HTMLInputElement>('input[value="en"]')?.click();
    expect(legacy.get('mingle.lang')).toBe('nl');
  });
});
