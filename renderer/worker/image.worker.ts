import { compileLogos, ImageError, readImageFacts, scanForLogos, type ImageFormat, type LogoIndex, type RgbaImage } from '../../src/image/index.js';
import { fitWithin, SCAN_LONG_SIDE, THUMBNAIL_LONG_SIDE } from '../logic/images.js';
import { IMAGE_TEXT } from '../text/images.js';
import type { FromImageWorker, LogoMatchValue, ToImageWorker } from './image-protocol.js';

/**
 * Pictures, off the window's thread: the bytes are read (format, size, damage) by the image
 * core, decoded by the browser (scaled down while decoding, to a long side still big enough to
 * find a logo in a corner), given a small preview, and scanned for the pack's logos. The logos
 * are compiled once per pack.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToImageWorker>) => void) | null;
  postMessage(message: FromImageWorker): void;
}

const scope = self as unknown as WorkerScope;
let logos: { packKey: string; index: LogoIndex | null } = { packKey: '', index: null };

const MEDIA_TYPES: Readonly<Record<ImageFormat, string>> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
const THUMBNAIL_QUALITY = 0.8;

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function context(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const drawing = canvas.getContext('2d', { willReadFrequently: true });
  if (!drawing) throw new Error('No 2D canvas in this worker.');
  return drawing;
}

/** A JPEG preview on white (a transparent logo stays visible), as a data: URL. */
async function thumbnailOf(bitmap: ImageBitmap): Promise<string> {
  const size = fitWithin(bitmap.width, bitmap.height, THUMBNAIL_LONG_SIDE) ?? { width: bitmap.width, height: bitmap.height };
  const canvas = new OffscreenCanvas(size.width, size.height);
  const drawing = context(canvas);
  drawing.fillStyle = '#ffffff';
  drawing.fillRect(0, 0, size.width, size.height);
  drawing.imageSmoothingQuality = 'high';
  drawing.drawImage(bitmap, 0, 0, size.width, size.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: THUMBNAIL_QUALITY });
  return `data:image/jpeg;base64,${base64(new Uint8Array(await blob.arrayBuffer()))}`;
}

function pixelsOf(bitmap: ImageBitmap): RgbaImage {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const drawing = context(canvas);
  drawing.drawImage(bitmap, 0, 0);
  const { width, height, data } = drawing.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width, height, data };
}

function bytesOf(source: Extract<ToImageWorker, { type: 'prepare' }>['source']): Uint8Array<ArrayBuffer> {
  if ('bytes' in source) return new Uint8Array(source.bytes);
  const binary = atob(source.base64);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

/** Logos found, by picture and pack: each picture is scanned once per pack. */
const scans = new Map<string, LogoMatchValue[]>();

async function prepare({ job, source, forAttaching }: Extract<ToImageWorker, { type: 'prepare' }>): Promise<FromImageWorker> {
  const bytes = bytesOf(source);
  let facts: ReturnType<typeof readImageFacts>;
  try {
    facts = readImageFacts(bytes);
  } catch (error) {
    return { type: 'refused', job, message: error instanceof ImageError ? error.message : IMAGE_TEXT.cannotOpen };
  }
  const { packKey, index } = logos;
  const hash = hex(await crypto.subtle.digest('SHA-256', bytes));
  const dataBase64 = forAttaching ? base64(bytes) : null;
  const cached = index ? scans.get(`${hash}|${packKey}`) : [];
  if (!forAttaching && cached) return { type: 'prepared', job, hash, thumbnail: null, dataBase64, logoMatches: cached, scannedFor: packKey };

  let bitmap: ImageBitmap;
  try {
    const size = fitWithin(facts.width, facts.height, SCAN_LONG_SIDE);
    // Only the width is given, so the browser keeps the shape even when the photo is turned by its metadata.
    bitmap = await createImageBitmap(new Blob([bytes], { type: MEDIA_TYPES[facts.format] }), size ? { resizeWidth: size.width, resizeQuality: 'high' } : {});
  } catch {
    return { type: 'refused', job, message: IMAGE_TEXT.cannotOpen };
  }
  try {
    const thumbnail = forAttaching ? await thumbnailOf(bitmap) : null;
    let logoMatches = cached;
    if (!logoMatches && index) {
      logoMatches = scanForLogos(pixelsOf(bitmap), index).map(({ logo, box, score }) => ({ logo, box, score: Math.min(1, Math.max(0, score)) }));
      scans.set(`${hash}|${packKey}`, logoMatches);
    }
    return { type: 'prepared', job, hash, thumbnail, dataBase64, logoMatches: logoMatches ?? [], scannedFor: packKey };
  } finally {
    bitmap.close();
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'logos') {
    try {
      logos = { packKey: message.packKey, index: message.logos.length > 0 ? compileLogos(message.logos) : null };
    } catch {
      // Fingerprints this version cannot read: nothing can be found with them.
      logos = { packKey: message.packKey, index: null };
    }
    return;
  }
  prepare(message).then(
    (answer) => scope.postMessage(answer),
    () => scope.postMessage({ type: 'refused', job: message.job, message: IMAGE_TEXT.cannotOpen }),
  );
};
