import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { createDispatch } from '../../../main/dispatch.js';
import type { MoFileChoosers } from '../../../main/services/mo-service.js';
import type { Channels } from '../../../src/bridge/contract.js';
import type { MethodName } from '../../../src/bridge/methods.js';
import type { KeyProtector } from '../../../main/services/store-key.js';
import { makeApp, type TestApp } from './app.js';
import type { FakeClock } from './fake-clock.js';

/** A stand-in for the operating system's key protection: reversible, but never the plain text on disk. */
export function stubProtector(available = true): KeyProtector & { available: boolean } {
  const protector = {
    available,
    isEncryptionAvailable: () => protector.available,
    encryptString: (plain: string) => Buffer.from(`os:${Buffer.from(plain).toString('hex')}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('os:')) throw new Error('cannot decrypt');
      return Buffer.from(text.slice(3), 'hex').toString();
    },
  };
  return protector;
}

/** Dialog answers the test sets before each call, and the requests the service made. */
export interface StubChoosers extends Required<MoFileChoosers> {
  savePath: string | null;
  openPath: string | null;
  folder: string | null;
  readonly asked: Array<{ purpose: string; suggestedName?: string; message?: string }>;
}

export function stubChoosers(): StubChoosers {
  const choosers: StubChoosers = {
    savePath: null,
    openPath: null,
    folder: null,
    asked: [],
    chooseSaveFile: async (request) => {
      choosers.asked.push(request);
      return choosers.savePath;
    },
    chooseOpenFile: async (request) => {
      choosers.asked.push(request);
      return choosers.openPath;
    },
    chooseFolder: async () => {
      choosers.asked.push({ purpose: 'folder' });
      return choosers.folder;
    },
  };
  return choosers;
}

export interface MoApp extends TestApp {
  readonly choosers: StubChoosers;
  readonly protector: ReturnType<typeof stubProtector>;
}

/** The real services with Monitoring Officer mode's dialogs and key protection stubbed. */
export function makeMoApp(dataDir: string, options: { clock?: FakeClock; protector?: ReturnType<typeof stubProtector>; choosers?: StubChoosers } = {}): MoApp {
  const protector = options.protector ?? stubProtector();
  const choosers = options.choosers ?? stubChoosers();
  const app = makeApp(dataDir, { keyProtector: protector, moChoosers: choosers, ...(options.clock ? { clock: options.clock } : {}) });
  return { ...app, choosers, protector };
}

export const toBase64 = (text: string | Uint8Array): string => Buffer.from(text).toString('base64');

export const GOOD_PACK_TEXT = readFileSync(new URL('../../fixtures/packs/good.json', import.meta.url), 'utf8');

export function fileIn(dir: string, name: string): string {
  return join(dir, name);
}

/** Calls a bridge method the way the window does (through dispatch and the contract's schemas); throws the refusal. */
export function bridgeOf(app: TestApp): <M extends MethodName>(method: M, request?: z.input<Channels[M]['request']>) => Promise<Value<M>> {
  const dispatch = createDispatch(app.services, { onInternalError: (error) => { throw error; } });
  return async (method, request) => {
    const answer = (await dispatch(`pc:${method}`, request ?? {})) as { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.value as Value<typeof method>;
  };
}

type Value<M extends MethodName> = Extract<z.output<Channels[M]['response']>, { ok: true }>['value'];

/** The refusal a call ends in: its code and message. */
export async function refusalOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code?: string }).code ?? 'thrown', message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}
