import { expect, test } from 'vitest';
import { METHOD_NAMES } from '../../src/bridge/methods.js';
import { contextBridge, ipcRenderer } from '../stubs/electron.js';

test('the preload exposes one frozen function per method as window.postCheck, each on its own channel', async () => {
  await import('../../main/preload.js');
  const bridge = contextBridge.exposed.get('postCheck') as Record<string, (request: unknown) => Promise<unknown>>;
  const answer = await bridge.saveDraft!({ text: 'hi' });
  expect({
    keys: Object.keys(bridge),
    frozen: Object.isFrozen(bridge),
    answer,
    sent: ipcRenderer.invocations,
    exposed: [...contextBridge.exposed.keys()],
  }).toEqual({
    keys: [...METHOD_NAMES],
    frozen: true,
    answer: { ok: true, value: { channel: 'pc:saveDraft' } },
    sent: [{ channel: 'pc:saveDraft', request: { text: 'hi' } }],
    exposed: ['postCheck'],
  });
});
