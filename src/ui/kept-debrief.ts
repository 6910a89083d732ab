/**
 * The debrief a tab showed last, kept in the tab's own storage (sessionStorage) so that a reload of
 * its address (`#/debrief/<scenario>?lang=…`) shows it again. Only the result is kept, without its
 * scenario, which the catalogue gives; a kept debrief of another scenario, language or story version
 * is not this address's. What is read back is checked like any stored data: a damaged entry is
 * simply not there, and a damaged path or memory only costs "replay from here", never the debrief.
 */
import { sanitizeMemory } from '../game/index.ts';
import type { ScenarioInfo } from '../story/index.ts';
import type { PlayResult } from './context.ts';

/** Where a tab keeps the debrief it showed last. */
export const DEBRIEF_KEY = 'mingle.debrief';

export type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;

interface KeptDebrief {
  readonly scenario: string;
  readonly lang: string;
  readonly version: string;
  readonly debrief: PlayResult['debrief'];
  readonly ending: string | null;
  readonly startedAt: number | null;
  /** The choices taken and the starting memory: "replay from here" needs them after a reload too. */
  readonly path?: readonly number[];
  readonly startMemory?: PlayResult['startMemory'];
}

/** Keeps `result` for this tab. Full or blocked storage only means a reload will say it is gone. */
export function keepDebrief(storage: TabStorage | null | undefined, result: PlayResult): void {
  const kept: KeptDebrief = {
    scenario: result.info.id,
    lang: result.info.lang,
    version: result.info.version,
    debrief: result.debrief,
    ending: result.ending,
    startedAt: result.startedAt ?? null,
    ...(result.path && result.startMemory
      ? { path: result.path, startMemory: result.startMemory }
      : {}),
  };
  try {
    storage?.setItem(DEBRIEF_KEY, JSON.stringify(kept));
  } catch {
    // Nothing else is lost: the debrief's address will say it is no longer here.
  }
}

/**
 * The kept debrief as a result of `info` (the scenario an address names, as the catalogue has it),
 * or null when this tab kept none for it: another scenario, language or version, or damaged data.
 */
export function keptDebriefOf(
  storage: TabStorage | null | undefined,
  info: ScenarioInfo,
): PlayResult | null {
  const kept = read(storage);
  if (
    !kept ||
    kept.scenario !== info.id ||
    kept.lang !== info.lang ||
    kept.version !== info.version
  )
    return null;
  return {
    info,
    debrief: kept.debrief,
    ending: kept.ending,
    ...(kept.startedAt === null ? {} : { startedAt: kept.startedAt }),
    ...(kept.path && kept.startMemory ? { path: kept.path, startMemory: kept.startMemory } : {}),
  };
}

function read(storage: TabStorage | null | undefined): KeptDebrief | null {
  try {
    const raw = storage?.getItem(DEBRIEF_KEY);
    const kept = raw ? (JSON.parse(raw) as Partial<KeptDebrief> | null) : null;
    if (
      !kept ||
      typeof kept !== 'object' ||
      typeof kept.scenario !== 'string' ||
      typeof kept.lang !== 'string' ||
      typeof kept.version !== 'string' ||
      typeof kept.debrief !== 'object' ||
      kept.debrief === null ||
      !Array.isArray(kept.debrief.tips) ||
      !Array.isArray(kept.debrief.moments) ||
      (kept.ending !== null && typeof kept.ending !== 'string') ||
      (kept.startedAt !== null && typeof kept.startedAt !== 'number')
    )
      return null;
    const { path, startMemory, ...rest } = kept as KeptDebrief;
    const pathOk =
      Array.isArray(path) && path.every((n: unknown) => Number.isInteger(n) && (n as number) >= 0);
    if (!pathOk || typeof startMemory !== 'object' || startMemory === null) return rest;
    return { ...rest, path, startMemory: sanitizeMemory(startMemory) };
  } catch {
    // Blocked or damaged tab storage: the debrief is simply not here any more.
    return null;
  }
}
