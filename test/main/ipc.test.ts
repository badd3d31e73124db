import { afterEach, describe, expect, test } from 'vitest';
import { describeSender, isTrustedSender, registerIpc, type SenderFrame } from '../../main/ipc.js';
import { METHOD_NAMES } from '../../src/bridge/methods.js';
import { ipcMain } from '../stubs/electron.js';

const PREFIX = 'file:///opt/Councillor%20Post%20Check/resources/app.asar/dist/renderer/';
const OWN: SenderFrame = { webContentsId: 7, url: `${PREFIX}index.html`, isMainFrame: true };
const TRUSTED = new Set([7]);

describe('isTrustedSender', () => {
  test.each([
    ['the app’s own page', OWN],
    ['the app’s own page with a hash', { ...OWN, url: `${PREFIX}index.html#/history` }],
  ])('accepts %s', (_label, frame) => {
    expect(isTrustedSender(frame, TRUSTED, PREFIX)).toBe(true);
  });

  test.each([
    ['another window', { ...OWN, webContentsId: 8 }],
    ['an iframe in the app’s window', { ...OWN, isMainFrame: false }],
    ['a web page', { ...OWN, url: 'https://evil.example/index.html' }],
    ['another file on the disk', { ...OWN, url: 'file:///home/someone/Downloads/evil.html' }],
    ['a folder whose name starts like the app’s', { ...OWN, url: PREFIX.replace('renderer/', 'renderer-evil/index.html') }],
    ['a path that climbs out of the app’s folder', { ...OWN, url: `${PREFIX}../../../../../../home/someone/evil.html` }],
    ['a data address', { ...OWN, url: 'data:text/html,<script>alert(1)</script>' }],
    ['an address that is not one', { ...OWN, url: 'not a url' }],
    ['a frame that has gone', null],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender(frame, TRUSTED, PREFIX)).toBe(false);
  });

  test('refuses everything when the app’s address is not a folder', () => {
    expect(isTrustedSender(OWN, TRUSTED, `${PREFIX}index.html`)).toBe(false);
  });
});

function fakeEvent(frame: { url: string; parent: unknown; routingId: number } | null, webContentsId = 7) {
  return {
    sender: { id: webContentsId, mainFrame: { processId: 3, routingId: 1 } },
    senderFrame: frame ? { processId: 3, ...frame } : null,
  } as unknown as Parameters<typeof describeSender>[0];
}

describe('describeSender', () => {
  test('tells the main frame from an iframe', () => {
    const main = fakeEvent({ url: `${PREFIX}index.html`, parent: null, routingId: 1 });
    const child = fakeEvent({ url: `${PREFIX}index.html`, parent: {}, routingId: 2 });
    expect([describeSender(main), describeSender(child), describeSender(fakeEvent(null))]).toEqual([OWN, { ...OWN, isMainFrame: false }, null]);
  });
});

describe('registerIpc', () => {
  let unregister = (): void => {};
  afterEach(() => unregister());

  function register() {
    const dispatched: Array<[string, unknown]> = [];
    unregister = registerIpc({
      dispatch: async (channel, request) => {
        dispatched.push([channel, request]);
        return { ok: true, value: 'answered' };
      },
      trustedWebContentsIds: () => TRUSTED,
      appUrlPrefix: PREFIX,
    });
    return dispatched;
  }

  test('registers exactly one handler per method of the contract', () => {
    register();
    expect([...ipcMain.handlers.keys()]).toEqual(METHOD_NAMES.map((name) => `pc:${name}`));
  });

  test('passes a message from the app’s own page to dispatch', async () => {
    const dispatched = register();
    const answer = await ipcMain.handlers.get('pc:saveDraft')!(fakeEvent({ url: `${PREFIX}index.html`, parent: null, routingId: 1 }), { text: 'hi' });
    expect({ answer, dispatched }).toEqual({ answer: { ok: true, value: 'answered' }, dispatched: [['pc:saveDraft', { text: 'hi' }]] });
  });

  test('refuses a message from anywhere else before it reaches dispatch', async () => {
    const dispatched = register();
    const answers = await Promise.all([
      ipcMain.handlers.get('pc:getAppState')!(fakeEvent({ url: 'https://evil.example/', parent: null, routingId: 1 }), {}),
      ipcMain.handlers.get('pc:getAppState')!(fakeEvent({ url: `${PREFIX}index.html`, parent: {}, routingId: 2 }), {}),
      ipcMain.handlers.get('pc:getAppState')!(fakeEvent({ url: `${PREFIX}index.html`, parent: null, routingId: 1 }, 99), {}),
    ]);
    const refused = { ok: false, error: { code: 'not-allowed', message: 'This request did not come from the app’s own window, so it was refused.' } };
    expect({ answers, dispatched }).toEqual({ answers: [refused, refused, refused], dispatched: [] });
  });

  test('removes its handlers when asked', () => {
    register();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
