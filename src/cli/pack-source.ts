import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openEnvelope, looksLikeEnvelope } from '../pack/envelope.js';
import { formatProblems, loadPack, MAX_PACK_BYTES, type LoadPackResult } from '../pack/load-pack.js';
import type { RulePack } from '../pack/schema.js';
import { CliError, readFileBytes, type CliIo } from './io.js';

/** A signed pack is base64 (4/3 the size) plus a little JSON around it. */
export const MAX_ENVELOPE_BYTES = Math.ceil((MAX_PACK_BYTES * 4) / 3) + 64 * 1024;

export type ReadSource = { kind: 'pack'; bytes: Uint8Array; json: unknown } | { kind: 'envelope'; bytes: Uint8Array; json: unknown } | { kind: 'other'; bytes: Uint8Array };

/** Reads a file and says whether it holds a signed envelope, a plain pack (any JSON) or neither. */
export async function readPackOrEnvelope(name: string, io: CliIo): Promise<ReadSource> {
  const bytes = await readFileBytes(name, io, 'pack file', MAX_ENVELOPE_BYTES, (size) => `the pack file "${name}" is ${size}; the largest accepted is 5 MB.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { kind: 'other', bytes };
  }
  return looksLikeEnvelope(json) ? { kind: 'envelope', bytes, json } : { kind: 'pack', bytes, json };
}

function problemLine(name: string, result: Extract<LoadPackResult, { ok: false }>): string {
  const [first, ...rest] = formatProblems(result.errors);
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}: run "post-check pack validate" to see them all)` : '';
  return `the pack in "${name}" is not valid: ${first?.replace(/\.$/, '')}${more}.`;
}

/** A valid pack from a pack file or a signed pack (whose signature is not checked here). */
export async function loadPackOrEnvelope(name: string, io: CliIo): Promise<RulePack> {
  const source = await readPackOrEnvelope(name, io);
  let payload = source.bytes;
  if (source.kind === 'envelope') {
    const opened = openEnvelope(source.json);
    if (!opened.ok) throw new CliError(`"${name}" cannot be read: ${opened.reason}`);
    payload = opened.payload;
  }
  const result = loadPack(payload);
  if (!result.ok) throw new CliError(problemLine(name, result));
  return result.pack;
}

/** Writes a new file (never over an existing one unless `overwrite`), with plain-English errors. */
export async function writeNewFile(io: CliIo, name: string, text: string, options: { mode?: number; overwrite?: boolean } = {}): Promise<void> {
  try {
    await writeFile(resolve(io.cwd, name), text, { encoding: 'utf8', flag: options.overwrite ? 'w' : 'wx', ...(options.mode !== undefined ? { mode: options.mode } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`"${name}" already exists: choose another name, or move the old file first.`);
    if (code === 'ENOENT') throw new CliError(`cannot write "${name}": the folder does not exist.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot write "${name}": permission denied.`);
    throw new CliError(`cannot write "${name}": ${(error as Error).message}.`);
  }
}
