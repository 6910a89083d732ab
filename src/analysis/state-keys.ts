/**
 * The analyzer's state identity, for tools outside it (the benchmark counts how many distinct
 * decisions random playthroughs cover, in the analyzer's own terms).
 */
import { Story } from 'inkjs';
import { StateKeyMaker } from './state-key.ts';
import { readStructure } from './structure.ts';

export class StateKeys {
  private readonly maker: StateKeyMaker;

  constructor(json: string) {
    this.maker = new StateKeyMaker(readStructure(new Story(json)));
  }

  /** The key of the state `story` stands in (call it at a choice point). */
  keyOf(story: Story): string {
    return this.maker.keyOf(JSON.parse(story.state.toJson()));
  }
}
