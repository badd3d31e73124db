/**
 * The names of the bridge's methods: the only thing the preload imports. Each is exposed as
 * `window.postCheck.<name>` and sent on the IPC channel `pc:<name>`.
 */
export const METHOD_NAMES = [
  'getAppState',
  'saveProfile',
  'saveSettings',
  'saveDraft',
  'getDraft',
  'listDrafts',
  'deleteDraft',
  'undoDelete',
  'duplicateDraft',
  'copyChecked',
  'openPlatform',
  'exportHistory',
  'getPackStatus',
  'installPack',
  'confirmPackTrust',
  'checkPackNow',
  'attachImage',
  'readImage',
  'removeImage',
  'removeImageLocation',
  'saveImageCopy',
  'moGetState',
  'moStart',
  'moOpenPack',
  'moSave',
  'moTryPost',
  'moRunTests',
  'moStaleMatters',
  'moRemoveStaleMatters',
  'moImportPlanning',
  'moCreateKey',
  'moExportKey',
  'moImportKey',
  'moChoosePublishFolder',
  'moPublishPreview',
  'moPublish',
  'moSaveDraftFile',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const CHANNEL_PREFIX = 'pc:';

/**
 * Builds the object exposed as `window.postCheck`: one function per method, each sending its
 * request on `pc:<name>`, frozen, with no generic invoke. Self-contained (no outside
 * references), so the preload and the end-to-end tests install exactly this function.
 */
export function buildBridge(names: readonly string[], invoke: (channel: string, request: unknown) => Promise<unknown>): Readonly<Record<string, (request: unknown) => Promise<unknown>>> {
  const bridge: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of names) bridge[name] = (request: unknown) => invoke(`pc:${name}`, request ?? {});
  return Object.freeze(bridge);
}
