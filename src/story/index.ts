/**
 * The story domain's public face: our types, the tag grammar and the runtime runner.
 * The compiler lives in ./compile.ts and is imported directly by build tools only, so that importing
 * this index never drags inkjs's compiler into the game bundle.
 */
export * from './types.ts';
export { sceneNames, StoryRunner, StoryRuntimeError } from './runner.ts';
export { answeredLine } from './prompt.ts';
export { parseChoiceTags, parseLineTags, parseGlobalTags, TagError } from './tags.ts';
export { type Diagnostic, formatDiagnostic, StorySourceError } from './diagnostics.ts';
export { declaredMemory, rememberedOwnMemory, writtenMemory } from './own-memory.ts';
