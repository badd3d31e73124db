import sharp from 'sharp';
import type { RgbaImage } from '../../../src/image/index.js';

/** Small pictures for the image tests, made with sharp. */

/** A plain picture with a little detail, in the given format. */
export async function photo(format: 'jpeg' | 'png' | 'webp' | 'gif', width = 64, height = 48): Promise<Buffer> {
  const detail = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#6a9"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#c33"/><rect x="${width / 2}" y="${height / 4}" width="${width / 4}" height="${height / 2}" fill="#225"/></svg>`);
  return sharp(detail).toFormat(format).toBuffer();
}

/** EXIF with a GPS position, as sharp writes it (degrees, minutes, seconds as rationals). */
export function gpsExif(latitude: string, north: 'N' | 'S', longitude: string, east: 'E' | 'W') {
  return { IFD0: { Copyright: 'Councillor' }, IFD3: { GPSLatitudeRef: north, GPSLatitude: latitude, GPSLongitudeRef: east, GPSLongitude: longitude } };
}

/** XMP placing a photo in Green Park, London, the way some editors write it. */
export const XMP_WITH_GPS =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.0667N" exif:GPSLongitude="0,8.5167W"/>' +
  '</rdf:RDF></x:xmpmeta>';

/** A GIF with an extension block (0xFE comment, or 0xFF application) inserted before its first image. */
export function gifWithExtension(gif: Uint8Array, label: 0xfe | 0xff, text: string): Uint8Array {
  const flags = gif[10] as number;
  const at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const payload = new TextEncoder().encode(text);
  const block = Uint8Array.from([0x21, label, payload.length, ...payload, 0]);
  const out = new Uint8Array(gif.length + block.length);
  out.set(gif.subarray(0, at));
  out.set(block, at);
  out.set(gif.subarray(at), at + block.length);
  return out;
}

/** Decodes a picture as the app's CLI does: turned upright, first frame, RGBA. */
export async function decode(bytes: Uint8Array): Promise<RgbaImage> {
  const { data, info } = await sharp(bytes, { pages: 1 }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}
