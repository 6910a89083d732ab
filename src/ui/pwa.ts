/**
 * The service worker's registration (production builds only: src/main.ts imports this module only
 * when `import.meta.env.PROD`). Kept apart from main.ts so that `virtual:pwa-register`, which only
 * vite-plugin-pwa provides, is never looked up by a dev server or tool that runs without that plugin.
 */
import { registerSW } from 'virtual:pwa-register';
import type { UpdatePrompt } from './update.ts';

/** Registers the worker; a newer version waiting is offered through `update`. */
export function registerWorker(update: UpdatePrompt): void {
  const updateSW = registerSW({
    onNeedRefresh: () => update.offer(() => void updateSW(true)),
  });
}
