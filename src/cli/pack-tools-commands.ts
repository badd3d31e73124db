import { diffPacks } from '../pack/pack-diff.js';
import { runPackTests } from '../pack/pack-tests.js';
import { parseOptions, takePositionals } from './args.js';
import { PACK_DIFF_HELP, PACK_TEST_HELP } from './help.js';
import { CliError, oneLine, writeOut, type CliIo } from './io.js';
import { loadPackOrEnvelope } from './pack-source.js';

/** `pack diff` and `pack test`. */

const HELP_ONLY = { help: { type: 'boolean', short: 'h' } } as const;

export async function packDiff(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, HELP_ONLY, 'post-check pack diff');
  if (values.help) return writeOut(io.stdout, PACK_DIFF_HELP).then(() => 0);
  const [before, after] = takePositionals(positionals, 2, 'post-check pack diff');
  if (before === undefined || after === undefined) throw new CliError('say which two packs to compare: post-check pack diff OLD NEW.');
  const lines = diffPacks(await loadPackOrEnvelope(before, io), await loadPackOrEnvelope(after, io));
  await writeOut(io.stdout, lines.length > 0 ? lines.map((line) => `${line}\n`).join('') : 'No changes.\n');
  return 0;
}

export async function packTest(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, HELP_ONLY, 'post-check pack test');
  if (values.help) return writeOut(io.stdout, PACK_TEST_HELP).then(() => 0);
  const [file] = takePositionals(positionals, 1, 'post-check pack test');
  if (file === undefined) throw new CliError('say which pack to test: post-check pack test FILE.');
  const results = runPackTests(await loadPackOrEnvelope(file, io));
  if (results.length === 0) {
    await writeOut(io.stdout, `${file} has no custom rules or example posts to test.\n`);
    return 0;
  }
  let out = '';
  let failed = 0;
  for (const result of results) {
    if (result.failures.length === 0) {
      out += `PASS  ${result.name}${result.count > 1 ? ` (${result.count} examples)` : ''}\n`;
      continue;
    }
    failed++;
    out += `FAIL  ${result.name}\n`;
    for (const failure of result.failures) out += `      ${failure.kind}: “${oneLine(failure.text)}”\n        ${failure.problem}\n`;
  }
  const passed = results.length - failed;
  out += `\n${passed} passed, ${failed} failed.\n`;
  await writeOut(io.stdout, out);
  return failed > 0 ? 1 : 0;
}
