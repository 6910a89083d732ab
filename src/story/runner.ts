/**
 * The one place that drives inkjs at run time. It turns ink's output into our own types (lines with a
 * speaker and mood, choices with tip effects) and ink's errors into StoryRuntimeError, so the rest of
 * the game never sees inkjs's PascalCase API or its exceptions.
 */
import { Story } from 'inkjs';
import { parseChoiceTags, parseGlobalTags, parseLineTags, TagError } from './tags.ts';
import type { Beat, StoryChoice, StoryLine, StoryMeta, StoryVariables } from './types.ts';

/** Something went wrong while the story was playing: the game ends the scenario and explains. */
export class StoryRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryRuntimeError';
  }
}

/** A guard against a story that produces output forever without offering a choice. */
const MAX_LINES_PER_BEAT = 2000;

export class StoryRunner {
  readonly meta: StoryMeta;
  private readonly story: Story;
  private readonly errors: string[] = [];
  private readonly taken: number[] = [];
  private offered: StoryChoice[] = [];
  private headerSeen = false;

  /** `json` is the compiled story; `variables` are set before the first line (unknown names are skipped). */
  constructor(json: string | object, variables: StoryVariables = {}) {
    try {
      this.story = new Story(typeof json === 'string' ? json : JSON.stringify(json));
    } catch (e) {
      throw new StoryRuntimeError(`the story could not be loaded (${messageOf(e)})`);
    }
    // ErrorType.Error is 2 in inkjs; warnings and author messages do not stop the story.
    this.story.onError = (message, type) => {
      if (Number(type) === 2) this.errors.push(message);
    };
    try {
      this.meta = parseGlobalTags(this.story.globalTags ?? []);
    } catch (e) {
      throw new StoryRuntimeError(`the story's header is invalid: ${messageOf(e)}`);
    }
    for (const [name, value] of Object.entries(variables)) {
      if (this.story.variablesState.GlobalVariableExistsWithName(name)) {
        this.story.variablesState.$(name, value);
      }
    }
  }

  /** The indices of the choices taken so far, in order: enough to replay this exact path. */
  get path(): readonly number[] {
    return this.taken;
  }

  /** Reads the current value of an ink variable (for memory that a story hands back to the game). */
  variable(name: string): string | number | boolean | null {
    if (!this.story.variablesState.GlobalVariableExistsWithName(name)) return null;
    const value: unknown = this.story.variablesState.$(name);
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : null;
  }

  /** Plays until the next choice point or the end. */
  continue(): Beat {
    const lines: StoryLine[] = [];
    while (this.story.canContinue) {
      const text = this.guard(() => this.story.Continue() ?? '').trim();
      const tags = this.withoutHeader(this.story.currentTags ?? []);
      if (text === '' && tags.length === 0) continue;
      let parsed;
      try {
        parsed = parseLineTags(tags);
      } catch (e) {
        throw new StoryRuntimeError(`a line has a bad tag: ${messageOf(e)} (at "${text}")`);
      }
      lines.push({ text, ...parsed });
      if (lines.length > MAX_LINES_PER_BEAT) {
        throw new StoryRuntimeError('the story keeps talking without ever offering a choice');
      }
    }
    this.offered = this.story.currentChoices.map((c) => {
      try {
        const { effects, why, act, modifiers, trust, timeout } = parseChoiceTags(c.tags ?? []);
        const choice: StoryChoice = {
          index: c.index,
          text: c.text.trim(),
          effects,
          why,
          source: c.sourcePath,
        };
        return {
          ...choice,
          ...(act !== null ? { act } : {}),
          ...(Object.keys(modifiers).length > 0 ? { modifiers } : {}),
          ...(trust.length > 0 ? { trust } : {}),
          ...(timeout ? { timeout } : {}),
        };
      } catch (e) {
        throw new StoryRuntimeError(`a choice has a bad tag: ${messageOf(e)} (at "${c.text}")`);
      }
    });
    if (this.offered.filter((c) => c.timeout).length > 1) {
      throw new StoryRuntimeError(
        `two choices on offer are tagged "timeout" (at "${this.offered[0]?.text ?? ''}"): a choice point takes one at most`,
      );
    }
    const source = this.story.currentChoices[0]?.sourcePath;
    const point = source ? source.slice(0, Math.max(0, source.lastIndexOf('.'))) || source : null;
    const discuss = lines.reduce<string | undefined>((d, l) => l.discuss ?? d, undefined);
    return {
      lines,
      choices: this.offered,
      ended: this.offered.length === 0,
      ...(point ? { point } : {}),
      ...(discuss !== undefined && this.offered.length > 0 ? { discuss } : {}),
    };
  }

  /**
   * Ink repeats the global tags on the story's first line; they describe the story, not the line, so
   * they are dropped there (once, and only when they lead the line's tags in the same order).
   */
  private withoutHeader(tags: readonly string[]): readonly string[] {
    if (this.headerSeen) return tags;
    this.headerSeen = true;
    const header = this.story.globalTags ?? [];
    const leads = header.length > 0 && header.every((t, i) => tags[i] === t);
    return leads ? tags.slice(header.length) : tags;
  }

  /**
   * The story's scenes (its top-level knots), in the order they are written: where a workshop can jump
   * to for a short education slot.
   */
  scenes(): string[] {
    return sceneNames(this.story.mainContentContainer.namedContent.keys());
  }

  /** Moves the story to the start of a scene (a knot from `scenes()`); the next `continue()` plays it. */
  goTo(scene: string): void {
    if (!this.scenes().includes(scene)) throw new StoryRuntimeError(`there is no scene "${scene}"`);
    this.guard(() => this.story.ChoosePathString(scene));
    this.offered = [];
  }

  /**
   * A name for the choice point on offer that is the same in every play and every language of the
   * story (ink's path to it, e.g. "arrival.0"); null when no choice is on offer.
   */
  choicePointId(): string | null {
    const first = this.story.currentChoices[0];
    if (!first) return null;
    const path = first.pathStringOnChoice || first.sourcePath || '';
    return path.replace(/\.c-\d+$/, '') || null;
  }

  /** The choices offered by the last `continue()`. */
  get choices(): readonly StoryChoice[] {
    return this.offered;
  }

  choose(index: number): StoryChoice {
    const choice = this.offered.find((c) => c.index === index);
    if (!choice) throw new StoryRuntimeError(`there is no choice number ${index + 1} here`);
    this.guard(() => this.story.ChooseChoiceIndex(index));
    this.taken.push(index);
    this.offered = [];
    return choice;
  }

  /** Runs `fn` against inkjs and turns anything ink reports into a StoryRuntimeError. */
  private guard<T>(fn: () => T): T {
    let result: T;
    try {
      result = fn();
    } catch (e) {
      throw new StoryRuntimeError(messageOf(e));
    }
    if (this.errors.length > 0) {
      const message = this.errors.join('; ');
      this.errors.length = 0;
      throw new StoryRuntimeError(message);
    }
    return result;
  }
}

function messageOf(e: unknown): string {
  if (e instanceof TagError || e instanceof Error) return e.message;
  return String(e);
}

/**
 * The scenes among a story's named top-level content (ink's `namedContent` keys): its knots, less the
 * global declarations ink keeps there. The Studio's worker reads them from its own Story.
 */
export function sceneNames(names: Iterable<string>): string[] {
  return [...names].filter((n) => n !== 'global decl' && !n.startsWith('global '));
}
