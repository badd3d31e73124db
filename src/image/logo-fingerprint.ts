import { createScratch, gradientMaps, type GradientMode } from './gradient-maps.js';
import { CHUNK_BITS, createWindowScratch, hashValues, layoutFor, MARGIN, MAX_WORDS, readWindow, type Grain, type Layout } from './logo-descriptor.js';
import { assertRgba, type RgbaImage } from './rgba-image.js';

/**
 * A logo's fingerprints: the descriptor hashes (logo-descriptor.ts) of the logo, trimmed of its
 * plain border, in several versions, so that one of them is close to however the logo turns up:
 * colour and brightness-only gradients (for greyscale copies), upright and turned a few degrees
 * each way, and, for a logo with a transparent background, on white and on black.
 *
 * Every fingerprint string is 64 hex digits. The first names the kind, the second the version
 * (colour or brightness, the turn, the background), and two more give the logo's shape (its
 * width-to-height ratio, as round(32 · log2(ratio)) + 128):
 * - "1" + version + shape + the 240-bit coarse hash;
 * - "2" + version + part + shape + 236 bits of the fine hash (up to five parts);
 * - "3" + turn + part + shape + 236 bits of the fine grid's mask: the cells the logo covers (two parts).
 */

/** The descriptor window's longer side when a logo is fingerprinted, in working pixels. */
const FINGERPRINT_SIZE = 160;
/** Turns, in degrees, of the versions (a copy turned 5–10° is close to one of them). */
const TURNS = [0, -7, 7] as const;

const KIND: Record<string, Grain | 'mask'> = { '1': 'coarse', '2': 'fine', '3': 'mask' };
const PAYLOAD = { coarse: CHUNK_BITS.coarse, fine: CHUNK_BITS.fine, mask: CHUNK_BITS.fine } as const;

export interface DecodedFingerprint {
  readonly kind: Grain | 'mask';
  readonly variant: number;
  /** Which part of a fine hash (0 for a coarse one). */
  readonly part: number;
  readonly aspectCode: number;
  /** The payload: PAYLOAD[kind] bits. */
  readonly bits: Uint32Array;
}

/** The turn (0 upright, 1 and 2 turned) of a version number. */
export function turnOf(variant: number): number {
  return (variant >> 1) & 3;
}

export function aspectCode(ratio: number): number {
  return Math.min(255, Math.max(0, Math.round(32 * Math.log2(ratio)) + 128));
}

export function aspectOf(code: number): number {
  return 2 ** ((code - 128) / 32);
}

const HEX = /^[0-9a-f]{64}$/;

/** Reads a fingerprint string this version understands, or null (another format, or malformed). */
export function decodeFingerprint(text: string): DecodedFingerprint | null {
  if (!HEX.test(text)) return null;
  const kind = KIND[text[0] as string];
  if (!kind) return null;
  const header = kind === 'coarse' ? 4 : 5;
  const part = kind === 'coarse' ? 0 : parseInt(text[2] as string, 16);
  const aspect = parseInt(text.slice(header - 2, header), 16);
  const bits = new Uint32Array(Math.ceil(PAYLOAD[kind] / 32));
  for (let nibble = 0; nibble < PAYLOAD[kind] / 4; nibble++) {
    const value = parseInt(text[header + nibble] as string, 16);
    for (let bit = 0; bit < 4; bit++) {
      const index = nibble * 4 + bit;
      if (value & (8 >> bit)) bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
    }
  }
  return { kind, variant: parseInt(text[1] as string, 16), part, aspectCode: aspect, bits };
}

/** `count` bits from `from` as hex; bits at or past `end` read as 0. */
function hexBits(bits: Uint32Array, from: number, count: number, end: number): string {
  let hex = '';
  for (let nibble = 0; nibble < count / 4; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) {
      const index = from + nibble * 4 + bit;
      if (index < end && ((bits[index >>> 5] ?? 0) >>> (index & 31)) & 1) value |= 8 >> bit;
    }
    hex += value.toString(16);
  }
  return hex;
}

/** The fingerprint strings for one hash or mask of `bitCount` bits. */
export function encodeFingerprint(kind: Grain | 'mask', variant: number, code: number, bits: Uint32Array, bitCount: number): string[] {
  const codeHex = code.toString(16).padStart(2, '0');
  if (kind === 'coarse') return [`1${variant.toString(16)}${codeHex}${hexBits(bits, 0, CHUNK_BITS.coarse, bitCount)}`];
  const prefix = kind === 'fine' ? '2' : '3';
  const strings: string[] = [];
  for (let part = 0; part * PAYLOAD[kind] < bitCount; part++) strings.push(`${prefix}${variant.toString(16)}${part.toString(16)}${codeHex}${hexBits(bits, part * PAYLOAD[kind], PAYLOAD[kind], bitCount)}`);
  return strings;
}

interface Trimmed {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The plain background around the logo, or null when it is transparent. */
  readonly background: readonly [number, number, number] | null;
}

/** Whether the pixel at `index` is part of the logo: opaque enough, and not the plain background colour. */
function isLogoPixel(data: RgbaImage['data'], index: number, background: Trimmed['background']): boolean {
  const alpha = data[index + 3] as number;
  if (!background) return alpha >= 64;
  return alpha >= 128 && Math.max(Math.abs((data[index] as number) - background[0]), Math.abs((data[index + 1] as number) - background[1]), Math.abs((data[index + 2] as number) - background[2])) > 40;
}

/** The logo's bounding box inside its plain or transparent border. */
export function trimLogo(image: RgbaImage): Trimmed {
  const { width, height, data } = image;
  const border: number[] = [];
  for (let x = 0; x < width; x++) border.push(x, (height - 1) * width + x);
  for (let y = 0; y < height; y++) border.push(y * width, y * width + width - 1);
  const clear = border.filter((pixel) => (data[pixel * 4 + 3] as number) < 128).length;
  const isTransparent = clear > border.length * 0.05;
  const median = (channel: number): number => {
    const values = border.map((pixel) => data[pixel * 4 + channel] as number).sort((a, b) => a - b);
    return values[values.length >> 1] as number;
  };
  const background = isTransparent ? null : ([median(0), median(1), median(2)] as const);
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = (y * width + x) * 4;
      if (!isLogoPixel(data, index, background)) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  if (right < 0) return { x: 0, y: 0, width, height, background };
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1, background };
}

/** The trimmed logo, area-averaged to `width` × `height` with its alpha (premultiplied while averaging). */
function shrinkLogo(image: RgbaImage, trimmed: Trimmed, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height * 4);
  const { data } = image;
  for (let y = 0; y < height; y++) {
    const y0 = trimmed.y + Math.floor((y * trimmed.height) / height);
    const y1 = Math.max(y0 + 1, trimmed.y + Math.floor(((y + 1) * trimmed.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = trimmed.x + Math.floor((x * trimmed.width) / width);
      const x1 = Math.max(x0 + 1, trimmed.x + Math.floor(((x + 1) * trimmed.width) / width));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let count = 0;
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const index = (sy * image.width + sx) * 4;
          const alpha = isLogoPixel(data, index, trimmed.background) ? (data[index + 3] as number) / 255 : 0;
          r += (data[index] as number) * alpha;
          g += (data[index + 1] as number) * alpha;
          b += (data[index + 2] as number) * alpha;
          a += alpha;
          count++;
        }
      }
      const at = (y * width + x) * 4;
      out[at] = r / count;
      out[at + 1] = g / count;
      out[at + 2] = b / count;
      out[at + 3] = a / count;
    }
  }
  return out;
}

/**
 * The logo on a canvas with the descriptor's margin around it, turned `degrees` about its centre,
 * over `background`: an RGBA picture `width` × `height`.
 */
function canvasFor(tile: Float32Array, tileWidth: number, tileHeight: number, width: number, height: number, degrees: number, background: readonly [number, number, number]): { canvas: RgbaImage; coverage: Float32Array } {
  const data = new Uint8ClampedArray(width * height * 4);
  const coverage = new Float32Array(width * height);
  const angle = (degrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const scaleX = tileWidth / (width / (1 + 2 * MARGIN));
  const scaleY = tileHeight / (height / (1 + 2 * MARGIN));
  const sample = (x: number, y: number, channel: number): number => {
    if (x < 0 || y < 0 || x >= tileWidth || y >= tileHeight) return 0;
    return tile[(y * tileWidth + x) * 4 + channel] as number;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - width / 2;
      const dy = y + 0.5 - height / 2;
      // Where this canvas pixel comes from in the upright logo, in tile pixels.
      const tx = (cos * dx + sin * dy) * scaleX + tileWidth / 2 - 0.5;
      const ty = (-sin * dx + cos * dy) * scaleY + tileHeight / 2 - 0.5;
      const x0 = Math.floor(tx);
      const y0 = Math.floor(ty);
      const fx = tx - x0;
      const fy = ty - y0;
      const at = (y * width + x) * 4;
      const weights = [(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy];
      const points = [
        [x0, y0],
        [x0 + 1, y0],
        [x0, y0 + 1],
        [x0 + 1, y0 + 1],
      ] as const;
      let alpha = 0;
      const colour = [0, 0, 0];
      for (let k = 0; k < 4; k++) {
        const [px, py] = points[k] as readonly [number, number];
        const weight = weights[k] as number;
        alpha += sample(px, py, 3) * weight;
        for (let channel = 0; channel < 3; channel++) colour[channel] = (colour[channel] as number) + sample(px, py, channel) * weight;
      }
      for (let channel = 0; channel < 3; channel++) data[at + channel] = (colour[channel] as number) + (background[channel] as number) * (1 - alpha);
      data[at + 3] = 255;
      coverage[y * width + x] = alpha;
    }
  }
  return { canvas: { width, height, data }, coverage };
}

/** The cells of `layout` that the logo covers (at least a tenth of the cell), over a canvas whose whole is the window. */
function careCells(layout: Layout, coverage: Float32Array, width: number, height: number): Uint8Array {
  const covered = new Float64Array(layout.cells);
  const areas = new Float64Array(layout.cells);
  const cellAt = new Int32Array(layout.columns * layout.rows).fill(-1);
  for (let cell = 0; cell < layout.cells; cell++) cellAt[(layout.cellRow[cell] as number) * layout.columns + (layout.cellColumn[cell] as number)] = cell;
  for (let y = 0; y < height; y++) {
    const row = Math.min(layout.rows - 1, Math.floor((y * layout.rows) / height));
    for (let x = 0; x < width; x++) {
      const cell = cellAt[row * layout.columns + Math.min(layout.columns - 1, Math.floor((x * layout.columns) / width))] as number;
      if (cell < 0) continue;
      covered[cell] = (covered[cell] as number) + (coverage[y * width + x] as number);
      areas[cell] = (areas[cell] as number) + 1;
    }
  }
  return Uint8Array.from(covered, (value, cell) => (value >= 0.1 * (areas[cell] as number) ? 1 : 0));
}

/** Fingerprints for one logo image (strings matching /^[0-9a-f]{16,64}$/, the pack schema's Logo.fingerprints). */
export function fingerprintLogo(image: RgbaImage): string[] {
  assertRgba(image);
  const trimmed = trimLogo(image);
  const code = aspectCode(trimmed.width / trimmed.height);
  const aspect = aspectOf(code);
  // The descriptor window at FINGERPRINT_SIZE, drawn at twice that and averaged down.
  const windowScale = FINGERPRINT_SIZE / Math.max(trimmed.width, trimmed.height) / (1 + 2 * MARGIN);
  const logoWidth = Math.max(8, Math.round(trimmed.width * windowScale));
  const logoHeight = Math.max(8, Math.round(trimmed.height * windowScale));
  const width = Math.round(logoWidth * (1 + 2 * MARGIN));
  const height = Math.round(logoHeight * (1 + 2 * MARGIN));
  const tileWidth = Math.min(trimmed.width, logoWidth * 2);
  const tileHeight = Math.min(trimmed.height, logoHeight * 2);
  const tile = shrinkLogo(image, trimmed, tileWidth, tileHeight);
  const backgrounds: Array<readonly [number, number, number]> = trimmed.background ? [trimmed.background] : [
    [255, 255, 255],
    [0, 0, 0],
  ];
  const coarse = layoutFor(aspect, 'coarse');
  const fine = layoutFor(aspect, 'fine');
  const scratch = createScratch();
  const windowScratch = createWindowScratch();
  const bits = new Uint32Array(MAX_WORDS);
  const found: string[] = [];
  const seen = new Set<string>();
  TURNS.forEach((degrees, turnIndex) => {
    let care: Uint8Array | null = null;
    backgrounds.forEach((background, backgroundIndex) => {
      const { canvas, coverage } = canvasFor(tile, tileWidth, tileHeight, width * 2, height * 2, degrees, background);
      if (!care) {
        care = careCells(fine, coverage, width * 2, height * 2);
        const maskBits = new Uint32Array(MAX_WORDS);
        care.forEach((flag, cell) => {
          if (flag) maskBits[cell >>> 5] = (maskBits[cell >>> 5] as number) | (1 << (cell & 31));
        });
        found.push(...encodeFingerprint('mask', turnIndex, code, maskBits, fine.cells));
      }
      (['colour', 'luma'] as const satisfies readonly GradientMode[]).forEach((mode, modeIndex) => {
        const maps = gradientMaps(canvas, width, height, 0, mode, scratch);
        const variant = modeIndex + turnIndex * 2 + backgroundIndex * 8;
        const strings: string[] = [];
        // The window is the whole canvas, margin and all, as the scan places it around a logo.
        readWindow(maps, coarse, 0, 0, width, height, windowScratch);
        if (hashValues(coarse, windowScratch, null, bits) < 0) return;
        strings.push(...encodeFingerprint('coarse', variant, code, bits, coarse.bits));
        readWindow(maps, fine, 0, 0, width, height, windowScratch);
        if (hashValues(fine, windowScratch, care, bits) < 0) return;
        strings.push(...encodeFingerprint('fine', variant, code, bits, fine.bits));
        const key = strings.map((text) => text.slice(5)).join('');
        if (seen.has(key)) return;
        seen.add(key);
        found.push(...strings);
      });
    });
  });
  return found;
}
