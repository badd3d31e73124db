import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createFileCipher } from './file-cipher.js';

/**
 * The storage seam. Services describe a file (`StoreSpec`) and get back a `StoreFile` from a
 * factory they are given: electron-store in the app (main/index.ts), `conf` (what
 * electron-store is built on, writing the same files) in tests and the end-to-end harness, or
 * the plain-file store here when nothing is passed. Services never import either package.
 */

/** What a migration may do to a file's contents (a subset of conf's API). */
export interface MigrationStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  has(key: string): boolean;
  delete(key: string): void;
}

export type Migration = (store: MigrationStore) => void;

/** JSON Schema for the file's top-level keys, as conf takes it (`schema` plus `rootSchema.$defs`). */
export interface FileJsonSchema {
  readonly properties: Readonly<Record<string, unknown>>;
  readonly $defs?: Readonly<Record<string, unknown>>;
}

export interface StoreSpec<T extends object> {
  /** File name without `.json`, e.g. "settings" or "history-2026-11". */
  readonly name: string;
  /** The layout version (semver); migrations keyed up to it run once when a file is opened. */
  readonly version: string;
  readonly defaults: T;
  readonly migrations: Readonly<Record<string, Migration>>;
  /** Checked by conf on every read and write. Left out for history shards, which zod checks on load. */
  readonly jsonSchema?: FileJsonSchema;
  /** Whether the file may hold the councillor's own words and must be encrypted at rest. */
  readonly encrypt: boolean;
}

export interface StoreRequest<T extends object> extends StoreSpec<T> {
  /** The folder the file lives in: the file is `<cwd>/<name>.json`. */
  readonly cwd: string;
}

export interface StoreFile<T extends object> {
  readonly path: string;
  /** Reads the file (throws if it cannot be read, decrypted or parsed). */
  read(): T;
  /** Replaces the file's contents atomically. */
  write(value: T): void;
}

export type CreateStore = <T extends object>(request: StoreRequest<T>) => StoreFile<T>;

export const INTERNAL_KEY = '__internal__';

/** Removes `default` keywords: conf fills defaults from `defaults`, zod from its schema. */
function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, inner]) => (key === 'default' ? [] : [[key, withoutDefaults(inner)]])));
}

/** A file's JSON Schema for conf, generated from its zod schema (the single source of truth). */
export function jsonSchemaOf(schema: z.ZodObject): FileJsonSchema {
  const json = withoutDefaults(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })) as { properties?: Record<string, unknown>; $defs?: Record<string, unknown> };
  return { properties: json.properties ?? {}, ...(json.$defs ? { $defs: json.$defs } : {}) };
}

export function storePath(cwd: string, name: string): string {
  return join(cwd, `${name}.json`);
}

/**
 * The options for `new Conf(…)` or `new ElectronStore({ ...options, name })`: same files either
 * way. With a key, contents are sealed with AES-256-GCM through conf's serialize hooks (see
 * file-cipher.ts for why not conf's own `encryptionKey`).
 */
export function confOptions<T extends object>(request: StoreRequest<T>, encryptionKey: Uint8Array | null) {
  const cipher = request.encrypt && encryptionKey ? createFileCipher(encryptionKey) : null;
  return {
    cwd: request.cwd,
    configName: request.name,
    fileExtension: 'json',
    projectVersion: request.version,
    defaults: request.defaults,
    migrations: request.migrations as Record<string, (store: never) => void>,
    ...(request.jsonSchema
      ? { schema: request.jsonSchema.properties as Record<string, never>, rootSchema: request.jsonSchema.$defs ? { $defs: request.jsonSchema.$defs } : {} }
      : {}),
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    watch: false,
    configFileMode: 0o600,
    ...(cipher ? { serialize: cipher.serialize, deserialize: cipher.deserialize } : {}),
  };
}

/** The part of a conf (or electron-store) instance the adapter uses. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/**
 * A `StoreFile` over a conf instance. conf's `set` re-reads the whole file before writing; this
 * writes the whole value at once instead, carrying conf's migration record along.
 */
export function fromConf<T extends object>(conf: ConfLike): StoreFile<T> {
  let internal: unknown;
  return {
    path: conf.path,
    read() {
      const { [INTERNAL_KEY]: found, ...rest } = conf.store;
      internal = found;
      return rest as T;
    },
    write(value) {
      conf.store = (internal === undefined ? { ...value } : { ...value, [INTERNAL_KEY]: internal }) as Record<string, unknown>;
    },
  };
}

/** A file that lives only in memory: used when a damaged file could not even be moved aside. */
export function createMemoryFile<T extends object>(path: string, initial: T): StoreFile<T> {
  let value = structuredClone(initial);
  return {
    path,
    read: () => structuredClone(value),
    write: (next) => {
      value = structuredClone(next);
    },
  };
}

/** "2026-11-23T10:15:00.000Z" → "20261123T101500Z". */
function stamp(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/** Renames a damaged file to `<name>.corrupt-<time>.json` beside it; returns the new path. */
export function moveAside(cwd: string, name: string, at: Date): string {
  const from = storePath(cwd, name);
  let to = join(cwd, `${name}.corrupt-${stamp(at)}.json`);
  for (let n = 2; existsSync(to); n++) to = join(cwd, `${name}.corrupt-${stamp(at)}-${n}.json`);
  renameSync(from, to);
  return to;
}

export interface Opened<T extends object> {
  readonly file: StoreFile<T>;
  readonly value: T;
  /** False when the file is held in memory only (it was damaged and could not be moved aside). */
  readonly persistent: boolean;
}

export interface Storage {
  readonly dataDir: string;
  /**
   * Opens a file and checks its contents with `schema`. A file that cannot be read, decrypted,
   * parsed, migrated or checked is moved aside (kept, never replaced) and `describe` words the
   * notice; a fresh file with the defaults takes its place.
   */
  open<T extends object>(spec: StoreSpec<T>, schema: z.ZodType<T, unknown>, describe: Damage): Opened<T>;
  /** Adds a notice for the councillor (shown at start, kept until the app closes). */
  notify(notice: string): void;
  readonly notices: readonly string[];
}

/** How to word what happened to a damaged file. */
export interface Damage {
  keptAs(path: string): string;
  leftInPlace(path: string): string;
}

export interface StorageDeps {
  readonly dataDir: string;
  readonly createStore: CreateStore;
  readonly clock: () => Date;
}

export function createStorage({ dataDir, createStore, clock }: StorageDeps): Storage {
  const notices: string[] = [];
  const notify = (notice: string): void => {
    if (!notices.includes(notice)) notices.push(notice);
  };

  function attempt<T extends object>(spec: StoreSpec<T>, schema: z.ZodType<T, unknown>): { file: StoreFile<T>; value: T } {
    const file = createStore({ ...spec, cwd: dataDir });
    return { file, value: schema.parse(file.read()) };
  }

  return {
    dataDir,
    notices,
    notify,
    open(spec, schema, describe) {
      const path = storePath(dataDir, spec.name);
      // The bytes as found: opening may migrate and rewrite the file before its contents are
      // checked, and a damaged file must be kept exactly as it was.
      let found: Buffer | null = null;
      try {
        found = readFileSync(path);
      } catch {
        found = null;
      }
      try {
        return { ...attempt(spec, schema), persistent: true };
      } catch (error) {
        if (!existsSync(path)) throw error;
        let keptAs: string;
        try {
          keptAs = moveAside(dataDir, spec.name, clock());
          if (found && !readFileSync(keptAs).equals(found)) writeFileSync(keptAs, found, { mode: 0o600 });
        } catch {
          notify(describe.leftInPlace(path));
          return { file: createMemoryFile(path, spec.defaults), value: structuredClone(spec.defaults), persistent: false };
        }
        notify(describe.keptAs(keptAs));
        return { ...attempt(spec, schema), persistent: true };
      }
    },
  };
}
