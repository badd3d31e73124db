/**
 * Writes src/pack/rule-pack.schema.json from the zod RulePack schema, so a Monitoring Officer
 * gets completion and validation in their editor. Usage: npm run gen:schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packSchemaText } from '../src/cli/pack-schema.js';

const target = fileURLToPath(new URL('../src/pack/rule-pack.schema.json', import.meta.url));
writeFileSync(target, packSchemaText());
console.log(`Wrote ${target}`);
