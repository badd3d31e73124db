import type { Draft } from '../../../src/bridge/contract.js';
import { INDEX_SPEC, SHARD_CAPACITY, shardKey, shardSpec } from '../../../main/services/history-shards.js';
import type { CreateStore } from '../../../main/services/store.js';

/**
 * Writes drafts straight into shard files, as the history service lays them out (by month of
 * creation, SHARD_CAPACITY to a file), with the index. Much faster than saving them one by one,
 * for tests and benchmarks that need a big history.
 */
export function seedHistory(dataDir: string, createStore: CreateStore, drafts: readonly Draft[]): void {
  const byMonth = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const month = draft.createdAt.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(draft);
    else byMonth.set(month, [draft]);
  }
  const counts: Record<string, { count: number }> = {};
  for (const [month, list] of byMonth) {
    for (let part = 1; (part - 1) * SHARD_CAPACITY < list.length; part++) {
      const key = shardKey(month, part);
      const slice = list.slice((part - 1) * SHARD_CAPACITY, part * SHARD_CAPACITY);
      createStore({ ...shardSpec(key), cwd: dataDir }).write({ drafts: Object.fromEntries(slice.map((draft) => [draft.id, draft])) });
      counts[key] = { count: slice.length };
    }
  }
  createStore({ ...INDEX_SPEC, cwd: dataDir }).write({ shards: counts, lastDraftId: null });
}

export function makeDraft(overrides: Partial<Draft> & Pick<Draft, 'id' | 'createdAt'>): Draft {
  return {
    updatedAt: overrides.createdAt,
    text: 'Gritters are out tonight on the A14.',
    platforms: ['x'],
    capacity: 'councillor',
    postAt: null,
    attachments: [],
    status: 'draft',
    decisions: [],
    copies: [],
    ...overrides,
  };
}
