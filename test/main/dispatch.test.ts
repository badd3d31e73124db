import { describe, expect, test } from 'vitest';
import type { AppServices, MethodHandlers } from '../../main/app-services.js';
import { createDispatch, methodOf } from '../../main/dispatch.js';
import { ServiceError } from '../../main/services/errors.js';
import { METHOD_NAMES } from '../../src/bridge/methods.js';
import { makeApp } from './helpers/app.js';
import { useTempDirs } from './helpers/temp-dir.js';

const tempDir = useTempDirs();

/** Services whose handlers are given by the test; every other method fails the test if called. */
function fakeServices(handlers: Partial<Record<keyof MethodHandlers, (request: any) => unknown>>) {
  const calls: Array<[string, unknown]> = [];
  const methods = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      (request: unknown) => {
        calls.push([name, request]);
        const handler = handlers[name];
        if (!handler) throw new Error(`${name} should not have been called`);
        return handler(request);
      },
    ]),
  ) as unknown as MethodHandlers;
  const reported: unknown[] = [];
  const dispatch = createDispatch({ methods } as AppServices, { onInternalError: (error) => reported.push(error) });
  return { dispatch, calls, reported };
}

const VALID_SAVE = { text: 'Hello', platforms: ['x'], capacity: 'councillor', postAt: null };

describe('dispatch', () => {
  test('runs the service with the checked request (defaults filled in) and answers ok', async () => {
    const { dispatch, calls } = fakeServices({ listDrafts: () => ({ items: [], total: 0 }) });
    expect(await dispatch('pc:listDrafts', { text: 'mill' })).toEqual({ ok: true, value: { items: [], total: 0 } });
    expect(calls).toEqual([['listDrafts', { text: 'mill', offset: 0, limit: 50 }]]);
  });

  test.each([
    ['an empty platform list', { ...VALID_SAVE, platforms: [] }, 'The saveDraft request was not valid: platforms: Too small: expected array to have >=1 items.'],
    ['text that is not text', { ...VALID_SAVE, text: 42 }, 'The saveDraft request was not valid: text: Invalid input: expected string, received number.'],
    ['an unknown platform', { ...VALID_SAVE, platforms: ['myspace'] }, 'The saveDraft request was not valid: platforms[0]: Invalid option: expected one of "x"|"facebook"|"instagram"|"linkedin"|"bluesky"|"threads"|"nextdoor"|"mastodon"|"whatsapp".'],
    ['a key the contract does not have', { ...VALID_SAVE, findings: [] }, 'The saveDraft request was not valid: Unrecognized key: "findings".'],
    ['no request at all', null, 'The saveDraft request was not valid: Invalid input: expected object, received null.'],
  ])('refuses %s with a clear message and runs nothing', async (_label, request, message) => {
    const { dispatch, calls } = fakeServices({});
    expect({ answer: await dispatch('pc:saveDraft', request), calls }).toEqual({ answer: { ok: false, error: { code: 'invalid-request', message } }, calls: [] });
  });

  test.each([['pc:evalScript'], ['saveDraft'], ['pc:toString'], ['pc:__proto__'], ['']])('refuses the unknown channel %j', async (channel) => {
    const { dispatch, calls } = fakeServices({});
    expect({ answer: await dispatch(channel, {}), calls }).toEqual({
      answer: { ok: false, error: { code: 'not-allowed', message: `The app has no method called “${channel}”.` } },
      calls: [],
    });
  });

  test('a channel that is not a string is refused', async () => {
    const { dispatch } = fakeServices({});
    expect(await dispatch(42 as unknown as string, {})).toEqual({ ok: false, error: { code: 'not-allowed', message: 'The app has no method called “42”.' } });
  });

  test('passes on a refusal the service means to give', async () => {
    const { dispatch } = fakeServices({
      getDraft: () => {
        throw new ServiceError('not-found', 'That draft could not be found. It may have been deleted.');
      },
    });
    expect(await dispatch('pc:getDraft', { id: 'abcdef' })).toEqual({ ok: false, error: { code: 'not-found', message: 'That draft could not be found. It may have been deleted.' } });
  });

  test('answers a bug with a calm message, reports it, and never throws', async () => {
    const { dispatch, reported } = fakeServices({
      getDraft: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'text') at /home/someone/secret/path.ts");
      },
    });
    expect({ answer: await dispatch('pc:getDraft', { id: 'abcdef' }), reported: reported.length }).toEqual({
      answer: { ok: false, error: { code: 'internal', message: 'Something went wrong inside the app. Nothing you wrote has been lost; please try again.' } },
      reported: 1,
    });
  });

  test('checks its own answer: one that does not match the contract is not sent', async () => {
    const { dispatch, reported } = fakeServices({ deleteDraft: () => ({ id: 'abcdef', secretPath: '/home/someone' }) });
    expect({ answer: await dispatch('pc:deleteDraft', { id: 'abcdef' }), reported: String(reported[0]) }).toEqual({
      answer: { ok: false, error: { code: 'internal', message: 'Something went wrong inside the app. Nothing you wrote has been lost; please try again.' } },
      reported: 'Error: The answer to deleteDraft does not match its schema: value: Unrecognized key: "secretPath"',
    });
  });

  test('works end to end over the real services', async () => {
    const { services } = makeApp(tempDir());
    const dispatch = createDispatch(services);
    const saved = (await dispatch('pc:saveDraft', VALID_SAVE)) as { ok: true; value: { id: string } };
    expect(await dispatch('pc:getDraft', { id: saved.value.id })).toEqual({ ok: true, value: expect.objectContaining({ id: saved.value.id, text: 'Hello' }) });
  });

  test('knows exactly the methods of the contract', () => {
    expect(METHOD_NAMES.map((name) => methodOf(`pc:${name}`))).toEqual([...METHOD_NAMES]);
  });
});
