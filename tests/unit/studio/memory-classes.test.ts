/**
 * One rule for a scenario's starting memories, shared by the build and the Studio: each start's
 * variables as default/set, over every variable any start varies, with the story's own defaults.
 */
import { describe, expect, it } from 'vitest';
import { memoryClasses } from '../../../src/analysis/index.ts';

const r = (min: number, max: number) => ({ min, max });

describe('memoryClasses', () => {
  it('is empty for a story that reads no memory', () => {
    expect(memoryClasses([{ memory: {}, ranges: { 1: r(0, 2) } }], () => false)).toEqual({
      rangesByMemory: [],
      memoryDefaults: {},
    });
  });

  it('names every varied variable in every start, fills missing tips with 0, and keeps defaults', () => {
    const defaults: Record<string, unknown> = { mem_met: false, mem_name: '', mem_odd: null };
    const out = memoryClasses(
      [
        { memory: {}, ranges: { 1: r(-1, 1), 2: r(0, 3) } },
        { memory: { mem_met: true }, ranges: { 1: r(0, 2) } },
        { memory: { mem_name: 'someone', mem_odd: 1 }, ranges: {} },
      ],
      (name) => defaults[name],
    );
    expect(out.memoryDefaults).toEqual({ mem_met: false, mem_name: '' });
    expect(out.rangesByMemory.map((m) => m.memory)).toEqual([
      { mem_met: 'default', mem_name: 'default', mem_odd: 'default' },
      { mem_met: 'set', mem_name: 'default', mem_odd: 'default' },
      { mem_met: 'default', mem_name: 'set', mem_odd: 'set' },
    ]);
    expect(out.rangesByMemory[0]?.ranges).toEqual({
      1: r(-1, 1),
      2: r(0, 3),
      3: r(0, 0),
      4: r(0, 0),
      5: r(0, 0),
    });
    expect(out.rangesByMemory[2]?.ranges[5]).toEqual(r(0, 0));
  });
});
