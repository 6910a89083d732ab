/**
 * A finished play, seen again: the debrief of an earlier attempt is rebuilt by replaying its stored
 * path through the story, the same way a resumed play is replayed (GameSession), so the debrief a
 * learner reopens from Progress, after a reload or from an address is the one they saw at the end:
 * the same moments, the same stronger options, the same ranges.
 *
 * Nothing is recorded: the session is handed a memory store that only reads. The replay is checked
 * against the totals stored with the attempt; a story that has changed since (a different version, a
 * path that no longer fits, other scores) comes back as a typed failure, never as a wrong debrief.
 */
import { totalsOf, TIPS, type PressureMark, type TipTotals } from '../scoring/index.ts';
import type { CompiledScenario, ScenarioInfo } from '../story/index.ts';
import type { MemoryValues } from './memory.ts';
import type { PlayResult } from './play.ts';
import { GameSession } from './session.ts';

/** What is needed to see a finished play again (the progress store's Attempt fits this shape). */
export interface FinishedPlay {
  readonly scenario: string;
  readonly lang: string;
  readonly version: string;
  readonly path: readonly number[];
  readonly startedAt: number;
  /** The totals stored when it ended: the replay must reach the same ones. Null when unknown. */
  readonly totals: TipTotals | null;
  /**
   * The `mem_*` values it started with. Attempts stored before these were kept have none; the story's
   * own defaults are tried then, and the totals check tells whether that was right.
   */
  readonly memory?: MemoryValues;
  /** Its choices made under time pressure (absent: none, or stored before they were kept). */
  readonly pressure?: readonly PressureMark[];
}

export type ReviewResult =
  | { readonly ok: true; readonly result: PlayResult }
  | {
      readonly ok: false;
      /**
       * 'scenario-missing': not in the catalogue any more; 'story-changed': the story no longer
       * replays to the same end and scores; 'network' / 'load': the story could not be fetched.
       */
      readonly kind: 'scenario-missing' | 'story-changed' | 'network' | 'load';
      readonly detail: string;
    };

export interface ReviewDeps {
  readonly catalogue: readonly ScenarioInfo[];
  loadScenario(lang: string, id: string): Promise<CompiledScenario>;
  /** Tells a download failure from a broken story (see isDownloadFailure). */
  isDownloadFailure(e: unknown): boolean;
}

function sameTotals(a: TipTotals, b: TipTotals): boolean {
  return TIPS.every((tip) => a[tip] === b[tip]);
}

/** Replays a finished play into its debrief. */
export async function reviewPlay(deps: ReviewDeps, play: FinishedPlay): Promise<ReviewResult> {
  const info = deps.catalogue.find((s) => s.id === play.scenario && s.lang === play.lang);
  if (!info)
    return {
      ok: false,
      kind: 'scenario-missing',
      detail: `no scenario ${play.scenario} in ${play.lang}`,
    };
  let scenario: CompiledScenario;
  try {
    scenario = await deps.loadScenario(info.lang, info.id);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, kind: deps.isDownloadFailure(e) ? 'network' : 'load', detail };
  }
  const memory = play.memory ?? {};
  const session = new GameSession(
    scenario,
    { load: () => memory },
    { memory, path: play.path, ...(play.pressure ? { pressure: play.pressure } : {}) },
  );
  const out: { result: PlayResult | null } = { result: null };
  session.events.on('ended', ({ debrief, ending }) => {
    out.result = {
      info: scenario,
      debrief,
      ending,
      startedAt: play.startedAt,
      path: [...play.path],
      startMemory: session.startMemory,
    };
  });
  const ready = session.prepare();
  if (!ready.ok) return { ok: false, kind: 'story-changed', detail: ready.detail };
  session.start();
  const ended = out.result;
  if (ended === null)
    return {
      ok: false,
      kind: 'story-changed',
      detail: `the saved path of ${play.path.length} choices no longer reaches an ending`,
    };
  if (play.totals !== null && !sameTotals(totalsOf(session.moments), play.totals))
    return {
      ok: false,
      kind: 'story-changed',
      detail: 'the story now scores this path differently',
    };
  return { ok: true, result: ended };
}
