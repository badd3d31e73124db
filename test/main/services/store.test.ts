import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { createStorage, moveAside, type StoreSpec } from '../../../main/services/store.js';
import { createConfStoreFactory } from '../helpers/conf-store.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const clock = createFakeClock('2026-11-23T10:15:00Z');
const Thing = z.strictObject({ count: z.number() });
const SPEC: StoreSpec<z.infer<typeof Thing>> = { name: 'thing', version: '1.0.0', defaults: { count: 0 }, migrations: {}, encrypt: false };
const damage = { keptAs: (path: string) => `kept as ${path}`, leftInPlace: (path: string) => `left at ${path}` };

describe('opening a store', () => {
  test('a file that fails its check is moved aside exactly as found, the notice given, and a fresh one used', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'thing.json'), '{"count": "many"}');
    const storage = createStorage({ dataDir: dir, createStore: createConfStoreFactory(), clock });
    const opened = storage.open(SPEC, Thing, damage);
    const keptAs = join(dir, 'thing.corrupt-20261123T101500Z.json');
    expect({ value: opened.value, persistent: opened.persistent, notices: storage.notices, kept: readFileSync(keptAs, 'utf8') }).toEqual({
      value: { count: 0 },
      persistent: true,
      notices: [`kept as ${keptAs}`],
      kept: '{"count": "many"}',
    });
  });

  test('never moves a file over an earlier one kept aside', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'thing.json'), 'first');
    moveAside(dir, 'thing', clock());
    writeFileSync(join(dir, 'thing.json'), 'second');
    moveAside(dir, 'thing', clock());
    expect(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')])).toEqual([
      ['thing.corrupt-20261123T101500Z-2.json', 'second'],
      ['thing.corrupt-20261123T101500Z.json', 'first'],
    ]);
  });

  test('an error that is not about the file (it does not exist) is not hidden', () => {
    const storage = createStorage({
      dataDir: tempDir(),
      createStore: () => {
        throw new Error('disk on fire');
      },
      clock,
    });
    expect(() => storage.open(SPEC, Thing, damage)).toThrow('disk on fire');
  });
});
