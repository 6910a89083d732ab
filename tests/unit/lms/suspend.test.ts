import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../../scripts/ink/scenario.ts';
import { longestSuspend } from '../../../scripts/scorm/longest.ts';
import {
  SCORM12_SUSPEND_LIMIT,
  decodeSuspend,
  encodeSuspend,
  type SuspendState,
} from '../../../src/lms/suspend.ts';

const memoryValue = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 30 }),
);
const state: fc.Arbitrary<SuspendState> = fc.record({
  lang: fc.constantFrom('en', 'nl', 'pt-BR'),
  version: fc.stringMatching(/^[0-9a-f]{12}$/),
  memory: fc.dictionary(fc.stringMatching(/^mem_[a-z_]{1,12}$/), memoryValue, { maxKeys: 6 }),
  path: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 200 }),
});

/** A path with some of its steps made under time pressure. */
const timedState: fc.Arbitrary<SuspendState> = state
  .filter((s) => s.path.length > 0)
  .chain((s) =>
    fc
      .subarray(
        s.path.map((_, step) => step),
        { minLength: 1 },
      )
      .chain((steps) =>
        fc
          .array(fc.constantFrom('timed' as const, 'ran-out' as const), {
            minLength: steps.length,
            maxLength: steps.length,
          })
          .map((kinds) => ({
            ...s,
            pressure: steps.map((step, i) => ({ step, pressure: kinds[i] ?? 'timed' })),
          })),
      ),
  );

describe('suspend_data codec', () => {
  it('reads back the marks of choices made against the clock', () => {
    fc.assert(
      fc.property(timedState, (s) => {
        expect(decodeSuspend(encodeSuspend(s))).toEqual(s);
      }),
    );
    expect(
      encodeSuspend({
        lang: 'en',
        version: 'abc',
        memory: {},
        path: [0, 1, 2, 1],
        pressure: [
          { step: 3, pressure: 'ran-out' },
          { step: 1, pressure: 'timed' },
        ],
      }),
    ).toBe('m1|en|abc||0121|1t,3r');
    // No marks, no field: what older packages wrote still reads, and they read what this writes.
    expect(encodeSuspend({ lang: 'en', version: 'abc', memory: {}, path: [0], pressure: [] })).toBe(
      'm1|en|abc||0',
    );
    for (const bad of [
      'm1|en|abc||01|',
      'm1|en|abc||01|2t',
      'm1|en|abc||01|1t,1r',
      'm1|en|abc||01|1x',
      'm1|en|abc||01|1t|0t',
    ])
      expect(decodeSuspend(bad), bad).toBeNull();
  });

  it('reads back exactly what it wrote, for any memory and path', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeSuspend(encodeSuspend(s))).toEqual(s);
      }),
    );
  });

  it('writes one character per choice below 36, and plain ASCII', () => {
    const text = encodeSuspend({
      lang: 'en',
      version: 'abc',
      memory: {},
      path: [0, 1, 2, 10, 35, 36],
    });
    expect(text).toBe('m1|en|abc||012az(10)');
    expect(
      encodeSuspend({
        lang: 'nl',
        version: 'v',
        memory: { mem_name: 'Éls | Wouters, 3:1' },
        path: [],
      }),
    ).toMatch(/^[\x20-\x7e]+$/);
  });

  it('refuses anything it did not write, so a damaged save starts fresh instead of replaying junk', () => {
    for (const bad of [
      '',
      'hello',
      'm2|en|abc||012',
      'm1|en|abc||01?',
      'm1||abc||0',
      'm1|en|abc|name|0',
      'm1|en|abc|x:q|0',
      'm1|en|abc||(zz',
      'm1|en|%E0%A4%A|x|0',
      'bookmark=slide12',
    ]) {
      expect(decodeSuspend(bad), bad).toBeNull();
    }
  });

  it('keeps the longest path of hard-seller far inside SCORM 1.2’s 4,096 characters', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const { scenario } = buildScenario(resolve(root, 'stories/en/hard-seller.ink'), root);
    const longest = longestSuspend(scenario.json, scenario);
    expect(longest.choices).toBeGreaterThan(5);
    expect(decodeSuspend(longest.sample)?.path).toEqual(longest.path);
    expect(longest.length).toBeLessThan(SCORM12_SUSPEND_LIMIT / 10);
  }, 120_000);
});
