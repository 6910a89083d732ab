import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACTS,
  bandsFor,
  bandViolations,
  formatBand,
  MODIFIERS,
  rubricEnforced,
} from '../../../src/story/rubric.ts';
import { lintInkSource } from '../../../src/story/lint.ts';
import { parseChoiceTags, parseLineTags } from '../../../src/story/tags.ts';
import { dominantOption, isMixed } from '../../../src/analysis/rubric.ts';

const TIPS = [1, 2, 3, 4, 5] as const;

describe('docs/rubric.md and the rubric table', () => {
  const doc = readFileSync('docs/rubric.md', 'utf8');

  it('lists every act with the bands the check enforces', () => {
    for (const act of ACTS) {
      const row = `| \`${act.id}\` | ${TIPS.map((t) => formatBand(act.bands[t])).join(' | ')} |`;
      expect(doc, `row for ${act.id}`).toContain(row);
      expect(doc, `reasoning for ${act.id}`).toContain(`- \`${act.id}\` — `);
    }
  });

  it('lists every modifier with the bands it sets', () => {
    for (const m of MODIFIERS) {
      for (const [act, bands] of Object.entries(m.acts)) {
        const cells = TIPS.map((t) => (bands[t] ? formatBand(bands[t]) : '')).join(' | ');
        expect(doc).toContain(`| \`${m.key}: ${m.value}\` | \`${act}\` | ${cells} |`);
      }
    }
  });

  it('documents no act the code does not know', () => {
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` \| [-+0-9.]+ \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(ACTS.map((a) => a.id).sort());
  });
});

describe('bands', () => {
  it('never lets a band reach past the largest effect, and keeps min <= max', () => {
    for (const act of ACTS)
      for (const t of TIPS) {
        const [min, max] = act.bands[t];
        expect(min).toBeLessThanOrEqual(max);
        expect(min).toBeGreaterThanOrEqual(-3);
        expect(max).toBeLessThanOrEqual(3);
      }
  });

  it('gives the same act the same band everywhere: a promise is worth nothing on tip 3 until kept', () => {
    expect(bandsFor('promise')[3]).toEqual([0, 0]);
    expect(bandsFor('keep-promise')[3]).toEqual([1, 3]);
    expect(bandViolations('promise', {}, { 3: 2 })).toEqual([
      'tip3 +2 is outside the band of "promise" (0)',
    ]);
  });

  it('lets a modifier move a band only on the acts it lists', () => {
    expect(bandsFor('keep-promise', { timing: 'late' })[3]).toEqual([0, 1]);
    expect(bandViolations('keep-promise', { timing: 'late' }, { 3: 1, 5: -1 })).toEqual([]);
    expect(bandViolations('keep-promise', { timing: 'late' }, { 3: 3 })[0]).toMatch(
      /tip3 \+3 is outside the band of "keep-promise" with "timing: late" \(0\.\.\+1\)/,
    );
    expect(() => bandsFor('pitch', { timing: 'late' })).toThrow(
      /does not apply to the act "pitch"/,
    );
    expect(() => bandsFor('shout')).toThrow(/unknown act "shout"/);
  });

  it('never lets a sales act gain a tip without the asked modifier', () => {
    for (const id of ['pitch', 'qualify', 'target', 'follow-up-with-pitch', 'cold-call']) {
      for (const t of TIPS) expect(bandsFor(id)[t][1], `${id} tip${t}`).toBeLessThanOrEqual(0);
    }
  });
});

describe('rubric tags', () => {
  it('reads the act, modifiers and trust changes of a choice', () => {
    expect(
      parseChoiceTags([
        'act: keep-promise',
        'timing: late',
        'tip3 +1',
        'trust: els +1',
        'trust: johan -2',
      ]),
    ).toEqual({
      effects: { 3: 1 },
      why: null,
      act: 'keep-promise',
      modifiers: { timing: 'late' },
      trust: [
        { person: 'els', delta: 1 },
        { person: 'johan', delta: -2 },
      ],
    });
  });

  it.each([
    [['act: shout'], /unknown act "shout"/],
    [['act: pitch', 'act: pitch'], /two "act:" tags/],
    [['timing: early'], /unknown modifier "timing: early"/],
    [['trust: Els +1'], /cast id/],
    [['trust: els 1'], /malformed trust change/],
    [['trust: els +4'], /out of range/],
    [['trust: els +1', 'trust: els -1'], /changed twice/],
  ])('refuses %j', (tags, message) => {
    expect(() => parseChoiceTags(tags)).toThrow(message);
  });

  it('reads a discussion prompt as free text on a line', () => {
    expect(parseLineTags(['speaker: els', 'discuss: Is this an invitation to pitch?'])).toEqual({
      speaker: 'els',
      mood: null,
      scene: null,
      sound: null,
      ending: null,
      discuss: 'Is this an invitation to pitch?',
    });
    expect(() => parseLineTags(['discuss:'])).toThrow(/no question/);
    expect(() => parseLineTags(['act: pitch'])).toThrow(/inside the choice brackets/);
  });
});

describe('the rubric in the source check', () => {
  const header = '# title: T\n# cast: els \\| Els W \\| architect\n';
  const lint = (body: string, rubric?: boolean) =>
    lintInkSource('t.ink', header + body, rubric === undefined ? {} : { rubric }).diagnostics;

  it('requires an act only where the rubric is enforced', () => {
    const src = 'Hi.\n* [Ask # tip2 +1 # why: x]\n-> END\n';
    expect(lint(src)).toEqual([]);
    const enforced = lint(src, true);
    expect(enforced.map((d) => [d.line, d.severity])).toEqual([[4, 'error']]);
    expect(enforced[0]?.message).toMatch(/without an act/);
    expect(lint('* Ask plainly\n-> END\n', true)[0]?.message).toMatch(/without an act/);
  });

  it('names the line of an effect outside the band, and of trust for a stranger', () => {
    const d = lint('* [Pitch # act: pitch # tip1 +1 # trust: kurt +1 # why: x]\n-> END\n', true);
    expect(d.map((x) => [x.line, x.message])).toEqual([
      [3, 'tip1 +1 is outside the band of "pitch" (-3..0): see docs/rubric.md'],
      [3, 'trust for "kurt", who is not in the cast: use a cast id'],
    ]);
  });

  it('refuses a modifier without an act', () => {
    expect(lint('* [Late # timing: late # tip3 +1 # why: x]\n-> END\n')[0]?.message).toMatch(
      /modifier on a choice without an act/,
    );
  });

  it('enforces the scenarios under stories/<lang>/ that are not pending', () => {
    expect(rubricEnforced('stories/en/club-own.ink')).toBe(true);
    expect(rubricEnforced('/x/stories/nl/club-own.ink')).toBe(true);
    expect(rubricEnforced('stories/en/_parts.ink')).toBe(false);
    expect(rubricEnforced('tests/fixtures/good.ink')).toBe(false);
  });
});

describe('trade-off figures', () => {
  it('counts a choice as mixed only when one tip rises and another falls', () => {
    expect(isMixed({ effects: { 1: 1, 2: -1 } })).toBe(true);
    expect(isMixed({ effects: { 1: 1, 2: 1 } })).toBe(false);
    expect(isMixed({ effects: {} })).toBe(false);
  });

  it('finds the option that is best on every tip, if there is one', () => {
    const a = { effects: { 2: 2 } };
    const b = { effects: { 1: 1, 2: -1 } };
    const c = { effects: { 1: -1 } };
    expect(dominantOption([a, b])).toBeNull();
    expect(dominantOption([a, c])).toBe(a);
  });
});
