import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadStoreKey, type KeyProtector } from '../../../main/services/store-key.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const clock = createFakeClock('2026-11-23T10:15:00Z');

function protector(available = true): KeyProtector {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(`os:${Buffer.from(plain).toString('hex')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('os:')) throw new Error('cannot decrypt');
      return Buffer.from(text.slice(3), 'hex').toString();
    },
  };
}

describe('the store key', () => {
  test('is made once, kept only in protected form, and the same next time', () => {
    const path = join(tempDir(), 'store-key.bin');
    const first = loadStoreKey({ path, protector: protector(), clock });
    const second = loadStoreKey({ path, protector: protector(), clock });
    if (first.status !== 'ready' || second.status !== 'ready') throw new Error('expected a key');
    expect({ length: first.key.byteLength, same: Buffer.from(first.key).equals(Buffer.from(second.key)), protectedOnDisk: readFileSync(path, 'utf8').startsWith('os:') }).toEqual({
      length: 32,
      same: true,
      protectedOnDisk: true,
    });
  });

  test('a key file that cannot be unlocked is kept aside and a new key made', () => {
    const dir = tempDir();
    const path = join(dir, 'store-key.bin');
    writeFileSync(path, 'garbage');
    const result = loadStoreKey({ path, protector: protector(), clock });
    expect({ status: result.status, movedAside: result.status === 'ready' ? result.movedAside : null, files: readdirSync(dir).sort() }).toEqual({
      status: 'ready',
      movedAside: join(dir, 'store-key.bin.unusable-20261123T101500000Z'),
      files: ['store-key.bin', 'store-key.bin.unusable-20261123T101500000Z'],
    });
  });

  test('with a key but no protection available now, nothing is touched', () => {
    const path = join(tempDir(), 'store-key.bin');
    writeFileSync(path, 'os:abcd');
    expect({ result: loadStoreKey({ path, protector: protector(false), clock }), kept: readFileSync(path, 'utf8') }).toEqual({ result: { status: 'locked' }, kept: 'os:abcd' });
  });

  test('with no protection and never a key, files stay plain', () => {
    const path = join(tempDir(), 'store-key.bin');
    expect({ result: loadStoreKey({ path, protector: protector(false), clock }), made: existsSync(path) }).toEqual({ result: { status: 'unprotected' }, made: false });
  });
});
