/**
 * The line a choice answers, for the debrief's "When you heard" (issue 17 item 9). The last line before
 * a choice is often not it: a phone rings, Nadia asks for a meeting, and then two lines of you placing
 * her boss and a glance through the glass wall come before the choice, which still answers Nadia.
 *
 * The rule: among the lines since the player last spoke, take the last line said by another person; if
 * it asks something (a question mark), the choice answers it. Otherwise (nobody asked, or someone spoke
 * and a moment of thought follows) the choice answers the last line, as before.
 */
import type { StoryLine } from './types.ts';

export function answeredLine(lines: readonly StoryLine[]): StoryLine | null {
  let from = 0;
  lines.forEach((line, i) => {
    if (line.speaker === 'you') from = i + 1;
  });
  const since = lines.slice(from);
  const spoken = since.filter((l) => l.speaker !== null && l.speaker !== 'you').at(-1);
  if (spoken && spoken.text.includes('?')) return spoken;
  return lines.at(-1) ?? null;
}
