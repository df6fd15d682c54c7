// Join codes, teacher keys and device tokens: random, and only their hashes are stored. Imports node:crypto.

import { createHash, randomBytes, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: a code read off a projector is typed right the first time. */
export const CODE_ALPHABET = 'ACDEFHJKMNPQRTWXY3479';
export const CODE_LENGTH = 6;

export function newJoinCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** 128 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** A secret of 128 random bits needs no salt or slow hash: nothing can be guessed from its digest. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** What a person typed, as the code it stands for: case and spaces do not matter. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
