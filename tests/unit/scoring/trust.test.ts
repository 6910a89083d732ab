import { describe, expect, it } from 'vitest';
import { buildDebrief, trustLines, trustStage, type Moment } from '../../../src/scoring/index.ts';

const moment = (
  text: string,
  trust: { person: string; delta: number }[],
  act = 'pitch',
): Moment => {
  const chosen = { text, effects: {}, why: null, act, trust };
  return { prompt: '', chosen, offered: [chosen] };
};

describe('trust per person', () => {
  it('follows each person along the path, with the choice that turned it most', () => {
    const lines = trustLines([
      moment('Pitch back', [
        { person: 'kurt', delta: 1 },
        { person: 'els', delta: -1 },
      ]),
      moment('Go after Els to apologise', [{ person: 'els', delta: 2 }], 'repair'),
      moment('Ask what would help him', [{ person: 'kurt', delta: 2 }], 'ask-how-to-help'),
    ]);
    expect(lines.map((l) => [l.person, l.steps.map((s) => s.level), l.final, l.stage])).toEqual([
      ['kurt', [1, 3], 3, 'credible'],
      ['els', [-1, 1], 1, 'visible'],
    ]);
    expect(lines[1]?.turning).toMatchObject({ choice: 'Go after Els to apologise', act: 'repair' });
    expect(lines[1]?.repaired).toBe(true);
    expect(lines[0]?.repaired).toBe(false);
  });

  it('names the stages the way docs/rubric.md does', () => {
    expect([-1, 0, 1, 2, 3, 4].map(trustStage)).toEqual([
      'wary',
      'visible',
      'visible',
      'credible',
      'credible',
      'referable',
    ]);
  });

  it('is part of the debrief, and empty for a story without trust tags', () => {
    const flat = { min: 0, max: 0 };
    const ranges = { 1: flat, 2: flat, 3: flat, 4: flat, 5: flat };
    expect(buildDebrief([moment('x', [])], ranges).trust).toEqual([]);
    expect(
      buildDebrief([moment('x', [{ person: 'els', delta: -2 }])], ranges).trust?.[0],
    ).toMatchObject({ person: 'els', final: -2, stage: 'wary', repaired: false });
  });
});
