/** Dutch (Flanders) twin of lms-en.ts: the same keys, in the words a Flemish learner expects. */
import type { lmsEn } from './lms-en.ts';

export const lmsNl: typeof lmsEn = {
  noLms:
    'Deze cursus is niet verbonden met een leerplatform, dus je vooruitgang wordt niet bijgehouden. Je kunt gewoon spelen.',
  lmsFailed:
    'Je leerplatform antwoordt niet meer, dus je vooruitgang wordt vanaf nu niet bijgehouden. Je kunt gewoon verder spelen.',
};
