import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { z } from 'zod';
import type { Channels } from '../src/bridge/contract.js';
import type { MethodName } from '../src/bridge/methods.js';
import { createCopyService, type CopyService } from './services/copy-service.js';
import { isReviewClear, reviewFindings } from './services/decision-rules.js';
import { exportFile } from './services/export-service.js';
import { createHistoryService, type HistoryService } from './services/history-service.js';
import { createJsonFileStoreFactory } from './services/json-file-store.js';
import type { PackCrypto } from './services/pack-crypto.js';
import { createPackService, type PackFetch, type PackService } from './services/pack-service.js';
import { createPlatformService, type PlatformService } from './services/platform-service.js';
import { createSettingsService, type SettingsService } from './services/settings-service.js';
import { createStorage, type CreateStore, type Storage } from './services/store.js';

/**
 * Everything the window can ask for, made from plain dependencies: no Electron here, so the
 * same services run in the app, in unit tests and behind the end-to-end tests' bridge.
 */

export interface AppDeps {
  /** The folder the app's files live in. */
  readonly dataDir: string;
  readonly clock: () => Date;
  readonly clipboard: { writeText(text: string): void };
  openExternal(url: string): Promise<void>;
  /**
   * Makes a store file: electron-store in the app, conf in tests (the same files). When left
   * out, plain JSON files are written by the app's own store (json-file-store.ts), unencrypted.
   */
  readonly createStore?: CreateStore;
  /** Makes ids for drafts and audit records. */
  readonly randomId?: () => string;
  /** Notices from before the services started (e.g. about the store key). */
  readonly notices?: readonly string[];
  /** Downloads subscribed packs (the global fetch when left out). */
  readonly fetch?: PackFetch;
  /** Hashing and Ed25519 for packs (node:crypto when left out). */
  readonly packCrypto?: PackCrypto;
  /** Lets a subscription use plain http to 127.0.0.1 (test servers only). */
  readonly allowLoopbackHttp?: boolean;
}

type Request<M extends MethodName> = z.output<Channels[M]['request']>;
type Value<M extends MethodName> = Extract<z.output<Channels[M]['response']>, { ok: true }>['value'];

/** One handler per bridge method; a refusal is thrown as a ServiceError. */
export type MethodHandlers = { readonly [M in MethodName]: (request: Request<M>) => Value<M> | Promise<Value<M>> };

/** The handlers as createAppServices makes them. */
export type AppMethods = ReturnType<typeof createMethods>;

export interface AppServices {
  /** The handlers (typed exactly: all answer at once except openPlatform, installPack and checkPackNow). */
  readonly methods: AppMethods;
  readonly history: HistoryService;
  readonly settings: SettingsService;
  readonly packs: PackService;
  /** Notices gathered at start (a damaged file moved aside, …), shown until the app closes. */
  readonly notices: readonly string[];
  /** Called as the app closes. */
  close(): void;
}

export function defaultRandomId(): string {
  return randomBytes(12).toString('base64url');
}

export function createAppServices(deps: AppDeps): AppServices {
  const { dataDir, clock } = deps;
  const randomId = deps.randomId ?? defaultRandomId;
  mkdirSync(dataDir, { recursive: true });
  const storage = createStorage({ dataDir, clock, createStore: deps.createStore ?? createJsonFileStoreFactory() });
  for (const notice of deps.notices ?? []) storage.notify(notice);

  const settings = createSettingsService({ storage });
  const packs = createPackService({
    storage,
    clock,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.packCrypto ? { crypto: deps.packCrypto } : {}),
    ...(deps.allowLoopbackHttp ? { allowLoopbackHttp: true } : {}),
  });
  const history = createHistoryService({
    storage,
    clock,
    randomId,
    // A draft is "checked" when main's own check finds nothing that still needs a decision.
    assess: (draft) => {
      const findings = packs.checker().check(draft.text, {
        capacity: draft.capacity,
        platform: draft.platforms[0],
        at: draft.postAt ?? clock().toISOString(),
        profile: settings.engineProfile(),
        attachments: draft.attachments,
      });
      return draft.text.trim() !== '' && isReviewClear(reviewFindings(findings, draft.decisions)) ? 'checked' : 'draft';
    },
  });
  const copy = createCopyService({ history, packs, profile: () => settings.engineProfile(), clock, randomId, clipboard: deps.clipboard });
  const platforms = createPlatformService({ openExternal: (url) => deps.openExternal(url), wasCopied: (platform, text) => history.wasCopied(platform, text) });

  const methods = createMethods({ clock, storage, settings, packs, history, copy, platforms });

  return {
    methods,
    history,
    settings,
    packs,
    notices: storage.notices,
    close: () => history.close(),
  };
}

interface Parts {
  readonly clock: () => Date;
  readonly storage: Storage;
  readonly settings: SettingsService;
  readonly packs: PackService;
  readonly history: HistoryService;
  readonly copy: CopyService;
  readonly platforms: PlatformService;
}

function createMethods({ clock, storage, settings, packs, history, copy, platforms }: Parts) {
  return {
    getAppState: () => ({
      profile: settings.profile(),
      settings: settings.settings(),
      pack: packs.info(),
      lastDraftId: history.lastDraftId(),
      notices: [...storage.notices],
      dataDir: storage.dataDir,
    }),
    saveProfile: (profile) => settings.saveProfile(profile),
    saveSettings: (change) => settings.saveSettings(change),
    saveDraft: (request) => history.save(request),
    getDraft: ({ id }) => {
      const draft = history.get(id);
      history.markOpen(id);
      return draft;
    },
    listDrafts: (query) => history.list(query),
    deleteDraft: ({ id }) => history.remove(id),
    undoDelete: ({ id }) => history.undoDelete(id),
    duplicateDraft: ({ id }) => history.duplicate(id),
    copyChecked: (request) => copy.copyChecked(request),
    openPlatform: (request) => platforms.open(request),
    exportHistory: ({ format, id }) => {
      const exportedAt = clock().toISOString();
      if (id === undefined) return exportFile(history.all(), format, { exportedAt, single: false });
      return exportFile([history.get(id)], format, { exportedAt, single: true });
    },
    getPackStatus: () => packs.status(),
    installPack: (source) => packs.install(source),
    confirmPackTrust: (decision) => packs.confirmTrust(decision),
    checkPackNow: () => packs.checkNow(),
  } satisfies MethodHandlers;
}
