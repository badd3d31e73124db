import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { METHOD_NAMES } from '../../src/bridge/methods.js';
import type { BrowserWindow } from '../stubs/electron.js';
import { useTempDirs } from './helpers/temp-dir.js';

/**
 * main/index.ts against the recording Electron stub: what the app does from start to its
 * first answer, without the Electron binary.
 */

const tempDir = useTempDirs();

type Stub = typeof import('../stubs/electron.js');

/** A fresh module registry: a fresh Electron stub, set up by `prepare`, then main/index.ts run in it. */
async function startApp(userData: string, prepare: (electron: Stub) => void = () => {}): Promise<Stub> {
  vi.resetModules();
  const electron = await import('../stubs/electron.js');
  electron.app.setPath('userData', userData);
  prepare(electron);
  await import('../../main/index.js');
  electron.app.makeReady();
  await electron.app.whenReady();
  await new Promise((resolve) => setImmediate(resolve));
  return electron;
}

function trustedEvent(window: BrowserWindow) {
  return { sender: { id: window.webContents.id, mainFrame: window.webContents.mainFrame }, senderFrame: window.webContents.mainFrame };
}

describe('starting the app', () => {
  test('locks down the session, seals its files with a protected key, registers IPC and opens a sandboxed window', async () => {
    const userData = tempDir();
    const { app, BrowserWindow, ipcMain, session } = await startApp(userData);
    const window = BrowserWindow.instances.at(-1)!;
    const handler = (method: string) => ipcMain.handlers.get(`pc:${method}`)!;
    const saved = (await handler('saveDraft')(trustedEvent(window), { text: 'Project Kestrel', platforms: ['x'], capacity: 'councillor', postAt: null })) as { ok: boolean };
    const state = (await handler('getAppState')(trustedEvent(window), {})) as { ok: boolean; value: { pack: { id: string } } };
    const shard = readFileSync(join(userData, 'data', `history-${new Date().toISOString().slice(0, 7)}.json`), 'utf8');
    expect({
      sandbox: app.sandboxEnabled,
      permissionsDenied: session.defaultSession.permissionCheckHandler?.({}, 'media'),
      channels: [...ipcMain.handlers.keys()],
      preload: window.options.webPreferences.preload.endsWith(join('preload', 'preload.cjs')),
      page: window.loadedFile?.endsWith(join('renderer', 'index.html')),
      sandboxed: [window.options.webPreferences.sandbox, window.options.webPreferences.contextIsolation, window.options.webPreferences.nodeIntegration],
      saved: saved.ok,
      pack: state.value.pack.id,
      keyProtected: readFileSync(join(userData, 'store-key.bin'), 'utf8').startsWith('sealed:'),
      shardSealed: shard.startsWith('PCE1.') && !shard.includes('Kestrel'),
    }).toEqual({
      sandbox: true,
      permissionsDenied: false,
      channels: METHOD_NAMES.map((name) => `pc:${name}`),
      preload: true,
      page: true,
      sandboxed: [true, true, false],
      saved: true,
      pack: 'members-code',
      keyProtected: true,
      shardSealed: true,
    });
  });

  test('refuses a message from a frame that is not the app’s window', async () => {
    const { ipcMain } = await startApp(tempDir());
    const answer = await ipcMain.handlers.get('pc:getAppState')!({ sender: { id: 999, mainFrame: {} }, senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    expect(answer).toEqual({ ok: false, error: { code: 'not-allowed', message: 'This request did not come from the app’s own window, so it was refused.' } });
  });

  test('when the saved work is locked it says so and changes nothing', async () => {
    const userData = tempDir();
    writeFileSync(join(userData, 'store-key.bin'), 'sealed:whatever');
    const { app, dialog, ipcMain } = await startApp(userData, (electron) => {
      electron.safeStorage.available = false;
    });
    expect({ errors: dialog.errors.map((error) => error.title), quit: app.quitCalls, channels: ipcMain.handlers.size, data: existsSync(join(userData, 'data')) }).toEqual({
      errors: ['Your saved work is locked'],
      quit: 1,
      channels: 0,
      data: false,
    });
  });

  test('a second copy of the app quits and leaves the first one alone', async () => {
    const { app, BrowserWindow, ipcMain } = await startApp(tempDir(), (electron) => {
      electron.app.singleInstanceLock = false;
    });
    expect({ quit: app.quitCalls, channels: ipcMain.handlers.size, windows: BrowserWindow.instances.length }).toEqual({ quit: 1, channels: 0, windows: 0 });
  });
});
