/**
 * Random ids, join codes and secret tokens, and the hashes the server stores instead of the tokens.
 * node:crypto only: codes use `randomInt` (no modulo bias), tokens 32 random bytes.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../src/rooms/index.ts';

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A secret a client keeps (43 base64url characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A public id (a room's, a participant's): random, shorter, never a secret. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}
