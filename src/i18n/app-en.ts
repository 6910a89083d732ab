/** English strings of the app shell: installing, updating, working offline. */
export const appEn = {
  updateReady: 'A new version of Mingle is ready.',
  updateReload: 'Reload now',
  updateLater: 'Later',
  updateLabel: 'Update',
};
