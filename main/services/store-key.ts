import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The key that seals the store files. It is random, made once, and kept in a file encrypted by
 * the operating system (Electron's safeStorage: Keychain, DPAPI, or the desktop's secret
 * store), which is passed in here so this runs without Electron.
 */

export interface KeyProtector {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export type StoreKey =
  /** The key, and the path an unreadable earlier key file was moved to, if there was one. */
  | { readonly status: 'ready'; readonly key: Uint8Array; readonly movedAside: string | null }
  /** A key exists but the operating system cannot unlock it now: open nothing, change nothing. */
  | { readonly status: 'locked' }
  /** The operating system offers no protection and there never was a key: files stay plain. */
  | { readonly status: 'unprotected' };

export function loadStoreKey({ path, protector, clock }: { path: string; protector: KeyProtector; clock: () => Date }): StoreKey {
  const exists = existsSync(path);
  if (!protector.isEncryptionAvailable()) return exists ? { status: 'locked' } : { status: 'unprotected' };
  let movedAside: string | null = null;
  if (exists) {
    try {
      const key = Buffer.from(protector.decryptString(readFileSync(path)), 'base64');
      if (key.byteLength === 32) return { status: 'ready', key, movedAside: null };
    } catch {
      // Unreadable: kept aside below, never overwritten.
    }
    movedAside = `${path}.unusable-${clock().toISOString().replace(/[-:.]/g, '')}`;
    renameSync(path, movedAside);
  }
  const key = randomBytes(32);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, protector.encryptString(key.toString('base64')), { mode: 0o600 });
  return { status: 'ready', key, movedAside };
}
