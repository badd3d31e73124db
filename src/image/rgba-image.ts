/** 4 bytes per pixel (RGBA), row-major, width*height*4 long. What canvas getImageData and sharp .raw().ensureAlpha() give. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array | Uint8ClampedArray;
}

/** The largest picture checked, in pixels (50 megapixels: a 200 MP phone photo is refused, a 108 MP one too). */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * The largest picture file accepted, in bytes. Phone photos are 2–15 MB; a 50 MP JPEG at the
 * best quality is about 25 MB. Anything larger is refused before it is read.
 */
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export type ImageErrorCode = 'unsupported' | 'corrupt' | 'truncated' | 'too-large' | 'empty';

/** A picture that cannot be checked, with one plain-English sentence saying why. */
export class ImageError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImageError';
  }
}

/** The sentence for each problem, so every caller words it the same way. */
export const IMAGE_ERROR_MESSAGES = {
  empty: 'The picture file is empty.',
  unsupported: 'This file is not a picture the app can read: use a JPEG, PNG, WebP or GIF.',
  corrupt: 'The picture file is damaged and cannot be read: save or export it again.',
  truncated: 'The picture file is cut short, perhaps by an unfinished download: save or download it again.',
} as const satisfies Partial<Record<ImageErrorCode, string>>;

export function tooManyPixels(pixels: number): ImageError {
  const megapixels = Math.round(pixels / 1_000_000);
  return new ImageError('too-large', `The picture is ${megapixels} megapixels; the largest the app checks is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`);
}

export function tooManyBytes(bytes: number): ImageError {
  return new ImageError('too-large', `The picture file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the largest the app checks is ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
}

export function imageError(code: keyof typeof IMAGE_ERROR_MESSAGES): ImageError {
  return new ImageError(code, IMAGE_ERROR_MESSAGES[code]);
}

/** Throws unless `image` is a well-formed RGBA buffer. */
export function assertRgba(image: RgbaImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new RangeError(`An image must be at least 1 × 1 pixels, not ${width} × ${height}.`);
  if (width * height > MAX_IMAGE_PIXELS) throw tooManyPixels(width * height);
  if (data.length !== width * height * 4) throw new RangeError(`An RGBA image of ${width} × ${height} needs ${width * height * 4} bytes, not ${data.length}.`);
}
