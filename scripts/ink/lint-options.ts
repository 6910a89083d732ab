/**
 * What the story checks know exists: every `scene:` and `sound:` a story names must be one of these,
 * so a story can never ask for a venue or sound the game cannot show or play.
 */
import { SOUND_IDS, VENUE_IDS } from '../../src/art/ids.ts';
import type { LintOptions } from '../../src/story/lint.ts';

export const STORY_LINT_OPTIONS: LintOptions = {
  knownScenes: new Set<string>(VENUE_IDS),
  knownSounds: new Set<string>(SOUND_IDS),
};
