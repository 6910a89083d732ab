/**
 * What a choice did to the tips, as a list: one item per tip it moved, in tip order. The coach note in
 * the conversation and the debrief's key moments show the same list, so it is built once, here, from
 * scoring's own reading of the effects (`movedTips`).
 */
import { h } from './dom.ts';
import { movedTips, type TipEffects } from '../scoring/index.ts';
import type { Messages } from '../i18n/index.ts';

/** The list of moved tips; a short "no effect" line when the choice moved none. */
export function effectList(t: Messages, effects: TipEffects): HTMLElement {
  const moved = movedTips(effects);
  if (moved.length === 0) return h('p', { class: 'effects none' }, t.effectNone);
  return h(
    'ul',
    { class: 'effects' },
    ...moved.map((tip) => {
      const delta = effects[tip] ?? 0;
      return h(
        'li',
        { class: delta > 0 ? 'effect up' : 'effect down', 'data-tip': tip },
        t.effect(t.tips[tip].name, delta),
      );
    }),
  );
}
