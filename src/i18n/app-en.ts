/**
 * English strings of the app shell: installing, updating, working offline, addresses that lead nowhere,
 * a screen whose code could not be downloaded.
 */
export const appEn = {
  updateReady: 'A new version of Mingle is ready.',
  updateReload: 'Reload now',
  updateLater: 'Later',
  updateLabel: 'Update',
  notFoundTitle: 'Nothing here',
  notFound: {
    address: 'This link does not lead to a page of Mingle. It may have been mistyped or cut short.',
    scenario: 'This link names a scenario that Mingle does not have in this language.',
    language:
      'This link asks for a language Mingle does not speak. Mingle speaks English and Dutch.',
    debrief:
      'This debrief is no longer here. A debrief stays in the tab where the conversation was played, until the tab is closed; your scores are kept in your progress.',
  },
  notFoundAddress: 'The link',
  notFoundHome: 'To the start',
  notFoundPlay: 'Play this scenario',
  unavailableTitle: 'This page could not be opened',
  unavailable: {
    offline:
      'This part of Mingle is not on this device yet, and there is no connection. Connect to the internet, then try again.',
    online:
      'This part of Mingle could not be downloaded. Check your internet connection, then try again.',
  },
};
