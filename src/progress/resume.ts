/**
 * Deciding whether a saved run can continue. A save is a path of choice indices plus the story version
 * it was made against; replaying the same path through the same story lands on the same line with the
 * same scores. When the story has changed, the path may mean something else or nothing at all, so we
 * say so plainly and offer a restart instead of resuming into nonsense.
 */
import { progressEn } from '../i18n/progress-en.ts';
import type { Run } from './types.ts';

/** The story as it is now, as the build knows it (ScenarioInfo has these fields). */
export interface CurrentStory {
  readonly id: string;
  readonly lang: string;
  readonly version: string;
}

export type ResumeCheck =
  | { readonly kind: 'resume'; readonly run: Run }
  | { readonly kind: 'story-changed'; readonly run: Run; readonly message: string }
  | { readonly kind: 'scenario-missing'; readonly run: Run; readonly message: string };

/** English, for callers without a dictionary; the screens use their own language's words. */
export const STORY_CHANGED_MESSAGE = progressEn.storyChanged;
export const SCENARIO_MISSING_MESSAGE = progressEn.scenarioMissing;

/**
 * Checks a saved run against the current story. `current` is null when no scenario with the run's id
 * and language exists any more.
 */
export function checkResume(run: Run, current: CurrentStory | null): ResumeCheck {
  if (current === null || current.id !== run.scenario || current.lang !== run.lang) {
    return { kind: 'scenario-missing', run, message: SCENARIO_MISSING_MESSAGE };
  }
  if (current.version !== run.version)
    return { kind: 'story-changed', run, message: STORY_CHANGED_MESSAGE };
  return { kind: 'resume', run };
}

export type ReplayResult =
  | { readonly ok: true }
  | {
      /** `at` is the position in the path (0-based) of the first choice that no longer fits. */
      readonly ok: false;
      readonly at: number;
      readonly message: string;
    };

/**
 * Replays `path` through `step`, which makes one choice on the caller's story and returns false when
 * that choice is not on offer. A throwing step counts as a path that does not fit: a story that breaks
 * during the replay must lead to the restart offer, never to a crash.
 *
 * With the story domain's runner, for example:
 *   replayPath(run.path, (index) => { runner.continue(); if (!runner.choices.some((c) => c.index === index))
 *     return false; runner.choose(index); return true; })
 */
export function replayPath(
  path: readonly number[],
  step: (choiceIndex: number, position: number) => boolean,
): ReplayResult {
  for (let i = 0; i < path.length; i++) {
    let fits: boolean;
    try {
      fits = step(path[i] as number, i);
    } catch {
      fits = false;
    }
    if (!fits) return { ok: false, at: i, message: STORY_CHANGED_MESSAGE };
  }
  return { ok: true };
}
