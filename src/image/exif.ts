/**
 * The few EXIF facts the app needs from a TIFF-structured block (the payload of a JPEG's "Exif"
 * segment, a PNG's eXIf chunk or a WebP's EXIF chunk): where the photo was taken (the GPS IFD) and
 * which way up it is (Orientation). A damaged block gives no facts rather than an error: the
 * picture itself may be fine.
 */

export interface Location {
  readonly latitude: number;
  readonly longitude: number;
}

export interface ExifFacts {
  readonly location: Location | null;
  /** 1–8 as in the EXIF standard; 1 is upright. */
  readonly orientation: number;
}

const NONE: ExifFacts = { location: null, orientation: 1 };
/** Entries read from one IFD at most: a real IFD0 has a few dozen. */
const MAX_ENTRIES = 1000;

class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    private readonly littleEndian: boolean,
  ) {}

  has(offset: number, length: number): boolean {
    return offset >= 0 && this.start + offset + length <= this.end;
  }

  u8(offset: number): number {
    return this.bytes[this.start + offset] as number;
  }

  u16(offset: number): number {
    const a = this.u8(offset);
    const b = this.u8(offset + 1);
    return this.littleEndian ? a | (b << 8) : (a << 8) | b;
  }

  u32(offset: number): number {
    const a = this.u16(offset);
    const b = this.u16(offset + 2);
    return this.littleEndian ? (a + b * 65536) >>> 0 : (a * 65536 + b) >>> 0;
  }
}

interface Entry {
  readonly type: number;
  readonly count: number;
  /** Where the value is: inside the entry when it fits in 4 bytes, else at the offset it gives. */
  readonly valueOffset: number;
}

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

function readIfd(reader: Reader, offset: number): Map<number, Entry> | null {
  if (!reader.has(offset, 2)) return null;
  const count = Math.min(reader.u16(offset), MAX_ENTRIES);
  const entries = new Map<number, Entry>();
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    if (!reader.has(at, 12)) break;
    const tag = reader.u16(at);
    const type = reader.u16(at + 2);
    const valueCount = reader.u32(at + 4);
    const size = (TYPE_SIZES[type] ?? 1) * valueCount;
    entries.set(tag, { type, count: valueCount, valueOffset: size <= 4 ? at + 8 : reader.u32(at + 8) });
  }
  return entries;
}

function rationals(reader: Reader, entry: Entry | undefined): number[] | null {
  if (!entry || (entry.type !== 5 && entry.type !== 10) || entry.count < 1 || !reader.has(entry.valueOffset, entry.count * 8)) return null;
  const values: number[] = [];
  for (let i = 0; i < Math.min(entry.count, 3); i++) {
    const numerator = reader.u32(entry.valueOffset + i * 8);
    const denominator = reader.u32(entry.valueOffset + i * 8 + 4);
    if (denominator === 0) return null;
    values.push(numerator / denominator);
  }
  return values;
}

function letter(reader: Reader, entry: Entry | undefined): string {
  if (!entry || !reader.has(entry.valueOffset, 1)) return '';
  return String.fromCharCode(reader.u8(entry.valueOffset)).toUpperCase();
}

function degrees(parts: readonly number[] | null): number | null {
  if (!parts) return null;
  const [whole = 0, minutes = 0, seconds = 0] = parts;
  const value = whole + minutes / 60 + seconds / 3600;
  return Number.isFinite(value) ? value : null;
}

/** A location worth reporting: in range, and not the 0, 0 that cameras without a fix write. */
export function plausibleLocation(latitude: number | null, longitude: number | null): Location | null {
  if (latitude === null || longitude === null || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return null;
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

/** Reads the TIFF structure in bytes[start, end). */
export function readExif(bytes: Uint8Array, start: number, end: number): ExifFacts {
  if (end - start < 8) return NONE;
  const order = String.fromCharCode(bytes[start] as number, bytes[start + 1] as number);
  if (order !== 'II' && order !== 'MM') return NONE;
  const reader = new Reader(bytes, start, end, order === 'II');
  if (reader.u16(2) !== 42) return NONE;
  const ifd0 = readIfd(reader, reader.u32(4));
  if (!ifd0) return NONE;
  const orientationEntry = ifd0.get(0x0112);
  const orientationValue = orientationEntry && orientationEntry.type === 3 && reader.has(orientationEntry.valueOffset, 2) ? reader.u16(orientationEntry.valueOffset) : 1;
  const orientation = orientationValue >= 1 && orientationValue <= 8 ? orientationValue : 1;
  const gpsPointer = ifd0.get(0x8825);
  if (!gpsPointer || !reader.has(gpsPointer.valueOffset, 4)) return { location: null, orientation };
  const gps = readIfd(reader, reader.u32(gpsPointer.valueOffset));
  if (!gps) return { location: null, orientation };
  const latitude = degrees(rationals(reader, gps.get(2)));
  const longitude = degrees(rationals(reader, gps.get(4)));
  const north = letter(reader, gps.get(1)) !== 'S';
  const east = letter(reader, gps.get(3)) !== 'W';
  const location = plausibleLocation(latitude === null ? null : north ? latitude : -latitude, longitude === null ? null : east ? longitude : -longitude);
  return { location, orientation };
}

/** A minimal big-endian TIFF block holding only an Orientation tag, to keep a photo the right way up. */
export function orientationOnlyExif(orientation: number): Uint8Array {
  // "MM", 42, IFD0 at 8; one entry: tag 0x0112, SHORT, count 1, value; next IFD 0.
  return Uint8Array.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
}

const XMP_COORDINATE = /exif:GPS(Latitude|Longitude)\s*(?:=\s*["']|>)\s*(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])/gi;

/** GPS coordinates written in XMP ("51,30.0667N"), as some editors and phones save them. */
export function readXmpLocation(text: string): Location | null {
  let latitude: number | null = null;
  let longitude: number | null = null;
  for (const match of text.matchAll(XMP_COORDINATE)) {
    const [, axis = '', whole = '0', minutes = '0', seconds, hemisphere = 'N'] = match;
    const value = Number(whole) + Number(minutes) / 60 + (seconds ? Number(seconds) / 3600 : 0);
    const signed = /[SW]/i.test(hemisphere) ? -value : value;
    if (/latitude/i.test(axis)) latitude = signed;
    else longitude = signed;
  }
  return plausibleLocation(latitude, longitude);
}
