/**
 * Bootstrap only: put the first screen up, then load the pictures.
 *
 * Order matters. The DOM UI renders first and is fully playable on its own; Phaser (built from its
 * modules, under 200 KiB gzipped) is imported dynamically afterwards, in its own chunk, in idle time
 * and never while a scenario is starting (src/scenes/boot.ts), so neither the title screen nor a first
 * choice waits for it. If Phaser or WebGL fails, the painted CSS background stays and the game plays on
 * without it.
 */
import './styles/main.css';
import './styles/progress.css';
// First of the scripts: a link into a conversation starts fetching its story before the rest is run.
import { storyRequested } from './ui/linked-story.ts';
import { catalogue, loadScenario } from 'virtual:scenarios';
import { StageBridge } from './game/index.ts';
import { startStageWhenIdle, whenIdle } from './scenes/boot.ts';
import { openBrowserProgressStore } from './progress/index.ts';
import { App } from './ui/index.ts';
import { Library, openIndexedDb } from './library/index.ts';
import { UpdatePrompt } from './ui/update.ts';

/** This tab's storage (the debrief a reload shows again); null when the browser refuses it. */
function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked storage (privacy settings, sandboxed frames): play without remembering.
    return null;
  }
}

function boot(): void {
  const root = document.getElementById('app');
  const stageHost = document.getElementById('stage');
  if (!root || !stageHost) return;
  const storage = localStorageOrNull();
  const stage = new StageBridge();
  const progress = openBrowserProgressStore();
  window.addEventListener('pagehide', () => progress.flush());
  const app = new App({
    root,
    catalogue,
    loadScenario,
    progress,
    stage,
    storage,
    tabStorage: sessionStorageOrNull(),
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
    window,
    // Your scenarios: read from IndexedDB while the first screen is drawn (never waited for there).
    library: new Library(() => openIndexedDb()),
  });
  app.boot();

  // Offline and installable: the service worker is registered in idle time (production builds only).
  // A newer version waiting is offered between conversations, never during one.
  const update = new UpdatePrompt(stage, document);
  document.body.append(update.el);
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const register = () =>
      whenIdle(window, () => {
        // A first visit that loses its connection before this chunk arrives has no worker yet: the
        // next visit registers it. Nothing to tell the player (the game they have is playing).
        import('./ui/pwa.ts').then(
          ({ registerWorker }) => registerWorker(update),
          () => undefined,
        );
      });
    // A boot in a task of its own (below) may come after the page's load event.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register);
  }

  // The dialogue first: the venue and the people come in idle time, never while a scenario starts.
  startStageWhenIdle(window, stageHost, stage);
}

// A link into a conversation: the App boots in the next task, once its story's request has gone out
// (src/ui/linked-story.ts), so the story downloads while the App boots instead of after it.
if (storyRequested) setTimeout(boot, 0);
else boot();
