import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, hashSecret, newJoinCode, newSecret, normaliseCode } from '../../src/server/tokens.ts';

describe('join codes and secrets', () => {
  it('leaves out every character a projector audience could misread as another', () => {
    for (const lookAlike of '0O1IL2Z5S8B6GUV') expect(CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('draws six-character codes from that alphabet only', () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
  });

  it('makes secrets of 128 random bits that never repeat', () => {
    const secrets = Array.from({ length: 500 }, newSecret);
    expect(new Set(secrets).size).toBe(500);
    for (const secret of secrets) expect(Buffer.from(secret, 'base64url')).toHaveLength(16);
  });

  it('stores a digest from which the secret cannot be read back', () => {
    const secret = newSecret();
    expect(hashSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(secret)).not.toContain(secret);
    expect(hashSecret(secret)).toBe(hashSecret(secret));
  });

  it('reads a typed code whatever its case, spaces and dashes', () => {
    expect(normaliseCode(' fyq-a3p ')).toBe('FYQA3P');
  });
});
