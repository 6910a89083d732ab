/**
 * The notices the store raises. Their words live in src/i18n/ (progress-en.ts and its twins): each
 * notice carries an English `message` for callers without a dictionary, and `noticeMessage` words any
 * notice in any dictionary, which is what the UI's banner shows. Messages speak to the learner: what
 * happened, what still works, what they can do.
 */
import { progressEn } from '../i18n/progress-en.ts';
import type { Notice, RecordKind } from './types.ts';

/** The progress words of one language (progress-en.ts is the reference shape). */
export type ProgressWords = typeof progressEn;

/** A notice without its words. */
type Unworded = Notice extends infer N ? (N extends Notice ? Omit<N, 'message'> : never) : never;

/** Which outcome sentence a damaged-record notice takes. */
export function damagedOutcome(
  record: RecordKind,
  repaired: boolean,
): keyof ProgressWords['damagedOutcome'] {
  if (record === 'profile') return repaired ? 'profileRepaired' : 'profileLost';
  if (record === 'settings') return 'settings';
  if (record === 'index') return 'index';
  return repaired ? 'otherRepaired' : 'otherLost';
}

/** A notice in the words of `w` (the UI passes the player's dictionary). */
export function noticeMessage(w: ProgressWords, notice: Unworded): string {
  switch (notice.kind) {
    case 'damaged-record':
      return w.damagedRecord(
        w.records[notice.record],
        w.damagedOutcome[damagedOutcome(notice.record, notice.repaired)],
        notice.quarantineKey !== null,
      );
    case 'profile-missing':
      return w.profileMissing(notice.nickname);
    case 'storage-full':
      return w.storageFull;
    case 'storage-unavailable':
      return w.storageUnavailable;
    case 'write-failed':
      return w.writeFailed;
    case 'migrated':
      return w.migrated;
    case 'deleted-elsewhere':
      return w.deletedElsewhere(notice.nickname);
  }
}

function worded<N extends Unworded>(notice: N): N & { readonly message: string } {
  return { ...notice, message: noticeMessage(progressEn, notice) };
}

export function damagedRecord(
  key: string,
  record: RecordKind,
  detail: string,
  quarantineKey: string | null,
  repaired: boolean,
): Notice {
  return worded({ kind: 'damaged-record', key, record, quarantineKey, detail, repaired });
}

export function profileMissing(profileId: string, nickname: string): Notice {
  return worded({ kind: 'profile-missing', profileId, nickname });
}

export function storageFull(key: string): Notice {
  return worded({ kind: 'storage-full', key });
}

export function storageUnavailable(detail: string): Notice {
  return worded({ kind: 'storage-unavailable', detail });
}

export function writeFailed(key: string, detail: string): Notice {
  return worded({ kind: 'write-failed', key, detail });
}

export function migrated(from: number, to: number): Notice {
  return worded({ kind: 'migrated', from, to });
}

export function deletedElsewhere(profileId: string, nickname: string): Notice {
  return worded({ kind: 'deleted-elsewhere', profileId, nickname });
}

/** Two notices that say the same thing about the same key: shown once, not once per choice. */
export function sameNotice(a: Notice, b: Notice): boolean {
  if (a.kind !== b.kind) return false;
  // One "storage is full" is enough, whichever key hit the quota first.
  if (a.kind === 'storage-full' || a.kind === 'storage-unavailable' || a.kind === 'migrated')
    return true;
  if (a.kind === 'damaged-record' && b.kind === 'damaged-record') {
    return a.key === b.key && a.quarantineKey === b.quarantineKey;
  }
  if ('key' in a && 'key' in b) return a.key === b.key;
  if ('profileId' in a && 'profileId' in b) return a.profileId === b.profileId;
  return a.message === b.message;
}
