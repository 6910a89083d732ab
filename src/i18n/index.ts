/**
 * UI strings in every language the game speaks, and the choice of language: from what the player
 * picked before (remembered in localStorage), else from the browser (nl* → Dutch), else English.
 * Every string the player reads comes from here; stories bring their own text.
 */
import { en } from './en.ts';
import { nl } from './nl.ts';
import type { Messages } from './messages.ts';

export type { Messages } from './messages.ts';
export type { ActWords, RubricMessages } from './rubric-messages.ts';

import { isLang, type Lang } from '../vocabulary/index.ts';

export { LANGS, isLang, type Lang } from '../vocabulary/index.ts';

export const dictionaries: Readonly<Record<Lang, Messages>> = { en, nl };

/** The language a browser prefers, among ours. */
export function langFromBrowser(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

const STORAGE_KEY = 'mingle.lang';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The remembered choice, else the browser's; storage that throws (private mode) is treated as empty. */
export function initialLang(storage: KeyValueStorage | null, languages: readonly string[]): Lang {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Blocked storage: fall back to the browser's preference.
  }
  return langFromBrowser(languages);
}

export function rememberLang(storage: KeyValueStorage | null, lang: Lang): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered this time; the game still switches language.
  }
}
