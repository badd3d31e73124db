import { createChecker } from '../engine/checker.js';
import { Capacity, PlatformId } from '../engine/finding.js';
import { MAX_DRAFT_LENGTH } from '../engine/run-checks.js';
import { takePositionals, parseOptions } from './args.js';
import { parseAt } from './at-option.js';
import { formatFindings, summaryLine } from './format.js';
import { CHECK_HELP } from './help.js';
import { CliError, decodeText, MAX_INPUT_BYTES, readFileBytes, readStreamBytes, writeOut, type CliIo } from './io.js';
import { loadPackOption } from './pack-file.js';
import { VERSION } from './version.js';

const OPTIONS = {
  pack: { type: 'string' },
  platform: { type: 'string' },
  capacity: { type: 'string' },
  at: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

function choice<T extends string>(value: string | undefined, options: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase() as T;
  if (options.includes(lower)) return lower;
  throw new CliError(`unknown ${option} "${value}": use one of ${options.join(', ')}.`);
}

async function readDraft(source: string | undefined, io: CliIo): Promise<string> {
  const tooLarge = (size: string): string => `the draft is ${size}; the largest accepted is 1 MB.`;
  if (source === undefined || source === '-') {
    if (io.stdin.isTTY) io.stderr.write('Type or paste the post, then press Ctrl-D (Ctrl-Z then Enter on Windows).\n');
    return decodeText(await readStreamBytes(io.stdin, MAX_INPUT_BYTES, tooLarge), 'the input');
  }
  const bytes = await readFileBytes(source, io, 'draft file', MAX_INPUT_BYTES, (size) => `the draft file "${source}" is ${size}; the largest accepted is 1 MB.`);
  return decodeText(bytes, `the draft file "${source}"`);
}

/** `post-check [check] [options] [FILE|-]`: 0 when nothing blocks posting, 1 when something does. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'post-check');
  if (values.help) {
    await writeOut(io.stdout, CHECK_HELP);
    return 0;
  }
  if (values.version) {
    await writeOut(io.stdout, `post-check ${VERSION}\n`);
    return 0;
  }
  const [source] = takePositionals(positionals, 1, 'post-check');
  const platform = choice(values.platform, PlatformId.options, 'platform');
  const capacity = choice(values.capacity, Capacity.options, 'capacity');
  const at = values.at === undefined ? undefined : parseAt(values.at);
  const councilPack = await loadPackOption(values.pack, io);
  const text = await readDraft(source, io);
  const length = text.length;
  if (length > MAX_DRAFT_LENGTH) throw new CliError(`the draft is ${length.toLocaleString('en-GB')} characters; the longest checked is ${MAX_DRAFT_LENGTH.toLocaleString('en-GB')}.`);

  const checker = createChecker(councilPack);
  const pack = { id: checker.pack.pack.id, version: checker.pack.pack.version };
  const findings = text.trim() === '' ? [] : checker.check(text, { ...(platform ? { platform } : {}), ...(capacity ? { capacity } : {}), ...(at ? { at } : {}) });
  if (values.json) {
    await writeOut(io.stdout, `${JSON.stringify({ findings, pack }, null, 2)}\n`);
  } else if (text.trim() === '') {
    await writeOut(io.stdout, 'Nothing to check.\n');
  } else {
    const body = formatFindings(text, findings);
    await writeOut(io.stdout, `${body}${body ? '\n' : ''}${summaryLine(findings)}\n`);
  }
  return findings.some((finding) => finding.severity === 'block') ? 1 : 0;
}
