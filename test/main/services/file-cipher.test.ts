import { describe, expect, test } from 'vitest';
import { createFileCipher } from '../../../main/services/file-cipher.js';
import { TEST_KEY } from '../helpers/conf-store.js';

const cipher = createFileCipher(TEST_KEY);
const VALUE = { drafts: { one: { text: 'Project Kestrel — confidential' } } };

describe('the file cipher', () => {
  test('seals and opens a value, with a fresh nonce each time', () => {
    const [a, b] = [cipher.serialize(VALUE), cipher.serialize(VALUE)];
    expect({ opened: cipher.deserialize(a), differs: a !== b, leaks: a.includes('Kestrel'), prefix: a.slice(0, 5) }).toEqual({ opened: VALUE, differs: true, leaks: false, prefix: 'PCE1.' });
  });

  test('refuses a sealed file that was altered', () => {
    const sealed = cipher.serialize(VALUE);
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => cipher.deserialize(altered)).toThrow('The file could not be decrypted: it was written with a different key or has been altered.');
  });

  test('refuses a file sealed with another key', () => {
    const other = createFileCipher(new Uint8Array(32).fill(9));
    expect(() => cipher.deserialize(other.serialize(VALUE))).toThrow('could not be decrypted');
  });

  test('reads a plain JSON file (written before there was a key)', () => {
    expect(cipher.deserialize(JSON.stringify(VALUE))).toEqual(VALUE);
  });

  test('wants a 32-byte key', () => {
    expect(() => createFileCipher(new Uint8Array(16))).toThrow('The store key must be 32 bytes.');
  });
});
