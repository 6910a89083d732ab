/**
 * zod, set to parse without compiling code. Its object schemas otherwise probe `new Function` when
 * they are built, which the game's Content-Security-Policy refuses and reports as a violation (the
 * workshop's client parses room messages with these schemas). Imported before any schema is made;
 * the server uses the same setting (its messages are small: the compiled fast path buys nothing).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
