/**
 * Saving to Your scenarios: every language of the scenario is checked in full (the Check pane's own
 * analysis, in a worker: ./client.ts runCheck) and saved only when each one is sound, with the
 * scenario the check made of it, so the game plays it later without the Studio. An imported file goes
 * through the same check: nothing reaches the library unchecked.
 */
import { LANGS, type Lang } from '../i18n/index.ts';
import {
  langsOf,
  type InkPart,
  type Library,
  type LibraryWrite,
  type SavedScenario,
} from '../library/index.ts';
import { readExportFile, type ImportProblem } from '../library/exchange.ts';
import { runCheck } from './client.ts';
import { STORY_FILE } from './protocol.ts';
import type { RefusalReason } from './protocol.ts';

/** Why a language could not be saved: it does not compile, the check found errors, or it was refused. */
export type NotSound =
  | { readonly why: 'compile'; readonly lang: Lang; readonly errors: number }
  | { readonly why: 'problems'; readonly lang: Lang; readonly errors: number }
  | { readonly why: 'partial'; readonly lang: Lang }
  | { readonly why: 'refused'; readonly lang: Lang; readonly reason: RefusalReason }
  | { readonly why: 'failed'; readonly lang: Lang };

export type Checked =
  { readonly ok: true; readonly saved: SavedScenario } | ({ readonly ok: false } & NotSound);

/**
 * Checks each language's story, with the files it includes (`parts`), and makes the saved scenario
 * `id` of them (or says what is wrong).
 */
export async function checkForSaving(
  texts: Partial<Record<Lang, string>>,
  id: string,
  parts: Partial<Record<Lang, readonly InkPart[]>> = {},
  now: () => number = () => Date.now(),
): Promise<Checked> {
  const versions: SavedScenario['versions'] = {};
  for (const lang of LANGS) {
    const source = texts[lang];
    if (source === undefined) continue;
    const own = (parts[lang] ?? []).map((p) => ({ name: p.name, text: p.text }));
    const answer = await runCheck([{ name: STORY_FILE, text: source }, ...own], lang).done;
    if (!answer) return { ok: false, why: 'failed', lang };
    if (answer.type === 'refused')
      return { ok: false, why: 'refused', lang, reason: answer.reason };
    if (answer.type !== 'checked') return { ok: false, why: 'failed', lang };
    const errors = answer.diagnostics.filter((d) => d.severity === 'error').length;
    if (!answer.report) return { ok: false, why: 'compile', lang, errors };
    const { report } = answer;
    if (!report.scenario) {
      const found = report.findings.filter((f) => f.severity === 'error').length;
      return found === 0 && !report.complete
        ? { ok: false, why: 'partial', lang }
        : { ok: false, why: 'problems', lang, errors: found };
    }
    versions[lang] = {
      source,
      ...(own.length > 0 ? { parts: own } : {}),
      scenario: { ...report.scenario, id },
    };
  }
  return { ok: true, saved: { id, savedAt: now(), versions } };
}

export type Imported =
  | { readonly ok: true; readonly saved: SavedScenario }
  | {
      readonly ok: false;
      readonly why: 'file';
      readonly problem: ImportProblem;
      readonly at: string | null;
    }
  | ({ readonly ok: false } & NotSound)
  | {
      readonly ok: false;
      readonly why: 'write';
      readonly write: Extract<LibraryWrite, { ok: false }>;
    };

/** Imports an export file's text as a new saved scenario `id`: read, checked, then saved. */
export async function importScenario(
  text: string,
  id: string,
  library: Library,
): Promise<Imported> {
  const file = readExportFile(text);
  if (!file.ok) return { ok: false, why: 'file', problem: file.problem, at: file.at };
  const checked = await checkForSaving(file.texts, id, file.parts);
  if (!checked.ok) return checked;
  const write = await library.save(checked.saved);
  if (!write.ok) return { ok: false, why: 'write', write };
  return { ok: true, saved: checked.saved };
}

/** The languages of a saved scenario as the Studio's tabs (source text by language). */
export function textsOf(saved: SavedScenario): Partial<Record<Lang, string>> {
  const texts: Partial<Record<Lang, string>> = {};
  for (const lang of langsOf(saved)) texts[lang] = saved.versions[lang]?.source ?? '';
  return texts;
}

/** The files each language of a saved scenario includes, by language (none: absent). */
export function partsOf(saved: SavedScenario): Partial<Record<Lang, readonly InkPart[]>> {
  const parts: Partial<Record<Lang, readonly InkPart[]>> = {};
  for (const lang of langsOf(saved)) {
    const own = saved.versions[lang]?.parts ?? [];
    if (own.length > 0) parts[lang] = own;
  }
  return parts;
}
