/**
 * The events domain's public face: the typed emitter every subsystem talks through, and the stage's
 * loading progress (a DOM event the canvas sends and the dialogue shows, so neither imports the other).
 */
export { TypedEmitter, type EventMap, type Handler } from './emitter.ts';
export {
  STAGE_PROGRESS_EVENT,
  progressPercent,
  lastStageProgress,
  emitStageProgress,
  onStageProgress,
  type StageProgress,
} from './stage-progress.ts';
