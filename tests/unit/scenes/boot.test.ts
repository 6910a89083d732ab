/**
 * When the stage starts (src/scenes/boot.ts): only in idle time, never while a scenario is starting,
 * with Phaser's download reported as a step of the loading progress, and a clean failure.
 */
import { describe, expect, it } from 'vitest';
import { StageBridge } from '../../../src/game/index.ts';
import { bootStageWhenIdle } from '../../../src/scenes/boot.ts';
import { STAGE_PROGRESS_EVENT, type StageProgress } from '../../../src/events/index.ts';

/** A window whose idle callbacks run only when the test says so. */
function idleWindow() {
  const pending: (() => void)[] = [];
  const win = {
    requestIdleCallback: (cb: () => void) => pending.push(cb),
    setTimeout: (cb: () => void) => pending.push(cb),
  } as unknown as Window;
  return {
    win,
    pending,
    /** Runs the idle callbacks queued so far, then lets promises settle. */
    async idle() {
      for (const cb of pending.splice(0)) cb();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('bootStageWhenIdle', () => {
  it('waits for idle time, and for the first choice when a scenario is starting', async () => {
    const host = new EventTarget() as HTMLElement;
    const progress: StageProgress[] = [];
    host.addEventListener(STAGE_PROGRESS_EVENT, (e) =>
      progress.push((e as CustomEvent<StageProgress>).detail),
    );
    const bridge = new StageBridge();
    bridge.enterScenario('demo', []);
    const events: string[] = [];
    const w = idleWindow();
    const done = bootStageWhenIdle(w.win, host, bridge, {
      load: () => {
        events.push('load');
        return Promise.resolve({ startStage: () => events.push('start') });
      },
    });
    await settle();
    await w.idle();
    await w.idle();
    // The scenario is still starting: nothing is fetched, nothing queued for idle time.
    expect(events).toEqual([]);
    expect(w.pending).toHaveLength(0);

    bridge.choicesShown();
    await settle();
    expect(events).toEqual([]);
    await w.idle();
    expect(events).toEqual(['load']);
    expect(progress[0]).toEqual({ done: 0, total: 1, complete: false });

    // Another scenario starts while the chunk is in: the boot waits for its first choice too.
    bridge.enterScenario('demo', []);
    await w.idle();
    await w.idle();
    expect(events).toEqual(['load']);
    bridge.choicesShown();
    await settle();
    await w.idle();
    await done;
    expect(events).toEqual(['load', 'start']);
  });

  it('fetches nothing while the player has the pictures off, and starts once they turn them on', async () => {
    const host = new EventTarget() as HTMLElement;
    const bridge = new StageBridge();
    bridge.setPictures(false);
    const events: string[] = [];
    const w = idleWindow();
    const done = bootStageWhenIdle(w.win, host, bridge, {
      load: () => {
        events.push('load');
        return Promise.resolve({ startStage: () => events.push('start') });
      },
    });
    for (let i = 0; i < 3; i++) {
      await settle();
      await w.idle();
    }
    // Not even queued for idle time: the setting is waited for first.
    expect(events).toEqual([]);
    expect(w.pending).toHaveLength(0);

    bridge.setPictures(true);
    await settle();
    await w.idle();
    await w.idle();
    await done;
    expect(events).toEqual(['load', 'start']);
  });

  it('does not start a stage whose chunk arrived after the pictures were turned off', async () => {
    const host = new EventTarget() as HTMLElement;
    const bridge = new StageBridge();
    const events: string[] = [];
    const w = idleWindow();
    const done = bootStageWhenIdle(w.win, host, bridge, {
      load: () => {
        events.push('load');
        bridge.setPictures(false);
        return Promise.resolve({ startStage: () => events.push('start') });
      },
    });
    await settle();
    await w.idle();
    await settle();
    await w.idle();
    expect(events).toEqual(['load']);
    bridge.setPictures(true);
    await settle();
    await w.idle();
    await done;
    expect(events).toEqual(['load', 'start']);
  });

  it('reports a stage that cannot load, and closes its progress', async () => {
    const host = new EventTarget() as HTMLElement;
    const progress: StageProgress[] = [];
    host.addEventListener(STAGE_PROGRESS_EVENT, (e) =>
      progress.push((e as CustomEvent<StageProgress>).detail),
    );
    const w = idleWindow();
    const failures: unknown[] = [];
    const done = bootStageWhenIdle(w.win, host, new StageBridge(), {
      load: () => Promise.reject(new Error('offline')),
      onFail: (e) => failures.push(e),
    });
    await settle();
    await w.idle();
    await done;
    expect(failures).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ done: 1, total: 1, complete: true });
  });
});
