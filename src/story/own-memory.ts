/**
 * What a compiled story writes to cross-scenario memory, read from its JSON. Lives with the story
 * domain so that the analyzer (whose cache is keyed on src/story and src/analysis) and the game share
 * one reading of the replay rule: a scenario never reads back memory it wrote itself (see memoryFor in
 * src/game/memory.ts).
 */

import { isMemoryName } from '../vocabulary/index.ts';

/**
 * The `mem_*` variables a compiled story declares. The runner does not list variable names, so they
 * are read from the global declarations in ink's JSON, where each appears as `"VAR=":"name"`.
 */
export function declaredMemory(json: string): string[] {
  const names = new Set<string>();
  for (const m of json.matchAll(/"VAR=":"([A-Za-z_][A-Za-z0-9_]*)"/g)) {
    const name = m[1] ?? '';
    if (isMemoryName(name)) names.add(name);
  }
  return [...names];
}

/**
 * The `mem_*` variables a compiled story assigns somewhere (`~ mem_x = …`): the memory it writes.
 * Ink writes an assignment as `{"VAR=":"name","re":true}` and a declaration without `"re"`.
 */
export function writtenMemory(json: string): string[] {
  const names = new Set<string>();
  for (const m of json.matchAll(/"VAR=":"([A-Za-z_][A-Za-z0-9_]*)","re":true/g)) {
    const name = m[1] ?? '';
    if (isMemoryName(name)) names.add(name);
  }
  return [...names];
}

/**
 * The memory a story asks to read back from its own earlier plays, with the global tag
 * `remember: mem_x` (docs/authoring.md, "Memory across scenarios").
 */
export function rememberedOwnMemory(json: string): string[] {
  const names = new Set<string>();
  for (const m of json.matchAll(/remember:\s*(mem_[A-Za-z0-9_]+)/g)) names.add(m[1] ?? '');
  return [...names];
}
