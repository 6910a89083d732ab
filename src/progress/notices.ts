/**
 * The notices the store raises, with their plain-English messages in one place so the wording stays
 * consistent and a translator finds every sentence here. Messages speak to the learner: what happened,
 * what still works, what they can do.
 */
import type { Notice, RecordKind } from './types.ts';

const WHAT: Record<RecordKind, string> = {
  profile: 'A saved profile',
  index: 'The list of profiles',
  settings: 'Your settings',
  legacy: 'A save from an earlier version of Mingle',
  quarantine: 'A set-aside record',
};

export function damagedRecord(
  key: string,
  record: RecordKind,
  detail: string,
  quarantineKey: string | null,
  repaired: boolean,
): Notice {
  const what = WHAT[record];
  const kept = quarantineKey
    ? 'The damaged data was set aside; you can export it from the profiles screen.'
    : 'There was no room to set the damaged data aside, so it was left where it was, untouched: nothing is written over it until there is room, and your latest progress is kept only until you close this page. Export your profile from the profiles screen to keep a copy.';
  const outcome =
    record === 'profile'
      ? repaired
        ? 'Everything that could be read was kept.'
        : 'It could not be read, so it is not listed. Other profiles are unaffected.'
      : record === 'settings'
        ? 'Damaged settings went back to their defaults.'
        : record === 'index'
          ? 'The list was rebuilt from the profiles themselves.'
          : repaired
            ? 'Everything that could be read was kept.'
            : 'It could not be read.';
  return {
    kind: 'damaged-record',
    key,
    record,
    quarantineKey,
    detail,
    repaired,
    message: `${what} was damaged (${detail}). ${outcome} ${kept}`,
  };
}

export function profileMissing(profileId: string, nickname: string): Notice {
  return {
    kind: 'profile-missing',
    profileId,
    nickname,
    message: `The profile “${nickname}” is no longer in this browser's storage (the browser may have cleared it). If you exported it, import the file to bring it back.`,
  };
}

export function storageFull(key: string): Notice {
  return {
    kind: 'storage-full',
    key,
    message:
      "This browser's storage is full, so your latest progress is kept only until you close this page. Free some space (or export your profile) and it will be saved again.",
  };
}

export function storageUnavailable(detail: string): Notice {
  return {
    kind: 'storage-unavailable',
    detail,
    message:
      'This browser does not let Mingle save anything, so progress lasts only until you close this page. Export your profile before leaving to keep it.',
  };
}

export function writeFailed(key: string, detail: string): Notice {
  return {
    kind: 'write-failed',
    key,
    detail,
    message: `Your progress could not be saved just now (${detail}). The game goes on; Mingle will try again at your next step.`,
  };
}

export function migrated(from: number, to: number): Notice {
  return {
    kind: 'migrated',
    from,
    to,
    message: 'Your progress from an earlier version of Mingle has been carried over.',
  };
}

export function deletedElsewhere(profileId: string, nickname: string): Notice {
  return {
    kind: 'deleted-elsewhere',
    profileId,
    nickname,
    message: `The profile “${nickname}” was deleted in another window.`,
  };
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
