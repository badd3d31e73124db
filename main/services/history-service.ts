import { existsSync, readdirSync } from 'node:fs';
import type { z } from 'zod';
import type { Draft, DraftSaved, DraftSaveRequest, DraftStatus, DraftSummary, HistoryPage, HistoryQuery, ImageEdit, PictureSummary } from '../../src/bridge/contract.js';
import type { Attachment } from '../../src/checks/types.js';
import type { PlatformId } from '../../src/engine/finding.js';
import { ServiceError } from './errors.js';
import { HistoryIndexFile, INDEX_SPEC, SHARD_CAPACITY, ShardFile, shardKey, shardKeyOfFile, shardMonth, shardSpec } from './history-shards.js';
import { NOTICES, REFUSALS } from './messages.js';
import { storePath, type StoreFile, type Storage } from './store.js';

/**
 * Every draft, autosaved, in monthly shards (history-shards.ts). All drafts are held in memory
 * once loaded, with a search form of each text, so listing and full-text search never touch
 * the disk; an autosave rewrites only the one shard the draft lives in.
 */

export interface HistoryDeps {
  readonly storage: Storage;
  readonly clock: () => Date;
  readonly randomId: () => string;
  /** Whether a draft's text needs nothing more before copying ("checked") or still does ("draft"). */
  readonly assess?: (draft: Draft) => Exclude<DraftStatus, 'copied'>;
  /** Told about a deleted draft once it can no longer be restored (another deletion, or the app closing). */
  readonly onForget?: (draft: Draft) => void;
}

export interface HistoryService {
  save(request: z.output<typeof DraftSaveRequest>): z.output<typeof DraftSaved>;
  get(id: string): Draft;
  list(query: z.output<typeof HistoryQuery>): z.output<typeof HistoryPage>;
  remove(id: string): { id: string };
  /** Restores the most recently deleted draft (until the app closes or another is deleted). */
  undoDelete(id: string): Draft;
  duplicate(id: string): Draft;
  /** Replaces a draft with `change(draft)`; its status is worked out again. */
  update(id: string, change: (draft: Draft) => Draft): Draft;
  /** Every draft, newest first. */
  all(): Draft[];
  /** True when this exact text was copied for this platform through the checklist. */
  wasCopied(platform: PlatformId, text: string): boolean;
  lastDraftId(): string | null;
  /** Remembers the draft the councillor has open, to reopen it at the next start. */
  markOpen(id: string): void;
  /** Whether any draft, or the deleted one that can still be restored, has this picture attached. */
  imageInUse(imageId: string): boolean;
  /** Forgets the deletion that could be undone (the app is closing). */
  close(): void;
}

interface Shard {
  readonly file: StoreFile<ShardFile>;
  readonly drafts: Record<string, Draft>;
  /** False when the file was damaged and left in place: nothing is written to it. */
  readonly writable: boolean;
}

interface Entry {
  readonly draft: Draft;
  readonly shard: string;
  /** The text folded for searching. */
  readonly haystack: string;
  /** The local calendar date of the last change ("2026-11-23"), for the date filter. */
  readonly day: string;
  readonly summary: DraftSummary;
}

/** Lower case, accents and curly quotes folded, so "Cafe" finds "Café" and "I'll" finds "I’ll". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .toLowerCase();
}

const FIRST_LINE_MAX = 100;

export function firstLineOf(text: string): string {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // Only the start of a long line is needed.
    const flat = text.slice(start, Math.min(end, start + FIRST_LINE_MAX * 4)).replace(/\s+/g, ' ').trim();
    if (flat) return flat.length > FIRST_LINE_MAX ? `${flat.slice(0, FIRST_LINE_MAX - 1)}…` : flat;
    start = end + 1;
  }
  return '';
}

function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function toEntry(draft: Draft, shard: string): Entry {
  return {
    draft,
    shard,
    haystack: foldForSearch(draft.text),
    day: localDay(draft.updatedAt),
    summary: {
      id: draft.id,
      firstLine: firstLineOf(draft.text),
      platforms: draft.platforms,
      capacity: draft.capacity,
      status: draft.status,
      updatedAt: draft.updatedAt,
      ...(draft.attachments.length > 0 ? { pictures: draft.attachments.map(pictureSummary) } : {}),
    },
  };
}

function pictureSummary(attachment: Attachment): PictureSummary {
  return {
    ...(attachment.name !== undefined ? { name: attachment.name } : {}),
    ...(attachment.altText ? { altText: attachment.altText } : {}),
    ...(attachment.thumbnail !== undefined ? { thumbnail: attachment.thumbnail } : {}),
  };
}

/** The draft's pictures with the window's changes (description, logos found) applied; other pictures as they were. */
export function applyImageEdits(attachments: readonly Attachment[], edits: readonly ImageEdit[] | undefined): Attachment[] {
  if (!edits || edits.length === 0) return [...attachments];
  return attachments.map((attachment) => {
    const edit = edits.find((candidate) => candidate.id === attachment.id);
    if (!edit) return attachment;
    const next: Attachment = { ...attachment };
    if (edit.altText !== undefined) {
      if (edit.altText.trim()) next.altText = edit.altText;
      else delete next.altText;
    }
    if (edit.logoMatches !== undefined) next.logoMatches = edit.logoMatches;
    if (edit.scannedFor !== undefined) next.scannedFor = edit.scannedFor;
    return next;
  });
}

function sameContent(draft: Draft, request: z.output<typeof DraftSaveRequest>): boolean {
  return (
    draft.text === request.text &&
    (request.images === undefined || JSON.stringify(applyImageEdits(draft.attachments, request.images)) === JSON.stringify(draft.attachments)) &&
    draft.capacity === request.capacity &&
    draft.postAt === request.postAt &&
    JSON.stringify(draft.platforms) === JSON.stringify(request.platforms) &&
    (request.decisions === undefined || JSON.stringify(draft.decisions) === JSON.stringify(request.decisions))
  );
}

function failure(error: unknown): ServiceError {
  return new ServiceError('storage', REFUSALS.saveFailed(error instanceof Error ? error.message : String(error)));
}

export function createHistoryService({ storage, clock, randomId, assess, onForget }: HistoryDeps): HistoryService {
  const { dataDir } = storage;
  const shards = new Map<string, Shard>();
  /** Shards the index lists whose files are missing: never reused, in case the file comes back. */
  const unavailable = new Set<string>();
  const byId = new Map<string, Entry>();
  let ordered: Entry[] | null = null;
  let pendingUndo: { draft: Draft; shard: string } | null = null;

  // --- Loading -------------------------------------------------------------------------------
  const indexOpened = storage.open(INDEX_SPEC, HistoryIndexFile, {
    keptAs: (path) => NOTICES.indexDamaged(path),
    leftInPlace: (path) => NOTICES.notSaved('list of drafts', path),
  });
  const indexFile = indexOpened.file;
  let index: HistoryIndexFile = indexOpened.value;

  function openShard(key: string): Shard {
    const month = shardMonth(key);
    const opened = storage.open(shardSpec(key), ShardFile, {
      keptAs: (path) => NOTICES.draftsDamaged(month, path),
      leftInPlace: (path) => NOTICES.draftsUnreadable(month, path),
    });
    const shard: Shard = { file: opened.file, drafts: opened.value.drafts, writable: opened.persistent };
    shards.set(key, shard);
    return shard;
  }

  const onDisk = new Set(readdirSync(dataDir).flatMap((name) => shardKeyOfFile(name) ?? []));
  for (const key of [...new Set([...onDisk, ...Object.keys(index.shards)])].sort()) {
    if (!onDisk.has(key)) {
      const count = index.shards[key]?.count ?? 0;
      if (count > 0) {
        unavailable.add(key);
        storage.notify(NOTICES.draftsMissing(shardMonth(key), count));
      }
      continue;
    }
    const shard = openShard(key);
    for (const draft of Object.values(shard.drafts)) byId.set(draft.id, toEntry(draft, key));
  }

  function writeIndex(next: HistoryIndexFile): void {
    index = next;
    try {
      indexFile.write(next);
    } catch {
      // The index is rebuilt from the shards at the next start; a failed write loses nothing.
    }
  }

  function countsNow(): HistoryIndexFile['shards'] {
    const counts: HistoryIndexFile['shards'] = {};
    for (const key of unavailable) if (index.shards[key]) counts[key] = index.shards[key];
    for (const [key, shard] of shards) if (shard.writable) counts[key] = { count: Object.keys(shard.drafts).length };
    return counts;
  }

  {
    const lastDraftId = index.lastDraftId && byId.has(index.lastDraftId) ? index.lastDraftId : null;
    const reconciled = { shards: countsNow(), lastDraftId };
    if (JSON.stringify(reconciled) !== JSON.stringify(index)) writeIndex(reconciled);
  }

  // --- Helpers -------------------------------------------------------------------------------
  function sorted(): Entry[] {
    ordered ??= [...byId.values()].sort((a, b) => (a.draft.updatedAt < b.draft.updatedAt ? 1 : a.draft.updatedAt > b.draft.updatedAt ? -1 : a.draft.id.localeCompare(b.draft.id)));
    return ordered;
  }

  /** Keeps the newest-first order without a full sort when the changed draft is now the newest (an autosave). */
  function reorder(replaced: Entry | undefined, entry: Entry): void {
    if (!ordered) return;
    const newest = ordered[0] === replaced ? ordered[1] : ordered[0];
    if (newest && entry.draft.updatedAt <= newest.draft.updatedAt) {
      ordered = null;
      return;
    }
    if (replaced) {
      const at = ordered.indexOf(replaced);
      if (at >= 0) ordered.splice(at, 1);
    }
    ordered.unshift(entry);
  }

  function entryOf(id: string): Entry {
    const entry = byId.get(id);
    if (!entry) throw new ServiceError('not-found', REFUSALS.draftNotFound);
    return entry;
  }

  function newId(): string {
    let id = randomId();
    while (byId.has(id) || pendingUndo?.draft.id === id) id = randomId();
    return id;
  }

  /** The shard a draft created at `createdAt` goes into: its month's last part with room. */
  function shardForNew(createdAt: string): string {
    const month = createdAt.slice(0, 7);
    for (let part = 1; ; part++) {
      const key = shardKey(month, part);
      if (unavailable.has(key)) continue;
      const shard = shards.get(key);
      if (!shard) {
        if (existsSync(storePath(dataDir, shardSpec(key).name))) continue;
        openShard(key);
        return key;
      }
      if (shard.writable && Object.keys(shard.drafts).length < SHARD_CAPACITY) return key;
    }
  }

  function statusOf(draft: Draft): DraftStatus {
    if (draft.copies.some((copy) => copy.text === draft.text)) return 'copied';
    return assess?.(draft) ?? 'draft';
  }

  /** Writes a draft into a shard; on failure the shard is left as it was. */
  function put(draft: Draft, key: string): void {
    const shard = shards.get(key);
    if (!shard) throw new Error(`No shard ${key}.`);
    const previous = shard.drafts[draft.id];
    shard.drafts[draft.id] = draft;
    try {
      shard.file.write({ drafts: shard.drafts });
    } catch (error) {
      if (previous) shard.drafts[draft.id] = previous;
      else delete shard.drafts[draft.id];
      throw failure(error);
    }
    const entry = toEntry(draft, key);
    const replaced = byId.get(draft.id);
    byId.set(draft.id, entry);
    reorder(replaced, entry);
    if (!previous) writeIndex({ ...index, shards: countsNow() });
  }

  function markOpen(id: string): void {
    if (index.lastDraftId !== id) writeIndex({ ...index, lastDraftId: id });
  }

  // --- The service ---------------------------------------------------------------------------
  return {
    save(request) {
      const existing = request.id ? byId.get(request.id) : undefined;
      if (existing && sameContent(existing.draft, request)) {
        markOpen(existing.draft.id);
        return { id: existing.draft.id, updatedAt: existing.draft.updatedAt, status: existing.draft.status };
      }
      const now = clock().toISOString();
      const base = existing?.draft;
      const forgotten = request.id && pendingUndo?.draft.id === request.id ? pendingUndo.draft : null;
      if (forgotten) pendingUndo = null;
      const draft: Draft = {
        id: base?.id ?? request.id ?? newId(),
        createdAt: base?.createdAt ?? now,
        updatedAt: now,
        text: request.text,
        platforms: request.platforms,
        capacity: request.capacity,
        postAt: request.postAt,
        attachments: applyImageEdits(base?.attachments ?? [], request.images),
        status: 'draft',
        decisions: request.decisions ?? base?.decisions ?? [],
        copies: base?.copies ?? [],
      };
      const saved = { ...draft, status: statusOf(draft) };
      put(saved, existing?.shard ?? shardForNew(now));
      markOpen(saved.id);
      if (forgotten) onForget?.(forgotten);
      return { id: saved.id, updatedAt: saved.updatedAt, status: saved.status };
    },

    get: (id) => entryOf(id).draft,

    list(query) {
      if (query.from && query.to && query.from > query.to) throw new ServiceError('invalid-request', REFUSALS.datesReversed);
      const terms = foldForSearch(query.text ?? '').split(/\s+/).filter(Boolean);
      const { status, platform, from, to } = query;
      const matches = sorted().filter(
        (entry) =>
          (!status || entry.draft.status === status) &&
          (!platform || entry.draft.platforms.includes(platform)) &&
          (!from || entry.day >= from) &&
          (!to || entry.day <= to) &&
          terms.every((term) => entry.haystack.includes(term)),
      );
      return { items: matches.slice(query.offset, query.offset + query.limit).map((entry) => entry.summary), total: matches.length };
    },

    remove(id) {
      const entry = entryOf(id);
      const shard = shards.get(entry.shard);
      if (!shard) throw new Error(`No shard ${entry.shard}.`);
      delete shard.drafts[id];
      try {
        shard.file.write({ drafts: shard.drafts });
      } catch (error) {
        shard.drafts[id] = entry.draft;
        throw failure(error);
      }
      byId.delete(id);
      ordered = null;
      const forgotten = pendingUndo?.draft;
      pendingUndo = { draft: entry.draft, shard: entry.shard };
      if (forgotten) onForget?.(forgotten);
      writeIndex({ shards: countsNow(), lastDraftId: index.lastDraftId === id ? null : index.lastDraftId });
      return { id };
    },

    undoDelete(id) {
      if (!pendingUndo || pendingUndo.draft.id !== id || byId.has(id)) throw new ServiceError('not-found', REFUSALS.undoUnavailable);
      const { draft, shard } = pendingUndo;
      put(draft, shards.get(shard)?.writable ? shard : shardForNew(draft.createdAt));
      pendingUndo = null;
      return draft;
    },

    duplicate(id) {
      const source = entryOf(id).draft;
      const now = clock().toISOString();
      const draft: Draft = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        text: source.text,
        platforms: source.platforms,
        capacity: source.capacity,
        postAt: source.postAt,
        attachments: source.attachments,
        status: 'draft',
        decisions: [],
        copies: [],
      };
      const saved = { ...draft, status: statusOf(draft) };
      put(saved, shardForNew(now));
      markOpen(saved.id);
      return saved;
    },

    update(id, change) {
      const entry = entryOf(id);
      const changed = change(entry.draft);
      const next = { ...changed, id, status: statusOf(changed) };
      put(next, entry.shard);
      return next;
    },

    all: () => sorted().map((entry) => entry.draft),

    wasCopied(platform, text) {
      for (const { draft } of byId.values()) if (draft.copies.some((copy) => copy.platform === platform && copy.text === text)) return true;
      return false;
    },

    lastDraftId: () => index.lastDraftId,

    markOpen(id) {
      entryOf(id);
      markOpen(id);
    },

    imageInUse(imageId) {
      if (pendingUndo?.draft.attachments.some((attachment) => attachment.id === imageId)) return true;
      for (const { draft } of byId.values()) if (draft.attachments.some((attachment) => attachment.id === imageId)) return true;
      return false;
    },

    close() {
      const forgotten = pendingUndo?.draft;
      pendingUndo = null;
      if (forgotten) onForget?.(forgotten);
    },
  };
}
