import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ImageError, readImageFacts, removeMetadata } from '../../../src/image/index.js';
import { gifWithExtension, gpsExif, photo, XMP_WITH_GPS } from './image-samples.js';

async function pixels(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes).raw().toBuffer();
}

describe('removeMetadata', () => {
  test.each(['jpeg', 'png', 'webp'] as const)('leaves out the GPS position and XMP of a %s photo, pixel for pixel the same', async (format) => {
    const before = await sharp(await photo('png', 80, 60)).withExif(gpsExif('52/1 12/1 30/1', 'N', '0/1 7/1 12/1', 'W')).withXmp(XMP_WITH_GPS).toFormat(format).toBuffer();
    const after = removeMetadata(before);
    expect({ facts: readImageFacts(after), samePixels: (await pixels(after)).equals(await pixels(before)), smaller: after.length < before.length }).toEqual({
      facts: { format, width: 80, height: 60, location: null, hasMetadata: false, orientation: 1 },
      samePixels: true,
      smaller: true,
    });
  });

  test('copies the compressed picture data of a JPEG byte for byte', async () => {
    const before = await sharp(await photo('png', 80, 60)).withExif(gpsExif('52/1 0/1 0/1', 'N', '1/1 0/1 0/1', 'E')).jpeg({ quality: 70 }).toBuffer();
    const after = removeMetadata(before);
    const scanOf = (bytes: Uint8Array): Uint8Array => bytes.subarray(Buffer.from(bytes).indexOf(Buffer.from([0xff, 0xda])));
    expect(Buffer.from(scanOf(after)).equals(Buffer.from(scanOf(before)))).toBe(true);
  });

  test('keeps a photo stored on its side the right way up, with nothing else in its EXIF', async () => {
    const before = await sharp(await photo('png', 64, 48)).withMetadata({ orientation: 6 }).withExif(gpsExif('52/1 12/1 30/1', 'N', '0/1 7/1 12/1', 'W')).jpeg().toBuffer();
    const after = removeMetadata(before);
    expect([readImageFacts(after), (await sharp(after).metadata()).orientation]).toEqual([{ format: 'jpeg', width: 48, height: 64, location: null, hasMetadata: true, orientation: 6 }, 6]);
  });

  test('keeps the colour profile, which changes how the picture looks', async () => {
    const before = await sharp(await photo('png')).withIccProfile('p3').withExif(gpsExif('52/1 0/1 0/1', 'N', '1/1 0/1 0/1', 'E')).jpeg().toBuffer();
    expect((await sharp(removeMetadata(before)).metadata()).icc).toBeDefined();
  });

  test('leaves out a GIF comment and XMP but keeps its looping', async () => {
    const looping = gifWithExtension(await photo('gif', 30, 20), 0xff, 'NETSCAPE2.0');
    const before = gifWithExtension(gifWithExtension(looping, 0xfe, 'Taken at 12 Acacia Avenue'), 0xff, 'XMP DataXMP<x:xmpmeta/>');
    const after = removeMetadata(before);
    const text = Buffer.from(after).toString('latin1');
    expect([readImageFacts(after).hasMetadata, text.includes('Acacia'), text.includes('XMP'), text.includes('NETSCAPE2.0'), (await pixels(after)).equals(await pixels(before))]).toEqual([false, false, false, true, true]);
  });

  test('refuses what is not a picture, with the same plain sentence as readImageFacts', () => {
    expect(() => removeMetadata(new TextEncoder().encode('hello'))).toThrow(new ImageError('unsupported', 'This file is not a picture the app can read: use a JPEG, PNG, WebP or GIF.'));
  });
});
