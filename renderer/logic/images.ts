import type { ImageEdit } from '../../src/bridge/contract.js';
import type { Attachment } from '../../src/checks/types.js';
import type { Finding } from '../../src/engine/finding.js';
import { CATEGORY_HEADINGS } from '../text/findings.js';
import { IMAGE_TEXT } from '../text/images.js';

/** The file types offered in the file chooser. */
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif';

/** The long side, in pixels, a picture is decoded at for the logo scan, and its preview. */
export const SCAN_LONG_SIDE = 1600;
export const THUMBNAIL_LONG_SIDE = 200;

/** "Picture 1 of 2, photo.jpg". */
export function pictureLabel(attachments: readonly Pick<Attachment, 'name'>[], index: number): string {
  return IMAGE_TEXT.pictureLabel(index, attachments.length, attachments[index]?.name);
}

/** A thumbnail's text alternative: the councillor's description, or which picture it is and that it has none yet. */
export function thumbnailAlt(attachments: readonly Pick<Attachment, 'name' | 'altText'>[], index: number): string {
  const label = pictureLabel(attachments, index);
  const altText = attachments[index]?.altText?.trim();
  return altText ? IMAGE_TEXT.describedAs(label, altText) : `${label}, ${IMAGE_TEXT.noDescriptionYet}`;
}

/** What the engine is told of each picture: no previews or sizes, which it has no use for. */
export function engineAttachments(attachments: readonly Attachment[]): Attachment[] {
  return attachments.map((attachment) => ({
    kind: 'image',
    ...(attachment.name !== undefined ? { name: attachment.name } : {}),
    ...(attachment.altText !== undefined ? { altText: attachment.altText } : {}),
    ...(attachment.hasLocation !== undefined ? { hasLocation: attachment.hasLocation } : {}),
    logoMatches: attachment.logoMatches,
  }));
}

/** The findings about each picture, by its place in the draft. */
export function findingsByPicture<T extends Pick<Finding, 'attachment'>>(findings: readonly T[], count: number): T[][] {
  const byPicture: T[][] = Array.from({ length: count }, () => []);
  for (const finding of findings) {
    const index = finding.attachment?.index;
    if (index !== undefined && index < count) byPicture[index]?.push(finding);
  }
  return byPicture;
}

/** What a finding points at: its words, or the picture it is about. */
export function findingLabel(finding: Pick<Finding, 'attachment' | 'excerpt'>, attachments: readonly Pick<Attachment, 'name'>[]): string {
  return finding.attachment ? pictureLabel(attachments, finding.attachment.index) : finding.excerpt;
}

/** A finding's short heading: its own for a finding about a picture ("The council’s logo in a picture"), else its category's. */
export function findingHeading(finding: Pick<Finding, 'attachment' | 'messageId' | 'category'>): string {
  return (finding.attachment ? IMAGE_TEXT.findingHeadings[finding.messageId] : undefined) ?? CATEGORY_HEADINGS[finding.category];
}

/** The size to scale a picture to so its long side is at most `longSide`; null when it already fits. */
export function fitWithin(width: number, height: number, longSide: number): { width: number; height: number } | null {
  const long = Math.max(width, height);
  if (long <= longSide || width <= 0 || height <= 0) return null;
  const scale = longSide / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The window's changes to each stored picture, sent with every save of the draft. */
export function imageEdits(attachments: readonly Attachment[]): ImageEdit[] {
  return attachments.flatMap((attachment) =>
    attachment.id === undefined
      ? []
      : [{ id: attachment.id, altText: attachment.altText ?? '', logoMatches: attachment.logoMatches, ...(attachment.scannedFor !== undefined ? { scannedFor: attachment.scannedFor } : {}) }],
  );
}

/**
 * Main's list of pictures after a change, keeping what the window changed itself and may not
 * have saved yet (descriptions typed, logos found) for the pictures both know.
 */
export function mergePictures(local: readonly Attachment[], fromMain: readonly Attachment[]): Attachment[] {
  return fromMain.map((attachment) => {
    const mine = local.find((candidate) => candidate.id !== undefined && candidate.id === attachment.id);
    if (!mine) return attachment;
    const { altText: _altText, scannedFor: _scannedFor, ...rest } = attachment;
    return {
      ...rest,
      logoMatches: mine.logoMatches,
      ...(mine.altText !== undefined ? { altText: mine.altText } : {}),
      ...(mine.scannedFor !== undefined ? { scannedFor: mine.scannedFor } : {}),
    };
  });
}

/** Whether a picture still has to be checked for the logos of the pack in use. */
export function needsScan(attachment: Pick<Attachment, 'id' | 'scannedFor'>, packKey: string): boolean {
  return attachment.id !== undefined && attachment.scannedFor !== packKey;
}

/** Bytes as megabytes (of 1,048,576 bytes, as file managers count them) for a sentence: "12.5". */
export function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1).replace(/\.0$/, '');
}

/** The picture files among files dropped or pasted (a pasted picture often has no name). */
export function pictureFiles(files: ArrayLike<File>): File[] {
  return Array.from(files).filter((file) => file.type.startsWith('image/') || /\.(jpe?g|png|webp|gif)$/i.test(file.name));
}

/** A picture's own name; null for one pasted from the clipboard (the browser calls them all "image.png"). */
export function ownName(file: Pick<File, 'name'>): string | null {
  return file.name && file.name !== 'image.png' ? file.name : null;
}

/** A name for a pasted picture: "pasted-picture-2.png". */
export function pastedName(file: Pick<File, 'type'>, number: number): string {
  const extension = file.type === 'image/jpeg' ? 'jpg' : /^image\/(png|webp|gif)$/.test(file.type) ? file.type.slice(6) : 'png';
  return `pasted-picture-${number}.${extension}`;
}
