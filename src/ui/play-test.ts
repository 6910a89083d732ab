/**
 * A Studio draft being play-tested. It is played in the game's own screens and through the
 * application layer like any scenario (so it is scored the same way), but by Plays of its own whose
 * record keeps nothing: a draft never enters the learner's history, resume or memory, and has no
 * address of its own (a reload goes back to the Studio, where the draft is kept).
 */
import { Plays, memoryRecord, type SavedPlay } from '../game/index.ts';
import type { CompiledScenario, ScenarioInfo, StoryVariables } from '../story/index.ts';

export class PlayTest {
  private draft: { readonly info: ScenarioInfo; readonly plays: Plays } | null = null;

  /**
   * Makes `scenario` the draft being tested; its plays go through the Plays returned, starting with
   * `memory` (the author's choice of what earlier scenarios left behind; the story's own defaults else).
   */
  start(
    scenario: CompiledScenario,
    memory: StoryVariables = {},
  ): { info: ScenarioInfo; plays: Plays } {
    const { json: _json, ...info } = scenario;
    const plays = new Plays({
      catalogue: [info],
      loadScenario: () => Promise.resolve(scenario),
      record: memoryRecord(memory),
      online: () => true,
    });
    this.draft = { info, plays };
    return this.draft;
  }

  /** The test is over (the Studio or the title screen was opened). */
  end(): void {
    this.draft = null;
  }

  /** True while a draft is being tested: leaving its screens goes back to the Studio. */
  get active(): boolean {
    return this.draft !== null;
  }

  /** The draft's own Plays when `scenario` (in `lang`) is the draft being tested; otherwise null. */
  playsOf(scenario: string, lang: string): { info: ScenarioInfo; plays: Plays } | null {
    const draft = this.draft;
    return draft && draft.info.id === scenario && draft.info.lang === lang ? draft : null;
  }

  /** The same for a saved place ("replay from here" in a draft's debrief). */
  playsOfSaved(saved: SavedPlay): { info: ScenarioInfo; plays: Plays } | null {
    return this.playsOf(saved.scenario, saved.lang);
  }
}
