/**
 * Bootstrap only: put the first screen up, then load the pictures.
 *
 * Order matters. The DOM UI renders first and is fully playable on its own; Phaser (about 350 KiB
 * gzipped) is imported dynamically afterwards, in its own chunk, so the title screen never waits for
 * it. If Phaser or WebGL fails, the painted CSS background stays and the game plays on without it.
 */
import './styles/main.css';
import './styles/progress.css';
import { catalogue, loadScenario } from 'virtual:scenarios';
import { StageBridge } from './game/index.ts';
import { openBrowserProgressStore } from './progress/index.ts';
import { App } from './ui/index.ts';

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
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
    window,
  });
  app.boot();

  // After the first screen has painted, bring in the venue and the people.
  requestAnimationFrame(() => {
    setTimeout(() => {
      import('./scenes/index.ts')
        .then(({ startStage }) => startStage(stageHost, stage))
        .catch((e: unknown) => {
          document.body.classList.add('no-canvas');
          console.warn('Mingle plays without pictures:', e);
        });
    }, 0);
  });
}

boot();
