/**
 * The room's debrief and exports from a room's history: the group's scores through the same
 * buildDebrief as a single player's, where the room was divided, what it passed over, and a CSV that a
 * spreadsheet reads safely (one row per decision, formulas neutralised, accents kept).
 */
import { describe, expect, it } from 'vitest';
import { LocalRoom } from '../../../src/workshop/link.ts';
import { summarize, toCsv, toJson, CSV_COLUMNS } from '../../../src/workshop/summary.ts';
import type { ChoicePoint } from '../../../src/rooms/index.ts';
import type { TipRanges } from '../../../src/scoring/index.ts';

const RANGES: TipRanges = {
  1: { min: -4, max: 4 },
  2: { min: -2, max: 2 },
  3: { min: 0, max: 0 },
  4: { min: -1, max: 3 },
  5: { min: -3, max: 3 },
};

function point(id: string, prompt: string): ChoicePoint {
  return {
    id,
    prompt,
    options: [
      {
        index: 0,
        text: '=HYPERLINK("x") pitch hard',
        effects: { 1: -2, 5: -1 },
        why: 'Selling first.',
      },
      { index: 1, text: 'Ask about her café', effects: { 1: 1, 2: 1 }, why: 'Curious, "really".' },
      { index: 2, text: 'Zeg iets over België', effects: { 4: 2 }, why: null },
    ],
    discuss: 'What would you say?',
  };
}

async function playRoom(): Promise<LocalRoom> {
  let t = 1_000;
  const room = new LocalRoom({ id: 'hard-seller', lang: 'en' }, 'Club night', () => (t += 10));
  await room.present(point('1@a.0', 'First'));
  await room.hands('1@a.0', [5, 5, 0]); // a tie, broken by the story's order
  await room.reveal('1@a.0');
  await room.continueWith('1@a.0', 'majority');
  await room.present(point('2@b.0', 'Second'));
  await room.hands('2@b.0', [1, 6, 1]);
  await room.reveal('2@b.0');
  await room.continueWith('2@b.0', 'override', 2);
  await room.present(point('3@c.0', 'Third'));
  await room.hands('3@c.0', [0, 9, 0]);
  await room.reveal('3@c.0');
  await room.continueWith('3@c.0', 'majority');
  await room.end('warm-exit');
  return room;
}

describe('room summary', () => {
  it('scores the path the room took against the scenario ranges', async () => {
    const room = await playRoom();
    const s = summarize(room.view().history, RANGES);
    expect(s.decisions.map((d) => d.decision.chosen)).toEqual([0, 2, 1]);
    // tip 1: -2 (pitch) + 1 (café) = -1 on -4..4
    expect(s.debrief.tips.find((t) => t.tip === 1)?.score).toBe(-1);
    expect(s.debrief.tips.find((t) => t.tip === 1)?.share).toBeCloseTo(3 / 8);
    expect(s.debrief.tips.find((t) => t.tip === 3)?.share).toBeNull();
    expect(s.ending).toBe('warm-exit');
    expect(s.overrides).toBe(1);
  });

  it('finds the most divided decisions and the stronger options passed over', async () => {
    const s = summarize((await playRoom()).view().history, RANGES);
    // 5 of 10 for the first (a tie), 1 of 8 for the override, 9 of 9 for the last.
    expect(s.mostDivided.map((d) => d.decision.step)).toEqual([2, 1]);
    expect(s.mostDivided[0]?.agreement).toBeCloseTo(1 / 8);
    // The pitch (net -3) passed over the café question (net +2); option 3 (net +2) ties it, not weaker.
    expect(s.passedOver.map((d) => d.decision.step)).toEqual([1]);
    expect(s.passedOver[0]?.stronger?.text).toBe('Ask about her café');
  });

  it('exports one CSV row per decision that a spreadsheet cannot mistake for a formula', async () => {
    const csv = toCsv((await playRoom()).view().history);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines[1]).toContain('"\'=HYPERLINK(""x"") pitch hard"');
    expect(lines[1]).toContain('"5 | 5 | 0"');
    expect(lines[2]).toContain('"override"');
    expect(lines[2]).toContain('"Zeg iets over België"');
    expect(lines[3]).toContain('"Curious, ""really""."');
  });

  it('exports the whole history as JSON with its format and version', async () => {
    const room = await playRoom();
    const json = JSON.parse(
      toJson({
        scenario: { id: 'hard-seller', lang: 'en', title: 'The hard seller' },
        title: 'Club night',
        exportedAt: '2026-12-01T00:00:00.000Z',
        participants: 0,
        ending: 'warm-exit',
        tips: summarize(room.view().history, RANGES).debrief.tips,
        history: room.view().history,
      }),
    ) as { format: string; version: number; history: unknown[] };
    expect(json.format).toBe('mingle-room');
    expect(json.version).toBe(1);
    expect(json.history).toHaveLength(4);
  });
});

describe('hand-count room', () => {
  it('refuses what the machine refuses, in words the screens can translate', async () => {
    const room = new LocalRoom({ id: 'hard-seller', lang: 'nl' }, null);
    await room.present(point('1@a.0', 'First'));
    await expect(room.continueWith('1@a.0', 'majority')).rejects.toMatchObject({
      code: 'not-revealed',
    });
    await room.reveal('1@a.0');
    await expect(room.continueWith('1@a.0', 'majority')).rejects.toMatchObject({
      code: 'no-votes',
    });
    await room.continueWith('1@a.0', 'override', 1);
    expect(room.view().phase).toBe('story');
  });
});
