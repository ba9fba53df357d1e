// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createVault,
  isValidPin,
  openBytes,
  openVault,
  PIN_ITERATIONS,
  seal,
  sealBytes,
  unseal,
} from './vault';

describe('the PIN vault', () => {
  it('wraps a random data key with a PBKDF2 key of at least 600,000 iterations', async () => {
    const { record, key } = await createVault('246810');
    expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PIN_ITERATIONS });
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(key.extractable).toBe(false);
    const sealed = await seal(key, { name: 'Петренко' });
    const reopened = await openVault(record, '246810');
    expect(reopened).not.toBeNull();
    expect(await unseal(reopened!, sealed)).toEqual({ name: 'Петренко' });
  });

  it('does not open with a wrong PIN, and the record does not contain the PIN or the key', async () => {
    const { record } = await createVault('135791');
    expect(await openVault(record, '135790')).toBeNull();
    expect(JSON.stringify(record)).not.toContain('135791');
  });

  it('makes a different data key for every vault', async () => {
    const a = await createVault('111111');
    const b = await createVault('111111');
    const sealed = await sealBytes(a.key, new Uint8Array([1, 2, 3]));
    await expect(openBytes(b.key, sealed)).rejects.toThrow();
    expect(a.record.kdf.salt).not.toBe(b.record.kdf.salt);
  });

  it('refuses short or non-digit PINs and weak iteration counts', async () => {
    expect(isValidPin('12345')).toBe(false);
    expect(isValidPin('12345a')).toBe(false);
    expect(isValidPin('123456')).toBe(true);
    await expect(createVault('12345')).rejects.toThrow();
    await expect(createVault('123456', 1000)).rejects.toThrow();
    const { record } = await createVault('123456');
    expect(await openVault({ ...record, kdf: { ...record.kdf, iterations: 1000 } }, '123456')).toBeNull();
  });

  it('seals each value under its own nonce', async () => {
    const { key } = await createVault('999999');
    const one = await seal(key, 'same');
    const two = await seal(key, 'same');
    expect(one.iv).not.toEqual(two.iv);
    expect(new Uint8Array(one.data)).not.toEqual(new Uint8Array(two.data));
  });
});
