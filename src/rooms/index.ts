/**
 * Workshop rooms' shared core: the room state machine, what each side may see, and the message
 * protocol. Pure TypeScript, used by the room server (server/) and by the browser (the Workshop screens
 * and the hand-count mode, which runs this machine locally with no server). See docs/rooms.md.
 */
export * from './state.ts';
export {
  ROOM_ERROR_CODES,
  applyEvent,
  countVotes,
  createRoom,
  decisionsOf,
  expiresAt,
  handCountRoom,
  isExpired,
  majorityOf,
  replay,
  votedCount,
  votingOpen,
  type ApplyResult,
  type RoomError,
  type RoomErrorCode,
} from './machine.ts';
export {
  viewOf,
  type CountdownView,
  type OptionView,
  type ParticipantEntry,
  type Role,
  type RoomView,
  type RoundView,
} from './view.ts';
export * from './protocol.ts';
export { agreementOf, roomMoments } from './moments.ts';
export {
  RoomConnection,
  type Answer,
  type ConnectionOptions,
  type ConnectionStatus,
  type Entry,
  type SocketLike,
} from './connection.ts';
