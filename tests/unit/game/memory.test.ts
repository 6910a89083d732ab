import { describe, expect, it } from 'vitest';
import {
  InMemoryStore,
  WebStorageMemoryStore,
  declaredMemory,
  memoryFor,
  sanitizeMemory,
} from '../../../src/game/index.ts';
import { PARTY, scenarioFrom } from './fixtures.ts';

/** A Storage stand-in over a Map; `broken` makes every access throw, as a blocked storage does. */
function fakeStorage(broken = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem(key: string) {
      if (broken) throw new Error('blocked');
      return map.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (broken) throw new Error('blocked');
      map.set(key, value);
    },
  };
}

describe('memory', () => {
  it('finds the mem_* variables a compiled story declares', () => {
    const { json } = scenarioFrom(PARTY);
    expect(declaredMemory(json).sort()).toEqual(['mem_met_ann', 'mem_name']);
    expect(memoryFor(json, { mem_name: 'Zoe', mem_x: 1 })).toEqual({ mem_name: 'Zoe' });
  });

  it('keeps only mem_* names with plain values', () => {
    expect(
      sanitizeMemory({ mem_a: 1, mem_b: 'x', mem_c: true, mem_d: {}, other: 1, mem_: 2 }),
    ).toEqual({ mem_a: 1, mem_b: 'x', mem_c: true });
    expect(sanitizeMemory('junk')).toEqual({});
    expect(sanitizeMemory([1])).toEqual({});
  });

  it('merges saves in memory', () => {
    const store = new InMemoryStore({ mem_a: 1 });
    store.save({ mem_b: 'two' });
    store.save({ mem_a: 3 });
    expect(store.load()).toEqual({ mem_a: 3, mem_b: 'two' });
  });

  it('persists to web storage and reads it back in a new store', () => {
    const storage = fakeStorage();
    new WebStorageMemoryStore(storage, 'k').save({ mem_a: true });
    expect(new WebStorageMemoryStore(storage, 'k').load()).toEqual({ mem_a: true });
  });

  it('survives corrupt and blocked storage', () => {
    const corrupt = fakeStorage();
    corrupt.map.set('k', '{not json');
    expect(new WebStorageMemoryStore(corrupt, 'k').load()).toEqual({});
    const blocked = new WebStorageMemoryStore(fakeStorage(true), 'k');
    blocked.save({ mem_a: 'kept for this page' });
    expect(blocked.load()).toEqual({ mem_a: 'kept for this page' });
  });
});
