/** Placeholder while the scene is being written. */
import type { StageBridge } from '../game/index.ts';
export function startStage(_host: HTMLElement, _stage: StageBridge): void {}
