import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { ImageError, MAX_IMAGE_BYTES, readImageFacts, sniffImageFormat } from '../../../src/image/index.js';
import { gifWithExtension, gpsExif, photo, XMP_WITH_GPS } from './image-samples.js';

function problem(bytes: Uint8Array): { code: string; message: string } | null {
  try {
    readImageFacts(bytes);
    return null;
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('sniffImageFormat', () => {
  test('recognises the four formats by their first bytes and nothing else', async () => {
    const samples = await Promise.all((['jpeg', 'png', 'webp', 'gif'] as const).map((format) => photo(format)));
    const others = [new TextEncoder().encode('Just some text'), Uint8Array.of(0x42, 0x4d, 0, 0, 0, 0), new Uint8Array(0), Uint8Array.of(0xff, 0xd8)];
    expect([...samples, ...others].map(sniffImageFormat)).toEqual(['jpeg', 'png', 'webp', 'gif', null, null, null, null]);
  });
});

describe('readImageFacts', () => {
  test.each(['jpeg', 'png', 'webp'] as const)('reads the size and the GPS location of a %s photo', async (format) => {
    const bytes = await sharp(await photo('png', 64, 48)).withExif(gpsExif('52/1 12/1 30/1', 'N', '0/1 7/1 12/1', 'W')).toFormat(format).toBuffer();
    expect(readImageFacts(bytes)).toEqual({ format, width: 64, height: 48, location: { latitude: 52.208333, longitude: -0.12 }, hasMetadata: true, orientation: 1 });
  });

  test('gives the southern and eastern hemispheres negative and positive signs', async () => {
    const bytes = await sharp(await photo('png')).withExif(gpsExif('33/1 51/1 54/1', 'S', '151/1 12/1 36/1', 'E')).jpeg().toBuffer();
    expect(readImageFacts(bytes).location).toEqual({ latitude: -33.865, longitude: 151.21 });
  });

  test('reads GPS coordinates written in XMP', async () => {
    const bytes = await sharp(await photo('png')).withXmp(XMP_WITH_GPS).jpeg().toBuffer();
    expect(readImageFacts(bytes)).toMatchObject({ location: { latitude: 51.501112, longitude: -0.141945 }, hasMetadata: true });
  });

  test('reports no location and no metadata for a plain picture', async () => {
    expect(readImageFacts(await photo('jpeg'))).toMatchObject({ location: null, hasMetadata: false });
  });

  test('treats 0, 0 (a camera without a fix) as no location', async () => {
    const bytes = await sharp(await photo('png')).withExif(gpsExif('0/1 0/1 0/1', 'N', '0/1 0/1 0/1', 'E')).jpeg().toBuffer();
    expect(readImageFacts(bytes)).toMatchObject({ location: null, hasMetadata: true });
  });

  test('gives the size as shown when the photo is stored on its side', async () => {
    const bytes = await sharp(await photo('png', 64, 48)).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect(readImageFacts(bytes)).toMatchObject({ width: 48, height: 64, orientation: 6 });
  });

  test('reads the first frame size of a GIF and notices its comments', async () => {
    const bytes = gifWithExtension(await photo('gif', 30, 20), 0xfe, 'Made by the ward office');
    expect(readImageFacts(bytes)).toEqual({ format: 'gif', width: 30, height: 20, location: null, hasMetadata: true, orientation: 1 });
  });

  test('refuses an empty file, a file that is not a picture, and one that is too big to read', () => {
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect([problem(new Uint8Array(0)), problem(new TextEncoder().encode('<html>not a picture</html>')), problem(huge)]).toEqual([
      { code: 'empty', message: 'The picture file is empty.' },
      { code: 'unsupported', message: 'This file is not a picture the app can read: use a JPEG, PNG, WebP or GIF.' },
      { code: 'too-large', message: 'The picture file is 30.0 MB; the largest the app checks is 30 MB.' },
    ]);
  });

  test.each(['jpeg', 'png', 'webp', 'gif'] as const)('says a %s file cut short is cut short', async (format) => {
    const bytes = await photo(format, 120, 90);
    expect(problem(bytes.subarray(0, Math.floor(bytes.length * 0.6)))?.code).toBe('truncated');
  });

  test('says a PNG whose header claims 60 megapixels is too large, before decoding anything', async () => {
    const bytes = Uint8Array.from(await photo('png'));
    new DataView(bytes.buffer).setUint32(16, 10_000);
    new DataView(bytes.buffer).setUint32(20, 6_000);
    expect(problem(bytes)).toEqual({ code: 'too-large', message: 'The picture is 60 megapixels; the largest the app checks is 50 megapixels.' });
  });

  test('says a file with a picture signature but garbage after it is damaged', () => {
    const garbage = Uint8Array.from({ length: 400 }, (_, i) => (i * 37) % 251);
    garbage.set([0xff, 0xd8, 0xff, 0x00]);
    expect(problem(garbage)?.code).toBe('corrupt');
  });

  test('never throws anything but an ImageError on random bytes behind a signature', () => {
    const signatures = [[0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [...'RIFF\0\0\0\0WEBP'].map((c) => c.charCodeAt(0)), [...'GIF89a'].map((c) => c.charCodeAt(0))];
    let state = 12345;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24;
    const outcomes = new Set<string>();
    for (let round = 0; round < 400; round++) {
      const signature = signatures[round % signatures.length] as number[];
      const bytes = Uint8Array.from({ length: 20 + (round % 60) }, next);
      bytes.set(signature);
      outcomes.add(problem(bytes)?.code ?? 'read');
    }
    expect([...outcomes].every((code) => ['corrupt', 'truncated', 'too-large', 'read'].includes(code))).toBe(true);
  });
});
