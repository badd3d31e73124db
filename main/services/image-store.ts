import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBytesCipher, FileDecryptError, isSealedBytes } from './file-cipher.js';

/**
 * The pictures attached to drafts, one file each in `<dataDir>/images/`, named by the SHA-256
 * of the picture's bytes (so a picture attached to several drafts is kept once) and sealed with
 * the store key like the history files (AES-256-GCM). A file that cannot be read back whole,
 * or whose bytes no longer match its name, is moved aside (renamed, kept) and reported.
 */

export interface ImageStore {
  readonly dir: string;
  /** Keeps the bytes and returns their id (SHA-256, hex). Keeping bytes already kept rewrites nothing. */
  put(bytes: Uint8Array): string;
  /** The bytes kept under `id`; throws StoredImageProblem when they are missing or damaged. */
  get(id: string): Buffer;
  has(id: string): boolean;
  /** Deletes the file kept under `id` (nothing happens if there is none). */
  remove(id: string): void;
}

export interface ImageStoreDeps {
  readonly dataDir: string;
  /** The store key; without one (the operating system offers no protection) pictures are kept as they are. */
  readonly encryptionKey: Uint8Array | null;
  readonly clock: () => Date;
}

/** A picture's file is missing, or could not be read back whole (then it was moved aside to `keptAs`). */
export class StoredImageProblem extends Error {
  readonly kind: 'missing' | 'damaged';
  readonly keptAs: string | null;

  constructor(kind: 'missing' | 'damaged', keptAs: string | null) {
    super(kind === 'missing' ? 'The picture’s file is missing.' : `The picture’s file is damaged${keptAs ? ` and was kept as ${keptAs}` : ''}.`);
    this.name = 'StoredImageProblem';
    this.kind = kind;
    this.keptAs = keptAs;
  }
}

const ID = /^[0-9a-f]{64}$/;

export function imageIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "2026-11-23T10:15:00.000Z" → "20261123T101500Z". */
function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

export function createImageStore({ dataDir, encryptionKey, clock }: ImageStoreDeps): ImageStore {
  const dir = join(dataDir, 'images');
  const cipher = encryptionKey ? createBytesCipher(encryptionKey) : null;

  const pathOf = (id: string): string => {
    if (!ID.test(id)) throw new RangeError(`“${id}” is not a picture id.`);
    return join(dir, `${id}.img`);
  };

  function moveAside(id: string): string | null {
    const from = pathOf(id);
    let to = join(dir, `${id}.corrupt-${stamp(clock())}.img`);
    for (let n = 2; existsSync(to); n++) to = join(dir, `${id}.corrupt-${stamp(clock())}-${n}.img`);
    try {
      renameSync(from, to);
      return to;
    } catch {
      return null;
    }
  }

  function read(id: string): Buffer {
    const path = pathOf(id);
    let found: Buffer;
    try {
      found = readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredImageProblem('missing', null);
      throw error;
    }
    let plain: Buffer | null;
    try {
      plain = isSealedBytes(found) ? (cipher ? cipher.open(found) : null) : found;
    } catch (error) {
      if (!(error instanceof FileDecryptError)) throw error;
      plain = null;
    }
    if (plain === null || imageIdOf(plain) !== id) throw new StoredImageProblem('damaged', moveAside(id));
    return plain;
  }

  return {
    dir,
    put(bytes) {
      const id = imageIdOf(bytes);
      const path = pathOf(id);
      if (existsSync(path)) {
        try {
          read(id);
          return id;
        } catch (error) {
          // A damaged copy has been moved aside: write a good one in its place.
          if (!(error instanceof StoredImageProblem)) throw error;
        }
      }
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        writeFileSync(temporary, cipher ? cipher.seal(bytes) : bytes, { mode: 0o600, flush: true });
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
      return id;
    },
    get: read,
    has: (id) => existsSync(pathOf(id)),
    remove(id) {
      rmSync(pathOf(id), { force: true });
    },
  };
}
