/**
 * The DOM layer's public face. Everything the player reads and presses lives here, as real HTML:
 * it works with a keyboard and a screen reader, and it works when the canvas never loads.
 */
export { App, type AppDeps } from './app.ts';
export type { PlayResult, Screen, UiContext, Navigation } from './context.ts';
export { prefersReducedMotion } from './motion.ts';
export { effectList } from './effects.ts';
