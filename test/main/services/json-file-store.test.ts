import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAppServices } from '../../../main/app-services.js';
import { compareVersions, createJsonFileStoreFactory } from '../../../main/services/json-file-store.js';
import { SETTINGS_SPEC } from '../../../main/services/settings-service.js';
import type { StoreSpec } from '../../../main/services/store.js';
import { draftRequest } from '../helpers/app.js';
import { createConfStoreFactory } from '../helpers/conf-store.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

describe('the plain-file store', () => {
  test('writes files conf reads, and reads files conf writes', () => {
    const dir = tempDir();
    const value = { profile: null, settings: { theme: 'dark' as const, defaultPlatforms: ['x' as const] } };
    createJsonFileStoreFactory()({ ...SETTINGS_SPEC, cwd: dir }).write(value);
    const byConf = createConfStoreFactory()({ ...SETTINGS_SPEC, cwd: dir });
    const readByConf = byConf.read();
    byConf.write({ ...value, settings: { ...value.settings, theme: 'light' } });
    expect({ readByConf, readBack: createJsonFileStoreFactory()({ ...SETTINGS_SPEC, cwd: dir }).read() }).toEqual({
      readByConf: value,
      readBack: { ...value, settings: { ...value.settings, theme: 'light' } },
    });
  });

  test('runs each migration once, in version order, and records the version', () => {
    const dir = tempDir();
    const ran: string[] = [];
    const spec: StoreSpec<{ n: number }> = {
      name: 'counter',
      version: '1.10.0',
      defaults: { n: 0 },
      migrations: { '1.10.0': (store) => (ran.push('1.10.0'), store.set('n', Number(store.get('n')) * 10)), '1.2.0': (store) => (ran.push('1.2.0'), store.set('n', Number(store.get('n')) + 1)), '2.0.0': () => ran.push('2.0.0') },
      encrypt: false,
    };
    writeFileSync(join(dir, 'counter.json'), JSON.stringify({ n: 4 }));
    createJsonFileStoreFactory()({ ...spec, cwd: dir });
    const reopened = createJsonFileStoreFactory()({ ...spec, cwd: dir });
    expect({ ran, value: reopened.read(), file: JSON.parse(readFileSync(join(dir, 'counter.json'), 'utf8')) }).toEqual({
      ran: ['1.2.0', '1.10.0'],
      value: { n: 50 },
      file: { n: 50, __internal__: { migrations: { version: '1.10.0' } } },
    });
  });

  test('leaves no temporary files behind', () => {
    const dir = tempDir();
    const file = createJsonFileStoreFactory()({ ...SETTINGS_SPEC, cwd: dir });
    for (let index = 0; index < 5; index++) file.write({ profile: null, settings: { theme: 'system', defaultPlatforms: ['x'] } });
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  test('the app runs on it when no store factory is given', () => {
    const dir = tempDir();
    const deps = { dataDir: dir, clock: createFakeClock('2026-11-20T10:00:00Z'), clipboard: { writeText: () => {} }, openExternal: async () => {} };
    const saved = createAppServices(deps).methods.saveDraft(draftRequest()) as { id: string };
    expect(createAppServices(deps).history.get(saved.id).text).toBe('Gritters are out tonight on the A14.');
  });

  test('compares versions as numbers', () => {
    expect(['1.10.0', '1.2.0', '1.2.10', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0', '1.2.10', '1.10.0']);
  });
});
