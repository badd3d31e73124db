import { fileURLToPath } from 'node:url';
import { Readable, Writable } from 'node:stream';
import { main } from '../../../src/cli/main.js';

/** The project folder: relative paths in CLI tests are resolved from here. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Runs `post-check` in-process with the given arguments and stdin. */
export async function runMain(argv: readonly string[], options: { stdin?: string | Buffer; cwd?: string; isTTY?: boolean } = {}): Promise<CliRun> {
  const stdin = Object.assign(Readable.from(options.stdin === undefined || options.stdin.length === 0 ? [] : [options.stdin]), { isTTY: options.isTTY ?? false });
  const stdout = collector();
  const stderr = collector();
  const code = await main(argv, { stdin, stdout: stdout.stream, stderr: stderr.stream, cwd: options.cwd ?? ROOT });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export const CUSTOM_ONLY = 'test/fixtures/packs/custom-only.json';
