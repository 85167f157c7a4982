import { describe, expect, it } from 'vitest';
import {
  checkKdf,
  createDataKey,
  decryptValue,
  encryptValue,
  fromBase64,
  KDF_MIN_ITERATIONS,
  passphraseStrength,
  rewrapDataKey,
  toBase64,
  unlockDataKey,
  VaultError
} from './vault';

const PASS = 'river-lantern-orange-42';
const address = { profileId: 'p1', kind: 'case', id: 'c1' };

describe('data key', () => {
  it('is created non-extractable and unlocks with the right passphrase', async () => {
    const { wrapped, key } = await createDataKey(PASS);
    expect(key.extractable).toBe(false);
    expect(wrapped.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    const again = await unlockDataKey(wrapped, PASS);
    expect(again.extractable).toBe(false);
    const sealed = await encryptValue(key, address, { alias: 'Mina' });
    expect(await decryptValue(again, address, sealed.iv, sealed.data)).toEqual({ alias: 'Mina' });
  });

  it('refuses a wrong passphrase with wrongPassphrase', async () => {
    const { wrapped } = await createDataKey(PASS);
    await expect(unlockDataKey(wrapped, 'not-the-passphrase')).rejects.toMatchObject({
      code: 'wrongPassphrase',
      i18nKey: 'vault.errors.wrongPassphrase'
    });
  });

  it('re-wraps under a new passphrase without changing the data key', async () => {
    const { wrapped, key } = await createDataKey(PASS);
    const sealed = await encryptValue(key, address, 'kept');
    const rewrapped = await rewrapDataKey(wrapped, PASS, 'a-new-long-passphrase');
    await expect(unlockDataKey(rewrapped, PASS)).rejects.toBeInstanceOf(VaultError);
    const key2 = await unlockDataKey(rewrapped, 'a-new-long-passphrase');
    expect(await decryptValue(key2, address, sealed.iv, sealed.data)).toBe('kept');
  });

  it('refuses KDF parameters weaker than the minimum', async () => {
    const { wrapped } = await createDataKey(PASS);
    const weak = { ...wrapped, kdf: { ...wrapped.kdf, iterations: KDF_MIN_ITERATIONS - 1 } };
    await expect(unlockDataKey(weak, PASS)).rejects.toMatchObject({ code: 'weakKdf' });
    expect(() => checkKdf({ ...wrapped.kdf, salt: toBase64(new Uint8Array(8)) })).toThrow(
      VaultError
    );
    expect(() => checkKdf({ ...wrapped.kdf, hash: 'SHA-1' as 'SHA-256' })).toThrow(VaultError);
  });
});

describe('record encryption', () => {
  it('uses a fresh IV every time', async () => {
    const { key } = await createDataKey(PASS);
    const a = await encryptValue(key, address, 'same');
    const b = await encryptValue(key, address, 'same');
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(a.iv.length).toBe(12);
  });

  it('detects a flipped ciphertext byte', async () => {
    const { key } = await createDataKey(PASS);
    const { iv, data } = await encryptValue(key, address, { words: 'I like the sea' });
    const bytes = new Uint8Array(data.slice(0));
    bytes[3]! ^= 0x01;
    await expect(decryptValue(key, address, iv, bytes.buffer)).rejects.toMatchObject({
      code: 'tampered'
    });
  });

  it('detects a ciphertext moved to another id, kind or profile', async () => {
    const { key } = await createDataKey(PASS);
    const { iv, data } = await encryptValue(key, address, 'x');
    for (const moved of [
      { ...address, id: 'c2' },
      { ...address, kind: 'session' },
      { ...address, profileId: 'p2' }
    ]) {
      await expect(decryptValue(key, moved, iv, data)).rejects.toMatchObject({ code: 'tampered' });
    }
  });

  it('cannot be read with another profile’s key', async () => {
    const a = await createDataKey(PASS);
    const b = await createDataKey(PASS);
    const { iv, data } = await encryptValue(a.key, address, 'secret');
    await expect(decryptValue(b.key, address, iv, data)).rejects.toMatchObject({
      code: 'tampered'
    });
  });
});

describe('helpers', () => {
  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 254, 255, 128]);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('rates passphrases: too short is 0, long and varied is strong, patterns are weak', () => {
    expect(passphraseStrength('short')).toBe(0);
    expect(passphraseStrength('aaaaaaaaaaaa')).toBe(1);
    expect(passphraseStrength('password1234')).toBe(1);
    expect(passphraseStrength('Lantern river 42 orange!')).toBe(4);
    expect(passphraseStrength('نهر فانوس برتقال ٤٢')).toBeGreaterThanOrEqual(3);
  });
});
