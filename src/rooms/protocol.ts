/**
 * Every message between a room's clients and the room server, as zod schemas: the server parses each
 * incoming frame with `parseClientMessage` (size cap first, then the schema; unknown fields are refused),
 * and clients may check what they receive with `ServerMessage`. One JSON object per WebSocket text frame.
 * docs/rooms.md walks through a session.
 */
import { z } from './zod.ts';
import { ROOM_ERROR_CODES } from './machine.ts';
import { ROOM_LANGS, ROOM_LIMITS } from './state.ts';
import type { ChoicePoint } from './state.ts';
import type { RoomView } from './view.ts';

/** The WebSocket path on the game's own origin. */
export const ROOMS_PATH = '/rooms';

/** The largest frame a client may send; the server closes the connection on anything bigger. */
export const MAX_CLIENT_MESSAGE_BYTES = 32 * 1024;

/**
 * Join codes: six characters from 32 that cannot be mistaken for each other (no I, O, 0, 1): about
 * 10^9 codes, and the server limits failed attempts (docs/rooms.md). Typed in any case, with spaces
 * or a dash; `normalizeCode` makes the canonical form.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isCode(value: string): boolean {
  return CODE_RE.test(value);
}

/** Secrets (the facilitator's token, a phone's token): 32 random bytes in base64url. */
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

// Control characters, bidirectional overrides and isolates: a nickname is shown as plain text on the
// projector, and none of these may reorder or hide what is around it.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A nickname as the room shows it: trimmed, one space between words, at most 24 characters; or none. */
export function cleanNickname(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(UNSAFE_CHARS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const chars = Array.from(text).slice(0, ROOM_LIMITS.nickname).join('').trim();
  return chars === '' ? null : chars;
}

const Rid = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .optional();
const Code = z
  .string()
  .max(32)
  .transform(normalizeCode)
  .refine(isCode, { message: 'not a join code' });
const Token = z.string().regex(TOKEN_RE);
const Nickname = z
  .string()
  .max(ROOM_LIMITS.nickname * 4)
  .nullable()
  .optional()
  .transform((v) => cleanNickname(v));
const ChoicePointId = z.string().min(1).max(ROOM_LIMITS.choicePointId);
const OptionIndex = z.number().int().min(0).max(999);
const Effect = z.number().int().min(-ROOM_LIMITS.effect).max(ROOM_LIMITS.effect).optional();

export const TipEffectsSchema = z.strictObject({
  1: Effect,
  2: Effect,
  3: Effect,
  4: Effect,
  5: Effect,
});

export const ScenarioRefSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(ROOM_LIMITS.scenarioId)
    .regex(/^[a-z0-9][a-z0-9-]*$/),
  lang: z.enum(ROOM_LANGS),
});

export const ChoicePointSchema = z.strictObject({
  id: ChoicePointId,
  prompt: z.string().max(ROOM_LIMITS.prompt),
  options: z
    .array(
      z.strictObject({
        index: OptionIndex,
        text: z.string().min(1).max(ROOM_LIMITS.optionText),
        effects: TipEffectsSchema,
        why: z.string().max(ROOM_LIMITS.why).nullable(),
      }),
    )
    .min(1)
    .max(ROOM_LIMITS.options),
  discuss: z.string().max(ROOM_LIMITS.discuss).nullable(),
}) satisfies z.ZodType<ChoicePoint>;

/** Before a connection has a role it may create a room, host one (facilitator) or join one (phone). */
const Create = z.strictObject({
  type: z.literal('create'),
  rid: Rid,
  scenario: ScenarioRefSchema,
  title: z.string().max(ROOM_LIMITS.title).nullable().optional(),
});
const Host = z.strictObject({ type: z.literal('host'), rid: Rid, code: Code, token: Token });
const Join = z.strictObject({
  type: z.literal('join'),
  rid: Rid,
  code: Code,
  /** The token this phone got when it first joined this room: rejoining keeps its place and vote. */
  token: Token.optional(),
  nickname: Nickname,
});
const Ping = z.strictObject({ type: z.literal('ping'), rid: Rid });

/** Facilitator only. */
const Present = z.strictObject({ type: z.literal('present'), rid: Rid, point: ChoicePointSchema });
const CountdownMsg = z.strictObject({
  type: z.literal('countdown'),
  rid: Rid,
  action: z.enum(['start', 'pause', 'resume', 'skip']),
  durationMs: z
    .number()
    .int()
    .min(ROOM_LIMITS.countdownMinMs)
    .max(ROOM_LIMITS.countdownMaxMs)
    .optional(),
});
const Reveal = z.strictObject({
  type: z.literal('reveal'),
  rid: Rid,
  choicePointId: ChoicePointId,
});
const Continue = z.strictObject({
  type: z.literal('continue'),
  rid: Rid,
  choicePointId: ChoicePointId,
  how: z.enum(['majority', 'override']),
  index: OptionIndex.optional(),
});
const JumpMsg = z.strictObject({
  type: z.literal('jump'),
  rid: Rid,
  to: z.string().min(1).max(ROOM_LIMITS.scene),
});
const End = z.strictObject({
  type: z.literal('end'),
  rid: Rid,
  ending: z.string().max(ROOM_LIMITS.ending).nullable(),
});
const Remove = z.strictObject({
  type: z.literal('remove'),
  rid: Rid,
  participantId: z.string().min(1).max(64),
});
const Delete = z.strictObject({ type: z.literal('delete'), rid: Rid });

/** Participant only. */
const Vote = z.strictObject({
  type: z.literal('vote'),
  rid: Rid,
  choicePointId: ChoicePointId,
  index: OptionIndex,
});
const Rename = z.strictObject({ type: z.literal('rename'), rid: Rid, nickname: Nickname });
const Leave = z.strictObject({ type: z.literal('leave'), rid: Rid });

export const ClientMessageSchema = z.discriminatedUnion('type', [
  Create,
  Host,
  Join,
  Ping,
  Present,
  CountdownMsg,
  Reveal,
  Continue,
  JumpMsg,
  End,
  Remove,
  Delete,
  Vote,
  Rename,
  Leave,
]);
export type ClientMessage = z.output<typeof ClientMessageSchema>;
/** What a client writes (before the schema's clean-ups, such as the join code's normal form). */
export type ClientMessageInput = z.input<typeof ClientMessageSchema>;
export type ClientMessageType = ClientMessage['type'];

/** Which messages each kind of connection may send; anything else is answered `forbidden`. */
export const MESSAGES_BY_ROLE = {
  none: ['create', 'host', 'join', 'ping'],
  facilitator: [
    'present',
    'countdown',
    'reveal',
    'continue',
    'jump',
    'end',
    'remove',
    'delete',
    'ping',
  ],
  participant: ['vote', 'rename', 'leave', 'ping'],
} as const satisfies Record<string, readonly ClientMessageType[]>;

export type ParseResult =
  | { readonly ok: true; readonly message: ClientMessage }
  | { readonly ok: false; readonly reason: string; readonly rid?: number };

/** Size cap, JSON, then schema. The reason is short and safe to send back (no echo of the input). */
export function parseClientMessage(frame: string): ParseResult {
  if (frame.length > MAX_CLIENT_MESSAGE_BYTES) return { ok: false, reason: 'message too large' };
  let data: unknown;
  try {
    data = JSON.parse(frame);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = ClientMessageSchema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
  const rid =
    typeof data === 'object' && data !== null && 'rid' in data && typeof data.rid === 'number'
      ? data.rid
      : undefined;
  const reason = `${where}: ${issue?.message ?? 'invalid'}`.slice(0, 200);
  return rid === undefined ? { ok: false, reason } : { ok: false, reason, rid };
}

// ---- Server to client -------------------------------------------------------------------------

/** Why the server stopped talking about a room. */
export const GONE_REASONS = ['deleted', 'expired', 'removed'] as const;
export type GoneReason = (typeof GONE_REASONS)[number];

export type ServerMessage =
  /**
   * The answer to create/host/join. `token` is the secret to keep: the facilitator's (only in the
   * answer to `create`) or this phone's (every join: keep it to rejoin).
   */
  | {
      readonly type: 'welcome';
      readonly rid?: number;
      readonly role: 'facilitator' | 'participant';
      readonly code: string;
      readonly token?: string;
      readonly participantId?: string;
      readonly view: RoomView;
    }
  /** The room changed (anything but a vote count). */
  | { readonly type: 'view'; readonly view: RoomView }
  /** A vote or a join changed the counts; cheaper than a view. */
  | {
      readonly type: 'count';
      readonly choicePointId: string | null;
      readonly voted: number;
      readonly participants: number;
      readonly rev: number;
    }
  /** The request `rid` is done and stored: it survives a server crash from now on. */
  | { readonly type: 'ack'; readonly rid: number; readonly rev: number }
  | {
      readonly type: 'error';
      readonly rid?: number;
      readonly code: (typeof ROOM_ERROR_CODES)[number];
      readonly message: string;
    }
  | { readonly type: 'gone'; readonly reason: GoneReason }
  | { readonly type: 'pong'; readonly rid?: number; readonly now: number };

/**
 * A light check of what the server sends, for clients: the envelope and the fields a client acts on.
 * Views are built by our own server, so they are checked for shape, not re-validated field by field.
 */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    rid: z.number().optional(),
    role: z.enum(['facilitator', 'participant']),
    code: z.string(),
    token: z.string().optional(),
    participantId: z.string().optional(),
    view: z.object({ role: z.enum(['facilitator', 'participant']), rev: z.number() }).loose(),
  }),
  z.object({
    type: z.literal('view'),
    view: z.object({ role: z.enum(['facilitator', 'participant']), rev: z.number() }).loose(),
  }),
  z.object({
    type: z.literal('count'),
    choicePointId: z.string().nullable(),
    voted: z.number(),
    participants: z.number(),
    rev: z.number(),
  }),
  z.object({ type: z.literal('ack'), rid: z.number(), rev: z.number() }),
  z.object({
    type: z.literal('error'),
    rid: z.number().optional(),
    code: z.enum(ROOM_ERROR_CODES),
    message: z.string(),
  }),
  z.object({ type: z.literal('gone'), reason: z.enum(GONE_REASONS) }),
  z.object({ type: z.literal('pong'), rid: z.number().optional(), now: z.number() }),
]);

/** Parses a frame from the server; null when it is not one of ours. */
export function parseServerMessage(frame: string): ServerMessage | null {
  try {
    const parsed = ServerMessageSchema.safeParse(JSON.parse(frame));
    return parsed.success ? (parsed.data as ServerMessage) : null;
  } catch {
    return null;
  }
}
