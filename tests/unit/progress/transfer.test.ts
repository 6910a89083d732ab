import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readProfileFile } from '../../../src/progress/transfer.ts';
import { profileFileText } from '../../../src/progress/transfer.ts';
import { sameProfile } from '../../../src/progress/merge.ts';
import { memoryBackend } from '../../../src/progress/index.ts';
import { arbProfile, newStorage, openStore, play, totals } from './helpers.ts';

function exportedAna(): { text: string; id: string } {
  const store = openStore(memoryBackend());
  const ana = store.createProfile('Ana');
  if (!ana.ok) throw new Error();
  play(store, 'hard-seller', [0, 2, 1], totals(3, 1, 0, 2, 1), { mem_met_hard_seller: true });
  play(store, 'coffee', [1], totals(0, 2, 0, 0, 0));
  const file = store.exportProfile(ana.value.id);
  if (!file) throw new Error();
  expect(file.fileName).toMatch(/^mingle-ana-\d{4}-\d\d-\d\d\.json$/);
  return { text: file.text, id: ana.value.id };
}

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('export and import', { timeout: 60_000 }, () => {
  it('moves a profile to an empty browser with its history, best scores and memory intact', () => {
    const { text, id } = exportedAna();
    const other = newStorage();
    const store = openStore(other.tab(), 'u');
    const result = store.importProfile(text);
    expect(result).toMatchObject({ ok: true, how: 'added', warnings: [] });
    const p = store.activeProfile();
    expect(p?.id).toBe(id);
    expect(p?.attempts.map((a) => a.path)).toEqual([[0, 2, 1], [1]]);
    expect(p?.best).toEqual({
      'hard-seller': totals(3, 1, 0, 2, 1),
      coffee: totals(0, 2, 0, 0, 0),
    });
    expect(store.memory()).toEqual({ mem_met_hard_seller: true });
    // And it is stored, not just held in memory.
    expect(openStore(other.tab(), 'v').profile(id)?.attempts).toHaveLength(2);
  });

  it('merges a profile that is already here: attempts joined by id, none duplicated', () => {
    const shared = newStorage();
    const home = openStore(shared.tab());
    const ana = home.createProfile('Ana');
    if (!ana.ok) throw new Error();
    play(home, 'hard-seller', [0], totals(1, 0, 0, 0, 0));
    const file = home.exportProfile(ana.value.id);
    if (!file) throw new Error();

    // On the laptop: import, play once more, export back.
    const laptop = openStore(memoryBackend(), 'l');
    laptop.importProfile(file.text);
    play(laptop, 'coffee', [1, 1], totals(0, 3, 0, 0, 0));
    const back = laptop.exportProfile(ana.value.id);
    if (!back) throw new Error();
    play(home, 'hard-seller', [2], totals(0, 0, 1, 0, 0));

    const result = home.importProfile(back.text);
    expect(result).toMatchObject({ ok: true, how: 'merged' });
    expect(home.profiles()).toHaveLength(1);
    // Each device has its own clock, so compare the attempts as a set.
    const paths = home.activeProfile()?.attempts.map((a) => a.path.join(',')) ?? [];
    expect(paths.sort()).toEqual(['0', '1,1', '2']);
  });

  it('imports as a separate profile on request', () => {
    const { text, id } = exportedAna();
    const store = openStore(memoryBackend(), 'u');
    store.importProfile(text);
    const copy = store.importProfile(text, 'copy');
    expect(copy.ok && copy.how).toBe('added');
    expect(copy.ok && copy.profile.id).not.toBe(id);
    expect(store.profiles()).toHaveLength(2);
  });

  it('round-trips any valid profile: export then import gives an equal profile', () => {
    let runs = 0;
    fc.assert(
      fc.property(arbProfile, (profile) => {
        runs++;
        const text = profileFileText(profile, 1_780_000_000_000);
        const reading = readProfileFile(text);
        if (!reading.ok) throw new Error(reading.message);
        expect(reading.warnings).toEqual([]);
        expect(sameProfile(reading.profile, profile)).toBe(true);
        const store = openStore(memoryBackend(), 'u');
        const imported = store.importProfile(text);
        expect(imported.ok && sameProfile(imported.profile, profile)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });
});

// A generous budget: these generate hundreds of cases or build big records, and a loaded machine
// must slow them down, not fail them.
describe('reading a file that is not a good profile file', { timeout: 60_000 }, () => {
  const { text } = exportedAna();
  const cases: [string, string, RegExp][] = [
    ['', 'empty', /empty/],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'binary', /PNG image/],
    ['\ufffdPNG\r\n\u001a\n\ufffd\ufffd', 'binary', /PNG image/],
    ['%PDF-1.7\n', 'binary', /PDF/],
    ['name,score\nAna,3\n', 'not-json', /not a JSON file/],
    [text.slice(0, Math.floor(text.length / 2)), 'truncated', /incomplete/],
    ['{"name": "my playlist", "songs": []}', 'foreign', /no Mingle format marker/],
    ['[1, 2, 3]', 'foreign', /not a Mingle profile/],
    ['{"format": "vscode-settings"}', 'foreign', /"vscode-settings"/],
    [
      '{"format": "mingle-quarantine", "formatVersion": 1, "items": []}',
      'quarantine-file',
      /damaged data/,
    ],
    [text.replace('"formatVersion": 1', '"formatVersion": 2'), 'newer-version', /newer version/],
    [text.replace('"schema": 1', '"schema": 3'), 'invalid', /damaged and cannot be imported/],
  ];
  for (const [input, problem, message] of cases) {
    it(`says "${problem}" for ${JSON.stringify(input.slice(0, 30))}`, () => {
      const r = readProfileFile(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problem).toBe(problem);
      expect(r.message).toMatch(message);
    });
  }

  it('imports what it can from a file with one damaged attempt, and warns', () => {
    const file = JSON.parse(text) as { profile: { attempts: { totals: unknown }[] } };
    const first = file.profile.attempts[0];
    if (first) first.totals = { 1: 'many' };
    const r = readProfileFile(JSON.stringify(file));
    expect(r.ok && r.profile.attempts).toHaveLength(1);
    expect(r.ok && r.warnings).toEqual(['attempts[0].totals.1 should be a whole number']);
  });

  it('never throws and never accepts random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (input) => {
        const r = readProfileFile(input);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
