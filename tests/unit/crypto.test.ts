import { describe, expect, it } from 'vitest';
import { openJson, sealBytes, sealJson, WrongKeyError } from '../../src/data/crypto/cipher';
import { createDataKey, createSlot, deriveWrappingKey, MAX_ITERATIONS, openAnySlot, openSlot, PASSPHRASE_ITERATIONS } from '../../src/data/crypto/key-slots';
import { formatRecoveryKey, generateRecoveryKey, looksLikeRecoveryKey, normalizeRecoveryKey } from '../../src/data/crypto/recovery-key';

const text = new TextDecoder();

describe('the cipher', () => {
  it('round-trips a record and leaves no plain text in the ciphertext', async () => {
    const { key } = await createDataKey();
    const record = { name: 'Zoë van der Berg', note: 'Huilde in de pauze' };
    const sealed = await sealJson(key, record, 'kring:pupils:1');
    expect(text.decode(sealed)).not.toContain('Zoë');
    expect(text.decode(sealed)).not.toContain('pauze');
    expect(await openJson(key, sealed, 'kring:pupils:1')).toEqual(record);
  });

  it('uses a fresh IV for every write', async () => {
    const { key } = await createDataKey();
    const a = await sealJson(key, 'same', 'ctx');
    const b = await sealJson(key, 'same', 'ctx');
    expect(Buffer.from(a.subarray(0, 12)).equals(Buffer.from(b.subarray(0, 12)))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('refuses a wrong key, a tampered byte, and a blob moved to another record', async () => {
    const { key } = await createDataKey();
    const { key: other } = await createDataKey();
    const sealed = await sealJson(key, { note: 'geheim' }, 'kring:meldingen:a');
    await expect(openJson(other, sealed, 'kring:meldingen:a')).rejects.toBeInstanceOf(WrongKeyError);
    const tampered = sealed.slice();
    tampered[20] = tampered[20]! ^ 1;
    await expect(openJson(key, tampered, 'kring:meldingen:a')).rejects.toBeInstanceOf(WrongKeyError);
    await expect(openJson(key, sealed, 'kring:meldingen:b')).rejects.toBeInstanceOf(WrongKeyError);
    await expect(openJson(key, new Uint8Array(5), 'kring:meldingen:a')).rejects.toBeInstanceOf(WrongKeyError);
  });
});

describe('key slots', () => {
  const slot = { id: 's1', kind: 'passphrase' as const, label: 'School', iterations: 1000, createdAt: '2026-11-25T08:00:00.000Z' };

  it('opens with the right passphrase to the same data key, and not with a wrong one', async () => {
    const { wrappable, key } = await createDataKey();
    const keySlot = await createSlot(wrappable, 'lange zin van de school', slot);
    const opened = await openSlot(keySlot, 'lange zin van de school');
    const sealed = await sealJson(key, 'hallo', 'c');
    expect(await openJson(opened, sealed, 'c')).toBe('hallo');
    await expect(openSlot(keySlot, 'lange zin van de schooL')).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('keeps no copy of the data key in the clear, and never hands its bytes to JavaScript', async () => {
    const { wrappable, key } = await createDataKey();
    const keySlot = await createSlot(wrappable, 'lange zin van de school', slot);
    // Only the wrappable form, dropped after the slots are made, could be exported at all.
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', wrappable));
    expect(Buffer.from(keySlot.wrapped).includes(Buffer.from(raw))).toBe(false);
    expect(keySlot.salt.byteLength).toBe(16);
    // The key records are sealed with, and the key a slot opens to, cannot be exported.
    expect(key.extractable).toBe(false);
    const opened = await openSlot(keySlot, 'lange zin van de school');
    expect(opened.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', opened)).rejects.toThrow();
  });

  it('opens slots written before, when the key’s bytes were sealed as data', async () => {
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const older = { ...slot, salt, wrapped: await sealBytes(await deriveWrappingKey('oud wachtwoord', salt, 1000), raw, 'kring:key-slot:s1') };
    const opened = await openSlot(older, 'oud wachtwoord');
    const plainKey = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    expect(await openJson(opened, await sealJson(plainKey, 'zelfde sleutel', 'c'), 'c')).toBe('zelfde sleutel');
  });

  it('lets any of several slots open the key, like disk encryption', async () => {
    const { wrappable } = await createDataKey();
    const slots = [await createSlot(wrappable, 'eerste wachtwoord', slot), await createSlot(wrappable, 'tweede wachtwoord', { ...slot, id: 's2' })];
    expect((await openAnySlot(slots, 'tweede wachtwoord')).slot.id).toBe('s2');
    await expect(openAnySlot(slots, 'derde wachtwoord')).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('opens nothing with rounds out of bounds (a slot a server made to freeze a joining tablet: a billion rounds would not finish)', async () => {
    const { wrappable } = await createDataKey();
    const slot = await createSlot(wrappable, 'een lange zin', { id: 's', kind: 'passphrase', label: 'x', iterations: 1_000, createdAt: '2026-12-07T09:00:00.000Z' });
    for (const iterations of [1_000_000_000, 10, 1.5, -1]) await expect(openSlot({ ...slot, iterations }, 'een lange zin')).rejects.toBeInstanceOf(WrongKeyError);
    await expect(deriveWrappingKey('x', new Uint8Array(16), MAX_ITERATIONS + 1)).rejects.toBeInstanceOf(WrongKeyError);
  });

  it('stretches passphrases with at least 600,000 PBKDF2 iterations', () => {
    expect(PASSPHRASE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
});

describe('recovery keys', () => {
  it('are 28 unambiguous characters in groups of four', () => {
    const key = generateRecoveryKey();
    expect(key).toMatch(/^([A-Z2-9]{4}-){6}[A-Z2-9]{4}$/);
    expect(key).not.toMatch(/[01OIL]/);
    expect(looksLikeRecoveryKey(key)).toBe(true);
    expect(generateRecoveryKey()).not.toBe(key);
  });
  it('accept what a person types: lower case, spaces, no dashes', () => {
    const key = generateRecoveryKey();
    const typed = normalizeRecoveryKey(key).toLowerCase().replace(/(.{4})/g, '$1 ');
    expect(normalizeRecoveryKey(typed)).toBe(normalizeRecoveryKey(key));
    expect(formatRecoveryKey(typed)).toBe(key);
  });
});

describe('guessing', () => {
  it('waits nothing for three typos, then doubles from 5 seconds to at most 5 minutes', async () => {
    const { waitAfterFailures, waitLeft } = await import('../../src/domain/privacy/unlock-attempts');
    expect([0, 1, 2, 3, 4, 5, 6, 10, 20].map(waitAfterFailures)).toEqual([0, 0, 0, 0, 5_000, 10_000, 20_000, 300_000, 300_000]);
    const at = new Date('2026-11-25T09:00:00Z');
    expect(waitLeft(4, at.toISOString(), new Date(at.getTime() + 2_000))).toBe(3_000);
    expect(waitLeft(4, at.toISOString(), new Date(at.getTime() + 6_000))).toBe(0);
    expect(waitLeft(9, null, at)).toBe(0);
    expect(waitLeft(2, new Date(at.getTime() + 50).toISOString(), at)).toBe(0);
    expect(waitLeft(4, new Date(at.getTime() + 86_400_000).toISOString(), at)).toBe(5_000);
  });

  it('refuses common, repeated and school-related passphrases, in Dutch, and accepts an unrelated sentence', async () => {
    const { passphraseWeakness } = await import('../../src/features/passphrase/passphrase-strength');
    for (const weak of ['wachtwoord', '1234567890', 'aaaaaaaaaa', 'welkom2026!', 'basisschool de linde', 'De Linde 2026!', 'demo-vlinder-2026', 'paarse giraf eet zeven tulpen', 'kringkringkring'])
      expect(await passphraseWeakness(weak, ['Basisschool De Linde'], new Date('2026-11-25T09:00:00Z')), weak).toMatch(/^Dit (wachtwoord|is).*Kies een eigen zin van vier of meer woorden/);
    for (const strong of ['onze zwaluw vliegt laag', 'fiets onder de brug zingt', 'carla haar eigen zin']) expect(await passphraseWeakness(strong, ['Basisschool De Linde'], new Date('2026-11-25T09:00:00Z')), strong).toBeUndefined();
  });
});

describe('lengths', () => {
  it('pads sealed records, so a pupil’s name does not show its length', async () => {
    const { key } = await createDataKey();
    const lengths = new Set<number>();
    for (const name of ['Bo', 'Anna', 'Jasmijn', 'Maximiliaan', 'Anne-Fleur'])
      lengths.add((await sealJson(key, { firstName: name, lastName: 'de Vries' }, 'c')).byteLength);
    expect(lengths.size).toBe(1);
    expect(await openJson(key, await sealJson(key, { firstName: 'Bo' }, 'c'), 'c')).toEqual({ firstName: 'Bo' });
  });
});
