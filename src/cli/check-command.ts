import { createChecker } from '../engine/checker.js';
import { Capacity, PlatformId } from '../engine/finding.js';
import { MAX_DRAFT_LENGTH } from '../engine/run-checks.js';
import { takePositionals, parseOptions } from './args.js';
import { parseAt } from './at-option.js';
import { formatFindings, summaryLine } from './format.js';
import { checkPictures, formatPictureFindings } from './image-attachments.js';
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
  image: { type: 'string', multiple: true },
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

/** The most pictures one post may carry (the engine's limit on attachments). */
const MAX_PICTURES = 20;

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
  const imageFiles = values.image ?? [];
  if (imageFiles.length > MAX_PICTURES) throw new CliError(`${imageFiles.length} pictures given; a post can carry at most ${MAX_PICTURES}.`);
  const councilPack = await loadPackOption(values.pack, io);
  // With pictures and nothing piped in, check the pictures alone rather than wait for typing.
  const text = imageFiles.length > 0 && source === undefined && io.stdin.isTTY ? '' : await readDraft(source, io);
  const length = text.length;
  if (length > MAX_DRAFT_LENGTH) throw new CliError(`the draft is ${length.toLocaleString('en-GB')} characters; the longest checked is ${MAX_DRAFT_LENGTH.toLocaleString('en-GB')}.`);

  const checker = createChecker(councilPack);
  const pack = { id: checker.pack.pack.id, version: checker.pack.pack.version };
  const pictures = await checkPictures(imageFiles, checker.pack.pack.logos, io);
  const isEmpty = text.trim() === '' && pictures.length === 0;
  const options = { ...(platform ? { platform } : {}), ...(capacity ? { capacity } : {}), ...(at ? { at } : {}), ...(pictures.length > 0 ? { attachments: pictures.map((picture) => picture.attachment) } : {}) };
  const findings = isEmpty ? [] : checker.check(text, options);
  if (values.json) {
    await writeOut(io.stdout, `${JSON.stringify({ findings, pack, ...(pictures.length > 0 ? { images: pictures.map((picture) => picture.summary) } : {}) }, null, 2)}\n`);
  } else if (isEmpty) {
    await writeOut(io.stdout, 'Nothing to check.\n');
  } else {
    const body = [formatFindings(text, findings.filter((finding) => finding.attachment === undefined)), formatPictureFindings(findings, pictures)].filter(Boolean).join('\n');
    await writeOut(io.stdout, `${body}${body ? '\n' : ''}${summaryLine(findings)}\n`);
  }
  return findings.some((finding) => finding.severity === 'block') ? 1 : 0;
}
