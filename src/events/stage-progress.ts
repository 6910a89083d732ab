/**
 * How the stage tells the page that its pictures are loading, without the page importing Phaser: a
 * DOM event on the stage's host element with the loader's counts. Pure (no Phaser), so the DOM UI
 * imports it from the first screen's chunk and the scene from the Phaser chunk.
 */
export const STAGE_PROGRESS_EVENT = 'mingle:stage-progress';

export interface StageProgress {
  /** Files finished (loaded or failed) in the current batch. */
  readonly done: number;
  /** Files in the current batch; 0 when nothing is loading. */
  readonly total: number;
  /** True once the batch is over. */
  readonly complete: boolean;
}

/** 0..100 for a progress bar; a finished or empty batch is 100. */
export function progressPercent(p: StageProgress): number {
  if (p.complete || p.total <= 0) return 100;
  return Math.round(Math.min(1, Math.max(0, p.done / p.total)) * 100);
}

let last: StageProgress = { done: 0, total: 0, complete: true };

/** The most recent progress, for a screen that appears while a batch is already loading. */
export function lastStageProgress(): StageProgress {
  return last;
}

/** Sends progress from `target` (the stage's host); it bubbles, so the document hears it too. */
export function emitStageProgress(target: EventTarget, progress: StageProgress): void {
  last = progress;
  target.dispatchEvent(
    new CustomEvent<StageProgress>(STAGE_PROGRESS_EVENT, { detail: progress, bubbles: true }),
  );
}

/** Listens for the stage's progress; returns the unsubscribe function. */
export function onStageProgress(
  target: EventTarget,
  handler: (progress: StageProgress) => void,
): () => void {
  const listener = (e: Event) => {
    const detail = (e as CustomEvent<StageProgress>).detail;
    if (detail) handler(detail);
  };
  target.addEventListener(STAGE_PROGRESS_EVENT, listener);
  return () => target.removeEventListener(STAGE_PROGRESS_EVENT, listener);
}
