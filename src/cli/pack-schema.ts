import { z } from 'zod';
import { RulePack } from '../pack/schema.js';

/** The JSON Schema of a rule pack as an MO writes it (defaults optional), generated from the zod schema. */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RulePack, { io: 'input' }) as Record<string, unknown>;
}

/** The text of src/pack/rule-pack.schema.json: pretty, with a trailing newline. */
export function packSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
