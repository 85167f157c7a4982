import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';

describe('sha256Hex', () => {
  it('gives the standard digest of a text, in UTF-8, as lowercase hex', async () => {
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    );
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    );
    // Arabic text hashes its UTF-8 bytes: the same as hashing those bytes.
    const text = 'مرحبا';
    expect(await sha256Hex(text)).toBe(await sha256Hex(new TextEncoder().encode(text)));
    expect(await sha256Hex(text)).toMatch(/^[0-9a-f]{64}$/);
  });
});
