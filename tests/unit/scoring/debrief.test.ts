import { describe, expect, it } from 'vitest';
import {
  buildDebrief,
  movedTips,
  practiceMoments,
  standingOf,
  netEffect,
  strongestOption,
  totalsOf,
  type Moment,
  type ScoredOption,
  type TipRanges,
} from '../../../src/scoring/index.ts';

const ask: ScoredOption = {
  text: 'Ask what brought her here',
  effects: { 2: 2 },
  why: 'A real question.',
};
const pitch: ScoredOption = {
  text: 'Pitch back',
  effects: { 1: -2, 5: -1 },
  why: 'She did not ask.',
};
const nod: ScoredOption = { text: 'Nod politely', effects: { 2: 1 }, why: 'Safe, not much more.' };
const chat: ScoredOption = { text: 'Talk about the weather', effects: {}, why: null };

const ranges: TipRanges = {
  1: { min: -4, max: 2 },
  2: { min: 0, max: 4 },
  3: { min: 0, max: 0 },
  4: { min: 0, max: 0 },
  5: { min: -2, max: 3 },
};

describe('scorecard', () => {
  it('adds up the chosen effects per tip', () => {
    const moments: Moment[] = [
      { prompt: 'p1', chosen: ask, offered: [ask, pitch] },
      { prompt: 'p2', chosen: pitch, offered: [pitch, nod] },
    ];
    expect(totalsOf(moments)).toEqual({ 1: -2, 2: 2, 3: 0, 4: 0, 5: -1 });
  });

  it('nets a choice over all tips and finds the strongest option', () => {
    expect(netEffect(pitch.effects)).toBe(-3);
    expect(strongestOption([pitch, nod, ask])).toBe(ask);
    expect(strongestOption([])).toBeNull();
  });

  it('lists the tips a choice moves, in tip order, leaving out zeros', () => {
    expect(movedTips(pitch.effects)).toEqual([1, 5]);
    expect(movedTips({ 3: 0, 2: 1 })).toEqual([2]);
    expect(movedTips(chat.effects)).toEqual([]);
  });
});

describe('buildDebrief', () => {
  const moments: Moment[] = [
    { prompt: 'She asks what you do.', chosen: pitch, offered: [ask, pitch, nod] },
    { prompt: 'He mentions his daughter.', chosen: nod, offered: [nod, ask] },
    { prompt: 'Small talk.', chosen: chat, offered: [chat] },
    { prompt: 'Last one.', chosen: ask, offered: [pitch, ask] },
  ];
  const debrief = buildDebrief(moments, ranges);

  it('places each tip between what the scenario makes possible', () => {
    expect(debrief.tips.map((t) => [t.tip, t.score, t.min, t.max, t.share])).toEqual([
      [1, -2, -4, 2, 2 / 6],
      [2, 3, 0, 4, 3 / 4],
      [3, 0, 0, 0, null],
      [4, 0, 0, 0, null],
      [5, -1, -2, 3, 1 / 5],
    ]);
    expect(debrief.overall).toBeCloseTo((2 + 3 + 1) / (6 + 4 + 5));
  });

  it('reviews scored moments only, with the stronger option for the weak ones', () => {
    expect(debrief.moments.map((m) => [m.prompt, m.verdict, m.stronger?.text ?? null])).toEqual([
      ['She asks what you do.', 'weak', 'Ask what brought her here'],
      ['He mentions his daughter.', 'good', 'Ask what brought her here'],
      ['Last one.', 'best', null],
    ]);
  });

  it('knows where each moment was in the play and how much stronger the other option was', () => {
    expect(debrief.moments.map((m) => [m.position, m.gap])).toEqual([
      [0, 5],
      [1, 1],
      [3, 0],
    ]);
  });

  it('picks the moments to practise: biggest difference first, shown in the order played', () => {
    expect(practiceMoments(debrief, 1).map((m) => m.position)).toEqual([0]);
    expect(practiceMoments(debrief).map((m) => m.position)).toEqual([0, 1]);
    const perfect = buildDebrief([{ prompt: 'x', chosen: ask, offered: [ask, pitch] }], ranges);
    expect(practiceMoments(perfect)).toEqual([]);
  });

  it('reads a share as strong from three quarters, weak under a half', () => {
    expect([0, 0.49, 0.5, 0.74, 0.75, 1].map(standingOf)).toEqual([
      'weak',
      'weak',
      'fair',
      'fair',
      'strong',
      'strong',
    ]);
  });

  it('has no overall share when nothing is scored', () => {
    const flat = { min: 0, max: 0 };
    expect(buildDebrief([], { 1: flat, 2: flat, 3: flat, 4: flat, 5: flat }).overall).toBeNull();
  });
});
