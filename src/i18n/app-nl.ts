/** Nederlandse teksten van de app zelf: installeren, bijwerken, offline spelen. */
import type { appEn } from './app-en.ts';

export const appNl: typeof appEn = {
  updateReady: 'Er staat een nieuwe versie van Mingle klaar.',
  updateReload: 'Nu herladen',
  updateLater: 'Later',
  updateLabel: 'Update',
};
