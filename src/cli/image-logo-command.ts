import { basename, extname } from 'node:path';
import { fingerprintLogo, MAX_IMAGE_BYTES } from '../image/index.js';
import { formatProblems, loadPack, MAX_PACK_BYTES } from '../pack/load-pack.js';
import type { RulePack } from '../pack/schema.js';
import { parseOptions } from './args.js';
import { PACK_ADD_LOGO_HELP } from './help.js';
import { decodePicture, loadSharp, readPictureFile } from './image-decode.js';
import { CliError, decodeText, readFileBytes, writeOut, type CliIo } from './io.js';
import { writeNewFile } from './pack-source.js';

/**
 * `pack add-logo PACK FILE… [--name NAME]`: fingerprints the council's logo files and adds them
 * to the pack's `logos`, or replaces the fingerprints of a logo of the same name. The rest of the
 * pack file is kept as it is.
 */

type Logo = RulePack['logos'][number];

/** The longer side an SVG logo is drawn at before it is fingerprinted, in pixels. */
const SVG_SIZE = 1024;

/** "county-crest_2024.png" → "County crest 2024". */
export function logoNameFor(file: string): string {
  const words = basename(file, extname(file)).replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'Logo';
}

function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head);
}

/** A logo file's fingerprints: a JPEG, PNG, WebP or GIF as it is, or an SVG drawn at SVG_SIZE. */
async function fingerprintsOf(file: string, io: CliIo): Promise<string[]> {
  const head = await readFileBytes(file, io, 'logo file', MAX_IMAGE_BYTES, (size) => `${file}: The logo file is ${size}; the largest accepted is ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
  if (isSvg(head)) {
    const sharp = await loadSharp();
    try {
      const meta = await sharp(head).metadata();
      const density = (72 * SVG_SIZE) / Math.max(meta.width ?? SVG_SIZE, meta.height ?? SVG_SIZE);
      const { data, info } = await sharp(head, { density: Math.min(2400, Math.max(10, density)) }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return fingerprintLogo({ width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) });
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${file}: this SVG cannot be drawn: save it again, or export the logo as a PNG.`);
    }
  }
  const picture = await readPictureFile(file, io);
  return fingerprintLogo(await decodePicture(picture));
}

export async function packAddLogo(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' }, name: { type: 'string' } }, 'post-check pack add-logo');
  if (values.help) return writeOut(io.stdout, PACK_ADD_LOGO_HELP).then(() => 0);
  const [packFile, ...files] = positionals;
  if (packFile === undefined || files.length === 0) throw new CliError('say which pack and which logo files: post-check pack add-logo PACK FILE….');
  const name = values.name?.trim();
  if (values.name !== undefined && !name) throw new CliError('--name needs the logo\'s name, for example "County crest".');

  const bytes = await readFileBytes(packFile, io, 'pack file', MAX_PACK_BYTES, (size) => `the pack file "${packFile}" is ${size}; the largest accepted is 5 MB.`);
  const before = loadPack(bytes);
  if (!before.ok) {
    const reason = formatProblems(before.errors)[0]?.replace(/\.$/, '') ?? 'it is not a rule pack';
    throw new CliError(`the pack "${packFile}" is not valid, so it was left alone: ${reason}. Run "post-check pack validate ${packFile}".`);
  }
  // Each file is one logo, named after the file; with --name, the files are versions of one logo.
  const additions: Logo[] = [];
  for (const file of files) {
    const fingerprints = await fingerprintsOf(file, io);
    const logoName = name ?? logoNameFor(file);
    const same = additions.find((logo) => logo.name.toLowerCase() === logoName.toLowerCase());
    if (same) same.fingerprints = [...new Set([...same.fingerprints, ...fingerprints])];
    else additions.push({ name: logoName, fingerprints });
  }
  const raw = JSON.parse(decodeText(bytes, `the pack file "${packFile}"`)) as Record<string, unknown>;
  const logos: Logo[] = [...before.pack.logos];
  const report: string[] = [];
  for (const addition of additions) {
    const at = logos.findIndex((logo) => logo.name.toLowerCase() === addition.name.toLowerCase());
    const count = `${addition.fingerprints.length} fingerprints`;
    if (at >= 0) {
      logos[at] = { name: (logos[at] as Logo).name, fingerprints: addition.fingerprints };
      report.push(`  updated “${(logos[at] as Logo).name}” (${count})`);
    } else {
      logos.push(addition);
      report.push(`  added “${addition.name}” (${count})`);
    }
  }
  raw.logos = logos;
  const text = `${JSON.stringify(raw, null, 2)}\n`;
  const after = loadPack(text);
  if (!after.ok) throw new CliError(`the logos would make "${packFile}" invalid, so it was left alone: ${formatProblems(after.errors)[0]?.replace(/\.$/, '')}.`);
  await writeNewFile(io, packFile, text, { overwrite: true });
  await writeOut(io.stdout, `Updated ${packFile}:\n${report.join('\n')}\nRaise its version before you sign and publish it.\n`);
  return 0;
}
