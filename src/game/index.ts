/**
 * The game domain's public face. `Plays` / `Play` (./play.ts) are the application layer every entry
 * point opens plays through; the session, the records and the memory helpers underneath are exported
 * for the screens that render a play and for tests. No DOM and no Phaser here: src/ui and src/scenes
 * listen to events.
 */
export {
  Plays,
  Play,
  isDownloadFailure,
  replayPoint,
  type PlayResult,
  type PlayEvents,
  type PlayObserver,
  type PlaysOptions,
  type OpenRequest,
  type OpenResult,
  type OpenFailure,
  type OpenFailureKind,
  type PlayFailureKind,
} from './play.ts';
export {
  progressRecord,
  memoryRecord,
  ProgressRecording,
  type PlayRecord,
  type PlayRecording,
  type PlayBegin,
  type PlayFinish,
  type SavedPlay,
  type ProgressPort,
} from './record.ts';
export {
  GameSession,
  type FailureKind,
  type SessionEvents,
  type SessionState,
  type TranscriptEntry,
  type ResumePoint,
  type PrepareOutcome,
  type PrepareFailure,
} from './session.ts';
export { reviewPlay, type FinishedPlay, type ReviewResult, type ReviewDeps } from './review.ts';
export { RunRecorder, checkReplay, type RunPort, type RunScenario } from './run.ts';
export {
  InMemoryStore,
  declaredMemory,
  memoryFor,
  writtenMemory,
  rememberedOwnMemory,
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
export {
  CURRICULUM,
  SWAPS,
  swapOf,
  swapFor,
  isLocked,
  curriculumStep,
  continuesFrom,
  inCurriculumOrder,
  type CurriculumStep,
  type SwapPair,
} from './curriculum.ts';
export { rangesForMemory } from './ranges.ts';
export {
  shareHistory,
  attemptShares,
  type AttemptShares,
  type ScenarioShares,
  type ShareHistory,
  type ShareTrend,
  type ScoredAttempt,
} from './shares.ts';
