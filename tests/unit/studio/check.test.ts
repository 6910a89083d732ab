/**
 * The Check pane's report, made in Node from real stories: each tip's lowest and highest total comes
 * with the choices that reach it (played back, each at its line), each ending with the choices that
 * reach it, dead ends and endless loops with the path into them, a declared ending no path reaches is
 * named, and the worker says how far a long check has come.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleRequest, PROGRESS_EVERY_MS } from '../../../src/studio/handler.ts';
import type { CheckReport, StudioResponse } from '../../../src/studio/protocol.ts';
import { TEMPLATES } from '../../../src/studio/template.ts';

const root = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) =>
  readFileSync(resolve(root, `tests/analysis/fixtures/${name}.ink`), 'utf8');

function check(text: string, lang = 'en'): CheckReport {
  const r = handleRequest({ type: 'check', id: 1, lang, files: [{ name: 'story.ink', text }] });
  if (r.type !== 'checked' || !r.report) throw new Error(`no report: ${r.type}`);
  return r.report;
}

const lineOf = (text: string, part: string) =>
  text.split('\n').findIndex((l) => l.includes(part)) + 1;

describe('the Check report', { timeout: 120_000 }, () => {
  it("spells out the path to each tip's lowest and highest total, each choice at its line", () => {
    const text = TEMPLATES.en;
    const report = check(text);
    const tip2 = report.tips.find((t) => t.tip === 2);
    expect(tip2).toMatchObject({ min: -1, max: 2 });
    expect(tip2?.maxBy).toEqual({
      memory: {},
      steps: [
        {
          text: 'Ask Sam what brought the guests here tonight',
          line: lineOf(text, '* [Ask Sam what brought'),
        },
      ],
    });
    expect(tip2?.minBy?.steps.map((s) => s.text)).toEqual([
      'Thank Sam and go and meet the group at the bar',
    ]);
    // A tip no choice moves is reached by any path: the shortest is shown.
    const tip3 = report.tips.find((t) => t.tip === 3);
    expect(tip3).toMatchObject({ min: 0, max: 0 });
    expect(tip3?.maxBy?.steps).toHaveLength(1);
    // Each ending: the choices that reach it.
    const warm = report.endings.find((e) => e.id === 'warm');
    expect(warm).toMatchObject({ reached: true, title: 'A warm start' });
    expect(warm?.reachedBy?.steps.map((s) => s.text)).toEqual([
      'Ask Sam what brought the guests here tonight',
    ]);
  });

  it('follows a longer story: the path to the highest total plays to its ending', () => {
    const text = fixture('good');
    const report = check(text);
    const tip2 = report.tips.find((t) => t.tip === 2);
    expect(tip2?.max).toBe(2);
    expect(tip2?.maxBy?.steps.map((s) => s.line)).toEqual([
      lineOf(text, 'Ask what brought her here'),
      lineOf(text, 'Offer to introduce her'),
    ]);
    const tip4 = report.tips.find((t) => t.tip === 4);
    expect(tip4?.maxBy?.steps.map((s) => s.text)).toEqual([
      'Ask what brought her here',
      'Offer to introduce her to an architect you know',
    ]);
    const newContact = report.endings.find((e) => e.id === 'new-contact');
    expect(newContact?.reachedBy?.steps).toHaveLength(2);
  });

  it('names a declared ending that no path reaches, at the line that would end in it', () => {
    const text = `${TEMPLATES.en}
=== lost_end ===
Nobody comes here. # ending: lost
-> END
`.replace(
      '# ending: cold \\| A missed chance',
      '# ending: cold \\| A missed chance\n# ending: lost \\| Lost',
    );
    const report = check(text);
    const finding = report.findings.find((f) => f.kind === 'ending-unreached');
    expect(finding).toMatchObject({
      severity: 'warning',
      choice: 'lost',
      line: lineOf(text, 'Nobody comes here.'),
    });
    expect(report.endings.find((e) => e.id === 'lost')).toMatchObject({
      reached: false,
      title: 'Lost',
      reachedBy: null,
    });
    // The knot is never reached either, and says so at its header.
    expect(report.unreachable).toEqual([{ place: 'lost_end', line: lineOf(text, '=== lost_end') }]);
  });

  it("names where a play-test may start: the story's scenes and the memory it reads, with defaults", () => {
    const text = readFileSync(resolve(root, 'stories/en/the-introduction.ink'), 'utf8');
    const report = check(text);
    expect(report.scenario).not.toBeNull();
    const scenes = [...text.matchAll(/^=== (\w+) ===/gm)].map((m) => m[1]);
    expect(report.playStart?.scenes).toEqual(scenes);
    // Declared, not written by the story itself: what earlier scenarios leave behind.
    expect(report.playStart?.memory).toEqual([
      { name: 'mem_promised_intro', value: '' },
      { name: 'mem_met_hard_seller', value: false },
    ]);
    // No sound scenario, nothing to start: a story with an error offers no play-test.
    expect(check(fixture('dead-end')).playStart).toBeNull();
  });

  it('gives a dead end and an endless loop the path into them', () => {
    const dead = check(fixture('dead-end'));
    const loop = dead.findings.find((f) => f.kind === 'endless-loop' || f.kind === 'dead-end');
    expect(loop?.place).toBe('hub');
    expect(loop?.reachedBy).not.toBeNull();
    const endless = check(fixture('endless'));
    const f = endless.findings.find((x) => x.kind === 'endless-loop');
    expect(f?.reachedBy).toBeDefined();
    expect(f?.line).toBeGreaterThan(0);
  });

  it('says how far a long check has come, at most every so often, and ends with the answer', () => {
    const sent: { r: StudioResponse; at: number }[] = [];
    let clock = 0;
    const now = () => (clock += 7);
    const answer = handleRequest(
      { type: 'check', id: 9, files: [{ name: 'story.ink', text: fixture('exploding') }] },
      now,
      (r) => sent.push({ r, at: clock }),
    );
    expect(answer.type).toBe('checked');
    expect(sent.length).toBeGreaterThan(2);
    for (const { r } of sent) {
      if (r.type !== 'progress') throw new Error(r.type);
      expect(r.id).toBe(9);
      expect(r.maxStates).toBe(20_000);
      expect(r.start).toBeLessThan(r.starts);
    }
    const states = sent.map(({ r }) => (r.type === 'progress' ? r.states : -1));
    expect(states).toEqual([...states].sort((a, b) => a - b));
    expect(states.at(-1)).toBeGreaterThan(1000);
    sent
      .slice(1)
      .forEach((s, i) =>
        expect(s.at - (sent[i]?.at ?? 0)).toBeGreaterThanOrEqual(PROGRESS_EVERY_MS),
      );
    // A compile never reports progress.
    const quiet: StudioResponse[] = [];
    handleRequest(
      { type: 'compile', id: 10, files: [{ name: 'story.ink', text: TEMPLATES.en }] },
      undefined,
      (r) => quiet.push(r),
    );
    expect(quiet).toEqual([]);
  });
});
