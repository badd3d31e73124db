import { readExif, readXmpLocation, type Location } from './exif.js';
import { latin1, readGif, readJpeg, readPng, readWebp, sniffImageFormat, startsWith } from './image-containers.js';
import { imageError, ImageError, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, tooManyBytes, tooManyPixels, type ImageFormat } from './rgba-image.js';

export { sniffImageFormat };

export interface ImageFacts {
  readonly format: ImageFormat;
  /** The size as shown, after any EXIF turn (a portrait phone photo stored on its side is taller than wide). */
  readonly width: number;
  readonly height: number;
  /** Where the photo was taken, from its EXIF or XMP GPS tags, or null. */
  readonly location: { latitude: number; longitude: number } | null;
  /** Whether it carries EXIF, XMP, IPTC or text metadata (a copy without it can be made with removeMetadata). */
  readonly hasMetadata: boolean;
  /** EXIF orientation, 1–8 (1 is upright). */
  readonly orientation: number;
}

const XMP_ID = 'http://ns.adobe.com/xap/1.0/\0';
const XMP_EXTENSION_ID = 'http://ns.adobe.com/xmp/extension/\0';
/** The most XMP text read looking for GPS tags. */
const MAX_XMP = 256 * 1024;

interface Found {
  hasMetadata: boolean;
  location: Location | null;
  orientation: number;
}

function addExif(found: Found, bytes: Uint8Array, start: number, end: number): void {
  found.hasMetadata = true;
  const exif = readExif(bytes, start, end);
  found.location ??= exif.location;
  if (found.orientation === 1) found.orientation = exif.orientation;
}

function addXmp(found: Found, bytes: Uint8Array, start: number, end: number): void {
  found.hasMetadata = true;
  found.location ??= readXmpLocation(latin1(bytes, start, Math.min(end, start + MAX_XMP)));
}

function jpegFacts(bytes: Uint8Array, found: Found): { width: number; height: number } {
  const layout = readJpeg(bytes);
  for (const segment of layout.segments) {
    if (segment.marker === 0xe1 && startsWith(bytes, segment.payload, 'Exif\0')) addExif(found, bytes, segment.payload + 6, segment.end);
    else if (segment.marker === 0xe1 && startsWith(bytes, segment.payload, XMP_ID)) addXmp(found, bytes, segment.payload + XMP_ID.length, segment.end);
    else if (segment.marker === 0xe1 && startsWith(bytes, segment.payload, XMP_EXTENSION_ID)) found.hasMetadata = true;
    else if (segment.marker === 0xed || segment.marker === 0xfe) found.hasMetadata = true;
  }
  return layout;
}

const PNG_TEXT = new Set(['tEXt', 'zTXt', 'iTXt', 'tIME']);

function pngFacts(bytes: Uint8Array, found: Found): { width: number; height: number } {
  const png = readPng(bytes);
  for (const chunk of png.chunks) {
    if (chunk.type === 'eXIf') addExif(found, bytes, chunk.data, chunk.dataEnd);
    else if (chunk.type === 'iTXt' && startsWith(bytes, chunk.data, 'XML:com.adobe.xmp\0')) {
      // Keyword, then compression flag, method, language and translated keyword (each 0-ended).
      const compressed = bytes[chunk.data + 18] === 1;
      let text = chunk.data + 20;
      for (let zeros = 0; zeros < 2 && text < chunk.dataEnd; text++) if (bytes[text] === 0) zeros++;
      if (compressed) found.hasMetadata = true;
      else addXmp(found, bytes, text, chunk.dataEnd);
    } else if (PNG_TEXT.has(chunk.type)) found.hasMetadata = true;
  }
  return png;
}

function webpFacts(bytes: Uint8Array, found: Found): { width: number; height: number } {
  const webp = readWebp(bytes);
  for (const chunk of webp.chunks) {
    if (chunk.type === 'EXIF') addExif(found, bytes, chunk.data + (startsWith(bytes, chunk.data, 'Exif\0\0') ? 6 : 0), chunk.dataEnd);
    else if (chunk.type === 'XMP ') addXmp(found, bytes, chunk.data, chunk.dataEnd);
  }
  return webp;
}

function gifFacts(bytes: Uint8Array, found: Found): { width: number; height: number } {
  const gif = readGif(bytes);
  for (const block of gif.blocks) {
    if (block.kind !== 'extension') continue;
    if (block.label === 0xfe) found.hasMetadata = true;
    if (block.label === 0xff && startsWith(bytes, block.start + 3, 'XMP DataXMP')) addXmp(found, bytes, block.start + 14, block.end);
  }
  return gif;
}

/**
 * Reads the header and metadata only (fast, no pixel decode). Throws ImageError with one
 * plain-English sentence when the file is empty, not a JPEG, PNG, WebP or GIF, damaged, cut short,
 * or too large to check.
 */
export function readImageFacts(bytes: Uint8Array): ImageFacts {
  if (bytes.length === 0) throw imageError('empty');
  if (bytes.length > MAX_IMAGE_BYTES) throw tooManyBytes(bytes.length);
  const format = sniffImageFormat(bytes);
  if (!format) throw imageError('unsupported');
  const found: Found = { hasMetadata: false, location: null, orientation: 1 };
  let size: { width: number; height: number };
  try {
    size = format === 'jpeg' ? jpegFacts(bytes, found) : format === 'png' ? pngFacts(bytes, found) : format === 'webp' ? webpFacts(bytes, found) : gifFacts(bytes, found);
  } catch (error) {
    if (error instanceof ImageError) throw error;
    throw imageError('corrupt');
  }
  if (size.width * size.height > MAX_IMAGE_PIXELS) throw tooManyPixels(size.width * size.height);
  const isTurned = found.orientation >= 5;
  return {
    format,
    width: isTurned ? size.height : size.width,
    height: isTurned ? size.width : size.height,
    location: found.location,
    hasMetadata: found.hasMetadata,
    orientation: found.orientation,
  };
}
