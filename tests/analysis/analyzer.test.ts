/**
 * The analyzer on small hand-written stories whose every figure can be worked out by hand: exact tip
 * ranges and the paths to them, converging branches explored once, loops, variable-dependent choices,
 * broken stories (dead ends, endless loops, runtime errors) and a state space that explodes.
 */
import { describe, expect, it, vi } from 'vitest';
import { TIPS } from '../../src/story/types.ts';
import { analyzeStory, layoutBranchMap, type AnalysisReport } from '../../src/analysis/index.ts';
import { compile, replay } from './helpers.ts';

// Compiling and exploring ink is heavy: every test here gets minutes, not Vitest's default 5 s, so
// a busy machine slows these tests down but cannot fail them.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const analyze = (source: string, maxStates?: number): AnalysisReport =>
  analyzeStory(compile(source), maxStates === undefined ? {} : { maxStates });
const kinds = (r: AnalysisReport) => r.problems.map((p) => p.kind);

describe('tip ranges', () => {
  it('finds the exact minimum and maximum of each tip, with a path that reaches each', () => {
    const source = `
-> first
== first
* [Warm # tip1 +2 # why: a] -> second
* [Cold # tip1 -1 # tip2 +1 # why: b] -> second
== second
* [Ask # tip1 +1 # tip3 +3 # why: c] -> done
* [Pitch # tip1 -3 # why: d] -> done
== done
Bye. # ending: bye
-> END
`;
    const json = compile(source);
    const r = analyzeStory(json);
    expect(r.complete).toBe(true);
    expect(r.tipRanges[1]).toMatchObject({
      min: -4,
      max: 3,
      minPath: [1, 1],
      maxPath: [0, 0],
      unbounded: false,
    });
    expect(r.tipRanges[2]).toMatchObject({ min: 0, max: 1 });
    expect(r.tipRanges[3]).toMatchObject({ min: 0, max: 3 });
    expect(r.tipRanges[4]).toMatchObject({ min: 0, max: 0 });
    for (const tip of [1, 2, 3] as const) {
      expect(replay(json, r.tipRanges[tip].maxPath)[tip]).toBe(r.tipRanges[tip].max);
      expect(replay(json, r.tipRanges[tip].minPath)[tip]).toBe(r.tipRanges[tip].min);
    }
    expect(r.endings.map((e) => e.id)).toEqual(['bye']);
  });

  it('explores converging branches once and still counts what each branch scored', () => {
    // Three ways into "middle", each scoring differently; from there the same two options.
    const source = `
-> start
== start
* [A # tip2 +3 # why: a] -> middle
* [B # tip2 +1 # why: b] -> middle
* [C # tip2 -2 # why: c] -> middle
== middle
* [Up # tip2 +1 # why: d] -> finish
* [Down # tip2 -1 # why: e] -> finish
== finish
Done. # ending: done
-> END
`;
    const r = analyze(source);
    // One state at the start and one in the middle: the three branches converge into one.
    expect(r.states).toBe(2);
    expect(r.tipRanges[2]).toMatchObject({ min: -3, max: 4, minPath: [2, 1], maxPath: [0, 0] });
  });

  it('keeps apart converged states that a variable will tell apart later', () => {
    const source = `
VAR warm = false
-> start
== start
* [Smile # tip4 +1 # why: a]
    ~ warm = true
    -> middle
* [Frown # tip4 -1 # why: b] -> middle
== middle
Later.
* {warm} [Ask for a favour # tip4 +3 # why: c] -> finish
* [Leave # why: d] -> finish
== finish
Done. # ending: done
-> END
`;
    const json = compile(source);
    const r = analyzeStory(json);
    expect(r.states).toBe(3);
    // The favour is only there after smiling: max = 1 + 3; min = -1 (frown, leave).
    expect(r.tipRanges[4]).toMatchObject({ min: -1, max: 4, maxPath: [0, 0], minPath: [1, 0] });
  });

  it('merges states once a variable can no longer be read', () => {
    // "met" is read only in the first scene; after it, the two branches are the same story.
    const source = `
VAR met = false
-> hello
== hello
* [Introduce yourself # tip2 +1 # why: a]
    ~ met = true
* [Stay quiet # tip2 -1 # why: b]
- {met: She nods.|She looks past you.}
-> later
== later
* [Go # tip3 +1 # why: c] -> bye
* [Stay # tip3 -1 # why: d] -> bye
== bye
Bye. # ending: bye
-> END
`;
    const r = analyze(source);
    expect(r.states).toBe(2);
    expect(r.tipRanges[2]).toMatchObject({ min: -1, max: 1 });
  });

  it('handles a sticky-choice loop that scores nothing as a finite story', () => {
    const source = `
-> hub
== hub
The room is loud. {&Someone laughs.|A glass breaks.|Music starts.}
+ [Look around # why: small talk] -> hub
* [Join the group # tip2 +2 # why: a] -> bye
* [Leave early # tip2 -1 # why: b] -> bye
== bye
Bye. # ending: bye
-> END
`;
    const r = analyze(source);
    expect(r.complete).toBe(true);
    expect(r.tipRanges[2]).toMatchObject({
      min: -1,
      max: 2,
      unbounded: false,
      minPath: [2],
      maxPath: [1],
    });
    expect(kinds(r)).not.toContain('unbounded-tip');
    expect(kinds(r)).toContain('unscored-choice');
  });

  it('reports a sticky loop that raises a tip as unbounded, an error', () => {
    const source = `
-> hub
== hub
What now?
+ [Compliment him again # tip5 +1 # why: a] -> hub
* [Leave # tip5 -1 # why: b] -> bye
== bye
Bye. # ending: bye
-> END
`;
    const r = analyze(source);
    expect(r.complete).toBe(true);
    expect(r.tipRanges[5].unbounded).toBe(true);
    const problem = r.problems.find((p) => p.kind === 'unbounded-tip');
    expect(problem).toMatchObject({ severity: 'error', place: 'hub' });
    expect(problem?.message).toContain('tip5');
  });

  it('folds once-only choices in a hub: each subset of taken choices is one state', () => {
    const source = `
-> hub
== hub
* [Ask about work # tip2 +1 # why: a] -> hub
* [Ask about family # tip2 +2 # why: b] -> hub
* [Talk about yourself # tip2 -2 # why: c] -> hub
+ [Say goodbye # why: d] -> bye
== bye
Bye. # ending: bye
-> END
`;
    const r = analyze(source);
    expect(r.complete).toBe(true);
    expect(r.states).toBe(8);
    expect(r.tipRanges[2]).toMatchObject({ min: -2, max: 3, unbounded: false });
  });
});

describe('memory from earlier scenarios', () => {
  it('explores every starting memory the story reads, and says which one a best path needs', () => {
    const r = analyze(`
VAR mem_promised_intro = ""
VAR mem_met_before = false
-> start
== start
{ mem_met_before: "Good to see you again." }
* { mem_promised_intro != "" } [Make the introduction you promised # tip3 +3 # why: a] -> bye
* [Talk about the weather # tip3 -1 # why: b] -> bye
== bye
Bye. # ending: bye
-> END
`);
    expect(r.memoryStarts).toEqual([
      {},
      { mem_met_before: true },
      { mem_promised_intro: 'someone' },
      { mem_met_before: true, mem_promised_intro: 'someone' },
    ]);
    expect(r.tipRanges[3]).toMatchObject({ min: -1, max: 3, maxPath: [0], minMemory: {} });
    expect(r.tipRanges[3].maxMemory).toEqual({ mem_promised_intro: 'someone' });
    expect(r.choices.find((c) => c.text.startsWith('Make'))?.memory).toEqual({
      mem_promised_intro: 'someone',
    });
  });
});

describe('ranges per starting memory', () => {
  it('gives each starting memory only the points a player starting from it can reach', () => {
    const r = analyze(`
VAR mem_promised_intro = ""
VAR mem_met_before = false
-> start
== start
* { mem_promised_intro != "" } [Make the introduction you promised # tip3 +3 # why: a] -> bye
* { mem_met_before } [Ask how the new job is going # tip2 +2 # why: b] -> bye
* [Talk about the weather # tip3 -1 # why: c] -> bye
== bye
Bye. # ending: bye
-> END
`);
    const byMemory = new Map(r.rangesByMemory.map((e) => [JSON.stringify(e.memory), e]));
    expect(r.rangesByMemory.map((e) => e.memory)).toEqual(r.memoryStarts);
    expect(byMemory.get('{}')?.ranges[3]).toEqual({ min: -1, max: -1 });
    expect(byMemory.get('{}')?.ranges[2]).toEqual({ min: 0, max: 0 });
    expect(byMemory.get('{"mem_met_before":true}')?.ranges[2]).toEqual({ min: 0, max: 2 });
    expect(byMemory.get('{"mem_met_before":true}')?.ranges[3]).toEqual({ min: -1, max: 0 });
    expect(byMemory.get('{"mem_promised_intro":"someone"}')?.ranges[3]).toEqual({
      min: -1,
      max: 3,
    });
    // The union over every memory is what the select screen shows.
    for (const tip of TIPS) {
      const all = r.rangesByMemory.map((e) => e.ranges[tip]);
      expect(r.tipRanges[tip].min).toBe(Math.min(...all.map((x) => x.min)));
      expect(r.tipRanges[tip].max).toBe(Math.max(...all.map((x) => x.max)));
    }
  });
});

describe('what keeps states apart', () => {
  it('ignores a variable that is only printed, but not one a divert goes by', () => {
    const printed = analyze(`
VAR name = "Ines"
VAR mem_contact_need = ""
-> start
== start
* [Call her Ines # tip2 +1 # why: a]
    ~ name = "Ines"
* [Call her Mrs Claes # tip2 -1 # why: b]
    ~ name = "Mrs Claes"
- -> later
== later
"Thank you, {name}." She needs {mem_contact_need}.
* [Go # tip3 +1 # why: c] -> bye
* [Stay # tip3 -1 # why: d] -> bye
== bye
Bye. # ending: bye
-> END
`);
    // The two greetings converge: "name" and the remembered need are only ever printed.
    expect(printed.states).toBe(2);
    expect(printed.memoryStarts).toEqual([{}]);
    const diverted = analyze(`
VAR next = -> calm
-> start
== start
* [Push # tip1 -2 # why: a]
    ~ next = -> angry
* [Wait # tip1 +1 # why: b]
- -> middle
== middle
The meeting goes on.
* [Continue # why: c] -> next
== calm
* [Thank her # tip4 +2 # why: d] -> bye
== angry
* [Apologise # tip4 -1 # why: e] -> bye
== bye
Bye. # ending: bye
-> END
`);
    // "next" decides where "Continue" goes: the two states in the middle must stay apart.
    expect(diverted.states).toBe(5);
    expect(diverted.tipRanges[4]).toMatchObject({
      min: -1,
      max: 2,
      minPath: [0, 0, 0],
      maxPath: [1, 0, 0],
    });
  });
});

describe('broken stories', () => {
  it('reports a dead end with the path that reaches it', () => {
    const source = `
-> hub
== hub
What now?
* [Ask # tip2 +1 # why: a] -> hub
* [Leave # tip2 -1 # why: b] -> bye
== bye
Bye. # ending: bye
-> END
`;
    // After asking, only "Leave" is left; after leaving... fine. A dead end needs both used up:
    const deadEnd = `
-> hub
== hub
What now?
* [Ask # tip2 +1 # why: a] -> hub
* [Listen # tip2 +1 # why: b] -> hub
`;
    expect(kinds(analyze(source))).not.toContain('dead-end');
    const r = analyze(deadEnd);
    const problem = r.problems.find((p) => p.kind === 'dead-end');
    expect(problem).toMatchObject({ severity: 'error', place: 'hub' });
    expect(problem?.path).toHaveLength(2);
    expect(kinds(r)).toContain('no-ending');
  });

  it('stops a story that loops without a choice, and says so', () => {
    const r = analyzeStory(
      compile(`
Hello.
-> spin
== spin
~ temp x = 1
-> spin
`),
      { maxStepsPerSegment: 5000 },
    );
    expect(r.problems.find((p) => p.kind === 'endless-loop')).toMatchObject({
      severity: 'error',
      place: 'spin',
    });
  });

  it('reports a runtime error with its path', () => {
    const r = analyze(`
VAR next = -> bye
-> start
== start
* [Go on # tip1 +1 # why: a]
    ~ next = 0
    -> next
* [Stop # tip1 -1 # why: b] -> bye
== bye
Bye. # ending: bye
-> END
`);
    const problem = r.problems.find((p) => p.kind === 'runtime-error');
    expect(problem).toMatchObject({ severity: 'error', place: 'start', path: [0] });
    expect(problem?.message).toContain('divert');
    expect(r.endings.map((e) => e.id)).toEqual(['bye']);
  });

  it('names endings by their tag, or by the knot where the story stopped, with a warning', () => {
    const r = analyze(`
-> start
== start
* [A # tip1 +1 # why: a] -> tagged
* [B # tip1 -1 # why: b] -> plain.inner
== tagged
Good. # ending: good-end
-> END
== plain
Never.
-> END
= inner
Stopped here.
-> END
== orphan
Nobody comes here.
-> END
`);
    expect(r.endings.map((e) => [e.id, e.tagged])).toEqual([
      ['good-end', true],
      ['plain.inner', false],
    ]);
    expect(r.problems.find((p) => p.kind === 'untagged-ending')?.severity).toBe('warning');
    expect(r.knots.unreachable).toEqual(['orphan']);
    expect(r.knots.reachable).toEqual(
      expect.arrayContaining(['start', 'tagged', 'plain', 'plain.inner']),
    );
  });
});

const EXPLODING = `
VAR n = 0
-> hub
== hub
You have asked {n} questions.
+ [Ask another # tip2 +1 # why: a]
    ~ n = n + 1
    -> hub
+ [Stop # tip2 -1 # why: b] -> END
`;

describe('state limit', () => {
  it('stops an exploding story at the limit, reported as partial, within seconds', () => {
    const source = EXPLODING;
    // CPU time, not wall-clock time: other work on the machine must not fail this test.
    const started = process.cpuUsage();
    const r = analyze(source);
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(30_000);
    expect(r.complete).toBe(false);
    expect(r.problems.find((p) => p.kind === 'partial')?.severity).toBe('error');
    const small = analyze(source, 50);
    expect(small).toMatchObject({ complete: false, states: 50 });
  }, 60_000);

  it('says complete only when nothing was left unexplored', () => {
    const source = `
-> a
== a
* [x # tip1 +1 # why: a] -> b
* [y # tip1 -1 # why: b] -> b
== b
* [x # tip1 +1 # why: a] -> c
* [y # tip1 -1 # why: b] -> c
== c
End. # ending: c
-> END
`;
    expect(analyze(source, 1).complete).toBe(false);
    expect(analyze(source, 2).complete).toBe(true);
    expect(analyze(source, 1).stoppedBy).toBe('states');
    expect(analyze(source, 2).stoppedBy).toBeNull();
  }, 60_000);
});

describe('time and memory limits', () => {
  const json = compile(EXPLODING);
  const partial = (r: AnalysisReport) => r.problems.find((p) => p.kind === 'partial');

  it('stops at the time limit with the same partial report, keeping what it found', () => {
    const r = analyzeStory(json, { maxStates: 100_000_000, maxSeconds: 0.2 });
    expect(r).toMatchObject({ complete: false, stoppedBy: 'time' });
    expect(r.states).toBeGreaterThan(0);
    expect(r.states).toBeLessThan(100_000_000);
    expect(partial(r)).toMatchObject({ severity: 'error' });
    expect(partial(r)?.message).toMatch(
      /^the exploration reached the time limit \(0\.2 s\) after \d+ distinct states; only part of it was explored/,
    );
    expect(r.tipRanges[2].max).toBeGreaterThan(0);
  }, 120_000);

  it('stops when memory grows past the guard, counted from where it stood at the start', () => {
    // A stand-in for the heap that grows by 1 MB each time it is asked, from 500 MB already in use.
    let asked = 0;
    const memoryUsed = () => (500 + asked++) * 1024 * 1024;
    const r = analyzeStory(json, { maxStates: 100_000_000, maxMemoryMB: 5, memoryUsed });
    expect(r).toMatchObject({ complete: false, stoppedBy: 'memory' });
    expect(asked).toBe(7);
    expect(partial(r)?.message).toMatch(/^the exploration reached the memory limit \(5 MB\)/);
  }, 120_000);

  it('stops a story whose every stretch is long, inside the stretch', () => {
    // Each choice runs thousands of ink steps before the next: the limit is asked between steps too.
    const slow = `
VAR n = 0
-> hub
== hub
~ temp i = 0
- (spin)
~ i = i + 1
{ i < 2000: -> spin }
+ [Again # tip2 +1 # why: a]
    ~ n = n + 1
    -> hub
+ [Stop # why: b] -> END
`;
    const r = analyzeStory(compile(slow), { maxStates: 100_000_000, maxSeconds: 0.5 });
    expect(r).toMatchObject({ complete: false, stoppedBy: 'time' });
  }, 120_000);

  it('leaves a story alone that finishes within its limits', () => {
    const r = analyzeStory(compile('Hi.\n* [A # tip1 +1 # why: a] -> END\n'), {
      maxSeconds: 60,
      maxMemoryMB: 1024,
      memoryUsed: () => process.memoryUsage().heapUsed,
    });
    expect(r).toMatchObject({ complete: true, stoppedBy: null });
  }, 60_000);
});

describe('the branch map', () => {
  it('draws a story that ends before its first choice: the start, an arrow, and the ending', () => {
    const tagged = analyzeStory(
      compile('Hello.\n-> bye\n=== bye ===\nBye. # ending: done\n-> END\n'),
    );
    const map = layoutBranchMap(tagged);
    expect(map.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['(top)', 'place'],
      ['end:done', 'ending'],
    ]);
    expect(map.edges).toMatchObject([{ from: '(top)', to: 'end:done', choices: [], label: '' }]);
    // A dead end before any choice is drawn the same way, as a broken stop.
    const dead = analyzeStory(compile('Hello.\n-> stuck\n=== stuck ===\nNothing here.\n'));
    expect(layoutBranchMap(dead).edges.map((e) => e.to)).toEqual(['dead-end']);
  });

  it('joins an ending to the knot whose choice leads there, and adds no arrow without choices', () => {
    const json = compile(
      '-> hub\n=== hub ===\n* [Stay # tip1 +1] -> stay\n* [Go # tip1 -1] -> go\n=== stay ===\nGood. # ending: stay\n-> END\n=== go ===\nBye. # ending: go\n-> END\n',
    );
    const map = layoutBranchMap(analyzeStory(json));
    expect(map.edges.map((e) => `${e.from}>${e.to}:${e.choices.length}`).sort()).toEqual([
      'hub>end:go:1',
      'hub>end:stay:1',
    ]);
    expect(map.nodes.filter((n) => n.kind === 'ending')).toHaveLength(2);
  });
});
