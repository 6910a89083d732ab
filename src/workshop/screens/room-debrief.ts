/**
 * The room's debrief, the same on the projector and on every phone: the group's path on the five tips
 * as a share of what this scenario allows (the raw numbers beside it), the decisions where the room was
 * most divided, the stronger options it passed over, and every decision with its split. The projector
 * adds the exports and a print stylesheet turns the same page into a one-page summary.
 */
import { h } from '../../ui/dom.ts';
import { effectList } from '../../ui/index.ts';
import type { Messages } from '../../i18n/index.ts';
import { endingTitle, type ScenarioInfo } from '../../story/index.ts';
import type { Decision } from '../../rooms/index.ts';
import type { DecisionSummary, RoomSummary } from '../summary.ts';

const percent = (x: number): number => Math.round(x * 100);

/** The split of one decision as bars, the option taken marked. */
export function splitView(t: Messages, d: Decision, lang: string): HTMLElement {
  const w = t.workshop;
  const total = Math.max(1, d.voters);
  return h(
    'ol',
    { class: 'split' },
    ...d.point.options.map((o, i) => {
      const votes = d.tally[i] ?? 0;
      const taken = o.index === d.chosen;
      return h(
        'li',
        { class: taken ? 'split-row taken' : 'split-row' },
        h('span', { class: 'split-text', lang }, `${i + 1}. ${o.text}`),
        h(
          'span',
          { class: 'split-bar', 'aria-hidden': 'true' },
          h('span', { class: 'split-fill', style: `width:${(votes / total) * 100}%` }),
        ),
        h('span', { class: 'split-count' }, w.votes(votes)),
        taken ? h('span', { class: 'split-taken' }, w.chosenBy[d.how] ?? '') : null,
      );
    }),
  );
}

function decisionItem(
  t: Messages,
  s: DecisionSummary,
  lang: string,
  extra: Node | null,
): HTMLElement {
  const d = s.decision;
  return h(
    'li',
    { class: 'room-decision', 'data-step': d.step },
    h('p', { class: 'prompt', lang }, d.point.prompt),
    splitView(t, d, lang),
    extra,
  );
}

export function roomDebriefView(
  t: Messages,
  info: ScenarioInfo,
  summary: RoomSummary,
  actions: Node | null,
): HTMLElement {
  const w = t.workshop;
  const story = info.lang;
  const ending = summary.ending ? (endingTitle(info.meta, summary.ending) ?? summary.ending) : null;
  const tips = h(
    'ul',
    { class: 'room-tips' },
    ...summary.debrief.tips.map((tip) => {
      const name = t.tips[tip.tip].name;
      const main = info.meta.mainTip === tip.tip;
      if (tip.share === null) {
        return h(
          'li',
          { class: 'room-tip unscored', 'data-tip': tip.tip },
          h('span', { class: 'tip-name' }, name),
          h('span', { class: 'tip-value' }, w.notAtStake),
        );
      }
      return h(
        'li',
        { class: main ? 'room-tip main' : 'room-tip', 'data-tip': tip.tip },
        h('span', { class: 'tip-name' }, name, main ? ` · ${t.mainLessonLabel}` : ''),
        h(
          'span',
          { class: 'share-bar', 'aria-hidden': 'true' },
          h('span', { class: 'share-fill', style: `width:${percent(tip.share)}%` }),
        ),
        h(
          'span',
          { class: 'tip-value' },
          w.tipShare(percent(tip.share)),
          h('span', { class: 'raw' }, ` (${w.tipRaw(tip.score, tip.min, tip.max)})`),
        ),
      );
    }),
  );
  const divided =
    summary.mostDivided.length > 0
      ? h(
          'ol',
          { class: 'room-decisions' },
          ...summary.mostDivided.map((s) =>
            decisionItem(
              t,
              s,
              story,
              h('p', { class: 'agreement' }, w.agreement(percent(s.agreement ?? 0))),
            ),
          ),
        )
      : h('p', { class: 'note' }, w.dividedNone);
  const passed =
    summary.passedOver.length > 0
      ? h(
          'ol',
          { class: 'room-passed' },
          ...summary.passedOver.map((s) => {
            const d = s.decision;
            const took = d.point.options.find((o) => o.index === d.chosen);
            return h(
              'li',
              { class: 'passed' },
              h('p', { class: 'prompt', lang: story }, d.point.prompt),
              h(
                'p',
                { class: 'took' },
                h('span', { class: 'label' }, `${w.took}: `),
                h('span', { lang: story }, took?.text ?? ''),
              ),
              s.stronger
                ? h(
                    'div',
                    { class: 'stronger' },
                    h(
                      'p',
                      {},
                      h('span', { class: 'label' }, `${w.stronger}: `),
                      h('span', { lang: story }, s.stronger.text),
                    ),
                    effectList(t, s.stronger.effects),
                    s.stronger.why ? h('p', { class: 'why', lang: story }, s.stronger.why) : null,
                  )
                : null,
            );
          }),
        )
      : h('p', { class: 'note' }, w.passedNone);
  const all = h(
    'details',
    { class: 'all-decisions' },
    h('summary', {}, w.decisionsTitle),
    h(
      'ol',
      { class: 'room-decisions' },
      ...summary.decisions.map((s) => decisionItem(t, s, story, null)),
    ),
  );
  const overrides = w.overrides(summary.overrides);
  return h(
    'div',
    { class: 'room-debrief' },
    h('p', { class: 'intro' }, w.debriefIntro(info.meta.title)),
    ending
      ? h(
          'p',
          { class: 'ending' },
          h('span', { class: 'label' }, `${t.endingLabel}: `),
          h('span', { lang: story }, ending),
        )
      : null,
    tips,
    overrides ? h('p', { class: 'note' }, overrides) : null,
    h('h2', {}, w.dividedTitle),
    divided,
    h('h2', {}, w.passedTitle),
    passed,
    all,
    actions,
  );
}
