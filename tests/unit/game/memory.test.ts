import { describe, expect, it } from 'vitest';
import {
  InMemoryStore,
  declaredMemory,
  memoryFor,
  sanitizeMemory,
  writtenMemory,
} from '../../../src/game/index.ts';
import { PARTY, scenarioFrom } from './fixtures.ts';

describe('memory', () => {
  it('finds the mem_* variables a compiled story declares', () => {
    const { json } = scenarioFrom(PARTY);
    expect(declaredMemory(json).sort()).toEqual(['mem_met_ann', 'mem_name']);
    expect(memoryFor(json, { mem_name: 'Zoe', mem_x: 1 })).toEqual({ mem_name: 'Zoe' });
  });

  it('never hands a story back the memory it writes itself, unless it says remember:', () => {
    const story = (header: string) =>
      scenarioFrom(`# title: Replay
${header}VAR mem_promised = ""
VAR mem_met = false
{ mem_promised != "": You promised {mem_promised}. }
{ mem_met: You met before. }
* [Promise # tip3 +1 # why: x]
  ~ mem_promised = "Els"
- Done. # ending: done
-> END
`).json;
    const remembered = { mem_promised: 'Els', mem_met: true };
    expect(writtenMemory(story(''))).toEqual(['mem_promised']);
    // Written here: a replay starts from the story's own default; only read here: remembered.
    expect(memoryFor(story(''), remembered)).toEqual({ mem_met: true });
    expect(memoryFor(story('# remember: mem_promised\n'), remembered)).toEqual(remembered);
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

  it('asks the one mem_ rule: word characters, at most 80 after the prefix', () => {
    const long = `mem_${'x'.repeat(80)}`;
    expect(sanitizeMemory({ [long]: 1, [`${long}y`]: 2, 'mem_a-b': 3, mem_é: 4 })).toEqual({
      [long]: 1,
    });
  });
});
