/**
 * Translation parity: a scenario's translations must be the same conversation in other words. Two
 * analysed versions are compared on what the scoring and the debrief depend on: the same knots and
 * stitches, the same choice points in each, choices with the same tip effects, rubric act, modifiers
 * and trust changes in the same order, the same choice points with a `discuss:` prompt, and the same
 * ending ids. Texts are free to differ; ink's internal paths are not compared directly (they
 * count text items, which differ between languages), only their order within a place.
 */
import { effectsLabel } from './map.ts';
import type { SourceIndex, SourceLocation } from './source-index.ts';
import type { AnalysisReport, ChoiceInfo } from './types.ts';

/**
 * What a drift is, as data (the Studio words it in the author's language; `message` is the command
 * line's English sentence). Counts and labels are the translation's and the reference's.
 */
export type DriftWhat =
  | { readonly kind: 'place-missing' | 'place-extra' }
  | { readonly kind: 'ending-missing' | 'ending-extra'; readonly ending: string }
  | {
      readonly kind: 'points' | 'choices';
      readonly translation: number;
      readonly reference: number;
    }
  | {
      readonly kind: 'effects' | 'rubric';
      /** 1-based, among the place's choices. */
      readonly choice: number;
      readonly translation: string;
      readonly reference: string;
    }
  | { readonly kind: 'discuss'; readonly inTranslation: boolean };

export interface ParityDrift {
  /** The knot or stitch where the two versions part, or null for the story as a whole. */
  readonly place: string | null;
  readonly message: string;
  readonly what: DriftWhat;
  /** A choice concerned, in the reference version and in the translation, when about one choice. */
  readonly referenceChoice: string | null;
  readonly translationChoice: string | null;
  /** The ending id concerned, when about an ending. */
  readonly ending: string | null;
}

/** Orders ink paths as they sit in the content tree: indices by number, names by name. */
function comparePaths(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

function choicesByPlace(report: AnalysisReport): Map<string, ChoiceInfo[]> {
  const map = new Map<string, ChoiceInfo[]>();
  for (const c of report.choices) map.set(c.place, [...(map.get(c.place) ?? []), c]);
  for (const list of map.values()) list.sort((a, b) => comparePaths(a.id, b.id));
  return map;
}

/** Choice points per place: how many weave containers hold its choices. */
function pointsByPlace(report: AnalysisReport): Map<string, number> {
  const points = new Map<string, Set<string>>();
  for (const c of report.choices) {
    const container = c.id.split('.').slice(0, -1).join('.');
    const set = points.get(c.place) ?? new Set<string>();
    set.add(container);
    points.set(c.place, set);
  }
  return new Map([...points].map(([p, s]) => [p, s.size]));
}

/** A choice's act, modifiers, trust changes and `timeout` tag as one comparable label. */
function rubricLabel(c: ChoiceInfo): string {
  const mods = Object.entries(c.modifiers)
    .sort()
    .map(([k, v]) => ` ${k}: ${v}`)
    .join('');
  const trust = [...c.trust]
    .sort((a, b) => (a.person < b.person ? -1 : 1))
    .map((t) => ` trust ${t.person} ${t.delta > 0 ? '+' : ''}${t.delta}`)
    .join('');
  return `act "${c.act ?? 'none'}"${mods}${trust}${c.timeout ? ' timeout' : ''}`;
}

export function compareStructure(
  reference: AnalysisReport,
  translation: AnalysisReport,
): ParityDrift[] {
  const drifts: ParityDrift[] = [];
  const drift = (
    what: DriftWhat,
    place: string | null,
    message: string,
    ref: string | null = null,
    tr: string | null = null,
    ending: string | null = null,
  ) => drifts.push({ place, message, what, referenceChoice: ref, translationChoice: tr, ending });

  const places = (r: AnalysisReport) => new Set([...r.knots.reachable, ...r.knots.unreachable]);
  const refPlaces = places(reference);
  const trPlaces = places(translation);
  for (const p of refPlaces)
    if (!trPlaces.has(p))
      drift({ kind: 'place-missing' }, p, `${p} is missing from the translation`);
  for (const p of trPlaces)
    if (!refPlaces.has(p))
      drift({ kind: 'place-extra' }, p, `${p} is not in the reference version`);

  const refEndings = new Set(reference.endings.map((e) => e.id));
  const trEndings = new Set(translation.endings.map((e) => e.id));
  for (const e of refEndings)
    if (!trEndings.has(e))
      drift(
        { kind: 'ending-missing', ending: e },
        null,
        `ending "${e}" cannot be reached in the translation`,
        null,
        null,
        e,
      );
  for (const e of trEndings)
    if (!refEndings.has(e))
      drift(
        { kind: 'ending-extra', ending: e },
        null,
        `ending "${e}" is not in the reference version`,
        null,
        null,
        e,
      );

  const refPoints = pointsByPlace(reference);
  const trPoints = pointsByPlace(translation);
  const refChoices = choicesByPlace(reference);
  const trChoices = choicesByPlace(translation);
  for (const place of [...refPlaces].filter((p) => trPlaces.has(p))) {
    const rp = refPoints.get(place) ?? 0;
    const tp = trPoints.get(place) ?? 0;
    if (rp !== tp)
      drift(
        { kind: 'points', translation: tp, reference: rp },
        place,
        `${place} has ${tp} choice point(s) in the translation, ${rp} in the reference`,
      );
    const rc = refChoices.get(place) ?? [];
    const tc = trChoices.get(place) ?? [];
    if (rc.length !== tc.length) {
      drift(
        { kind: 'choices', translation: tc.length, reference: rc.length },
        place,
        `${place} offers ${tc.length} choice(s) in the translation, ${rc.length} in the reference`,
      );
      continue;
    }
    rc.forEach((r, i) => {
      const t = tc[i];
      if (!t) return;
      const re = effectsLabel(r.effects);
      const te = effectsLabel(t.effects);
      if (re !== te) {
        drift(
          { kind: 'effects', choice: i + 1, translation: te, reference: re },
          place,
          `choice ${i + 1} in ${place} scores ${te} in the translation ("${t.text}") but ${re} in the reference ("${r.text}")`,
          r.text,
          t.text,
        );
      }
      const ra = rubricLabel(r);
      const ta = rubricLabel(t);
      if (ra !== ta) {
        drift(
          { kind: 'rubric', choice: i + 1, translation: ta, reference: ra },
          place,
          `choice ${i + 1} in ${place} is ${ta} in the translation ("${t.text}") but ${ra} in the reference ("${r.text}")`,
          r.text,
          t.text,
        );
      }
      const rd = r.discuss !== null;
      const td = t.discuss !== null;
      if (rd !== td && rc.indexOf(r) === rc.findIndex((x) => x.point === r.point)) {
        drift(
          { kind: 'discuss', inTranslation: td },
          place,
          `the choice point of "${t.text}" in ${place} ${td ? 'has' : 'has no'} discuss: prompt in the translation, ${rd ? 'has one' : 'none'} in the reference`,
          r.text,
          t.text,
        );
      }
    });
  }
  return drifts;
}

/** A drift pinned to where it is written: in the translation, and in the reference version. */
export interface LocatedDrift {
  readonly drift: ParityDrift;
  readonly at: SourceLocation;
  readonly referenceAt: SourceLocation;
}

/** What parity needs of a SourceIndex: where a place, a choice and an ending are written. */
export type DriftIndex = Pick<SourceIndex, 'place' | 'choice' | 'ending'>;

/** Where a drift is written in one version: its choice, else its ending, else its place. */
function locate(index: DriftIndex, d: ParityDrift, choice: string | null): SourceLocation {
  if (d.place && choice !== null) return index.choice(d.place, choice);
  if (d.ending !== null) return index.ending(d.ending, d.place ?? '');
  return index.place(d.place);
}

/**
 * compareStructure, each drift pinned to a line in both versions: the command line
 * (scripts/analysis-parity.ts) and the Studio's language pair share this one comparison.
 */
export function locateDrifts(
  reference: AnalysisReport,
  translation: AnalysisReport,
  referenceIndex: DriftIndex,
  translationIndex: DriftIndex,
): LocatedDrift[] {
  return compareStructure(reference, translation).map((drift) => ({
    drift,
    at: locate(translationIndex, drift, drift.translationChoice),
    referenceAt: locate(referenceIndex, drift, drift.referenceChoice),
  }));
}
