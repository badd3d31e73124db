import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createImageStore, imageIdOf, StoredImageProblem } from '../../../main/services/image-store.js';
import { TEST_KEY } from '../helpers/conf-store.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

/** Bytes that look like the start of a PNG, then something recognisable. */
const PICTURE = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('the councillor at the ward surgery')]);
const OTHER = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('a different picture')]);

function makeStore(dataDir = tempDir(), encryptionKey: Uint8Array | null = TEST_KEY) {
  return { dataDir, store: createImageStore({ dataDir, encryptionKey, clock: createFakeClock('2026-11-20T10:00:00Z') }) };
}

function problemOf(run: () => unknown): { kind: string; keptAs: string | null } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof StoredImageProblem)) throw error;
    return { kind: error.kind, keptAs: error.keptAs };
  }
}

describe('the image store', () => {
  test('keeps a picture sealed under the SHA-256 of its bytes, and gives the same bytes back', () => {
    const { dataDir, store } = makeStore();
    const id = store.put(PICTURE);
    const onDisk = readFileSync(join(dataDir, 'images', `${id}.img`));
    expect({
      id,
      sealed: onDisk.subarray(0, 4).toString('ascii'),
      readable: onDisk.includes(Buffer.from('ward surgery')),
      back: store.get(id).equals(PICTURE),
    }).toEqual({ id: imageIdOf(PICTURE), sealed: 'PCB1', readable: false, back: true });
  });

  test('keeps a picture attached twice once, and different pictures apart', () => {
    const { dataDir, store } = makeStore();
    const first = store.put(PICTURE);
    const again = store.put(Buffer.from(PICTURE));
    const other = store.put(OTHER);
    expect({ same: first === again, files: readdirSync(join(dataDir, 'images')).sort() }).toEqual({ same: true, files: [`${first}.img`, `${other}.img`].sort() });
  });

  test('without a key (the computer offers no protection) keeps the bytes as they are, still checked on reading', () => {
    const { dataDir, store } = makeStore(tempDir(), null);
    const id = store.put(PICTURE);
    expect([readFileSync(join(dataDir, 'images', `${id}.img`)).equals(PICTURE), store.get(id).equals(PICTURE)]).toEqual([true, true]);
  });

  test('moves a damaged file aside, unchanged, and says where; attaching the picture again writes a good copy', () => {
    const { dataDir, store } = makeStore();
    const id = store.put(PICTURE);
    const path = join(dataDir, 'images', `${id}.img`);
    const damaged = readFileSync(path);
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 3) ^ 0xff, damaged.length - 3);
    writeFileSync(path, damaged);

    const keptAs = join(dataDir, 'images', `${id}.corrupt-20261120T100000Z.img`);
    expect(problemOf(() => store.get(id))).toEqual({ kind: 'damaged', keptAs });
    expect({ moved: !existsSync(path), kept: readFileSync(keptAs).equals(damaged) }).toEqual({ moved: true, kept: true });

    store.put(PICTURE);
    expect(store.get(id).equals(PICTURE)).toBe(true);
  });

  test('treats a file sealed with another key, or holding other bytes than its name says, as damaged', () => {
    const dataDir = tempDir();
    const id = makeStore(dataDir, new Uint8Array(32).fill(7)).store.put(PICTURE);
    const { store } = makeStore(dataDir);
    expect(problemOf(() => store.get(id))?.kind).toBe('damaged');

    const plain = makeStore(tempDir(), null);
    const otherId = plain.store.put(OTHER);
    writeFileSync(join(plain.dataDir, 'images', `${otherId}.img`), PICTURE);
    expect(problemOf(() => plain.store.get(otherId))?.kind).toBe('damaged');
  });

  test('says a missing file is missing, and deletes a file on request', () => {
    const { store } = makeStore();
    const id = store.put(PICTURE);
    store.remove(id);
    expect({ has: store.has(id), problem: problemOf(() => store.get(id)) }).toEqual({ has: false, problem: { kind: 'missing', keptAs: null } });
  });

  test('refuses an id that is not a SHA-256, so no other file can be named', () => {
    const { store } = makeStore();
    expect(() => store.get('../settings')).toThrow(RangeError);
  });
});
