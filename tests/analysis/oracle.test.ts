/**
 * The analyzer against brute force on generated stories: flags set by some choices and read by
 * later text and choice conditions, a counter that picks the ending, once-only choices in a hub the
 * player returns to, and branches that converge. Brute force plays every path separately; the
 * analyzer's deduplicated figures must be exactly the same, and its paths must replay to them.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyzeStory } from '../../src/analysis/index.ts';
import { TIPS } from '../../src/story/types.ts';
import { bruteForce, compile, replay } from './helpers.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

interface ChoiceSpec {
  readonly sticky: boolean;
  readonly condition: number | null;
  readonly negate: boolean;
  readonly effects: readonly (readonly [number, number])[];
  readonly setFlag: number | null;
  readonly count: boolean;
  /** How many knots ahead it goes (0 = back to a hub, only for once-only choices). */
  readonly jump: number;
}

interface KnotSpec {
  readonly readFlag: number | null;
  readonly choices: readonly ChoiceSpec[];
}

const FLAGS = 3;

const choiceArb: fc.Arbitrary<ChoiceSpec> = fc.record({
  sticky: fc.boolean(),
  condition: fc.option(fc.integer({ min: 0, max: FLAGS - 1 }), { nil: null }),
  negate: fc.boolean(),
  effects: fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 3 })), {
    maxLength: 2,
  }),
  setFlag: fc.option(fc.integer({ min: 0, max: FLAGS - 1 }), { nil: null }),
  count: fc.boolean(),
  jump: fc.integer({ min: 0, max: 3 }),
});

const knotArb: fc.Arbitrary<KnotSpec> = fc.record({
  readFlag: fc.option(fc.integer({ min: 0, max: FLAGS - 1 }), { nil: null }),
  choices: fc.array(choiceArb, { minLength: 1, maxLength: 3 }),
});

function effectTags(effects: ChoiceSpec['effects']): string {
  const seen = new Set<number>();
  const tags: string[] = [];
  for (const [tip, size] of effects) {
    if (size === 0 || seen.has(tip)) continue;
    seen.add(tip);
    tags.push(`# tip${tip} ${size > 0 ? '+' : '-'}${Math.abs(size)}`);
  }
  return tags.length > 0 ? `${tags.join(' ')} # why: because` : '';
}

/** Writes the ink for a list of knots; the first choice of each knot is always on offer. */
function storyOf(knots: readonly KnotSpec[]): string {
  const lines: string[] = [];
  for (let f = 0; f < FLAGS; f++) lines.push(`VAR f${f} = false`);
  lines.push('VAR c = 0', '-> k0');
  const target = (i: number) => (i >= knots.length ? 'finale' : `k${i}`);
  knots.forEach((knot, i) => {
    lines.push(`== k${i}`);
    lines.push(
      knot.readFlag === null ? `Knot ${i}.` : `Knot ${i}: {f${knot.readFlag}: flag on|flag off}.`,
    );
    knot.choices.forEach((c, j) => {
      // Going back to the same knot is only allowed for once-only choices, so every path ends.
      const back = c.jump === 0 && !c.sticky && j > 0;
      const to = back ? `k${i}` : target(i + Math.max(1, c.jump));
      const condition =
        j > 0 && c.condition !== null ? `{${c.negate ? 'not ' : ''}f${c.condition}} ` : '';
      const marker = c.sticky && !back ? '+' : '*';
      lines.push(`${marker} ${condition}[Option ${i}.${j} ${effectTags(c.effects)}]`);
      if (c.setFlag !== null) lines.push(`    ~ f${c.setFlag} = true`);
      if (c.count) lines.push('    ~ c = c + 1');
      lines.push(`    -> ${to}`);
    });
  });
  lines.push('== finale', '{ c > 1:', '    You made an impression. # ending: high', '- else:');
  lines.push('    You leave quietly. # ending: low', '}', '-> END');
  return lines.join('\n');
}

describe('analyzer against brute force', () => {
  it('finds the same tip ranges and endings as playing every path, on generated stories', () => {
    fc.assert(
      fc.property(fc.array(knotArb, { minLength: 1, maxLength: 5 }), (knots) => {
        const json = compile(storyOf(knots));
        const truth = bruteForce(json);
        const report = analyzeStory(json);
        expect(report.complete).toBe(true);
        expect(new Set(report.endings.map((e) => e.id))).toEqual(truth.endings);
        for (const tip of TIPS) {
          const range = report.tipRanges[tip];
          expect([tip, range.min, range.max]).toEqual([tip, truth.min[tip], truth.max[tip]]);
          expect(replay(json, range.minPath)[tip]).toBe(range.min);
          expect(replay(json, range.maxPath)[tip]).toBe(range.max);
        }
        expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: 40, seed: 20261127 },
    );
  }, 120_000);

  it('finds the same tip ranges per starting memory as playing every path from it', () => {
    let withMemory = 0;
    fc.assert(
      fc.property(fc.array(knotArb, { minLength: 1, maxLength: 5 }), (knots) => {
        // The first flag becomes memory from an earlier scenario: set or not before the start. The
        // story only reads it: a scenario never reads back memory it writes itself (memoryFor).
        const json = compile(
          storyOf(knots)
            .replace(/^ *~ f0 = true\n/gm, '')
            .replace(/\bf0\b/g, 'mem_f0'),
        );
        const report = analyzeStory(json);
        expect(report.complete).toBe(true);
        expect(report.rangesByMemory.map((e) => e.memory)).toEqual(report.memoryStarts);
        if (report.memoryStarts.length > 1) withMemory++;
        for (const { memory, ranges, unbounded } of report.rangesByMemory) {
          const truth = bruteForce(json, 200_000, memory);
          expect(unbounded).toEqual([]);
          for (const tip of TIPS) {
            expect([memory, tip, ranges[tip]]).toEqual([
              memory,
              tip,
              { min: truth.min[tip], max: truth.max[tip] },
            ]);
          }
        }
      }),
      { numRuns: 30, seed: 20261128 },
    );
    // The generated stories must actually read the memory, or this would check nothing.
    expect(withMemory).toBeGreaterThan(10);
  }, 120_000);
});
