/**
 * When the stage starts. The dialogue is the game and comes first: Phaser (its chunk's download,
 * parse and boot, the renderer's set-up) waits for an idle moment after the first screen is up, and
 * never runs while a scenario is starting (from the choice of a scenario until its first choice is on
 * screen, see StageBridge.starting). A deep link straight into a conversation therefore shows its
 * first choice before Phaser is even fetched; from the title screen the stage is usually ready before
 * the player has picked a scenario.
 *
 * No Phaser here: this module is part of the first screen's chunk and imports ./index.ts (and Phaser
 * with it) dynamically. Phaser's own download is reported as one step of the stage's loading
 * progress, so the loading bar moves from the moment it starts.
 */
import type { StageBridge, StageState } from '../game/index.ts';
import { emitStageProgress } from '../events/index.ts';

export interface StageBootOptions {
  /** Loads the stage module; tests and the benchmark may replace it. */
  readonly load?: () => Promise<{
    startStage(host: HTMLElement, bridge: StageBridge): unknown;
  }>;
  /** Called when the stage cannot start (no chunk, no canvas): the game plays on without pictures. */
  readonly onFail?: (error: unknown) => void;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
};

/** Runs `fn` when the browser is idle (or after `timeout` ms at the latest). */
export function whenIdle(win: Window, fn: () => void, timeout = 1500): void {
  const w = win as IdleWindow;
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(fn, { timeout });
  else win.setTimeout(fn, 50);
}

/** Resolves once the bridge's state passes `test` (at once if it does now). */
function whenState(bridge: StageBridge, test: (state: StageState) => boolean): Promise<void> {
  if (test(bridge.state)) return Promise.resolve();
  return new Promise((resolve) => {
    const off = bridge.events.on('change', (state) => {
      if (!test(state)) return;
      off();
      resolve();
    });
  });
}

/** Resolves once the bridge is not in a scenario's start (at once if it is not). */
export const afterStart = (bridge: StageBridge): Promise<void> =>
  whenState(bridge, (s) => !s.starting);

/** Resolves once the player wants pictures (at once if they do: the setting's default). */
export const whenPicturesWanted = (bridge: StageBridge): Promise<void> =>
  whenState(bridge, (s) => s.pictures);

/**
 * Starts the stage in `host` at the first idle moment that is not a scenario's start, and only once
 * the player wants pictures (with the setting off, nothing of the stage is fetched until it is on).
 * Resolves when it has started (or failed, after `onFail`).
 */
export async function bootStageWhenIdle(
  win: Window,
  host: HTMLElement,
  bridge: StageBridge,
  options: StageBootOptions = {},
): Promise<void> {
  const load = options.load ?? (() => import('./index.ts'));
  const idle = async () => {
    for (;;) {
      await whenPicturesWanted(bridge);
      await afterStart(bridge);
      await new Promise<void>((resolve) => whenIdle(win, resolve));
      if (!bridge.state.starting && bridge.state.pictures) return;
    }
  };
  try {
    await idle();
    emitStageProgress(host, { done: 0, total: 1, complete: false });
    const stage = await load();
    // The chunk may have arrived while a scenario started: boot (the renderer's set-up is the
    // heaviest part) only once its first choice is up.
    await idle();
    stage.startStage(host, bridge);
  } catch (e) {
    emitStageProgress(host, { done: 1, total: 1, complete: true });
    options.onFail?.(e);
  }
}

/**
 * How every entry point (the game's page, the LMS launch) starts the stage: in idle time as above,
 * and when it cannot start, the page's painted background stays (`no-canvas`) and the game plays on
 * without pictures.
 */
export function startStageWhenIdle(win: Window, host: HTMLElement, bridge: StageBridge): void {
  void bootStageWhenIdle(win, host, bridge, {
    onFail: (e) => {
      win.document.body.classList.add('no-canvas');
      console.warn('Mingle plays without pictures:', e);
    },
  });
}
