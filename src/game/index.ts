/**
 * The game domain's public face: a play session over one scenario, and the memory it carries between
 * scenarios. No DOM and no Phaser here: src/ui and src/scenes listen to a session's events.
 */
export {
  GameSession,
  type FailureKind,
  type SessionEvents,
  type SessionState,
  type TranscriptEntry,
  type ResumePoint,
} from './session.ts';
export { RunRecorder, checkReplay, type RunPort, type RunScenario } from './run.ts';
export {
  InMemoryStore,
  WebStorageMemoryStore,
  declaredMemory,
  memoryFor,
  sanitizeMemory,
  type MemoryStore,
  type MemoryValue,
  type MemoryValues,
} from './memory.ts';
export {
  StageBridge,
  DEFAULT_VENUE,
  type StageState,
  type StageEvents,
  type StageMode,
  type PanelPlacement,
} from './stage.ts';
