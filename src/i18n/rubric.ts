/**
 * The rubric's words for the debrief (each act's name and line, trust per person), per language. A
 * face of its own, not part of ./index.ts: only the debrief reads them, and its chunk loads only
 * when a debrief is shown, so these words stay out of the first screen's script.
 */
import { isLang, type Lang } from '../vocabulary/index.ts';
import { rubricEn } from './rubric-en.ts';
import { rubricNl } from './rubric-nl.ts';
import type { RubricMessages } from './rubric-messages.ts';

export const rubricDictionaries: Readonly<Record<Lang, RubricMessages>> = {
  en: rubricEn,
  nl: rubricNl,
};

export function rubricMessages(lang: string): RubricMessages {
  return isLang(lang) ? rubricDictionaries[lang] : rubricEn;
}
