/**
 * Saving and restoring a story's state without serialising it, for the explorer.
 *
 * Writing a state to JSON text and loading it back was most of the analyzer's time. ink has a
 * cheaper mechanism of its own, which it uses to look ahead past a line and back out: a *patching
 * copy* (`StoryState.CopyAndStartPatching`) copies the call stack and choices, shares the global
 * variables, visit counts and turn indices with the state it was made from, and records every
 * change to them in a patch on the copy instead. So a choice point's state is simply kept as the
 * live object, never played again itself; each of its choices is played in a fresh patching copy.
 *
 * What this relies on, all in inkjs 2.4's StoryState/VariablesState (pinned in package.json):
 * - while a state has a patch, writes to variables, visit counts and turn indices go to the patch
 *   (the shared base is written only before the first copy, by the start's own first segment);
 * - a copy made for a "background save" clones each choice's thread, since choosing a choice makes
 *   its thread the running one and moves it;
 * - the one VariablesState all copies share points at the running state's call stack and patch,
 *   which `RestoreAfterPatch` re-points to a saved state before it is copied.
 *
 * ink's JSON writer ignores patches (it writes the base), so `jsonObject` lays the patch over what
 * the writer produces: the object the old `JSON.parse(state.toJson())` gave, built without the text.
 * ink's own writer object checks every call against a stack of states; ObjectWriter below builds
 * the same object from the same calls, trusting ink to make them in order.
 */
import type { Story } from 'inkjs';

/** A choice point's state, kept as ink's own object. */
export type LiveState = Story['state'];

/** The internals of inkjs objects used here, which its typings mark private. */
interface PatchInternals {
  readonly globals: Map<string, unknown>;
  readonly visitCounts: Map<{ readonly path: { toString(): string } }, number>;
  readonly turnIndices: Map<{ readonly path: { toString(): string } }, number>;
}

interface StateInternals {
  _patch: PatchInternals | null;
  CopyAndStartPatching(forBackgroundSave: boolean): LiveState;
  RestoreAfterPatch(): void;
  WriteJson(writer: ObjectWriter): void;
}

interface VariablesInternals {
  _defaultGlobalVariables: Map<string, unknown>;
  RuntimeObjectsEqual(a: unknown, b: unknown): boolean;
  WriteJson(this: unknown, writer: ObjectWriter): void;
}

interface StoryInternals {
  _state: LiveState;
  _recursiveContinueCount: number;
  _asyncContinueActive: boolean;
  _stateSnapshotAtLastNewline: unknown;
  _temporaryEvaluationContainer: unknown;
}

type JsonObject = Record<string, unknown>;
type Collection = JsonObject | unknown[];

/**
 * The calls of ink's SimpleJson.Writer that its state writers make, building a plain object. Same
 * rules as ink's: `Write(null)` is skipped, ints are floored, infinities and NaN become numbers.
 */
class ObjectWriter {
  root: JsonObject | null = null;
  private readonly collections: Collection[] = [];
  private readonly names: string[] = [];
  private text = '';

  private add(value: unknown): void {
    const top = this.collections[this.collections.length - 1];
    if (Array.isArray(top)) top.push(value);
    else if (top) top[this.names.pop() ?? ''] = value;
  }

  private open(collection: Collection): void {
    if (this.collections.length === 0) {
      if (!Array.isArray(collection)) this.root = collection;
    } else this.add(collection);
    this.collections.push(collection);
  }

  WriteObject(inner: (w: ObjectWriter) => void): void {
    this.WriteObjectStart();
    inner(this);
    this.WriteObjectEnd();
  }
  WriteObjectStart(): void {
    this.open({});
  }
  WriteObjectEnd(): void {
    this.collections.pop();
  }
  WriteArrayStart(): void {
    this.open([]);
  }
  WriteArrayEnd(): void {
    this.collections.pop();
  }
  WriteProperty(name: string, content: unknown): void {
    this.names.push(name);
    if (typeof content === 'function') (content as (w: ObjectWriter) => void)(this);
    else this.Write(content);
  }
  WriteIntProperty(name: string, content: number): void {
    this.names.push(name);
    this.WriteInt(content);
  }
  WriteFloatProperty(name: string, content: number): void {
    this.names.push(name);
    this.WriteFloat(content);
  }
  WritePropertyStart(name: string): void {
    this.names.push(name);
  }
  WritePropertyEnd(): void {}
  WritePropertyNameStart(): void {
    this.text = '';
  }
  WritePropertyNameInner(text: string): void {
    this.text += text;
  }
  WritePropertyNameEnd(): void {
    this.names.push(this.text);
  }
  Write(value: unknown): void {
    if (value !== null) this.add(value);
  }
  WriteBool(value: boolean | null): void {
    if (value !== null) this.add(value);
  }
  WriteInt(value: number | null): void {
    if (value !== null) this.add(Math.floor(value));
  }
  WriteFloat(value: number | null): void {
    if (value === null) return;
    if (value === Number.POSITIVE_INFINITY) this.add(3.4e38);
    else if (value === Number.NEGATIVE_INFINITY) this.add(-3.4e38);
    else this.add(Number.isNaN(value) ? 0 : value);
  }
  WriteNull(): void {
    this.add(null);
  }
  WriteStringStart(): void {
    this.text = '';
  }
  WriteStringInner(text: string | null): void {
    if (text !== null) this.text += text;
  }
  WriteStringEnd(): void {
    this.add(this.text);
  }
}

function internals<T>(x: unknown): T {
  return x as T;
}

export class LiveStates {
  constructor(private readonly story: Story) {}

  /** The state the story stands in now (at a choice point, to be kept and never played again). */
  current(): LiveState {
    return this.story.state;
  }

  /** Makes the story play on from `saved` in a fresh copy, leaving `saved` as it is. */
  playFrom(saved: LiveState): void {
    const state = internals<StateInternals>(saved);
    state.RestoreAfterPatch();
    internals<StoryInternals>(this.story)._state = state.CopyAndStartPatching(true);
  }

  /**
   * Clears what an exception thrown from inside ink's step loop leaves behind on the Story itself
   * (its state is dropped anyway: the next play starts from a saved one).
   */
  recover(): void {
    const s = internals<StoryInternals>(this.story);
    s._recursiveContinueCount = 0;
    s._asyncContinueActive = false;
    s._stateSnapshotAtLastNewline = null;
    s._temporaryEvaluationContainer = null;
  }

  /** What `JSON.parse(state.toJson())` would give if the patch were applied, without the text. */
  jsonObject(saved: LiveState): JsonObject {
    const state = internals<StateInternals>(saved);
    const writer = new ObjectWriter();
    state.WriteJson(writer);
    const object = writer.root ?? {};
    const patch = state._patch;
    if (!patch) return object;
    if (patch.globals.size > 0) {
      // The variables' own writer, over the patched ones only, so values are written (and values
      // equal to their defaults left out) exactly as for the others.
      const variables = internals<VariablesInternals>(saved.variablesState);
      const patchedWriter = new ObjectWriter();
      variables.WriteJson.call(
        {
          _globalVariables: patch.globals,
          _defaultGlobalVariables: variables._defaultGlobalVariables,
          RuntimeObjectsEqual: (a: unknown, b: unknown) => variables.RuntimeObjectsEqual(a, b),
        },
        patchedWriter,
      );
      const patched = patchedWriter.root ?? {};
      const vars = { ...(object.variablesState as JsonObject | undefined) };
      for (const name of patch.globals.keys()) {
        if (name in patched) vars[name] = patched[name];
        else delete vars[name];
      }
      object.variablesState = vars;
    }
    const overlay = (field: string, changes: PatchInternals['visitCounts']): void => {
      if (changes.size === 0) return;
      const counts = { ...(object[field] as JsonObject | undefined) };
      for (const [container, n] of changes) counts[container.path.toString()] = n;
      object[field] = counts;
    };
    overlay('visitCounts', patch.visitCounts);
    overlay('turnIndices', patch.turnIndices);
    return object;
  }
}
