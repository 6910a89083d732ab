/**
 * Merging two copies of one profile: what a tab does when it finds that another tab (or an imported
 * file) changed the profile since it last read it. The merge is state-based and needs no common
 * ancestor: attempts are never edited, so their union is always right; every other field carries the
 * time it changed and the later change wins. Ties break on content, so merge(a, b) equals merge(b, a)
 * and merging a copy into itself changes nothing; two tabs that keep merging therefore settle on the
 * same profile instead of bouncing writes back and forth.
 */
import type { Attempt, MemoryEntry, Profile, Run, TipTotals } from './types.ts';
import { maxTotals, normalizeProfile } from './validate.ts';

export function mergeProfiles(a: Profile, b: Profile): Profile {
  if (a.id !== b.id) throw new Error(`cannot merge profile "${a.id}" with "${b.id}"`);

  const byNickname = later(
    a,
    b,
    (p) => p.nicknameAt,
    (p) => p.nickname,
  );

  const attempts = new Map<string, Attempt>();
  for (const x of [...a.attempts, ...b.attempts]) {
    const seen = attempts.get(x.id);
    // The same attempt arrives from both sides nearly every time; comparing is much cheaper than serializing.
    if (seen === undefined || sameData(seen, x)) attempts.set(x.id, seen ?? x);
    else
      attempts.set(
        x.id,
        later(seen, x, (y) => y.endedAt, canonicalJson),
      );
  }

  const best: Record<string, TipTotals> = { ...a.best };
  for (const [scenario, totals] of Object.entries(b.best))
    best[scenario] = maxTotals(best[scenario], totals);

  const memory: Record<string, MemoryEntry> = { ...a.memory };
  for (const [key, entry] of Object.entries(b.memory)) {
    const seen = memory[key];
    memory[key] =
      seen === undefined
        ? entry
        : later(
            seen,
            entry,
            (e) => e.at,
            (e) => canonicalJson(e.value),
          );
  }

  const runs: Record<string, Run> = { ...a.runs };
  for (const [id, run] of Object.entries(b.runs)) {
    const seen = runs[id];
    // Of two copies of one run saved at the same moment, the one further along wins.
    runs[id] = seen === undefined ? run : later(seen, run, (r) => r.updatedAt, runTieBreak);
  }

  return normalizeProfile({
    id: a.id,
    nickname: byNickname.nickname,
    nicknameAt: byNickname.nicknameAt,
    createdAt: Math.min(a.createdAt, b.createdAt),
    attempts: [...attempts.values()],
    best,
    memory,
    runs,
  });
}

/** The one of `x` and `y` with the later time; equal times are settled by comparing `tieBreak`. */
function later<T>(x: T, y: T, time: (v: T) => number, tieBreak: (v: T) => string): T {
  const tx = time(x);
  const ty = time(y);
  if (tx !== ty) return tx > ty ? x : y;
  return tieBreak(x) >= tieBreak(y) ? x : y;
}

function runTieBreak(r: Run): string {
  return String(r.path.length).padStart(8, '0') + canonicalJson(r);
}

/** JSON with object keys sorted: equal data gives equal text, whatever order its keys were set in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Whether two profiles hold the same data. */
export function sameProfile(a: Profile, b: Profile): boolean {
  return sameData(a, b);
}

/** Deep equality of JSON-like data (key order ignored), stopping at the first difference. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  const oa = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameData(oa[k], ob[k]));
}
