import { z } from 'zod';
import type { ActivePack } from '../../src/bridge/contract.js';
import { createChecker, type Checker } from '../../src/engine/checker.js';
import { defaultPack } from '../../src/pack/default-pack.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { RulePack } from '../../src/pack/schema.js';
import { NOTICES } from './messages.js';
import { jsonSchemaOf, type StoreSpec, type Storage } from './store.js';

/**
 * The active rule pack: the bundled Members' Code, with the council's pack on top once one is
 * installed. Installing packs (verify, refuse downgrades, switch) comes later and writes
 * packs.json; this service already reads it, so the app checks with whatever is installed.
 */

export const InstalledPack = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().positive(),
  /** SHA-256 of the pack's exact bytes, hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  installedAt: z.iso.datetime({ offset: true }),
  /** The pack's JSON text as installed (verified before it was written here). */
  source: z.string(),
});
export type InstalledPack = z.infer<typeof InstalledPack>;

export const PacksFile = z.strictObject({ active: InstalledPack.nullable() });
export type PacksFile = z.infer<typeof PacksFile>;

export const PACKS_SPEC: StoreSpec<PacksFile> = {
  name: 'packs',
  version: '1.0.0',
  defaults: { active: null },
  migrations: {},
  jsonSchema: jsonSchemaOf(PacksFile),
  // A council's pack can name confidential matters, so it is sealed like the drafts.
  encrypt: true,
};

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
}

export interface PackService {
  info(): ActivePack;
  /** The engine with the active pack, compiled once. */
  checker(): Checker;
  /** The questions to answer before copying: the Code's, then the council's. */
  checklist(): readonly ChecklistItem[];
}

let bundled: Checker | undefined;

/** The bundled pack never changes while the app runs, so it is compiled once. */
function defaultChecker(): Checker {
  bundled ??= createChecker(null);
  return bundled;
}

export function createPackService({ storage }: { storage: Storage }): PackService {
  const { value } = storage.open(PACKS_SPEC, PacksFile, {
    keptAs: (path) => NOTICES.packsDamaged(path),
    leftInPlace: (path) => NOTICES.notSaved('rule pack', path),
  });

  let councilPack: RulePack | null = null;
  let hash: string | null = null;
  if (value.active) {
    const loaded = loadPack(value.active.source);
    if (loaded.ok) {
      councilPack = loaded.pack;
      hash = value.active.hash;
    } else {
      storage.notify(NOTICES.packUnusable(value.active.id, value.active.version));
    }
  }

  let checker: Checker | undefined;
  const getChecker = (): Checker => (checker ??= councilPack ? createChecker(councilPack) : defaultChecker());

  return {
    info() {
      const pack = councilPack ?? defaultPack();
      return { councilPack, id: pack.id, version: pack.version, council: pack.council, expires: pack.expires ?? null, hash };
    },
    checker: getChecker,
    checklist: () => getChecker().pack.pack.checklist,
  };
}
