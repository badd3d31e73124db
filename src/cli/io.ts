import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Where the command reads and writes: the process's streams, or test doubles. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Relative file names are resolved from here. */
  readonly cwd: string;
}

/** A problem the user can fix: printed as one line on stderr, with its exit code (2 unless told). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Folds a message onto one line (some parser messages quote the input, newlines and all). */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The largest draft accepted, in bytes. */
export const MAX_INPUT_BYTES = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function fileProblem(error: unknown, what: string, name: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`cannot find the ${what} "${name}".`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`cannot read the ${what} "${name}": permission denied.`);
  if (code === 'EISDIR') return new CliError(`the ${what} "${name}" is a folder, not a file.`);
  return new CliError(`cannot read the ${what} "${name}": ${(error as Error).message}.`);
}

/** Reads a whole file, refusing folders and anything larger than `limit` before reading it. */
export async function readFileBytes(name: string, io: CliIo, what: string, limit: number, tooLarge: (size: string) => string): Promise<Uint8Array> {
  const path = resolve(io.cwd, name);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`the ${what} "${name}" is a folder, not a file.`);
    if (info.size > limit) throw new CliError(tooLarge(megabytes(info.size)));
    const handle = await open(path, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileProblem(error, what, name);
  }
}

/** Reads stdin to the end, stopping as soon as it passes `limit`. */
export async function readStreamBytes(stream: NodeJS.ReadableStream, limit: number, tooLarge: (size: string) => string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.byteLength;
    if (size > limit) throw new CliError(tooLarge(`more than ${megabytes(limit)}`));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes text, refusing binary files and anything that is not UTF-8. Drops a byte-order mark. */
export function decodeText(bytes: Uint8Array, description: string): string {
  if (bytes.includes(0)) throw new CliError(`${description} looks like a binary file, not text: it contains NUL bytes.`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new CliError(`${description} is not UTF-8 text: save it as UTF-8 and try again.`);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Writes to a stream, waiting when it asks us to (large batch runs into a slow pipe). */
export async function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((done) => stream.once('drain', () => done()));
}
