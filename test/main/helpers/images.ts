import sharp from 'sharp';

/**
 * Pictures made for the tests with sharp: plain ones, a photo that records where it was taken
 * (GPS in its EXIF), and the small JPEG preview the window would make.
 */

/** A PNG of one colour with a darker square in it, so no two sizes or colours give the same bytes. */
export async function pngOf(width = 64, height = 48, colour = { r: 30, g: 100, b: 200 }): Promise<Buffer> {
  const square = await sharp({ create: { width: Math.max(1, width >> 2), height: Math.max(1, height >> 2), channels: 3, background: { r: 10, g: 10, b: 10 } } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: square, left: width >> 3, top: height >> 3 }])
    .png()
    .toBuffer();
}

/** Cambridge Guildhall, give or take: where a councillor's photo might say it was taken. */
export const GPS = { latitude: 52.2053, longitude: 0.1192 };

function degrees(value: number): string {
  const whole = Math.floor(Math.abs(value));
  const minutes = Math.floor((Math.abs(value) - whole) * 60);
  const seconds = Math.round(((Math.abs(value) - whole) * 60 - minutes) * 60 * 100);
  return `${whole}/1 ${minutes}/1 ${seconds}/100`;
}

/** A JPEG photo whose EXIF says where it was taken, and who owns it. */
export async function jpegWithLocation(width = 80, height = 60): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 160, b: 90 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Copyright: 'Jane Smith', Make: 'PhoneCo' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: degrees(GPS.latitude), GPSLongitudeRef: 'E', GPSLongitude: degrees(GPS.longitude) },
    })
    .toBuffer();
}

/** The small JPEG preview the window sends with a picture, as a data: URL. */
export async function thumbnailOf(bytes: Uint8Array): Promise<string> {
  const small = await sharp(bytes).resize({ width: 40, height: 40, fit: 'inside' }).flatten({ background: '#ffffff' }).jpeg({ quality: 70 }).toBuffer();
  return `data:image/jpeg;base64,${small.toString('base64')}`;
}
