/**
 * Nederlandse teksten van de app zelf: installeren, bijwerken, offline spelen, links die nergens heen
 * leiden, een scherm waarvan de code niet gedownload kon worden.
 */
import type { appEn } from './app-en.ts';

export const appNl: typeof appEn = {
  updateReady: 'Er staat een nieuwe versie van Mingle klaar.',
  updateReload: 'Nu herladen',
  updateLater: 'Later',
  updateLabel: 'Update',
  notFoundTitle: 'Hier is niets',
  notFound: {
    address:
      'Deze link leidt niet naar een pagina van Mingle. Misschien is hij verkeerd getypt of afgebroken.',
    scenario: 'Deze link noemt een scenario dat Mingle niet heeft in deze taal.',
    language:
      'Deze link vraagt een taal die Mingle niet spreekt. Mingle spreekt Engels en Nederlands.',
    debrief:
      'Deze nabespreking is er niet meer. Een nabespreking blijft in het tabblad waarin je het gesprek speelde, tot je het sluit; je scores worden bijgehouden bij je vooruitgang.',
  },
  notFoundAddress: 'De link',
  notFoundHome: 'Naar het begin',
  notFoundPlay: 'Speel dit scenario',
  unavailableTitle: 'Deze pagina kon niet geopend worden',
  unavailable: {
    offline:
      'Dit deel van Mingle staat nog niet op dit toestel, en er is geen verbinding. Maak verbinding met het internet en probeer het dan opnieuw.',
    online:
      'Dit deel van Mingle kon niet gedownload worden. Controleer je internetverbinding en probeer het dan opnieuw.',
  },
};
