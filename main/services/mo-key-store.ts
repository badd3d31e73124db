import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ServiceError } from './errors.js';
import { MO_MESSAGES } from './mo-messages.js';
import { nodePackSigning, type PackSigningCrypto, type PackSigningKey } from './pack-crypto.js';
import type { KeyProtector } from './store-key.js';

/**
 * The Monitoring Officer's Ed25519 signing key: one file in the data folder holding the private
 * key encrypted by the operating system (Electron's safeStorage, passed in as a KeyProtector, as
 * for the store key). A key is never replaced silently: one that cannot be unlocked stays where
 * it is until a backup is imported, and the key an import replaces is kept beside it.
 */

export type KeyStoreStatus = 'available' | 'unavailable' | 'locked';

export interface MoKeyStore {
  status(): KeyStoreStatus;
  /** The key, or null when none has been made; throws ServiceError when it cannot be used. */
  load(): PackSigningKey | null;
  /** Makes the key; refused when one exists. */
  create(): PackSigningKey;
  /** Makes a backup's key the signing key, keeping any earlier key file aside. */
  replace(privatePem: string): PackSigningKey;
  /** The private key as PEM, for a backup. */
  privatePem(): string;
}

export const KEY_FILE = 'mo-signing-key.bin';

function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

export function createMoKeyStore({ dataDir, protector, clock, signing = nodePackSigning }: { dataDir: string; protector: KeyProtector | null; clock: () => Date; signing?: PackSigningCrypto }): MoKeyStore {
  const path = join(dataDir, KEY_FILE);
  let loaded: { key: PackSigningKey; pem: string } | null = null;

  const status = (): KeyStoreStatus => {
    if (loaded) return 'available';
    if (!protector || !protector.isEncryptionAvailable()) return existsSync(path) ? 'locked' : 'unavailable';
    if (!existsSync(path)) return 'available';
    return read() ? 'available' : 'locked';
  };

  function read(): { key: PackSigningKey; pem: string } | null {
    if (loaded) return loaded;
    if (!protector) return null;
    try {
      const pem = protector.decryptString(readFileSync(path));
      const key = signing.signingKeyFromPem(pem);
      if (key) loaded = { key, pem };
    } catch {
      // Locked or damaged: left where it is.
    }
    return loaded;
  }

  function requireProtector(): KeyProtector {
    if (!protector || !protector.isEncryptionAvailable()) throw new ServiceError('not-allowed', existsSync(path) ? MO_MESSAGES.keyLocked : MO_MESSAGES.keyUnavailable);
    return protector;
  }

  function write(pem: string): PackSigningKey {
    const sealed = requireProtector().encryptString(pem);
    const key = signing.signingKeyFromPem(pem);
    if (!key) throw new ServiceError('invalid-request', MO_MESSAGES.notAKey('The key'));
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temporary, sealed, { mode: 0o600, flush: true });
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new ServiceError('storage', MO_MESSAGES.writeFailed(path, (error as Error).message));
    }
    loaded = { key, pem };
    return key;
  }

  return {
    status,
    load() {
      if (loaded) return loaded.key;
      if (!existsSync(path)) return null;
      requireProtector();
      const found = read();
      if (!found) throw new ServiceError('not-allowed', MO_MESSAGES.keyLocked);
      return found.key;
    },
    create() {
      requireProtector();
      if (existsSync(path)) throw new ServiceError('not-allowed', read() ? MO_MESSAGES.keyExists : MO_MESSAGES.keyLocked);
      return write(signing.generateKeyPair().privatePem);
    },
    replace(pem) {
      requireProtector();
      if (existsSync(path)) {
        let aside = join(dirname(path), `mo-signing-key.replaced-${stamp(clock())}.bin`);
        for (let n = 2; existsSync(aside); n++) aside = join(dirname(path), `mo-signing-key.replaced-${stamp(clock())}-${n}.bin`);
        renameSync(path, aside);
      }
      loaded = null;
      return write(pem);
    },
    privatePem() {
      const found = existsSync(path) ? (requireProtector(), read()) : null;
      if (!found) throw new ServiceError(existsSync(path) ? 'not-allowed' : 'not-found', existsSync(path) ? MO_MESSAGES.keyLocked : MO_MESSAGES.noKey);
      return found.pem;
    },
  };
}
