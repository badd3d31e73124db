import { formatProblems, loadPack, MAX_PACK_BYTES, type LoadPackResult } from '../pack/load-pack.js';
import type { RulePack } from '../pack/schema.js';
import { CliError, readFileBytes, type CliIo } from './io.js';

/** Reads and validates a pack file; a file that cannot be read is a CliError. */
export async function readPackFile(name: string, io: CliIo): Promise<LoadPackResult> {
  const bytes = await readFileBytes(name, io, 'pack file', MAX_PACK_BYTES, (size) => `the pack file "${name}" is ${size}; the largest accepted is 5 MB.`);
  return loadPack(bytes);
}

/** A pack the command can use, or one line saying what is wrong with it and where. */
export async function loadPackOption(name: string | undefined, io: CliIo): Promise<RulePack | null> {
  if (name === undefined) return null;
  const result = await readPackFile(name, io);
  if (result.ok) return result.pack;
  const [first, ...rest] = formatProblems(result.errors);
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}: run "post-check pack validate ${name}" to see them all)` : '';
  throw new CliError(`the pack "${name}" is not valid: ${first?.replace(/\.$/, '')}${more}.`);
}
