/**
 * Playing: the run in progress (started, resumed, a choice saved at every step) and how it ends, as a
 * completed or abandoned attempt in the history, with best scores and memory updated.
 */
import { progressEn } from '../i18n/progress-en.ts';
import type { StorageEngine } from './engine.ts';
import { canonicalJson } from './merge.ts';
import { ID_PATTERN, LIMITS } from './schema.ts';
import { errorText, type Result } from './support.ts';
import type {
  Attempt,
  MemoryEntry,
  MemoryValue,
  MemoryValues,
  Pressure,
  Profile,
  Run,
  TipTotals,
} from './types.ts';
import {
  ShapeError,
  isMemoryName,
  readLang,
  readMemoryValue,
  readScenarioId,
  readText,
  readTotals,
  readVersion,
} from './validate.ts';

export interface StartRunOptions {
  readonly scenario: string;
  readonly lang: string;
  /** ScenarioInfo.version of the story being played. */
  readonly version: string;
  /** The memory the story starts with; the profile's memory when omitted. */
  readonly memory?: MemoryValues;
}

export interface FinishRunOptions {
  /** The ending's id, from the line tagged `ending:`; null if the story named none. */
  readonly ending: string | null;
  readonly totals: TipTotals;
  /** The story's `mem_*` variables as they stand at the end. */
  readonly memory?: MemoryValues;
}

const words = progressEn.storeErrors;

/** The active profile's memory as plain values, ready to hand to a story. */
export function memoryValues(engine: StorageEngine): MemoryValues {
  const p = engine.active();
  if (!p) return {};
  return Object.fromEntries(Object.entries(p.memory).map(([k, e]) => [k, e.value]));
}

/** This tab stops playing its live run (kept for later): it stays saved, and startRun leaves it be. */
export function setAsideRun(engine: StorageEngine): void {
  const p = engine.active();
  if (p) engine.liveRuns.delete(p.id);
}

/** The active profile's most recently saved run. */
export function savedRun(engine: StorageEngine): Run | null {
  const p = engine.active();
  if (!p) return null;
  const runs = Object.values(p.runs).sort((a, b) => b.updatedAt - a.updatedAt);
  return runs[0] ?? null;
}

export function startRun(
  engine: StorageEngine,
  options: StartRunOptions,
  abandonTotals: TipTotals | null,
): Result<Run> {
  const p = engine.active();
  if (!p) return { ok: false, message: words.chooseProfile };
  let scenario: string, lang: string, version: string;
  const memory: Record<string, MemoryValue> = {};
  try {
    scenario = readScenarioId(options.scenario, 'scenario');
    lang = readLang(options.lang, 'lang');
    version = readVersion(options.version, 'version');
    for (const [k, v] of Object.entries(options.memory ?? memoryValues(engine))) {
      if (isMemoryName(k)) memory[k] = readMemoryValue(v, k);
    }
  } catch (e) {
    return { ok: false, message: e instanceof ShapeError ? e.message : errorText(e) };
  }
  const previous = engine.liveRuns.get(p.id);
  if (previous !== undefined) abandonRun(engine, previous, abandonTotals);
  const at = engine.stamp();
  const run: Run = {
    id: freshRunId(engine, p),
    scenario,
    lang,
    version,
    memory,
    path: [],
    startedAt: at,
    updatedAt: at,
  };
  const current = engine.active() ?? p;
  engine.update({ ...current, runs: { ...current.runs, [run.id]: run } });
  engine.liveRuns.set(p.id, run.id);
  engine.flush();
  return { ok: true, value: run };
}

export function resumeRun(engine: StorageEngine, runId: string): Run | null {
  const p = engine.active();
  const run = p?.runs[runId];
  if (!p || !run) return null;
  engine.liveRuns.set(p.id, run.id);
  return run;
}

/** Saves a choice of the live run; `pressure` when it was made on a timed choice point. */
export function recordChoice(
  engine: StorageEngine,
  choiceIndex: number,
  pressure?: Pressure,
): Result<Run> {
  if (!Number.isInteger(choiceIndex) || choiceIndex < 0 || choiceIndex > LIMITS.choiceIndex) {
    return { ok: false, message: words.notChoiceIndex(choiceIndex) };
  }
  const live = liveRun(engine);
  if (!live) return { ok: false, message: words.noRun };
  const { profile, run } = live;
  if (run.path.length >= LIMITS.pathLength) return { ok: false, message: words.runTooLong };
  const marks = pressure
    ? [...(run.pressure ?? []), { step: run.path.length, pressure }]
    : run.pressure;
  const next: Run = {
    ...run,
    path: [...run.path, choiceIndex],
    ...(marks ? { pressure: marks } : {}),
    updatedAt: engine.stamp(),
  };
  engine.update({ ...profile, runs: { ...profile.runs, [run.id]: next } });
  engine.flush();
  return { ok: true, value: next };
}

export function finishRun(engine: StorageEngine, options: FinishRunOptions): Result<Attempt> {
  const live = liveRun(engine);
  if (!live) return { ok: false, message: words.noRun };
  let totals: TipTotals;
  let ending: string | null;
  try {
    totals = readTotals(options.totals, 'totals');
    ending = options.ending === null ? null : readText(options.ending, 'ending');
  } catch (e) {
    return { ok: false, message: e instanceof ShapeError ? e.message : errorText(e) };
  }
  const { profile, run } = live;
  const at = engine.stamp();
  const attempt = attemptOf(run, at, 'completed', ending, totals);
  const memory = rememberChanges(profile.memory, run.memory, options.memory ?? {}, at);
  const runs = { ...profile.runs };
  delete runs[run.id];
  engine.update({ ...profile, attempts: [...profile.attempts, attempt], memory, runs });
  engine.liveRuns.delete(profile.id);
  engine.flush();
  return { ok: true, value: attempt };
}

export function abandonRun(
  engine: StorageEngine,
  runId: string,
  totals: TipTotals | null,
): Attempt | null {
  for (const profile of engine.profiles.values()) {
    const run = profile.runs[runId];
    if (!run) continue;
    let checked: TipTotals | null;
    try {
      checked = totals === null ? null : readTotals(totals, 'totals');
    } catch {
      checked = null;
    }
    const attempt = attemptOf(run, engine.stamp(), 'abandoned', null, checked);
    const runs = { ...profile.runs };
    delete runs[run.id];
    engine.update({ ...profile, attempts: [...profile.attempts, attempt], runs });
    if (engine.liveRuns.get(profile.id) === runId) engine.liveRuns.delete(profile.id);
    engine.flush();
    return attempt;
  }
  return null;
}

export function saveMemory(engine: StorageEngine, values: MemoryValues): void {
  const p = engine.active();
  if (!p) return;
  const before = liveRun(engine)?.run.memory ?? memoryValues(engine);
  const memory = rememberChanges(p.memory, before, values, engine.stamp());
  if (canonicalJson(memory) === canonicalJson(p.memory)) return;
  engine.update({ ...p, memory });
  engine.flush();
}

function liveRun(engine: StorageEngine): { profile: Profile; run: Run } | null {
  const profile = engine.active();
  if (!profile) return null;
  const runId = engine.liveRuns.get(profile.id);
  const run = runId === undefined ? undefined : profile.runs[runId];
  return run ? { profile, run } : null;
}

function freshRunId(engine: StorageEngine, p: Profile): string {
  return engine.freshId(
    'r',
    (id) => p.runs[id] !== undefined || p.attempts.some((a) => a.id === id),
    ID_PATTERN,
  );
}

/**
 * Only values a story changed are remembered with a new time; values it merely read keep theirs, so a
 * run does not undo what another tab's scenario changed meanwhile. Invalid names and values are skipped.
 */
function rememberChanges(
  memory: Readonly<Record<string, MemoryEntry>>,
  atStart: MemoryValues,
  atEnd: MemoryValues,
  at: number,
): Record<string, MemoryEntry> {
  const out: Record<string, MemoryEntry> = { ...memory };
  for (const [key, value] of Object.entries(atEnd)) {
    if (!isMemoryName(key)) continue;
    let v: MemoryValue;
    try {
      v = readMemoryValue(value, key);
    } catch {
      continue;
    }
    if (v !== atStart[key] || out[key] === undefined) out[key] = { value: v, at };
  }
  return out;
}

/** A run turned into an attempt: it keeps the run's id, which is how tabs agree that it has ended. */
function attemptOf(
  run: Run,
  at: number,
  status: Attempt['status'],
  ending: string | null,
  totals: Attempt['totals'],
): Attempt {
  return {
    id: run.id,
    scenario: run.scenario,
    lang: run.lang,
    version: run.version,
    startedAt: run.startedAt,
    endedAt: Math.max(at, run.startedAt),
    status,
    ending,
    totals,
    path: run.path,
    // Kept only when there is something to keep, so attempts of stories without memory stay as before.
    ...(Object.keys(run.memory).length > 0 ? { memory: run.memory } : {}),
    ...(run.pressure && run.pressure.length > 0 ? { pressure: run.pressure } : {}),
  };
}
