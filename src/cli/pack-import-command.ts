import { formatProblems, loadPack, MAX_PACK_BYTES } from '../pack/load-pack.js';
import { mergePlanning } from '../pack/merge-planning.js';
import { diffPacks } from '../pack/pack-diff.js';
import { importPlanningCsv } from '../pack/planning-csv.js';
import type { PendingMatter, RulePack } from '../pack/schema.js';
import { parseOptions, takePositionals } from './args.js';
import { PACK_IMPORT_PLANNING_HELP } from './help.js';
import { CliError, decodeText, readFileBytes, writeOut, type CliIo } from './io.js';
import { writeNewFile } from './pack-source.js';

/** `pack import-planning`: pending applications from a planning register's CSV export. */

export { mergePlanning };

async function intoPack(io: CliIo, name: string, matters: readonly PendingMatter[]): Promise<string> {
  const bytes = await readFileBytes(name, io, 'pack file', MAX_PACK_BYTES, (size) => `the pack file "${name}" is ${size}; the largest accepted is 5 MB.`);
  const before = loadPack(bytes);
  if (!before.ok) throw new CliError(`the pack "${name}" is not valid, so it was left alone: ${formatProblems(before.errors)[0]?.replace(/\.$/, '')}. Run "post-check pack validate ${name}".`);
  const raw = JSON.parse(decodeText(bytes, `the pack file "${name}"`)) as Record<string, unknown>;
  raw.pendingMatters = mergePlanning(before.pack.pendingMatters, matters);
  const text = `${JSON.stringify(raw, null, 2)}\n`;
  const after = loadPack(text);
  if (!after.ok) throw new CliError(`the imported applications would make "${name}" invalid, so it was left alone: ${formatProblems(after.errors)[0]?.replace(/\.$/, '')}.`);
  await writeNewFile(io, name, text, { overwrite: true });
  const changes = diffPacks(before.pack, after.pack as RulePack);
  return `Updated ${name}:\n${changes.length > 0 ? changes.map((line) => `  ${line}\n`).join('') : '  no changes\n'}Raise its version before you sign and publish it.\n`;
}

export async function packImportPlanning(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' }, out: { type: 'string' }, into: { type: 'string' } }, 'post-check pack import-planning');
  if (values.help) return writeOut(io.stdout, PACK_IMPORT_PLANNING_HELP).then(() => 0);
  const [file] = takePositionals(positionals, 1, 'post-check pack import-planning');
  if (file === undefined) throw new CliError('say which CSV file to read: post-check pack import-planning FILE.csv.');
  if (values.out !== undefined && values.into !== undefined) throw new CliError('use --out or --into, not both.');
  const text = decodeText(await readFileBytes(file, io, 'CSV file', MAX_PACK_BYTES, (size) => `the CSV file "${file}" is ${size}; the largest accepted is 5 MB.`), `the CSV file "${file}"`);
  const result = importPlanningCsv(text);
  for (const problem of result.problems) io.stderr.write(`${file} line ${problem.line}: ${problem.message} Skipped.\n`);
  if (result.fatal) throw new CliError(`${file}${result.fatal.line > 0 ? ` line ${result.fatal.line}` : ''}: ${result.fatal.message}`);
  const skipped = result.problems.length;
  const summary = `Read ${result.matters.length} application${result.matters.length === 1 ? '' : 's'} from ${file}${skipped > 0 ? `; ${skipped} row${skipped === 1 ? '' : 's'} skipped (see above)` : ''}.\n`;
  if (values.into !== undefined) {
    await writeOut(io.stdout, summary + (await intoPack(io, values.into, result.matters)));
  } else {
    const fragment = `${JSON.stringify({ pendingMatters: result.matters }, null, 2)}\n`;
    if (values.out !== undefined) {
      await writeNewFile(io, values.out, fragment);
      await writeOut(io.stdout, `${summary}Wrote ${values.out}.\n`);
    } else {
      await writeOut(io.stdout, fragment);
      io.stderr.write(summary);
    }
  }
  return skipped > 0 ? 1 : 0;
}
