import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProblems } from '../pack/load-pack.js';
import type { RulePackInput } from '../pack/schema.js';
import { makeStarterPack, packIdFor } from '../pack/starter-pack.js';
import { parseOptions, takePositionals } from './args.js';
import { PACK_HELP, PACK_INIT_HELP, PACK_SCHEMA_HELP, PACK_VALIDATE_HELP } from './help.js';
import { CliError, oneLine, writeOut, type CliIo } from './io.js';
import { readPackFile } from './pack-file.js';
import { packAddLogo } from './image-logo-command.js';
import { packImportPlanning } from './pack-import-command.js';
import { packSchemaText } from './pack-schema.js';
import { packKeygen, packSign, packVerify } from './pack-sign-commands.js';
import { packDiff, packTest } from './pack-tools-commands.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  test: packTest,
  diff: packDiff,
  keygen: packKeygen,
  sign: packSign,
  verify: packVerify,
  'import-planning': packImportPlanning,
  'add-logo': packAddLogo,
};
const COMMAND_LIST = 'init, validate, schema, test, diff, keygen, sign, verify, import-planning or add-logo';

const HELP_ONLY = { help: { type: 'boolean', short: 'h' } } as const;

/** `post-check pack <command>`: the Monitoring Officer's tools. */
export async function packCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) throw new CliError(`say which pack command to run: ${COMMAND_LIST}. Run "post-check pack --help" for more.`);
  if (command === '--help' || command === '-h' || command === 'help') {
    await writeOut(io.stdout, PACK_HELP);
    return 0;
  }
  if (command === 'schema') return packSchema(rest, io);
  if (command === 'validate') return packValidate(rest, io);
  if (command === 'init') return packInit(rest, io);
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run) return run(rest, io);
  throw new CliError(`unknown pack command "${command}": use ${COMMAND_LIST}. Run "post-check pack --help" for more.`);
}

async function packSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, HELP_ONLY, 'post-check pack schema');
  if (values.help) return writeOut(io.stdout, PACK_SCHEMA_HELP).then(() => 0);
  takePositionals(positionals, 0, 'post-check pack schema');
  await writeOut(io.stdout, packSchemaText());
  return 0;
}

async function packValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, HELP_ONLY, 'post-check pack validate');
  if (values.help) return writeOut(io.stdout, PACK_VALIDATE_HELP).then(() => 0);
  const [file] = takePositionals(positionals, 1, 'post-check pack validate');
  if (file === undefined) throw new CliError('say which pack file to validate: post-check pack validate FILE.');
  const result = await readPackFile(file, io);
  if (result.ok) {
    await writeOut(io.stdout, `${file} is valid: ${result.pack.id} version ${result.pack.version}, ${result.pack.council}.\n`);
    return 0;
  }
  const lines = formatProblems(result.errors).map((problem) => `${file}: ${oneLine(problem)}\n`);
  const count = result.errors.length;
  await writeOut(io.stdout, `${lines.join('')}${count} problem${count === 1 ? '' : 's'} found.\n`);
  return 1;
}

export { packIdFor };

/** The starter pack: the worked example with the council's name and id in place. */
export function starterPack(council: string | undefined, id: string | undefined): RulePackInput {
  const made = makeStarterPack(council, id);
  if (made.ok) return made.pack;
  throw new CliError(made.problem === 'id' ? `--id "${id}" is not a pack id: ${made.reason}` : `cannot make a pack id from "${council ?? ''}": give one with --id.`);
}

async function packInit(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...HELP_ONLY, council: { type: 'string' }, id: { type: 'string' } }, 'post-check pack init');
  if (values.help) return writeOut(io.stdout, PACK_INIT_HELP).then(() => 0);
  const [file = 'rule-pack.json'] = takePositionals(positionals, 1, 'post-check pack init');
  if (values.council !== undefined && values.council.trim().length < 2) throw new CliError('--council needs the council\'s name, for example "Cambridgeshire County Council".');
  const pack = starterPack(values.council?.trim(), values.id);
  try {
    await writeFile(resolve(io.cwd, file), `${JSON.stringify(pack, null, 2)}\n`, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`"${file}" already exists: choose another file name, or move the old file first.`);
    if (code === 'ENOENT') throw new CliError(`cannot write "${file}": the folder does not exist.`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot write "${file}": permission denied.`);
    throw new CliError(`cannot write "${file}": ${(error as Error).message}.`);
  }
  await writeOut(
    io.stdout,
    `Wrote ${file}, a starter pack for ${pack.council}. Replace the example data with your council's, then run:\n` +
      `  post-check pack validate ${file}\n` +
      `For completion in your editor, save the schema beside it:\n  post-check pack schema > rule-pack.schema.json\n`,
  );
  return 0;
}
