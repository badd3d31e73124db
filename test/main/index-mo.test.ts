import { describe, expect, test, vi } from 'vitest';
import { MO_DIALOGS } from '../../main/services/mo-messages.js';
import type { BrowserWindow } from '../stubs/electron.js';
import { useTempDirs } from './helpers/temp-dir.js';

/** main/index.ts asks before a window closes on unpublished changes to the council's rules. */

const tempDir = useTempDirs();
type Stub = typeof import('../stubs/electron.js');

interface Dialogs {
  asked: Array<Record<string, unknown>>;
  answer: number;
  closed: number;
}

async function startApp(userData: string, dialogs: Dialogs): Promise<Stub> {
  vi.resetModules();
  const electron = await import('../stubs/electron.js');
  electron.app.setPath('userData', userData);
  Object.assign(electron.dialog, {
    showMessageBox: async (_window: unknown, options: Record<string, unknown>) => {
      dialogs.asked.push(options);
      return { response: dialogs.answer, checkboxChecked: false };
    },
  });
  Object.assign(electron.BrowserWindow.prototype, {
    close(this: BrowserWindow) {
      dialogs.closed++;
      const event = electron.createEvent();
      this.emit('close', event);
    },
  });
  await import('../../main/index.js');
  electron.app.makeReady();
  await electron.app.whenReady();
  await new Promise((resolve) => setImmediate(resolve));
  return electron;
}

function trustedEvent(window: BrowserWindow) {
  return { sender: { id: window.webContents.id, mainFrame: window.webContents.mainFrame }, senderFrame: window.webContents.mainFrame };
}

async function closeAttempt(electron: Stub, window: BrowserWindow): Promise<boolean> {
  const event = electron.createEvent();
  window.emit('close', event);
  await new Promise((resolve) => setImmediate(resolve));
  return event.defaultPrevented;
}

describe('closing with unpublished rules', () => {
  test('closes at once when nothing is unpublished, and asks first when something is', async () => {
    const dialogs: Dialogs = { asked: [], answer: 1, closed: 0 };
    const electron = await startApp(tempDir(), dialogs);
    const window = electron.BrowserWindow.instances.at(-1)!;
    const call = (method: string, request: unknown) => electron.ipcMain.handlers.get(`pc:${method}`)!(trustedEvent(window), request) as Promise<{ ok: boolean; value: { pack: Record<string, unknown> } }>;

    const nothingYet = await closeAttempt(electron, window);
    const started = await call('moStart', { council: 'Northbridge District Council' });
    await call('moSave', { pack: { ...started.value.pack, council: 'Northbridge DC' } });
    const stay = await closeAttempt(electron, window);
    const closedAfterStay = dialogs.closed;
    dialogs.answer = 0;
    const later = await closeAttempt(electron, window);

    expect({
      nothingYet,
      stay: [stay, closedAfterStay],
      later: [later, dialogs.closed],
      asked: dialogs.asked.map(({ message, buttons, cancelId }) => ({ message, buttons, cancelId })),
    }).toEqual({
      nothingYet: false,
      stay: [true, 0],
      later: [true, 1],
      asked: [
        { message: MO_DIALOGS.close.message, buttons: ['Publish later', 'Stay'], cancelId: 1 },
        { message: MO_DIALOGS.close.message, buttons: ['Publish later', 'Stay'], cancelId: 1 },
      ],
    });
  });
});
