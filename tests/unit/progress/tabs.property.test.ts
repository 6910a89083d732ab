/**
 * Two tabs over one storage. Generated interleavings of starts, choices, endings, abandons and renames
 * in two tabs playing the same profile, with storage events delivered at random moments (a tab learns
 * of the other's writes late, as browsers allow), and clocks that disagree by up to five seconds.
 * Whatever the order, no attempt and no saved choice is lost, and both tabs end up seeing the same profile.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ProgressStore, type Profile } from '../../../src/progress/index.ts';
import { sameProfile } from '../../../src/progress/merge.ts';
import { counterIds, newStorage, totals, T0 } from './helpers.ts';

const SCALE = Math.max(1, Number(process.env.PROGRESS_FUZZ_SCALE ?? 1) || 1);
let interleavings = 0;
let operations = 0;
afterAll(() =>
  console.info(`two-tab property: ${interleavings} interleavings, ${operations} operations`),
);

type Op =
  | { tab: 0 | 1; op: 'start'; scenario: string }
  | { tab: 0 | 1; op: 'choice'; index: number }
  | { tab: 0 | 1; op: 'finish' }
  | { tab: 0 | 1; op: 'abandon' }
  | { tab: 0 | 1; op: 'rename'; name: string }
  | { op: 'deliver' };

const tab = fc.constantFrom(0 as const, 1 as const);
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      tab,
      op: fc.constant('start' as const),
      scenario: fc.constantFrom('coffee', 'hard-seller'),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      tab,
      op: fc.constant('choice' as const),
      index: fc.integer({ min: 0, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ tab, op: fc.constant('finish' as const) }) },
  { weight: 1, arbitrary: fc.record({ tab, op: fc.constant('abandon' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      tab,
      op: fc.constant('rename' as const),
      name: fc.constantFrom('Ana', 'Ana M.', 'A'),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ op: 'deliver' as const }) },
);

describe('two tabs on one profile', () => {
  it(
    'lose no attempt and no choice, whatever the interleaving',
    () => {
      fc.assert(
        fc.property(
          fc.array(arbOp, { maxLength: 80, size: 'large' }),
          fc.integer({ min: -5000, max: 5000 }),
          fc.boolean(),
          (ops, skew, deaf) => {
            interleavings++;
            operations += ops.length;
            const shared = newStorage();
            let time = T0;
            const clock = (offset: number) => () => (time += 250) + offset;
            const tabs = [
              ProgressStore.open({
                backend: shared.tab(),
                now: clock(0),
                randomId: counterIds('a'),
              }),
              ProgressStore.open({
                backend: shared.tab(),
                now: clock(skew),
                randomId: counterIds('b'),
              }),
            ] as const;
            const created = tabs[0].createProfile('Ana');
            if (!created.ok) throw new Error();
            const id = created.value.id;
            shared.deliver();
            expect(tabs[1].selectProfile(id)).toBe(true);

            const live: (string | null)[] = [null, null];
            /** Every run ever started, with the path it must have when it ends (or now, if still live). */
            const paths = new Map<string, number[]>();
            const ended = new Set<string>();

            for (const op of ops) {
              if (op.op === 'deliver') {
                // A "deaf" pair of tabs never hears of each other (events lost, or a tab closed first):
                // then only the re-read-and-merge before each write stands between them and lost progress.
                if (!deaf) shared.deliver();
                continue;
              }
              const store = tabs[op.tab];
              const mine = live[op.tab];
              switch (op.op) {
                case 'start': {
                  const r = store.startRun({ scenario: op.scenario, lang: 'en', version: 'v1' });
                  if (!r.ok) throw new Error(r.message);
                  if (mine) ended.add(mine);
                  live[op.tab] = r.value.id;
                  paths.set(r.value.id, []);
                  break;
                }
                case 'choice':
                  if (mine) {
                    expect(store.recordChoice(op.index).ok).toBe(true);
                    paths.get(mine)?.push(op.index);
                  } else expect(store.recordChoice(op.index).ok).toBe(false);
                  break;
                case 'finish':
                  if (mine) {
                    const r = store.finishRun({ ending: 'warm', totals: totals(1, 0, 0, 0, 0) });
                    expect(r.ok && r.value.id).toBe(mine);
                    ended.add(mine);
                    live[op.tab] = null;
                  }
                  break;
                case 'abandon':
                  if (mine) {
                    expect(store.abandonRun(mine)?.id).toBe(mine);
                    ended.add(mine);
                    live[op.tab] = null;
                  }
                  break;
                case 'rename':
                  expect(store.renameProfile(id, op.name).ok).toBe(true);
                  break;
              }
            }

            // Let the tabs hear of each other until they have nothing more to say.
            if (!deaf) for (let i = 0; i < 10 && shared.deliver() > 0; i++);
            const fresh = ProgressStore.open({
              backend: shared.tab(),
              now: clock(0),
              randomId: counterIds('c'),
            });
            const stored = fresh.profile(id);
            if (!stored) throw new Error('the profile was lost');
            expect(ended.size + live.filter(Boolean).length).toBe(paths.size);
            for (const [runId, path] of paths) {
              if (ended.has(runId)) {
                expect(stored.attempts.find((a) => a.id === runId)?.path).toEqual(path);
              } else {
                expect(stored.runs[runId]?.path).toEqual(path);
              }
            }
            expect(stored.attempts).toHaveLength(ended.size);
            if (deaf) return;
            const views = tabs.map((t) => t.profile(id)).filter((p): p is Profile => p !== null);
            expect(views).toHaveLength(2);
            for (const v of views) expect(sameProfile(v, stored)).toBe(true);
          },
        ),
        { numRuns: 250 * SCALE },
      );
    },
    120_000 * SCALE,
  );
});

describe('a profile deleted in one tab', () => {
  it('is not written back by the other tab, which is told why', () => {
    const shared = newStorage();
    const a = ProgressStore.open({ backend: shared.tab(), randomId: counterIds('a') });
    const created = a.createProfile('Ana');
    if (!created.ok) throw new Error();
    const b = ProgressStore.open({ backend: shared.tab(), randomId: counterIds('b') });
    expect(b.activeProfile()?.id).toBe(created.value.id);
    b.startRun({ scenario: 'coffee', lang: 'en', version: 'v' });

    a.deleteProfile(created.value.id);
    // Tab B has not heard of the deletion yet and saves a choice.
    b.recordChoice(1);
    expect(shared.data.has(`mingle:v1:profile:${created.value.id}`)).toBe(false);
    expect(b.profiles()).toEqual([]);
    expect(b.notices()).toMatchObject([{ kind: 'deleted-elsewhere', nickname: 'Ana' }]);
  });

  it('appears in the other tab when created, without a reload', () => {
    const shared = newStorage();
    const a = ProgressStore.open({ backend: shared.tab(), randomId: counterIds('a') });
    const b = ProgressStore.open({ backend: shared.tab(), randomId: counterIds('b') });
    const events: string[] = [];
    b.subscribe((e) => events.push(e.type));
    a.createProfile('Ana');
    shared.deliver();
    expect(b.profiles().map((p) => p.nickname)).toEqual(['Ana']);
    expect(events).toContain('profiles');
  });
});
