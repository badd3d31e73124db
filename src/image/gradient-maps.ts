import type { RgbaImage } from './rgba-image.js';

/**
 * Oriented gradient energy of a picture, resampled to a small working size, as integral images
 * (one per orientation) so that the energy inside any rectangle costs four look-ups.
 *
 * Per pixel the gradient is taken on the colour channel where it is strongest (Dalal and Triggs'
 * HOG), so an edge between two colours counts even when they are equally bright; its direction
 * is folded into [0°, 180°), which makes a light-on-dark logo look the same as dark-on-light; and
 * its strength is compressed (m / (m + k)), so a faint edge and a strong one count nearly alike
 * once they stand clear of noise. Together these make the maps stable under recolouring,
 * inversion, greyscale and re-compression, while still tracing the logo's shapes.
 */

/** Orientation bins across 180°: 0°, 45°, 90° and 135°, each pixel split between the two nearest. */
export const ORIENTATIONS = 4;

/** Half-saturation of the compressed gradient strength (on 0–1 intensities, central differences). */
const SATURATION = 0.04;

export interface GradientMaps {
  /** Working size, in pixels. */
  readonly width: number;
  readonly height: number;
  /** Blank border (no energy) around the picture in the integral images, in working pixels. */
  readonly pad: number;
  /** Row length of the integral images: width + 2 * pad + 1. */
  readonly stride: number;
  /**
   * ORIENTATIONS integral images, interleaved: entry (y * stride + x) * ORIENTATIONS + bin. Single
   * precision: half the memory of doubles (the search is bound by reading it), and a cell's sum is
   * still exact to a few hundredths.
   */
  readonly integral: Float32Array;
}

export type GradientMode = 'colour' | 'luma';

/** Reusable buffers, so a scan allocates once per size rather than per call. */
export interface GradientScratch {
  rgb: Float32Array;
  integral: Float32Array;
  row: Float64Array;
}

export function createScratch(): GradientScratch {
  return { rgb: new Float32Array(0), integral: new Float32Array(0), row: new Float64Array(0) };
}

/** The working size for a picture: its longer side becomes `longSide` (up or down). */
export function workingSize(width: number, height: number, longSide: number): { width: number; height: number } {
  const scale = longSide / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Area-averages (or, when enlarging, bilinearly samples) the picture into `out` as planar R, G,
 * B in 0–1, over white where it is transparent. Large reductions read every second or third
 * pixel of each box, which is plenty for an average and cuts the cost on a 12 MP photo by 9.
 */
export function resampleRgb(image: RgbaImage, width: number, height: number, out: Float32Array): void {
  const { data } = image;
  const sourceWidth = image.width;
  const sourceHeight = image.height;
  const plane = width * height;
  if (sourceWidth >= width && sourceHeight >= height) {
    const stepX = sourceWidth / width >= 9 ? 3 : sourceWidth / width >= 5 ? 2 : 1;
    const stepY = sourceHeight / height >= 9 ? 3 : sourceHeight / height >= 5 ? 2 : 1;
    for (let y = 0; y < height; y++) {
      const y0 = Math.floor((y * sourceHeight) / height);
      const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sourceHeight) / height));
      for (let x = 0; x < width; x++) {
        const x0 = Math.floor((x * sourceWidth) / width);
        const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sourceWidth) / width));
        let r = 0;
        let g = 0;
        let b = 0;
        let count = 0;
        for (let sy = y0; sy < y1; sy += stepY) {
          let index = (sy * sourceWidth + x0) * 4;
          for (let sx = x0; sx < x1; sx += stepX, index += 4 * stepX) {
            const alpha = data[index + 3] as number;
            if (alpha === 255) {
              r += data[index] as number;
              g += data[index + 1] as number;
              b += data[index + 2] as number;
            } else {
              const white = 255 - alpha;
              r += ((data[index] as number) * alpha) / 255 + white;
              g += ((data[index + 1] as number) * alpha) / 255 + white;
              b += ((data[index + 2] as number) * alpha) / 255 + white;
            }
            count++;
          }
        }
        const scale = 1 / (255 * count);
        const at = y * width + x;
        out[at] = r * scale;
        out[plane + at] = g * scale;
        out[2 * plane + at] = b * scale;
      }
    }
    return;
  }
  for (let y = 0; y < height; y++) {
    const sy = Math.min(sourceHeight - 1, Math.max(0, ((y + 0.5) * sourceHeight) / height - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(sourceHeight - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(sourceWidth - 1, Math.max(0, ((x + 0.5) * sourceWidth) / width - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(sourceWidth - 1, x0 + 1);
      const fx = sx - x0;
      const at = y * width + x;
      for (let channel = 0; channel < 3; channel++) {
        const sample = (px: number, py: number): number => {
          const index = (py * sourceWidth + px) * 4;
          const alpha = data[index + 3] as number;
          return ((data[index + channel] as number) * alpha) / 255 + 255 - alpha;
        };
        const top = sample(x0, y0) * (1 - fx) + sample(x1, y0) * fx;
        const bottom = sample(x0, y1) * (1 - fx) + sample(x1, y1) * fx;
        out[channel * plane + at] = (top * (1 - fy) + bottom * fy) / 255;
      }
    }
  }
}

/**
 * The oriented gradient maps of a picture resampled to `width` × `height`, with a blank border of
 * `pad` working pixels. `mode: 'luma'` takes the gradient of brightness alone (as a greyscale
 * copy would show it) rather than of the strongest colour channel.
 */
export function gradientMaps(image: RgbaImage, width: number, height: number, pad: number, mode: GradientMode, scratch: GradientScratch = createScratch()): GradientMaps {
  const plane = width * height;
  if (scratch.rgb.length < plane * 3) scratch.rgb = new Float32Array(plane * 3);
  const rgb = scratch.rgb;
  resampleRgb(image, width, height, rgb);
  if (mode === 'luma') {
    for (let i = 0; i < plane; i++) {
      const luma = 0.299 * (rgb[i] as number) + 0.587 * (rgb[plane + i] as number) + 0.114 * (rgb[2 * plane + i] as number);
      rgb[i] = luma;
      rgb[plane + i] = luma;
      rgb[2 * plane + i] = luma;
    }
  }
  const stride = width + 2 * pad + 1;
  const rows = height + 2 * pad + 1;
  const size = stride * rows * ORIENTATIONS;
  if (scratch.integral.length < size) scratch.integral = new Float32Array(size);
  const integral = scratch.integral;
  integral.fill(0, 0, size);
  const channels = mode === 'luma' ? 1 : 3;
  const binWidth = Math.PI / ORIENTATIONS;
  // Rows above the picture stay zero; each picture row adds its energies to the row above.
  for (let y = 0; y < height; y++) {
    const up = y > 0 ? y - 1 : 0;
    const down = y < height - 1 ? y + 1 : height - 1;
    const rowBase = ((pad + y + 1) * stride + pad + 1) * ORIENTATIONS;
    const aboveBase = rowBase - stride * ORIENTATIONS;
    let run0 = 0;
    let run1 = 0;
    let run2 = 0;
    let run3 = 0;
    for (let x = 0; x < width; x++) {
      const left = x > 0 ? x - 1 : 0;
      const right = x < width - 1 ? x + 1 : width - 1;
      let bestDx = 0;
      let bestDy = 0;
      let best = -1;
      for (let channel = 0; channel < channels; channel++) {
        const offset = channel * plane;
        const dx = ((rgb[offset + y * width + right] as number) - (rgb[offset + y * width + left] as number)) * 0.5;
        const dy = ((rgb[offset + down * width + x] as number) - (rgb[offset + up * width + x] as number)) * 0.5;
        const strength = dx * dx + dy * dy;
        if (strength > best) {
          best = strength;
          bestDx = dx;
          bestDy = dy;
        }
      }
      const magnitude = Math.sqrt(best);
      const energy = magnitude / (magnitude + SATURATION);
      let angle = Math.atan2(bestDy, bestDx);
      if (angle < 0) angle += Math.PI;
      const position = angle / binWidth;
      const lower = Math.floor(position) % ORIENTATIONS;
      const fraction = position - Math.floor(position);
      const upper = (lower + 1) % ORIENTATIONS;
      const toLower = energy * (1 - fraction);
      const toUpper = energy * fraction;
      if (lower === 0) run0 += toLower;
      else if (lower === 1) run1 += toLower;
      else if (lower === 2) run2 += toLower;
      else run3 += toLower;
      if (upper === 0) run0 += toUpper;
      else if (upper === 1) run1 += toUpper;
      else if (upper === 2) run2 += toUpper;
      else run3 += toUpper;
      const at = rowBase + x * ORIENTATIONS;
      const above = aboveBase + x * ORIENTATIONS;
      integral[at] = (integral[above] as number) + run0;
      integral[at + 1] = (integral[above + 1] as number) + run1;
      integral[at + 2] = (integral[above + 2] as number) + run2;
      integral[at + 3] = (integral[above + 3] as number) + run3;
    }
    // Columns right of the picture carry the row's total along.
    const lastAt = rowBase + (width - 1) * ORIENTATIONS;
    for (let x = width; x < width + pad; x++) {
      const at = rowBase + x * ORIENTATIONS;
      for (let bin = 0; bin < ORIENTATIONS; bin++) integral[at + bin] = integral[lastAt + bin] as number;
    }
  }
  // Rows below the picture repeat the last row.
  const lastRow = (pad + height) * stride * ORIENTATIONS;
  for (let y = pad + height + 1; y < rows; y++) integral.copyWithin(y * stride * ORIENTATIONS, lastRow, lastRow + stride * ORIENTATIONS);
  return { width, height, pad, stride, integral };
}
