/**
 * The rubric in the debrief (docs/rubric.md): a small line per person showing how their trust in the
 * player moved, with the choice that turned it, and the act and rubric line of each key moment. Self-
 * contained: the debrief screen mounts `trustSection` and `rubricNote` with one line each. Story
 * text (names, choices) is always set as text, never as markup.
 */
import './trust-view.css';
import { rubricMessages } from '../i18n/rubric.ts';
import type { Debrief, ScoredOption, TrustLine } from '../scoring/index.ts';
import type { StoryMeta } from '../story/index.ts';
import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * "Rubric: Keep a promise — Doing what you said…", or null for an option without an act. A modifier
 * (`asked: yes`) names itself after the act ("Pitch, asked for") and gives its own line, because the
 * act's line ("never a tip gained") is no longer true of that choice.
 */
export function rubricNote(lang: string, option: ScoredOption): HTMLElement | null {
  if (!option.act) return null;
  const r = rubricMessages(lang);
  const act = r.acts[option.act];
  if (!act) return null;
  const modifiers = Object.entries(option.modifiers ?? {})
    .map(([key, value]) => r.modifiers[`${key}: ${value}`])
    .filter((m) => m !== undefined);
  const name = [act.name, ...modifiers.map((m) => m.qualifier)].join(', ');
  const line = modifiers.length > 0 ? modifiers.map((m) => m.line).join(' ') : act.line;
  return h(
    'p',
    { class: 'rubric-note', 'data-act': option.act },
    h('span', { class: 'label' }, `${r.actLabel}: `),
    h('strong', {}, name),
    ` — ${line}`,
  );
}

/** A sparkline of one person's trust: 0 before the first change, then each level. */
function sparkline(line: TrustLine, low: number, high: number): SVGSVGElement {
  const levels = [0, ...line.steps.map((s) => s.level)];
  const width = 120;
  const height = 36;
  const span = Math.max(1, high - low);
  const x = (i: number) => (levels.length === 1 ? 0 : (i / (levels.length - 1)) * (width - 8) + 4);
  const y = (v: number) => height - 4 - ((v - low) / span) * (height - 8);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'trust-spark');
  const zero = document.createElementNS(SVG, 'line');
  zero.setAttribute('x1', '0');
  zero.setAttribute('x2', String(width));
  zero.setAttribute('y1', String(y(0)));
  zero.setAttribute('y2', String(y(0)));
  zero.setAttribute('class', 'trust-zero');
  svg.appendChild(zero);
  const path = document.createElementNS(SVG, 'polyline');
  path.setAttribute('points', levels.map((v, i) => `${x(i)},${y(v)}`).join(' '));
  path.setAttribute('class', 'trust-path');
  svg.appendChild(path);
  const turning = line.turning ? line.steps.indexOf(line.turning) + 1 : -1;
  levels.forEach((v, i) => {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', String(x(i)));
    dot.setAttribute('cy', String(y(v)));
    dot.setAttribute('r', i === turning ? '3.5' : '2');
    dot.setAttribute('class', i === turning ? 'trust-dot turning' : 'trust-dot');
    svg.appendChild(dot);
  });
  return svg;
}

/** The trust panel for the debrief, or null when the story tracks nobody's trust. */
export function trustSection(lang: string, debrief: Debrief, meta: StoryMeta): HTMLElement | null {
  const trust = debrief.trust ?? [];
  if (trust.length === 0) return null;
  const r = rubricMessages(lang);
  const levels = trust.flatMap((l) => [0, ...l.steps.map((s) => s.level)]);
  const low = Math.min(0, ...levels);
  const high = Math.max(1, ...levels);
  const nameOf = (id: string) => meta.cast.find((c) => c.id === id)?.name ?? id;
  return h(
    'section',
    { class: 'trust', 'aria-labelledby': 'trust-heading' },
    h('h2', { id: 'trust-heading' }, r.trustTitle),
    h('p', { class: 'trust-intro' }, r.trustIntro),
    h(
      'ul',
      { class: 'trust-list' },
      ...trust.map((line) =>
        h(
          'li',
          { class: `trust-person ${line.stage}`, 'data-person': line.person },
          h(
            'p',
            { class: 'trust-name' },
            h(
              'span',
              { class: 'sr-only' },
              r.trustSummary(nameOf(line.person), line.final, r.stages[line.stage]),
            ),
            h('strong', { 'aria-hidden': 'true' }, nameOf(line.person)),
            h('span', { class: 'trust-stage', 'aria-hidden': 'true' }, r.stages[line.stage]),
          ),
          sparkline(line, low, high),
          line.turning
            ? h(
                'p',
                { class: 'trust-turn' },
                h('span', { class: 'label' }, `${r.turnedBy}: `),
                h('span', { lang }, line.turning.choice),
                ` (${line.turning.delta > 0 ? '+' : ''}${line.turning.delta})`,
              )
            : null,
          line.repaired ? h('p', { class: 'trust-repaired' }, r.repaired) : null,
        ),
      ),
    ),
  );
}

/**
 * The debrief's one-line hook: names the act and rubric line of the option chosen at each key moment
 * (the `.moment` items, in the debrief's order) and adds the trust panel before the moments. `lang`
 * is the player's interface language.
 */
export function mountRubric(
  screen: HTMLElement,
  lang: string,
  debrief: Debrief,
  meta: StoryMeta,
): void {
  const items = screen.querySelectorAll('.moment');
  debrief.moments.forEach((m, i) => {
    const note = rubricNote(lang, m.chosen);
    const chosen = items[i]?.querySelector('.option.chosen');
    if (note && chosen) chosen.appendChild(note);
  });
  const panel = trustSection(lang, debrief, meta);
  const moments = screen.querySelector('section.moments');
  if (panel) screen.insertBefore(panel, moments ?? null);
}
