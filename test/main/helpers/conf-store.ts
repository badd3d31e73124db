import Conf from 'conf';
import { confOptions, fromConf, type CreateStore } from '../../../main/services/store.js';

/**
 * The store factory for tests and the end-to-end harness: `conf`, the library electron-store is
 * built on, with the options main/index.ts gives electron-store, so the files are the same.
 */
export function createConfStoreFactory(options: { encryptionKey?: Uint8Array | null } = {}): CreateStore {
  return (request) => fromConf(new Conf(confOptions(request, options.encryptionKey ?? null) as ConstructorParameters<typeof Conf>[0]));
}

/** A fixed key, so tests can open each other's files. */
export const TEST_KEY = new Uint8Array(32).map((_, index) => index + 1);
