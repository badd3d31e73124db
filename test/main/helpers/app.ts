import type { z } from 'zod';
import type { DraftSaveRequest } from '../../../src/bridge/contract.js';
import { createAppServices, type AppDeps, type AppServices } from '../../../main/app-services.js';
import { createConfStoreFactory, TEST_KEY } from './conf-store.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';

/** Ids in order: "id-000001", "id-000002", … (the contract wants 6 to 64 letters, digits, - or _). */
export function createSequentialIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(6, '0')}`;
}

export interface TestApp {
  readonly services: AppServices;
  readonly clock: FakeClock;
  readonly clipboard: { text: string | null; writeText(text: string): void };
  readonly opened: string[];
  readonly dataDir: string;
}

/** The real services over conf files in `dataDir`, with a fake clock, clipboard and browser. */
export function makeApp(dataDir: string, overrides: Partial<AppDeps> & { clock?: FakeClock } = {}): TestApp {
  const clock = overrides.clock ?? createFakeClock('2026-11-20T10:00:00Z');
  const opened: string[] = [];
  const clipboard = {
    text: null as string | null,
    writeText(text: string) {
      clipboard.text = text;
    },
  };
  const services = createAppServices({
    dataDir,
    clock,
    clipboard,
    openExternal: async (url) => {
      opened.push(url);
    },
    createStore: createConfStoreFactory({ encryptionKey: TEST_KEY }),
    encryptionKey: TEST_KEY,
    randomId: createSequentialIds(),
    ...overrides,
  });
  return { services, clock, clipboard, opened, dataDir };
}

export function draftRequest(overrides: Partial<z.input<typeof DraftSaveRequest>> = {}): z.output<typeof DraftSaveRequest> {
  return { text: 'Gritters are out tonight on the A14.', platforms: ['x'], capacity: 'councillor', postAt: null, ...overrides } as z.output<typeof DraftSaveRequest>;
}
