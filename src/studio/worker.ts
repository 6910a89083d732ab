/**
 * The Studio's Web Worker: compiles and checks stories off the main thread, so typing never waits for
 * the compiler. Its chunk (with inkjs's compiler) loads only when the Studio opens.
 */
import { handleRequest } from './handler.ts';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  self.postMessage(handleRequest(event.data, undefined, (progress) => self.postMessage(progress)));
});
