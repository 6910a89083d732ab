/**
 * The profiles screen's commands: create, rename, delete and select a learner's profile. Each changes
 * the engine's state, writes it through (`flush`) and tells subscribers.
 */
import { progressEn } from '../i18n/progress-en.ts';
import type { StorageEngine } from './engine.ts';
import { ID_PATTERN, LIMITS, profileKey } from './schema.ts';
import type { Result } from './support.ts';
import type { Profile } from './types.ts';
import { readNickname } from './validate.ts';

/** A profile id nobody here has used, deleted ones included. */
export function freshProfileId(engine: StorageEngine): string {
  return engine.freshId(
    'p',
    (id) => engine.profiles.has(id) || engine.deleted.includes(id),
    ID_PATTERN,
  );
}

export function createProfile(engine: StorageEngine, nickname: string): Result<Profile> {
  const name = checkNickname(nickname);
  if (!name.ok) return name;
  const at = engine.stamp();
  const id = freshProfileId(engine);
  const profile: Profile = {
    id,
    nickname: name.value,
    nicknameAt: at,
    createdAt: at,
    attempts: [],
    best: {},
    memory: {},
    runs: {},
  };
  engine.profiles.set(id, profile);
  engine.order.push(id);
  engine.activeId = id;
  engine.dirty.add(id);
  engine.indexDirty = true;
  engine.flush();
  engine.board.emit({ type: 'profiles' });
  return { ok: true, value: profile };
}

export function renameProfile(
  engine: StorageEngine,
  id: string,
  nickname: string,
): Result<Profile> {
  const p = engine.profiles.get(id);
  if (!p) return { ok: false, message: progressEn.storeErrors.noSuchProfile };
  const name = checkNickname(nickname);
  if (!name.ok) return name;
  const next = { ...p, nickname: name.value, nicknameAt: engine.stamp() };
  engine.update(next);
  engine.indexDirty = true;
  engine.flush();
  engine.board.emit({ type: 'profiles' });
  return { ok: true, value: engine.profiles.get(id) ?? next };
}

export function deleteProfile(engine: StorageEngine, id: string): boolean {
  if (!engine.profiles.has(id)) return false;
  engine.forget(id);
  engine.deleted = [...engine.deleted.filter((d) => d !== id), id].slice(-LIMITS.tombstones);
  engine.indexDirty = true;
  // The index (with the deletion noted) goes first, so a tab that reads the profile key as missing
  // also finds out why.
  engine.flush();
  engine.attemptWrite(profileKey(id), () => engine.backend.removeItem(profileKey(id)));
  engine.board.emit({ type: 'profiles' });
  return true;
}

export function selectProfile(engine: StorageEngine, id: string | null): boolean {
  if (id !== null && !engine.profiles.has(id)) return false;
  engine.activeId = id;
  engine.indexDirty = true;
  engine.flush();
  engine.board.emit({ type: 'profiles' });
  return true;
}

function checkNickname(nickname: string): Result<string> {
  try {
    return { ok: true, value: readNickname(nickname, 'nickname') };
  } catch {
    return { ok: false, message: progressEn.nicknameProblem };
  }
}
