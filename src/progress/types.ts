/**
 * The progress domain's own vocabulary: learners' profiles, their attempts, an unfinished run, device
 * settings, and the notices the store raises when storage misbehaves. These are the shapes held in
 * memory and (with a schema number and a revision added) written to storage; docs/storage.md shows them
 * as stored.
 */
import type { MemoryValue, MemoryValues, PressureMark, TipTotals } from '../vocabulary/index.ts';

export type {
  TipId,
  TipTotals,
  MemoryValue,
  MemoryValues,
  Pressure,
  PressureMark,
} from '../vocabulary/index.ts';

/**
 * One remembered value and when it last changed. The time lets two tabs that each finished a scenario
 * merge their memories key by key instead of one tab's whole memory replacing the other's.
 */
export interface MemoryEntry {
  readonly value: MemoryValue;
  readonly at: number;
}

/** How an attempt ended: played to an ending, or left (restarted, story changed, another scenario). */
export type AttemptStatus = 'completed' | 'abandoned';

/** One play of one scenario, finished or left. Attempts are never edited once written. */
export interface Attempt {
  /** Unique within its profile; two tabs' histories merge by this id. */
  readonly id: string;
  readonly scenario: string;
  readonly lang: string;
  /** The story version the attempt was played against (ScenarioInfo.version). */
  readonly version: string;
  /** Milliseconds since the epoch. */
  readonly startedAt: number;
  readonly endedAt: number;
  readonly status: AttemptStatus;
  /** The ending's id for a completed attempt; null when abandoned or when the story named none. */
  readonly ending: string | null;
  /** Per-tip totals at the end; null when an abandoned attempt's scores were unknown. */
  readonly totals: TipTotals | null;
  /** The choice indices taken, in order. */
  readonly path: readonly number[];
  /**
   * The `mem_*` values the story started with (the run's), kept so the debrief can be rebuilt by
   * replaying the path. Absent on attempts written before it was kept, and when the story read none.
   */
  readonly memory?: MemoryValues;
  /**
   * The choices of `path` made under time pressure, in path order (the debrief says so again when it
   * is rebuilt). Absent when none was, and on attempts written before it was kept.
   */
  readonly pressure?: readonly PressureMark[];
}

/** A conversation in progress, saved after every choice so that a reload can come back to it. */
export interface Run {
  /** Becomes the attempt's id when the run ends, which is also how two tabs agree that it ended. */
  readonly id: string;
  readonly scenario: string;
  readonly lang: string;
  readonly version: string;
  /** The memory the story was started with: replaying the path needs the same starting values. */
  readonly memory: MemoryValues;
  readonly path: readonly number[];
  /** The choices of `path` made under time pressure; absent when none was (and on older runs). */
  readonly pressure?: readonly PressureMark[];
  readonly startedAt: number;
  readonly updatedAt: number;
}

/** A learner on this device. */
export interface Profile {
  /** Lowercase letters, digits and dashes; also part of the storage key. */
  readonly id: string;
  readonly nickname: string;
  /** When the nickname was last set: the later rename wins when two tabs merge. */
  readonly nicknameAt: number;
  readonly createdAt: number;
  /** Every attempt, oldest first (by end time, then id). */
  readonly attempts: readonly Attempt[];
  /** Per scenario id, the best total reached on each tip over completed attempts. */
  readonly best: Readonly<Record<string, TipTotals>>;
  /** Cross-scenario memory: `mem_*` ink variables. */
  readonly memory: Readonly<Record<string, MemoryEntry>>;
  /** Runs in progress, by run id (usually none or one; one per tab at most). */
  readonly runs: Readonly<Record<string, Run>>;
}

export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** 'system' follows the operating system's prefers-reduced-motion setting. */
export const MOTION_PREFERENCES = ['system', 'reduce', 'full'] as const;
export type MotionPreference = (typeof MOTION_PREFERENCES)[number];

/**
 * Time pressure for one scenario (issue 15): how long a timed choice point waits. Off is no entry at
 * all; the seconds belong to the UI (src/ui/countdown.ts).
 */
export const TIME_PRESSURES = ['relaxed', 'brisk'] as const;
export type TimePressure = (typeof TIME_PRESSURES)[number];

/** Device-wide settings: one record for everyone who uses this browser. */
export interface Settings {
  /** A BCP 47 language tag such as "en" or "fr". */
  readonly language: string;
  /** 0 (silent) to 1 (full). */
  readonly volume: number;
  readonly muted: boolean;
  readonly textSpeed: TextSpeed;
  readonly textSize: TextSize;
  /** Show the coach's reasons for each choice's effects during play. */
  readonly coachMode: boolean;
  readonly reducedMotion: MotionPreference;
  /**
   * Show the venue and the people behind the dialogue. Off plays the dialogue alone over the painted
   * background: nothing of the stage is fetched or drawn (a weak laptop, a screen reader, a player who
   * would rather read). Records written before it existed read as on.
   */
  readonly pictures: boolean;
  /**
   * Timed choices, per scenario id (the same in every language): off unless the player turned them
   * on for that scenario. Records written before it existed read as off everywhere.
   */
  readonly timePressure: Readonly<Record<string, TimePressure>>;
}

/** What a record in storage was, for notices. */
export type RecordKind = 'profile' | 'index' | 'settings' | 'legacy' | 'quarantine';

/**
 * Something the player should hear about. Every notice carries a plain-English `message` the UI can
 * show as is; `kind` lets the UI pick its own wording, icon or translation instead.
 */
export type Notice =
  | {
      readonly kind: 'damaged-record';
      readonly key: string;
      readonly record: RecordKind;
      /** Where the raw text was set aside; null if even that failed (the original is then left in place). */
      readonly quarantineKey: string | null;
      /** What was wrong, for the curious and for bug reports. */
      readonly detail: string;
      /** True when part of the record was saved (a profile with a damaged attempt keeps the rest). */
      readonly repaired: boolean;
      readonly message: string;
    }
  | {
      readonly kind: 'profile-missing';
      readonly profileId: string;
      readonly nickname: string;
      readonly message: string;
    }
  | { readonly kind: 'storage-full'; readonly key: string; readonly message: string }
  | { readonly kind: 'storage-unavailable'; readonly detail: string; readonly message: string }
  | {
      readonly kind: 'write-failed';
      readonly key: string;
      readonly detail: string;
      readonly message: string;
    }
  | {
      readonly kind: 'migrated';
      readonly from: number;
      readonly to: number;
      readonly message: string;
    }
  | {
      readonly kind: 'deleted-elsewhere';
      readonly profileId: string;
      readonly nickname: string;
      readonly message: string;
    };

export type NoticeKind = Notice['kind'];

/** What changed, for a UI that wants to redraw only what it must. */
export type StoreEvent =
  | { readonly type: 'profiles' }
  | { readonly type: 'profile'; readonly profileId: string }
  | { readonly type: 'settings' }
  | { readonly type: 'notices' };
