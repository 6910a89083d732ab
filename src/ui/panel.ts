/**
 * Tells the stage where the dialogue panel covers the canvas, so the people it draws stand beside it.
 * The stylesheet decides where the panel goes (beside the picture on wide screens and on phones held
 * sideways, below it otherwise); this reads the outcome instead of repeating its media queries.
 */
import type { StageBridge } from '../game/index.ts';

export function measurePanel(root: HTMLElement, win: Window, stage: StageBridge): void {
  const panel = root.querySelector<HTMLElement>('.screen-conversation .panel');
  if (!panel) {
    stage.setPanel('none', 0);
    return;
  }
  const rect = panel.getBoundingClientRect();
  const side = rect.height >= win.innerHeight * 0.8 && rect.width < win.innerWidth * 0.8;
  if (side) stage.setPanel('side', win.innerWidth > 0 ? rect.width / win.innerWidth : 0);
  else stage.setPanel('bottom', win.innerHeight > 0 ? rect.height / win.innerHeight : 0);
}
