/** Whether the player asked the system for less motion; the UI and the scenes both honour it. */
export function prefersReducedMotion(win: Pick<Window, 'matchMedia'> | null): boolean {
  try {
    return win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}
