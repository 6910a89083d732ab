/**
 * The LMS launch: the entry point of a SCORM package (lms.html). One launch plays one scenario (one
 * SCO); the course's manifest lists one SCO per scenario.
 *
 * Order matters:
 * 1. Find the LMS and open its session first, so the resume data and the learner's language are known
 *    before anything is shown.
 * 2. Keep everything in memory: the progress store runs over a memory backend and the language choice
 *    is not remembered, so nothing is written to the browser's storage for the next learner on a
 *    shared computer to find. Profiles and local history are off; the LMS is the record.
 * 3. Build the app with the LMS as the application layer's record (resume data in suspend_data) and
 *    the adapter's observer on every play it opens (decisions, the ending); no screen knows about
 *    the LMS. Then resume, start the scenario, or let the learner pick a language first.
 * 4. End the LMS session on `pagehide` (and on `unload` for browsers that skip it).
 */
import '../styles/main.css';
import '../styles/progress.css';
import { catalogue, loadScenario } from 'virtual:scenarios';
import { StageBridge } from '../game/index.ts';
import { dictionaries, isLang, type Lang } from '../i18n/index.ts';
import { ProgressStore, memoryBackend } from '../progress/index.ts';
import type { TipId } from '../scoring/index.ts';
import { App } from '../ui/index.ts';
import { startStageWhenIdle } from '../scenes/boot.ts';
import { LmsAdapter } from './adapter.ts';
import { META_NAME, readLaunchConfig } from './config.ts';

function tipNames(lang: string): Record<TipId, string> {
  const tips = dictionaries[isLang(lang) ? lang : 'en'].tips;
  return { 1: tips[1].name, 2: tips[2].name, 3: tips[3].name, 4: tips[4].name, 5: tips[5].name };
}

function boot(): void {
  const root = document.getElementById('app');
  const stageHost = document.getElementById('stage');
  if (!root || !stageHost) return;
  const config = readLaunchConfig(
    document.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`)?.content ?? null,
    location.search,
    catalogue[0]?.id ?? '',
  );
  const adapter = new LmsAdapter({
    window: window as unknown as Record<string, unknown>,
    version: config.scorm,
    scenario: config.scenario,
    masteryThreshold: config.mastery,
    tipNames,
    warn: (message) => console.warn(message),
  });
  const saved = adapter.resumeState();
  const scenarios = catalogue.filter(
    (s) => s.id === config.scenario && (config.lang === null || s.lang === config.lang),
  );
  const preferred = adapter.preferredLanguage.toLowerCase().split('-')[0] ?? '';
  const languages = [
    config.lang ?? saved?.lang ?? '',
    preferred,
    ...(navigator.languages ?? [navigator.language]),
  ].filter((l) => l !== '');

  const progress = ProgressStore.open({ backend: memoryBackend() });
  const stage = new StageBridge();
  const app = new App({
    root,
    catalogue: scenarios,
    loadScenario,
    progress,
    stage,
    storage: null,
    languages,
    window,
    profiles: false,
    workshop: false,
    record: adapter.record,
    observers: [adapter.observer],
  });
  adapter.onUnrecorded((why) => {
    app.notify((t) => (why.reason === 'no-lms' ? t.lms.noLms : t.lms.lmsFailed));
    if (why.reason === 'lms-failed') console.warn('Mingle: the LMS failed:', why.detail);
  });
  const close = () => adapter.close();
  window.addEventListener('pagehide', close);
  window.addEventListener('unload', close);

  const lang: Lang = app.language;
  const inLang = scenarios.find((s) => s.lang === lang) ?? scenarios[0];
  if (saved && scenarios.some((s) => s.lang === saved.lang)) {
    // The application layer's resume check: when the story changed, the learner is told so and
    // offered a clean restart (the record then forgets the old resume data).
    app.resume();
  } else if (inLang && (config.lang !== null || saved)) {
    app.play(inLang);
  } else {
    app.boot();
  }

  // The stage as on the game's page: in idle time, never while the scenario starts.
  startStageWhenIdle(window, stageHost, stage);
}

boot();
