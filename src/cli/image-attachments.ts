import type { Attachment } from '../checks/types.js';
import type { Finding } from '../engine/finding.js';
import { compileLogos, scanForLogos, type LogoScanMatch } from '../image/index.js';
import type { RulePack } from '../pack/schema.js';
import { SEVERITY_WORDS } from './format.js';
import { decodePicture, pictureName, readPictureFile } from './image-decode.js';
import type { CliIo } from './io.js';

/** `--image FILE`: pictures checked with the draft, as the engine's attachments. */

export interface CheckedPicture {
  readonly file: string;
  readonly attachment: Attachment;
  /** For --json: what was read from the file. */
  readonly summary: { file: string; format: string; width: number; height: number; hasLocation: boolean; hasMetadata: boolean; logos: LogoScanMatch[] };
}

/** Reads, decodes and scans each picture for the pack's logos, in order; the first bad file stops the command. */
export async function checkPictures(files: readonly string[], logos: RulePack['logos'], io: CliIo): Promise<CheckedPicture[]> {
  const index = compileLogos(logos);
  const checked: CheckedPicture[] = [];
  for (const file of files) {
    const picture = await readPictureFile(file, io);
    const image = await decodePicture(picture);
    const matches = index.size > 0 ? scanForLogos(image, index) : [];
    const { facts } = picture;
    checked.push({
      file,
      attachment: { kind: 'image', name: pictureName(file), hasLocation: facts.location !== null, logoMatches: matches.map(({ logo, box, score }) => ({ logo, box, score })) },
      summary: { file, format: facts.format, width: facts.width, height: facts.height, hasLocation: facts.location !== null, hasMetadata: facts.hasMetadata, logos: matches },
    });
  }
  return checked;
}

/** Where a box sits in a picture, in words: "top right", "centre", "the whole picture". */
export function placeWords(box: NonNullable<NonNullable<Finding['attachment']>['box']>): string {
  if (box.width >= 0.8 && box.height >= 0.8) return 'the whole picture';
  const across = box.x + box.width / 2;
  const down = box.y + box.height / 2;
  const vertical = down < 1 / 3 ? 'top' : down > 2 / 3 ? 'bottom' : '';
  const horizontal = across < 1 / 3 ? 'left' : across > 2 / 3 ? 'right' : '';
  if (!vertical && !horizontal) return 'centre';
  return [vertical, horizontal].filter(Boolean).join(' ');
}

/** One block per finding about a picture, naming the file, for a person reading a terminal. */
export function formatPictureFindings(findings: readonly Finding[], pictures: readonly CheckedPicture[]): string {
  return findings
    .filter((finding) => finding.attachment !== undefined)
    .map((finding) => {
      const attachment = finding.attachment as NonNullable<Finding['attachment']>;
      const file = pictures[attachment.index]?.file ?? `picture ${attachment.index + 1}`;
      const lines = [`${file}  ${SEVERITY_WORDS[finding.severity]}  [${finding.ruleId}]`, `    ${finding.message}`];
      if (attachment.box) lines.push(`    Where: ${placeWords(attachment.box)}`);
      lines.push(`    Rule: ${finding.clause}`);
      if (finding.suggestion) lines.push(`    Try: ${finding.suggestion}`);
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}
