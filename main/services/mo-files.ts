import { randomBytes } from 'node:crypto';
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EditablePack } from '../../src/bridge/contract.js';

/** Small helpers for Monitoring Officer mode: base64 from the window, the UK date, atomic writes. */

/** A JSON object as the window sends it: the pack as edited, or a part of it. */
export type Json = EditablePack;

/** Strict base64 (padded, no line breaks), decoded in linear time; null when it is not. */
export function decodeStrictBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = Buffer.from(text, 'base64');
  return bytes.byteLength === (text.length / 4) * 3 - padding ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
}

/** Today's date in the UK (YYYY-MM-DD): a pack issued at 00:30 BST is issued that day, not the day before. */
export function ukToday(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Writes a whole file or nothing: beside it first, then renamed over it, so a councillor's app
 * reading the publish folder never sees half a pack. `mode` (e.g. 0o600 for a key) is set on the
 * file even when it replaces an existing one.
 */
export function writeFileAtomically(path: string, text: string, mode?: number): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flush: true, ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
