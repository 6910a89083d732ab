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
export {
  codedMessage,
  TAG_MESSAGES,
  type CodedMessage,
  type MessageParams,
  type TagMessageCode,
} from './tag-messages.ts';
// Only the linter, the analyzer and the Studio's worker use these; the game's bundle leaves them out.
export { LINT_MESSAGES, type LintMessageCode } from './lint-messages.ts';
