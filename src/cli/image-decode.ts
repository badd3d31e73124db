import { basename } from 'node:path';
import { ImageError, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, readImageFacts, type ImageFacts, type RgbaImage } from '../image/index.js';
import { CliError, readFileBytes, type CliIo } from './io.js';

/**
 * Reading picture files for the command line: the bytes (size-limited), the facts from the
 * header, and the pixels decoded with sharp (upright, first frame of a GIF, RGBA). Every problem
 * becomes one line naming the file.
 */

export interface PictureFile {
  /** As given on the command line. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly facts: ImageFacts;
}

type Sharp = typeof import('sharp').default;
let loaded: Promise<Sharp> | null = null;

/** sharp, loaded only when a picture is read (it is a native module the other commands never need). */
export function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then((module) => module.default).catch((error: unknown) => {
    loaded = null;
    throw new CliError(`cannot read pictures on this computer: the image library (sharp) did not load (${(error as Error).message.split('\n')[0]}).`);
  });
  return loaded;
}

function named(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ImageError) return new CliError(`${file}: ${error.message}`);
  return new CliError(`${file}: The picture file is damaged and cannot be read: save or export it again.`);
}

/** Reads a picture file and its facts; a file that is not a picture the app checks is a CliError naming it. */
export async function readPictureFile(file: string, io: CliIo): Promise<PictureFile> {
  const bytes = await readFileBytes(file, io, 'picture', MAX_IMAGE_BYTES, (size) => `${file}: The picture file is ${size}; the largest the app checks is ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
  try {
    return { file, bytes, facts: readImageFacts(bytes) };
  } catch (error) {
    throw named(file, error);
  }
}

/** The pixels, turned upright as the picture is shown (EXIF orientation), first frame only. */
export async function decodePicture(picture: Pick<PictureFile, 'file' | 'bytes'>): Promise<RgbaImage> {
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(picture.bytes, { pages: 1, limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
  } catch (error) {
    throw named(picture.file, error);
  }
}

/** "photos/garden.jpg" → "garden.jpg": how a picture is named to the reader and in the findings. */
export function pictureName(file: string): string {
  return basename(file);
}
