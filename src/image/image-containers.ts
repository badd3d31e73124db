import { imageError, type ImageFormat } from './rgba-image.js';

/**
 * The block structure of the four picture formats, read without decoding any pixels: JPEG
 * segments, PNG chunks, WebP (RIFF) chunks and GIF blocks. Each walker checks every length
 * against the file, so a file cut short is reported as such ("truncated") and a file whose
 * structure makes no sense as "corrupt".
 */

export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const at = (index: number): number => bytes[index] ?? -1;
  const ascii = (from: number, text: string): boolean => [...text].every((char, i) => at(from + i) === char.charCodeAt(0));
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((value, i) => at(i) === value)) return 'png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  return null;
}

export function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

export function u32be(bytes: Uint8Array, at: number): number {
  return (((bytes[at] as number) << 24) | ((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number)) >>> 0;
}

export function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

export function u24le(bytes: Uint8Array, at: number): number {
  return u16le(bytes, at) | ((bytes[at + 2] as number) << 16);
}

export function u32le(bytes: Uint8Array, at: number): number {
  return (u24le(bytes, at) + (bytes[at + 3] as number) * 16777216) >>> 0;
}

export function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i += 8192) text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  return text;
}

export interface Segment {
  readonly marker: number;
  /** Where the segment starts (its 0xFF) and ends. */
  readonly start: number;
  readonly end: number;
  /** Where its payload (after the length) starts. */
  readonly payload: number;
}

export interface JpegLayout {
  /** The segments before the first scan (markers SOI and standalone ones left out). */
  readonly segments: readonly Segment[];
  /** Where the first scan's SOS segment starts. */
  readonly scanStart: number;
  /** Just after the EOI marker. */
  readonly end: number;
  readonly width: number;
  readonly height: number;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function readJpeg(bytes: Uint8Array): JpegLayout {
  const segments: Segment[] = [];
  let at = 2;
  let width = 0;
  let height = 0;
  for (;;) {
    if (at >= bytes.length) throw imageError('truncated');
    if (bytes[at] !== 0xff) throw imageError('corrupt');
    let markerAt = at + 1;
    while (bytes[markerAt] === 0xff) markerAt++;
    if (markerAt >= bytes.length) throw imageError('truncated');
    const marker = bytes[markerAt] as number;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at = markerAt + 1;
      continue;
    }
    if (marker === 0xd9 || marker === 0x00) throw imageError('corrupt');
    if (markerAt + 3 > bytes.length) throw imageError('truncated');
    const length = u16be(bytes, markerAt + 1);
    if (length < 2) throw imageError('corrupt');
    const end = markerAt + 1 + length;
    if (end > bytes.length) throw imageError('truncated');
    const segment = { marker, start: at, end, payload: markerAt + 3 };
    if (SOF_MARKERS.has(marker)) {
      if (length < 8) throw imageError('corrupt');
      height = u16be(bytes, segment.payload + 1);
      width = u16be(bytes, segment.payload + 3);
    }
    if (marker === 0xda) {
      if (width === 0 || height === 0) throw imageError('corrupt');
      // Entropy-coded data never holds 0xFF 0xD9 (a 0xFF there is followed by 0x00 or a restart
      // marker), so the last one is the end of the picture; without one the file was cut short.
      for (let i = bytes.length - 2; i >= end; i--) {
        if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return { segments, scanStart: at, end: i + 2, width, height };
      }
      throw imageError('truncated');
    }
    segments.push(segment);
    at = end;
  }
}

export interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly data: number;
  readonly dataEnd: number;
}

const PNG_SIGNATURE_LENGTH = 8;

export function readPng(bytes: Uint8Array): { chunks: Chunk[]; width: number; height: number } {
  const chunks: Chunk[] = [];
  let at = PNG_SIGNATURE_LENGTH;
  for (;;) {
    if (at + 8 > bytes.length) throw imageError('truncated');
    const length = u32be(bytes, at);
    const type = latin1(bytes, at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff) throw imageError('corrupt');
    const end = at + 12 + length;
    if (end > bytes.length) throw imageError('truncated');
    if (chunks.length === 0 && (type !== 'IHDR' || length !== 13)) throw imageError('corrupt');
    chunks.push({ type, start: at, end, data: at + 8, dataEnd: at + 8 + length });
    at = end;
    if (type === 'IEND') break;
  }
  const header = chunks[0] as Chunk;
  const width = u32be(bytes, header.data);
  const height = u32be(bytes, header.data + 4);
  if (width === 0 || height === 0 || !chunks.some((chunk) => chunk.type === 'IDAT')) throw imageError('corrupt');
  return { chunks, width, height };
}

export function readWebp(bytes: Uint8Array): { chunks: Chunk[]; width: number; height: number } {
  if (bytes.length < 12) throw imageError('truncated');
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd > bytes.length) throw imageError('truncated');
  const chunks: Chunk[] = [];
  let width = 0;
  let height = 0;
  let at = 12;
  while (at + 8 <= riffEnd) {
    const type = latin1(bytes, at, at + 4);
    const length = u32le(bytes, at + 4);
    const dataEnd = at + 8 + length;
    if (dataEnd > riffEnd) throw imageError('truncated');
    const chunk = { type, start: at, end: Math.min(riffEnd, dataEnd + (length & 1)), data: at + 8, dataEnd };
    chunks.push(chunk);
    if (type === 'VP8X' && length >= 10) {
      width = u24le(bytes, chunk.data + 4) + 1;
      height = u24le(bytes, chunk.data + 7) + 1;
    } else if (type === 'VP8 ' && width === 0 && length >= 10) {
      if (bytes[chunk.data + 3] !== 0x9d || bytes[chunk.data + 4] !== 0x01 || bytes[chunk.data + 5] !== 0x2a) throw imageError('corrupt');
      width = u16le(bytes, chunk.data + 6) & 0x3fff;
      height = u16le(bytes, chunk.data + 8) & 0x3fff;
    } else if (type === 'VP8L' && width === 0 && length >= 5) {
      if (bytes[chunk.data] !== 0x2f) throw imageError('corrupt');
      const bits = u32le(bytes, chunk.data + 1);
      width = (bits & 0x3fff) + 1;
      height = ((bits >>> 14) & 0x3fff) + 1;
    }
    at = chunk.end;
  }
  if (!chunks.some((chunk) => chunk.type === 'VP8 ' || chunk.type === 'VP8L' || chunk.type === 'ANMF')) throw imageError(at < riffEnd ? 'truncated' : 'corrupt');
  if (width === 0 || height === 0) throw imageError('corrupt');
  return { chunks, width, height };
}

export interface GifBlock {
  readonly kind: 'header' | 'extension' | 'image' | 'trailer';
  /** For an extension: its label (0xFE comment, 0xFF application…). */
  readonly label: number;
  readonly start: number;
  readonly end: number;
}

/** Skips data sub-blocks from `at`; returns where they end (after the 0 terminator). */
function skipSubBlocks(bytes: Uint8Array, at: number): number {
  let position = at;
  for (;;) {
    if (position >= bytes.length) throw imageError('truncated');
    const size = bytes[position] as number;
    position += 1 + size;
    if (size === 0) return position;
  }
}

export function readGif(bytes: Uint8Array): { blocks: GifBlock[]; width: number; height: number } {
  if (bytes.length < 13) throw imageError('truncated');
  let width = u16le(bytes, 6);
  let height = u16le(bytes, 8);
  const flags = bytes[10] as number;
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const blocks: GifBlock[] = [{ kind: 'header', label: 0, start: 0, end: at }];
  let images = 0;
  for (;;) {
    if (at >= bytes.length) {
      // Some encoders leave out the trailer; every block so far is whole, so the picture is too.
      if (images > 0) break;
      throw imageError('truncated');
    }
    const introducer = bytes[at] as number;
    if (introducer === 0x3b) {
      blocks.push({ kind: 'trailer', label: 0, start: at, end: at + 1 });
      break;
    }
    if (introducer === 0x21) {
      if (at + 2 > bytes.length) throw imageError('truncated');
      const end = skipSubBlocks(bytes, at + 2);
      blocks.push({ kind: 'extension', label: bytes[at + 1] as number, start: at, end });
      at = end;
      continue;
    }
    if (introducer !== 0x2c) throw imageError('corrupt');
    if (at + 10 > bytes.length) throw imageError('truncated');
    const imageFlags = bytes[at + 9] as number;
    if (images === 0 && (width === 0 || height === 0)) {
      width = u16le(bytes, at + 5);
      height = u16le(bytes, at + 7);
    }
    const data = at + 10 + (imageFlags & 0x80 ? 3 * 2 ** ((imageFlags & 7) + 1) : 0) + 1;
    const end = skipSubBlocks(bytes, data);
    blocks.push({ kind: 'image', label: 0, start: at, end });
    images++;
    at = end;
  }
  if (images === 0 || width === 0 || height === 0) throw imageError('corrupt');
  return { blocks, width, height };
}
