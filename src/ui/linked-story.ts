/**
 * Imported first by src/main.ts, for what evaluating it does: a link straight into a conversation
 * (`#/play/hard-seller?lang=nl`) starts downloading that story now, while the rest of the game's
 * script is still being evaluated, instead of once the App has booted and asks for it. The App's own
 * request later gets the same module (a module is fetched once per page), so the first choice waits
 * for the longer of the two, not for both one after the other.
 *
 * A failure here is not reported: the App asks again and tells the player (a download that failed
 * offline, a scenario that is not in the catalogue).
 */
import { loadScenario } from 'virtual:scenarios';
import { linkedStory } from './router.ts';

const linked = typeof location === 'undefined' ? null : linkedStory(location.hash);
if (linked) loadScenario(linked.lang, linked.id).catch(() => undefined);

/**
 * Whether a linked story was asked for. Its request goes out only when the evaluation of the page's
 * script has ended (the browser starts a dynamic import's fetch after the task that asked for it):
 * src/main.ts then boots the App in a task of its own, so the story downloads while the App boots.
 */
export const storyRequested = linked !== null;
