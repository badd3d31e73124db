import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { z } from 'zod';
import type { Channels } from '../src/bridge/contract.js';
import type { MethodName } from '../src/bridge/methods.js';
import { createCopyService, type CopyService } from './services/copy-service.js';
import { isReviewClear, reviewFindings } from './services/decision-rules.js';
import { exportFile } from './services/export-service.js';
import { createHistoryService, type HistoryService } from './services/history-service.js';
import { createImageService, type ImageService } from './services/image-service.js';
import { createImageStore } from './services/image-store.js';
import { createJsonFileStoreFactory } from './services/json-file-store.js';
import { createMoService, type MoFileChoosers, type MoService } from './services/mo-service.js';
import type { PackCrypto } from './services/pack-crypto.js';
import { createPackService, type PackFetch, type PackService } from './services/pack-service.js';
import { createPlatformService, type PlatformService } from './services/platform-service.js';
import { createSettingsService, type SettingsService } from './services/settings-service.js';
import { createStorage, type CreateStore, type Storage } from './services/store.js';
import type { KeyProtector } from './services/store-key.js';

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
  /** The store key, which also seals the pictures attached to drafts; without one they are kept as they are. */
  readonly encryptionKey?: Uint8Array | null;
  /** Asks where to save a file (the save dialog), suggesting a name; null when cancelled. Saving copies of pictures needs it. */
  chooseSavePath?(suggestedName: string): Promise<string | null>;
  /** Keeps the Monitoring Officer's signing key encrypted by the operating system (safeStorage); without one, no key can be made. */
  readonly keyProtector?: KeyProtector;
  /** The Monitoring Officer's dialogs: where to save a signed pack, a draft or a key backup; which backup to import; the publish folder. */
  readonly moChoosers?: MoFileChoosers;
}

type Request<M extends MethodName> = z.output<Channels[M]['request']>;
type Value<M extends MethodName> = Extract<z.output<Channels[M]['response']>, { ok: true }>['value'];

/** One handler per bridge method; a refusal is thrown as a ServiceError. */
export type MethodHandlers = { readonly [M in MethodName]: (request: Request<M>) => Value<M> | Promise<Value<M>> };

/** The handlers as createAppServices makes them. */
export type AppMethods = ReturnType<typeof createMethods>;

export interface AppServices {
  /** The handlers (typed exactly: all answer at once except openPlatform, installPack, checkPackNow and saveImageCopy). */
  readonly methods: AppMethods;
  readonly history: HistoryService;
  readonly settings: SettingsService;
  readonly packs: PackService;
  /** Monitoring Officer mode: the working copy of the council's pack, and publishing it. */
  readonly mo: MoService;
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
  const imageStore = createImageStore({ dataDir, encryptionKey: deps.encryptionKey ?? null, clock });
  // Set once the image service exists: a deleted draft's pictures go when it can no longer be restored.
  let images: ImageService | null = null;
  const history = createHistoryService({
    storage,
    clock,
    randomId,
    onForget: (draft) => images?.forget(draft),
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
  images = createImageService({
    history,
    store: imageStore,
    clock,
    notify: (notice) => storage.notify(notice),
    ...(deps.chooseSavePath ? { chooseSavePath: (name: string) => deps.chooseSavePath?.(name) ?? Promise.resolve(null) } : {}),
  });
  const copy = createCopyService({ history, packs, profile: () => settings.engineProfile(), clock, randomId, clipboard: deps.clipboard });
  const platforms = createPlatformService({ openExternal: (url) => deps.openExternal(url), wasCopied: (platform, text) => history.wasCopied(platform, text) });

  const mo = createMoService({ storage, clock, ...(deps.packCrypto ? { crypto: deps.packCrypto } : {}), ...(deps.keyProtector ? { keyProtector: deps.keyProtector } : {}), ...(deps.moChoosers ? { choosers: deps.moChoosers } : {}) });

  const methods = createMethods({ clock, storage, settings, packs, history, copy, platforms, images, mo });

  return {
    methods,
    history,
    settings,
    packs,
    mo,
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
  readonly images: ImageService;
  readonly mo: MoService;
}

function createMethods({ clock, storage, settings, packs, history, copy, platforms, images, mo }: Parts) {
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
    attachImage: (request) => images.attach(request),
    readImage: (request) => images.read(request),
    removeImage: (request) => images.remove(request),
    removeImageLocation: (request) => images.removeLocation(request),
    saveImageCopy: (request) => images.saveCopy(request),
    moGetState: () => mo.state(),
    moStart: (request) => mo.start(request),
    moOpenPack: (request) => mo.open(request),
    moSave: ({ pack }) => mo.save(pack),
    moTryPost: (request) => mo.tryPost(request),
    moRunTests: () => mo.runTests(),
    moStaleMatters: ({ days }) => mo.staleMatters(days),
    moRemoveStaleMatters: ({ days }) => mo.removeStaleMatters(days),
    moImportPlanning: (request) => mo.importPlanning(request),
    moCreateKey: () => mo.createKey(),
    moExportKey: () => mo.exportKey(),
    moImportKey: () => mo.importKey(),
    moChoosePublishFolder: ({ clear }) => mo.choosePublishFolder(clear === true),
    moPublishPreview: () => mo.publishPreview(),
    moPublish: (request) => mo.publish(request),
    moSaveDraftFile: () => mo.saveDraftFile(),
  } satisfies MethodHandlers;
}
