import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { packSchemaText } from '../../../src/cli/pack-schema.js';

describe('rule-pack.schema.json', () => {
  test('is the schema generated from the zod RulePack (run "npm run gen:schema" if this fails)', () => {
    const onDisk = readFileSync(new URL('../../../src/pack/rule-pack.schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(packSchemaText());
  });

  test('describes what an MO writes: required identity fields, strict objects', () => {
    const schema = JSON.parse(packSchemaText()) as { required: string[]; additionalProperties: boolean };
    expect([schema.required, schema.additionalProperties]).toEqual([['id', 'version', 'council'], false]);
  });
});
