import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFileCipher } from './file-cipher.js';
import { INTERNAL_KEY, storePath, type CreateStore, type MigrationStore, type StoreFile, type StoreRequest } from './store.js';

/**
 * A store factory with no dependencies, used when the caller passes none (a harness that only
 * wants working storage). It writes the same layout as conf: tab-indented JSON, the migration
 * record under `__internal__.migrations.version`, atomic replacement (write beside, then
 * rename), the same cipher when given a key. It does not check a JSON Schema: services check
 * every file with zod when they open it.
 */

function parseVersion(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`“${version}” is not a version like 1.2.3.`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

function writeAtomically(path: string, data: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600, flush: true });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function createJsonFileStoreFactory(options: { encryptionKey?: Uint8Array | null } = {}): CreateStore {
  return <T extends object>(request: StoreRequest<T>): StoreFile<T> => {
    const path = storePath(request.cwd, request.name);
    const cipher = request.encrypt && options.encryptionKey ? createFileCipher(options.encryptionKey) : null;
    const serialize = (value: unknown): string => (cipher ? cipher.serialize(value) : JSON.stringify(value, undefined, '\t'));
    const deserialize = (text: string): unknown => (cipher ? cipher.deserialize(text) : JSON.parse(text));

    const readRaw = (): Record<string, unknown> => {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
        throw error;
      }
      const value = deserialize(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SyntaxError('The file does not hold a JSON object.');
      return value as Record<string, unknown>;
    };

    // Open: defaults under what is there, then the migrations the file has not had yet.
    const onDisk = readRaw();
    const raw = { ...request.defaults, ...onDisk } as Record<string, unknown>;
    const internal = (raw[INTERNAL_KEY] ?? {}) as { migrations?: { version?: string } };
    const from = internal.migrations?.version ?? '0.0.0';
    const pending = Object.keys(request.migrations)
      .filter((version) => compareVersions(version, from) > 0 && compareVersions(version, request.version) <= 0)
      .sort(compareVersions);
    const migrating: MigrationStore = {
      get: (key) => raw[key],
      set: (key, value) => {
        raw[key] = value;
      },
      has: (key) => key in raw,
      delete: (key) => {
        delete raw[key];
      },
    };
    for (const version of pending) request.migrations[version]?.(migrating);
    raw[INTERNAL_KEY] = { ...internal, migrations: { version: request.version } };
    if (JSON.stringify(raw) !== JSON.stringify(onDisk)) writeAtomically(path, serialize(raw));
    let record = raw[INTERNAL_KEY];

    return {
      path,
      read() {
        const { [INTERNAL_KEY]: found, ...rest } = readRaw();
        if (found !== undefined) record = found;
        return rest as T;
      },
      write(value) {
        writeAtomically(path, serialize({ ...value, [INTERNAL_KEY]: record }));
      },
    };
  };
}
