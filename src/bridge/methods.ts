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
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const CHANNEL_PREFIX = 'pc:';
