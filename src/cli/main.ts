import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { batchCommand } from './batch-command.js';
import { checkCommand } from './check-command.js';
import { clausesCommand } from './clauses-command.js';
import { BATCH_HELP, CHECK_HELP, CLAUSES_HELP, PACK_HELP } from './help.js';
import { CliError, oneLine, writeOut, type CliIo } from './io.js';
import { packCommand } from './pack-command.js';

export type { CliIo } from './io.js';

const HELP: Record<string, string> = { check: CHECK_HELP, batch: BATCH_HELP, pack: PACK_HELP, clauses: CLAUSES_HELP };

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  switch (first) {
    case 'check':
      return checkCommand(rest, io);
    case 'batch':
      return batchCommand(rest, io);
    case 'pack':
      return packCommand(rest, io);
    case 'clauses':
      return clausesCommand(rest, io);
    case 'help': {
      const text = HELP[rest[0] ?? 'check'];
      if (!text) throw new CliError(`there is no command called "${rest[0]}": use check, batch, pack or clauses.`);
      await writeOut(io.stdout, text);
      return 0;
    }
    default:
      return checkCommand(argv, io);
  }
}

/**
 * The `post-check` command with its streams passed in, so tests can run it in-process.
 * Returns the exit status: 0 nothing blocks posting, 1 something does, 2 bad input or usage
 * (with one line on stderr saying why).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`post-check: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    io.stderr.write(`post-check: something went wrong: ${oneLine((error as Error).message ?? String(error))}\n`);
    return 2;
  }
}

/** Runs `main` on this process's arguments and streams, and sets the exit status. */
export async function runCli(): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`post-check clauses | head`): stop quietly.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
  process.exitCode = code;
  return code;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runCli();
