import { orientationOnlyExif } from './exif.js';
import { readGif, readJpeg, readPng, readWebp, sniffImageFormat, startsWith, u16be } from './image-containers.js';
import { readImageFacts } from './image-facts.js';
import { imageError } from './rgba-image.js';

/**
 * Copies of pictures without their metadata: EXIF (and so GPS), XMP, IPTC, comments and text
 * chunks are left out; every byte of the pixel data is copied unchanged, and the format stays the
 * same. Kept: what changes how the picture looks (colour profiles, JFIF and Adobe colour markers,
 * PNG gamma and colour chunks, GIF animation settings) and, when the photo is stored on its side,
 * a minimal EXIF block holding only its Orientation, so it still shows the right way up.
 */

class Output {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  push(part: Uint8Array): void {
    this.parts.push(part);
    this.length += part.length;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** Skips the entropy-coded data and segments after the first scan to the first EOI (leaving out anything appended after it). */
function firstEoi(bytes: Uint8Array, from: number): number {
  let at = from;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) {
      at++;
      continue;
    }
    const next = bytes[at + 1] as number;
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) {
      at += next === 0xff ? 1 : 2;
      continue;
    }
    if (next === 0xd9) return at + 2;
    // A marker segment between scans (DHT, SOS, DRI…): skip its payload.
    at += 2 + u16be(bytes, at + 2);
  }
  throw imageError('truncated');
}

function jpegWithout(bytes: Uint8Array, orientation: number): Uint8Array {
  const layout = readJpeg(bytes);
  const out = new Output();
  out.push(bytes.subarray(0, 2));
  let wroteOrientation = orientation === 1;
  for (const segment of layout.segments) {
    const { marker } = segment;
    const keep =
      marker === 0xe0 || // JFIF
      (marker === 0xe2 && startsWith(bytes, segment.payload, 'ICC_PROFILE\0')) ||
      marker === 0xee || // Adobe colour transform
      (marker < 0xe0 || marker > 0xef) && marker !== 0xfe; // tables, frame header; not comments
    if (keep) out.push(bytes.subarray(segment.start, segment.end));
    if (!wroteOrientation && (marker === 0xe0 || !keep)) {
      const tiff = orientationOnlyExif(orientation);
      const length = 2 + 6 + tiff.length;
      out.push(Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]));
      out.push(tiff);
      wroteOrientation = true;
    }
  }
  out.push(bytes.subarray(layout.scanStart, firstEoi(bytes, layout.scanStart)));
  return out.bytes();
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function pngWithout(bytes: Uint8Array, orientation: number): Uint8Array {
  const png = readPng(bytes);
  const out = new Output();
  out.push(bytes.subarray(0, 8));
  for (const chunk of png.chunks) {
    if (chunk.type === 'IDAT' && orientation !== 1) {
      out.push(pngChunk('eXIf', orientationOnlyExif(orientation)));
      orientation = 1;
    }
    if (!PNG_METADATA.has(chunk.type)) out.push(bytes.subarray(chunk.start, chunk.end));
  }
  return out.bytes();
}

function webpWithout(bytes: Uint8Array, orientation: number): Uint8Array {
  const webp = readWebp(bytes);
  const out = new Output();
  out.push(bytes.subarray(0, 12));
  let hasExif = false;
  for (const chunk of webp.chunks) {
    if (chunk.type === 'XMP ' || chunk.type === 'EXIF') continue;
    const copy = bytes.slice(chunk.start, chunk.end);
    if (chunk.type === 'VP8X') {
      // Flags: clear XMP (0x04) and EXIF (0x08); set EXIF again if a minimal block follows.
      hasExif = orientation !== 1;
      copy[8] = ((copy[8] as number) & ~0x0c) | (hasExif ? 0x08 : 0);
    }
    out.push(copy);
  }
  if (hasExif) {
    const tiff = orientationOnlyExif(orientation);
    const header = Uint8Array.from([0x45, 0x58, 0x49, 0x46, tiff.length & 0xff, (tiff.length >> 8) & 0xff, 0, 0]);
    out.push(header);
    out.push(tiff);
    if (tiff.length & 1) out.push(new Uint8Array(1));
  }
  const result = out.bytes();
  new DataView(result.buffer).setUint32(4, result.length - 8, true);
  return result;
}

/** Application extensions that change how a GIF plays (looping), kept; others (XMP…) go. */
const GIF_KEPT_APPLICATIONS = ['NETSCAPE2.0', 'ANIMEXTS1.0'];

function gifWithout(bytes: Uint8Array): Uint8Array {
  const gif = readGif(bytes);
  const out = new Output();
  for (const block of gif.blocks) {
    if (block.kind === 'extension' && block.label === 0xfe) continue;
    if (block.kind === 'extension' && block.label === 0xff && !GIF_KEPT_APPLICATIONS.some((name) => startsWith(bytes, block.start + 3, name))) continue;
    out.push(bytes.subarray(block.start, block.end));
  }
  if (gif.blocks.at(-1)?.kind !== 'trailer') out.push(Uint8Array.of(0x3b));
  return out.bytes();
}

/** A copy with EXIF/XMP/IPTC (and so GPS) removed; pixels byte-for-byte untouched; same format. JPEG, PNG, WebP and GIF. */
export function removeMetadata(bytes: Uint8Array): Uint8Array {
  const facts = readImageFacts(bytes);
  const format = sniffImageFormat(bytes);
  if (format === 'jpeg') return jpegWithout(bytes, facts.orientation);
  if (format === 'png') return pngWithout(bytes, facts.orientation);
  if (format === 'webp') return webpWithout(bytes, facts.orientation);
  if (format === 'gif') return gifWithout(bytes);
  throw imageError('unsupported');
}

