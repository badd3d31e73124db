import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, METHOD_NAMES } from '../src/bridge/methods.js';

/**
 * Runs in the sandboxed window before its page: exposes exactly one function per bridge method
 * as `window.postCheck`, each sending its request on `pc:<method>`. Nothing else of Electron
 * reaches the page. Bundled to one CommonJS file (a sandboxed preload cannot load modules).
 */
contextBridge.exposeInMainWorld(
  'postCheck',
  buildBridge(METHOD_NAMES, (channel, request) => ipcRenderer.invoke(channel, request)),
);
