import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Seals a store file's JSON with AES-256-GCM under a random 256-bit key (itself protected by
 * the operating system: Electron's safeStorage, see main/index.ts). Used through conf's
 * `serialize`/`deserialize` hooks rather than its `encryptionKey` option, which derives a key
 * with 10,000 rounds of PBKDF2-SHA512 on every read and every write: several milliseconds each,
 * paid per history shard, for no gain when the key is already random. GCM also detects a file
 * that has been altered, which is then treated like any other damaged file.
 *
 * Format: one line, `PCE1.<iv>.<tag>.<ciphertext>` in base64url. A file that is plain JSON (one
 * written before a key existed) is still read, and sealed on its next write.
 */

const PREFIX = 'PCE1.';

export interface FileCipher {
  serialize(value: unknown): string;
  deserialize(text: string): unknown;
}

export class FileDecryptError extends Error {
  constructor() {
    super('The file could not be decrypted: it was written with a different key or has been altered.');
    this.name = 'FileDecryptError';
  }
}

export function createFileCipher(key: Uint8Array): FileCipher {
  if (key.byteLength !== 32) throw new RangeError('The store key must be 32 bytes.');
  return {
    serialize(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return `${PREFIX}${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
    },
    deserialize(text) {
      if (!text.startsWith(PREFIX)) return JSON.parse(text) as unknown;
      const [iv, tag, body] = text.slice(PREFIX.length).trim().split('.');
      if (iv === undefined || tag === undefined || body === undefined) throw new FileDecryptError();
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
        return JSON.parse(plain) as unknown;
      } catch {
        throw new FileDecryptError();
      }
    },
  };
}

/** Binary files (the pictures): `PCB1` then the 12-byte IV, the 16-byte tag and the ciphertext. */
const BYTES_MAGIC = Buffer.from('PCB1', 'ascii');

export interface BytesCipher {
  seal(plain: Uint8Array): Buffer;
  /** The plain bytes; throws FileDecryptError when the file was altered or sealed with another key. */
  open(sealed: Uint8Array): Buffer;
}

/** True when the bytes look like a file sealed by `createBytesCipher` (a picture never starts so). */
export function isSealedBytes(bytes: Uint8Array): boolean {
  return bytes.byteLength >= BYTES_MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, BYTES_MAGIC.length).equals(BYTES_MAGIC);
}

export function createBytesCipher(key: Uint8Array): BytesCipher {
  if (key.byteLength !== 32) throw new RangeError('The store key must be 32 bytes.');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(BYTES_MAGIC);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([BYTES_MAGIC, iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const buffer = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
      const head = BYTES_MAGIC.length;
      if (!isSealedBytes(sealed) || buffer.length < head + 28) throw new FileDecryptError();
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, buffer.subarray(head, head + 12));
        decipher.setAAD(BYTES_MAGIC);
        decipher.setAuthTag(buffer.subarray(head + 12, head + 28));
        return Buffer.concat([decipher.update(buffer.subarray(head + 28)), decipher.final()]);
      } catch {
        throw new FileDecryptError();
      }
    },
  };
}
