import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, safeStorage, session, shell } from 'electron';
import ElectronStore, { type Options as ElectronStoreOptions } from 'electron-store';
import { createAppServices, type AppServices } from './app-services.js';
import { createDispatch } from './dispatch.js';
import { registerIpc } from './ipc.js';
import { NOTICES, STARTUP } from './services/messages.js';
import { MO_DIALOGS } from './services/mo-messages.js';
import { schedulePackChecks } from './services/pack-service.js';
import { confOptions, fromConf, type CreateStore } from './services/store.js';
import { loadStoreKey } from './services/store-key.js';
import { createMainWindow, hardenSession, lockWebContents } from './window.js';

/**
 * The app's lifecycle: one instance only; a locked-down session; the store key protected by
 * the operating system; the services over electron-store; IPC registered; the window opened.
 * Built to dist/main/index.js, beside dist/preload/ and dist/renderer/.
 */

const DIST = fileURLToPath(new URL('..', import.meta.url));
const PRELOAD = join(DIST, 'preload', 'preload.cjs');
const RENDERER_DIR = join(DIST, 'renderer');
const INDEX_HTML = join(RENDERER_DIR, 'index.html');
const APP_URL_PREFIX = `${pathToFileURL(RENDERER_DIR).href}/`;

function electronStoreFactory(key: Uint8Array | null): CreateStore {
  return (request) => {
    // electron-store takes the file name as `name`; it keeps the layout version we give it.
    const options = { ...confOptions(request, key), name: request.name } as unknown as ElectronStoreOptions<Record<string, unknown>>;
    return fromConf(new ElectronStore(options));
  };
}

function start(): void {
  const clock = (): Date => new Date();
  const windows = new Set<BrowserWindow>();
  let services: AppServices | null = null;
  let unregister = (): void => {};
  let stopPackChecks = (): void => {};

  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({ preload: PRELOAD, indexHtml: INDEX_HTML });
    windows.add(window);
    window.on('closed', () => windows.delete(window));
    // Unpublished changes to the council's rules: ask before closing (they stay saved either way).
    let closing = false;
    window.on('close', (event) => {
      if (closing || !services?.mo.hasUnpublishedChanges()) return;
      event.preventDefault();
      const { message, detail, buttons } = MO_DIALOGS.close;
      void dialog.showMessageBox(window, { type: 'question', message, detail, buttons: [...buttons], defaultId: 1, cancelId: 1, noLink: true }).then(({ response }) => {
        if (response !== 0) return;
        closing = true;
        window.close();
      });
    });
    return window;
  };

  app.on('second-instance', () => {
    const [window] = windows;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (services && windows.size === 0) openWindow();
  });
  app.on('will-quit', () => {
    unregister();
    stopPackChecks();
    services?.close();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      const userData = app.getPath('userData');
      const storeKey = loadStoreKey({ path: join(userData, 'store-key.bin'), protector: safeStorage, clock });
      if (storeKey.status === 'locked') {
        dialog.showErrorBox(STARTUP.lockedTitle, STARTUP.locked);
        app.quit();
        return;
      }
      const key = storeKey.status === 'ready' ? storeKey.key : null;
      const movedAside = storeKey.status === 'ready' ? storeKey.movedAside : null;
      services = createAppServices({
        dataDir: join(userData, 'data'),
        clock,
        clipboard: { writeText: (text) => clipboard.writeText(text) },
        openExternal: (url) => shell.openExternal(url, { activate: true }),
        createStore: electronStoreFactory(key),
        encryptionKey: key,
        chooseSavePath: async (suggestedName) => {
          const [window] = windows;
          const options = { defaultPath: join(app.getPath('pictures'), suggestedName) };
          const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
        },
        notices: movedAside ? [NOTICES.keyUnusable(movedAside)] : [],
        keyProtector: safeStorage,
        moChoosers: {
          chooseSaveFile: async ({ purpose, suggestedName, message }) => {
            const { title, filterName, extension } = MO_DIALOGS[purpose];
            const options = { title, defaultPath: join(app.getPath('documents'), suggestedName), filters: [{ name: filterName, extensions: [extension] }], ...(message ? { message } : {}) };
            const [window] = windows;
            const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
            return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
          },
          chooseOpenFile: async () => {
            const { title, filterName, extensions } = MO_DIALOGS.importKey;
            const options = { title, properties: ['openFile' as const], filters: [{ name: filterName, extensions: [...extensions] }] };
            const [window] = windows;
            const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
            return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
          },
          chooseFolder: async () => {
            const { title, button } = MO_DIALOGS.folder;
            const options = { title, buttonLabel: button, properties: ['openDirectory' as const, 'createDirectory' as const] };
            const [window] = windows;
            const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
            return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
          },
        },
      });
      unregister = registerIpc({
        dispatch: createDispatch(services),
        trustedWebContentsIds: () => new Set([...windows].map((window) => window.webContents.id)),
        appUrlPrefix: APP_URL_PREFIX,
      });
      openWindow();
      // Compile the rule pack now, not on the first autosave.
      setImmediate(() => services?.packs.checker());
      // A subscribed pack is checked now and every 6 hours; a refusal is shown in Settings.
      const packs = services.packs;
      stopPackChecks = schedulePackChecks({
        check: () => (packs.hasSubscription() ? packs.checkNow() : Promise.resolve()),
        clock,
        timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(STARTUP.failedTitle, error instanceof Error ? error.message : String(error));
      app.quit();
    });
}

app.enableSandbox();
if (app.requestSingleInstanceLock()) start();
else app.quit();
