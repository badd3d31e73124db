import { z } from 'zod';
import { Draft, IdRequest } from '../../src/bridge/contract.js';
import { jsonSchemaOf, type StoreSpec } from './store.js';

/**
 * How the history is laid out on disk. Drafts live in shards, one per month of creation
 * (`history-2026-11.json`); a month with more than SHARD_CAPACITY drafts continues in
 * `history-2026-11-2.json` and so on, so an autosave rewrites at most one bounded file however
 * big the history grows. A draft stays in the shard it was created in. `history-index.json`
 * is small: which shards exist and how many drafts each holds (so a missing file is noticed),
 * and the draft that was open last.
 */

export const SHARD_CAPACITY = 500;

export const ShardFile = z
  .strictObject({ drafts: z.record(z.string(), Draft) })
  .refine((file) => Object.entries(file.drafts).every(([id, draft]) => draft.id === id), { message: 'A draft is filed under another id.' });
export type ShardFile = z.infer<typeof ShardFile>;

const LISTS = ['attachments', 'decisions', 'copies'] as const;

export function shardSpec(key: string): StoreSpec<ShardFile> {
  return {
    name: `history-${key}`,
    version: '1.0.0',
    defaults: { drafts: {} },
    migrations: {
      // A file from before layouts were versioned: every draft gets the lists it may lack.
      '1.0.0': (store) => {
        const drafts = store.get('drafts');
        if (typeof drafts !== 'object' || drafts === null) return;
        const filled = Object.fromEntries(
          Object.entries(drafts as Record<string, Record<string, unknown>>).map(([id, draft]) => [
            id,
            typeof draft === 'object' && draft !== null ? { ...Object.fromEntries(LISTS.map((list) => [list, []])), ...draft } : draft,
          ]),
        );
        store.set('drafts', filled);
      },
    },
    // Drafts are checked with zod when a shard is opened; conf's JSON Schema check would
    // cost a schema compilation per shard at every start.
    encrypt: true,
  };
}

/** The key of a month's first shard is the month ("2026-11"); later ones add the part ("2026-11-2"). */
export function shardKey(month: string, part: number): string {
  return part <= 1 ? month : `${month}-${part}`;
}

/** The month a shard holds ("2026-11"). */
export function shardMonth(key: string): string {
  return key.slice(0, 7);
}

const SHARD_FILE = /^history-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d+))?\.json$/;

/** The shard key of a file name, or null when the file is not a shard (a moved-aside file is not). */
export function shardKeyOfFile(fileName: string): string | null {
  const match = SHARD_FILE.exec(fileName);
  if (!match?.[1]) return null;
  return shardKey(match[1], match[2] ? Number(match[2]) : 1);
}

export const HistoryIndexFile = z.strictObject({
  shards: z.record(z.string(), z.strictObject({ count: z.number().int().nonnegative() })),
  lastDraftId: IdRequest.shape.id.nullable(),
});
export type HistoryIndexFile = z.infer<typeof HistoryIndexFile>;

export const INDEX_SPEC: StoreSpec<HistoryIndexFile> = {
  name: 'history-index',
  version: '1.0.0',
  defaults: { shards: {}, lastDraftId: null },
  migrations: {},
  jsonSchema: jsonSchemaOf(HistoryIndexFile),
  // Shard names, counts and one id: nothing the councillor wrote.
  encrypt: false,
};
