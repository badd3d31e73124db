import { ORIENTATIONS, type GradientMaps } from './gradient-maps.js';

/**
 * The descriptor of a rectangle of a picture: a grid of cells over it and, per cell, the gradient
 * energy in each of the four orientations. As a hash, each number becomes one bit: is this cell's
 * energy in this orientation above the rectangle's average for the orientation? (Averaging per
 * orientation keeps the hash from merely saying that most pictures have more upright and level
 * edges than slanting ones.)
 *
 * Two grids: a coarse one (about 8 × 8, 240 bits) that tolerates a window a little off the logo,
 * for the search, where a window's hash is compared with a fingerprint's bit for bit; and a fine
 * one (about 16 × 16, 1,024 bits) that tells one shield or one wordmark from another, for checking
 * the best windows, where the window's energies themselves are correlated with the fingerprint's
 * bits. Both follow the logo's shape, so a wide wordmark gets more columns than rows. The coarse
 * grid leaves out its four corner cells, which a small rotation moves most.
 */

export type Grain = 'coarse' | 'fine';

/** The margin around a logo inside its descriptor window, as a fraction of the logo's width and height. */
export const MARGIN = 1 / 14;
/** Bits in one fingerprint string's payload for each grain. */
export const CHUNK_BITS: Record<Grain, number> = { coarse: 240, fine: 236 };
/** The most bits a layout has (the fine grid's up to 290 cells). */
export const MAX_BITS = 1160;
export const MAX_WORDS = Math.ceil(MAX_BITS / 32);

export interface Layout {
  readonly columns: number;
  readonly rows: number;
  /** Per cell: its column and row. */
  readonly cellColumn: Uint8Array;
  readonly cellRow: Uint8Array;
  readonly cells: number;
  readonly bits: number;
  readonly words: number;
}

const layouts = new Map<string, Layout>();

/** The grid for a logo of `aspect` (width / height). */
export function layoutFor(aspect: number, grain: Grain): Layout {
  const target = grain === 'coarse' ? 64 : 256;
  const columns = Math.min(grain === 'coarse' ? 20 : 40, Math.max(grain === 'coarse' ? 3 : 6, Math.round(Math.sqrt(target * aspect))));
  let rows = Math.min(grain === 'coarse' ? 20 : 40, Math.max(grain === 'coarse' ? 3 : 6, Math.round(Math.sqrt(target / aspect))));
  const skipCorners = grain === 'coarse';
  const limit = grain === 'coarse' ? 60 : 290;
  while (rows > 3 && columns * rows - (skipCorners ? 4 : 0) > limit) rows--;
  const key = `${grain}:${columns}x${rows}`;
  const known = layouts.get(key);
  if (known) return known;
  const cellColumn: number[] = [];
  const cellRow: number[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const isCorner = (row === 0 || row === rows - 1) && (column === 0 || column === columns - 1);
      if (skipCorners && isCorner) continue;
      cellColumn.push(column);
      cellRow.push(row);
    }
  }
  const cells = cellColumn.length;
  const layout: Layout = { columns, rows, cellColumn: Uint8Array.from(cellColumn), cellRow: Uint8Array.from(cellRow), cells, bits: cells * ORIENTATIONS, words: Math.ceil((cells * ORIENTATIONS) / 32) };
  layouts.set(key, layout);
  return layout;
}

/** Scratch space for reading windows. */
export interface WindowScratch {
  readonly values: Float32Array;
  /** Per cell, set by readWindow: whether at least half of it lies inside the picture. */
  readonly inside: Uint8Array;
  readonly columnEdges: Int32Array;
  readonly rowEdges: Int32Array;
  readonly binTotals: Float64Array;
  /** The integral images at a grid's corners. */
  readonly corners: Float64Array;
}

export function createWindowScratch(): WindowScratch {
  return { values: new Float32Array(MAX_BITS), inside: new Uint8Array(MAX_BITS / ORIENTATIONS), columnEdges: new Int32Array(64), rowEdges: new Int32Array(64), binTotals: new Float64Array(ORIENTATIONS), corners: new Float64Array(64 * 64 * ORIENTATIONS) };
}

/**
 * Reads the energies of the window at (x, y), `width` × `height` working pixels (it may reach into
 * the blank border), into `scratch.values`, one per cell and orientation. Returns their total.
 */
export function readWindow(maps: GradientMaps, layout: Layout, x: number, y: number, width: number, height: number, scratch: WindowScratch): number {
  const { pad, stride, integral } = maps;
  const { values, columnEdges, rowEdges, inside, corners } = scratch;
  const maxColumn = stride - 1;
  const maxRow = maps.height + 2 * pad;
  const { columns, rows, cells, cellColumn, cellRow } = layout;
  for (let i = 0; i <= columns; i++) columnEdges[i] = Math.min(maxColumn, Math.max(0, Math.round(x + (width * i) / columns) + pad)) * ORIENTATIONS;
  for (let i = 0; i <= rows; i++) rowEdges[i] = Math.min(maxRow, Math.max(0, Math.round(y + (height * i) / rows) + pad)) * stride * ORIENTATIONS;
  // Each grid corner once, shared by the cells around it.
  const cornerStride = (columns + 1) * ORIENTATIONS;
  for (let row = 0; row <= rows; row++) {
    const base = rowEdges[row] as number;
    let at = row * cornerStride;
    for (let column = 0; column <= columns; column++, at += ORIENTATIONS) {
      const from = base + (columnEdges[column] as number);
      corners[at] = integral[from] as number;
      corners[at + 1] = integral[from + 1] as number;
      corners[at + 2] = integral[from + 2] as number;
      corners[at + 3] = integral[from + 3] as number;
    }
  }
  let total = 0;
  for (let cell = 0; cell < cells; cell++) {
    const column = cellColumn[cell] as number;
    const row = cellRow[cell] as number;
    const a = row * cornerStride + column * ORIENTATIONS;
    const b = a + ORIENTATIONS;
    const c = a + cornerStride;
    const d = c + ORIENTATIONS;
    const out = cell * ORIENTATIONS;
    for (let bin = 0; bin < ORIENTATIONS; bin++) {
      const value = (corners[d + bin] as number) - (corners[b + bin] as number) - (corners[c + bin] as number) + (corners[a + bin] as number);
      values[out + bin] = value;
      total += value;
    }
    const centreX = x + (width * (column + 0.5)) / columns;
    const centreY = y + (height * (row + 0.5)) / rows;
    inside[cell] = centreX >= 0 && centreY >= 0 && centreX <= maps.width && centreY <= maps.height ? 1 : 0;
  }
  return total;
}

/**
 * Hashes the values read by readWindow into `bits` (cleared first): per cell and orientation, is
 * the energy above the average for that orientation? With `care` (one flag per cell), only the
 * cells the logo covers count, and the others' bits stay 0. Returns the number of bits set, or -1
 * when the cells hold no edges at all.
 */
export function hashValues(layout: Layout, scratch: WindowScratch, care: Uint8Array | null, bits: Uint32Array): number {
  const { values, binTotals } = scratch;
  const { cells, words } = layout;
  binTotals.fill(0);
  let counted = 0;
  for (let cell = 0; cell < cells; cell++) {
    if (care && !care[cell]) continue;
    counted++;
    const at = cell * ORIENTATIONS;
    for (let bin = 0; bin < ORIENTATIONS; bin++) binTotals[bin] = (binTotals[bin] as number) + (values[at + bin] as number);
  }
  for (let word = 0; word < words; word++) bits[word] = 0;
  if ((binTotals[0] as number) + (binTotals[1] as number) + (binTotals[2] as number) + (binTotals[3] as number) <= 1e-9 || counted === 0) return -1;
  for (let bin = 0; bin < ORIENTATIONS; bin++) binTotals[bin] = (binTotals[bin] as number) / counted;
  let count = 0;
  for (let cell = 0; cell < cells; cell++) {
    if (care && !care[cell]) continue;
    const at = cell * ORIENTATIONS;
    for (let bin = 0; bin < ORIENTATIONS; bin++) {
      if ((values[at + bin] as number) > (binTotals[bin] as number)) {
        const index = at + bin;
        bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
        count++;
      }
    }
  }
  return count;
}

/**
 * readWindow then hashValues over every cell, in one pass (the search's inner loop). Each grid
 * corner is read once and shared by the cells around it.
 */
export function hashWindow(maps: GradientMaps, layout: Layout, x: number, y: number, width: number, height: number, scratch: WindowScratch, bits: Uint32Array): number {
  const { pad, stride, integral } = maps;
  const { values, columnEdges, rowEdges, corners } = scratch;
  const maxColumn = stride - 1;
  const maxRow = maps.height + 2 * pad;
  const { columns, rows, cells, cellColumn, cellRow, words } = layout;
  for (let i = 0; i <= columns; i++) columnEdges[i] = Math.min(maxColumn, Math.max(0, Math.round(x + (width * i) / columns) + pad)) * ORIENTATIONS;
  for (let i = 0; i <= rows; i++) rowEdges[i] = Math.min(maxRow, Math.max(0, Math.round(y + (height * i) / rows) + pad)) * stride * ORIENTATIONS;
  // corners[(row * (columns + 1) + column) * 4 + bin]: the integral image at each grid corner.
  const cornerStride = (columns + 1) * ORIENTATIONS;
  for (let row = 0; row <= rows; row++) {
    const base = rowEdges[row] as number;
    let at = row * cornerStride;
    for (let column = 0; column <= columns; column++, at += 4) {
      const from = base + (columnEdges[column] as number);
      corners[at] = integral[from] as number;
      corners[at + 1] = integral[from + 1] as number;
      corners[at + 2] = integral[from + 2] as number;
      corners[at + 3] = integral[from + 3] as number;
    }
  }
  let total0 = 0;
  let total1 = 0;
  let total2 = 0;
  let total3 = 0;
  for (let cell = 0; cell < cells; cell++) {
    const a = (cellRow[cell] as number) * cornerStride + (cellColumn[cell] as number) * ORIENTATIONS;
    const b = a + ORIENTATIONS;
    const c = a + cornerStride;
    const d = c + ORIENTATIONS;
    const v0 = (corners[d] as number) - (corners[b] as number) - (corners[c] as number) + (corners[a] as number);
    const v1 = (corners[d + 1] as number) - (corners[b + 1] as number) - (corners[c + 1] as number) + (corners[a + 1] as number);
    const v2 = (corners[d + 2] as number) - (corners[b + 2] as number) - (corners[c + 2] as number) + (corners[a + 2] as number);
    const v3 = (corners[d + 3] as number) - (corners[b + 3] as number) - (corners[c + 3] as number) + (corners[a + 3] as number);
    const out = cell * ORIENTATIONS;
    // Scaled by the cell count, so "above the average" is "above the total".
    values[out] = v0 * cells;
    values[out + 1] = v1 * cells;
    values[out + 2] = v2 * cells;
    values[out + 3] = v3 * cells;
    total0 += v0;
    total1 += v1;
    total2 += v2;
    total3 += v3;
  }
  if (total0 + total1 + total2 + total3 <= 1e-9) return -1;
  let count = 0;
  const n = cells * ORIENTATIONS;
  for (let word = 0; word < words; word++) {
    let value = 0;
    const first = word * 32;
    const last = Math.min(first + 32, n);
    for (let i = first; i < last; i += 4) {
      // Comparisons as numbers, not branches: the outcomes are unpredictable.
      const nibble =
        Number((values[i] as number) > total0) |
        (Number((values[i + 1] as number) > total1) << 1) |
        (Number((values[i + 2] as number) > total2) << 2) |
        (Number((values[i + 3] as number) > total3) << 3);
      value |= nibble << (i - first);
    }
    bits[word] = value;
    count += popcount(value);
  }
  return count;
}

/**
 * How well the values read by readWindow agree with a fingerprint's bits, over the cells in
 * `care` (or all): the correlation (point-biserial) between each value, relative to the average
 * of its orientation, and the bit. A faint edge near the average counts for little either way,
 * where a hash of the window would have had to call it one way or the other. Cells outside the
 * picture (a logo cropped by its edge) are left out: they hold no evidence either way.
 */
export function correlate(layout: Layout, scratch: WindowScratch, care: Uint8Array | null, bits: Uint32Array): number {
  const { values, binTotals, inside } = scratch;
  const { cells } = layout;
  binTotals.fill(0);
  let counted = 0;
  for (let cell = 0; cell < cells; cell++) {
    if ((care && !care[cell]) || !inside[cell]) continue;
    counted++;
    const at = cell * ORIENTATIONS;
    for (let bin = 0; bin < ORIENTATIONS; bin++) binTotals[bin] = (binTotals[bin] as number) + (values[at + bin] as number);
  }
  if (counted === 0) return 0;
  const scale0 = (binTotals[0] as number) > 1e-9 ? counted / (binTotals[0] as number) : 0;
  const scale1 = (binTotals[1] as number) > 1e-9 ? counted / (binTotals[1] as number) : 0;
  const scale2 = (binTotals[2] as number) > 1e-9 ? counted / (binTotals[2] as number) : 0;
  const scale3 = (binTotals[3] as number) > 1e-9 ? counted / (binTotals[3] as number) : 0;
  let sum = 0;
  let squares = 0;
  let onBits = 0;
  let setCount = 0;
  for (let cell = 0; cell < cells; cell++) {
    if ((care && !care[cell]) || !inside[cell]) continue;
    const at = cell * ORIENTATIONS;
    const word = bits[at >>> 5] as number;
    const shift = at & 31;
    const x0 = (values[at] as number) * scale0;
    const x1 = (values[at + 1] as number) * scale1;
    const x2 = (values[at + 2] as number) * scale2;
    const x3 = (values[at + 3] as number) * scale3;
    sum += x0 + x1 + x2 + x3;
    squares += x0 * x0 + x1 * x1 + x2 * x2 + x3 * x3;
    if ((word >>> shift) & 1) {
      onBits += x0;
      setCount++;
    }
    if ((word >>> (shift + 1)) & 1) {
      onBits += x1;
      setCount++;
    }
    if ((word >>> (shift + 2)) & 1) {
      onBits += x2;
      setCount++;
    }
    if ((word >>> (shift + 3)) & 1) {
      onBits += x3;
      setCount++;
    }
  }
  const n = counted * ORIENTATIONS;
  const mean = sum / n;
  const spread = squares - n * mean * mean;
  const share = setCount / n;
  if (spread <= 1e-12 || setCount === 0 || setCount === n) return 0;
  // Pearson's r between x and the 0/1 bits.
  return (onBits - setCount * mean) / Math.sqrt(spread * n * share * (1 - share));
}

export function popcount(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
