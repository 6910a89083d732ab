/**
 * The debrief a tab keeps for a reload of its address (src/ui/kept-debrief.ts): read back only for
 * the same scenario, language and story version; damaged data is simply not there; a damaged path or
 * memory costs "replay from here" but never the debrief; full storage loses nothing else.
 */
import { describe, expect, it } from 'vitest';
import { DEBRIEF_KEY, keepDebrief, keptDebriefOf } from '../../../src/ui/kept-debrief.ts';
import type { PlayResult } from '../../../src/ui/context.ts';
import type { ScenarioInfo } from '../../../src/story/index.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const info = {
  id: 'hard-seller',
  lang: 'nl',
  version: 'v1',
  meta: { title: 'De harde verkoper' },
} as unknown as ScenarioInfo;

const result: PlayResult = {
  info,
  debrief: { tips: [], overall: null, moments: [] },
  ending: 'warm',
  startedAt: 1_700_000_000_000,
  path: [0, 2, 1],
  startMemory: { mem_met_kurt: true },
};

describe('the kept debrief', () => {
  it('reads back the same result, path and starting memory included', () => {
    const storage = memoryStorage();
    keepDebrief(storage, result);
    expect(keptDebriefOf(storage, info)).toEqual(result);
  });

  it('is not the debrief of another scenario, language or story version', () => {
    const storage = memoryStorage();
    keepDebrief(storage, result);
    expect(keptDebriefOf(storage, { ...info, id: 'secretary-call' })).toBeNull();
    expect(keptDebriefOf(storage, { ...info, lang: 'en' })).toBeNull();
    expect(keptDebriefOf(storage, { ...info, version: 'v2' })).toBeNull();
  });

  it('is simply not there when the stored data is damaged', () => {
    const storage = memoryStorage();
    for (const raw of ['{', 'null', '[]', '"text"', JSON.stringify({ scenario: 'hard-seller' })]) {
      storage.data.set(DEBRIEF_KEY, raw);
      expect(keptDebriefOf(storage, info)).toBeNull();
    }
    expect(keptDebriefOf(null, info)).toBeNull();
  });

  it('keeps the debrief without "replay from here" when its path or memory is damaged', () => {
    const storage = memoryStorage();
    keepDebrief(storage, result);
    const kept = JSON.parse(storage.data.get(DEBRIEF_KEY) ?? '{}') as Record<string, unknown>;
    storage.data.set(DEBRIEF_KEY, JSON.stringify({ ...kept, path: [0, -1, 'x'] }));
    const back = keptDebriefOf(storage, info);
    expect(back?.debrief).toEqual(result.debrief);
    expect(back?.path).toBeUndefined();
    expect(back?.startMemory).toBeUndefined();
    // Memory is kept only in its well-formed entries.
    storage.data.set(
      DEBRIEF_KEY,
      JSON.stringify({ ...kept, startMemory: { mem_met_kurt: true, __proto__x: 1, other: {} } }),
    );
    expect(keptDebriefOf(storage, info)?.startMemory).toEqual({ mem_met_kurt: true });
  });

  it('loses nothing else when the tab storage is full or blocked', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => keepDebrief(full, result)).not.toThrow();
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(keptDebriefOf(blocked, info)).toBeNull();
  });
});
