import { createScratch, gradientMaps, workingSize, type GradientMaps, type GradientScratch } from './gradient-maps.js';
import { CHUNK_BITS, correlate, createWindowScratch, hashWindow, layoutFor, MARGIN, MAX_WORDS, popcount, readWindow, type Layout, type WindowScratch } from './logo-descriptor.js';
import { aspectOf, decodeFingerprint, turnOf } from './logo-fingerprint.js';
import { assertRgba, type RgbaImage } from './rgba-image.js';

/**
 * Finds a pack's logos in a picture, in two stages over the picture's oriented-gradient maps:
 * 1. search: every position and size of a window with the logo's shape (sizes from MIN_AREA of
 *    the picture to the whole of it, a little past its edges for a cropped logo), each window's
 *    coarse hash compared with the coarse fingerprints of the logos of that shape;
 * 2. check: the few best windows per logo are nudged (position and size) to where the fine hash,
 *    over the cells the logo covers, agrees best with the logo's fine fingerprints. That agreement
 *    (a correlation, 0 for unrelated pictures) is the match's score.
 */

export interface LogoIndex {
  /** The number of logos. */
  readonly size: number;
}

export interface LogoScanMatch {
  logo: string;
  /** Where the logo is, as fractions of the picture's width and height. */
  box: { x: number; y: number; width: number; height: number };
  /** How closely it matched, 0–1. */
  score: number;
}

export interface ScanOptions {
  /** Report a logo whose best window scores at least this (default MATCH_THRESHOLD). */
  readonly minScore?: number;
}

/** The fine agreement a window needs to count as the logo (chosen on the tuning logos of `npm run eval:images`). */
export const MATCH_THRESHOLD = 0.63;
/** The picture's longer side while scanning, in working pixels. */
const SCAN_SIZE = 320;
/** The smallest logo looked for, as a fraction of the picture's area (the target is 15%). */
const MIN_AREA = 0.1;
/** Each size step of the search moves the window's edges by about this many cells of its coarse grid (in all, one cell). */
const SCALE_CELLS = 1;
/** Each position step of the search: about half a coarse cell, and never more than a 14th of the logo's width or height. */
const STEP_CELLS = 0.55;
const POSITION_STEP = 1 / 14;
/** How far a logo may run off the edge of the picture (a cropped logo), as a fraction of its size. */
const OVERHANG = 0.08;
/** Logos whose shapes differ by less than this factor share one search. */
const SHAPE_TOLERANCE = 1.1;
/** A search window below this coarse agreement is not worth checking. */
const CANDIDATE_MIN = 0.25;
/** Windows kept per logo from the search, and how many distinct ones are checked. */
const KEPT = 24;
const CHECKED = 5;

interface FinePrint {
  readonly layout: Layout;
  readonly bits: Uint32Array;
  /** The cells the logo covers (compared); the others are left out. */
  readonly care: Uint8Array | null;
  /** The logo in parts (see partsFor), each with its cells and weight. */
  readonly parts: readonly Uint8Array[];
  readonly partWeights: Float64Array;
  /** Whether the parts are bands across a wide or tall logo (which may shift), and whether those bands are columns. */
  readonly areBands: boolean;
  readonly bandsAreColumns: boolean;
  /** The logo's own width-to-height ratio (its search may have used its group's). */
  readonly aspect: number;
}

/**
 * The logo in parts: bands across a wide (or tall) logo, one per unit of its width (or height),
 * and otherwise a grid of parts of about PART_CELLS × PART_CELLS cells.
 */
function partsFor(layout: Layout, care: Uint8Array | null): { parts: Uint8Array[]; weights: Float64Array; columns: boolean; bands: boolean } {
  const aspect = layout.columns / layout.rows;
  const isWide = aspect >= 2 || aspect <= 0.5;
  const columns = aspect >= 1;
  let across: number;
  let down: number;
  if (isWide) {
    const count = Math.min(6, Math.round(columns ? aspect : 1 / aspect));
    across = columns ? count : 1;
    down = columns ? 1 : count;
  } else {
    across = Math.max(1, Math.round(layout.columns / PART_CELLS));
    down = Math.max(1, Math.round(layout.rows / PART_CELLS));
  }
  if (across * down < 2) return { parts: [], weights: new Float64Array(0), columns, bands: false };
  const parts: Uint8Array[] = [];
  for (let row = 0; row < down; row++) {
    for (let column = 0; column < across; column++) {
      parts.push(
        Uint8Array.from({ length: layout.cells }, (_, cell) => {
          const inColumn = Math.min(across - 1, Math.floor(((layout.cellColumn[cell] as number) / layout.columns) * across)) === column;
          const inRow = Math.min(down - 1, Math.floor(((layout.cellRow[cell] as number) / layout.rows) * down)) === row;
          return (!care || care[cell]) && inColumn && inRow ? 1 : 0;
        }),
      );
    }
  }
  // A part with few cells the logo covers says little: it counts for nothing.
  const weights = Float64Array.from(parts, (part) => {
    const cells = part.reduce((sum, flag) => sum + flag, 0);
    return cells >= 6 ? cells : 0;
  });
  return { parts, weights, columns: isWide ? columns : true, bands: isWide };
}

interface ShapeGroup {
  readonly aspect: number;
  readonly layout: Layout;
  /** Coarse fingerprints, `layout.words` apart, with only the bits of the cells the logo covers. */
  readonly bits: Uint32Array;
  readonly counts: Int32Array;
  /** Per fingerprint, the bits of the cells the logo covers, and how many there are. */
  readonly care: Uint32Array;
  readonly compared: Int32Array;
  readonly logos: Int32Array;
  readonly turns: Int32Array;
}

interface CompiledIndex extends LogoIndex {
  readonly names: readonly string[];
  readonly groups: readonly ShapeGroup[];
  /** Per logo, per turn, its fine fingerprints. */
  readonly fine: ReadonlyArray<ReadonlyArray<readonly FinePrint[]>>;
}

interface Parts {
  aspectCode: number;
  chunks: Uint32Array[];
}

/** The first `count` bits of a fingerprint's parts, or null when a part is missing. */
function joinParts(parts: Parts | undefined, count: number): Uint32Array | null {
  if (!parts) return null;
  const bits = new Uint32Array(MAX_WORDS);
  for (let bit = 0; bit < count; bit++) {
    const chunk = parts.chunks[Math.floor(bit / CHUNK_BITS.fine)];
    if (!chunk) return null;
    const at = bit % CHUNK_BITS.fine;
    if (((chunk[at >>> 5] as number) >>> (at & 31)) & 1) bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return bits;
}

function countBits(bits: Uint32Array, words: number): number {
  let count = 0;
  for (let word = 0; word < words; word++) count += popcount(bits[word] as number);
  return count;
}

interface CoarsePrint {
  readonly logo: number;
  readonly turn: number;
  readonly aspectCode: number;
  readonly layout: Layout;
  readonly bits: Uint32Array;
}

/** Reads the logos' fingerprints once per pack; fingerprints of an unknown format are skipped. */
export function compileLogos(logos: ReadonlyArray<{ name: string; fingerprints: readonly string[] }>): LogoIndex {
  const coarse: CoarsePrint[] = [];
  const fine: FinePrint[][][] = logos.map(() => []);
  logos.forEach((logo, index) => {
    const hashes = new Map<number, Parts>();
    const masks = new Map<number, Parts>();
    for (const text of logo.fingerprints) {
      const decoded = decodeFingerprint(text);
      if (!decoded) continue;
      if (decoded.kind === 'coarse') {
        // The search compares colour versions only; every version is checked in the second stage.
        if (decoded.variant % 2 === 1) continue;
        coarse.push({ logo: index, turn: turnOf(decoded.variant), aspectCode: decoded.aspectCode, layout: layoutFor(aspectOf(decoded.aspectCode), 'coarse'), bits: decoded.bits });
        continue;
      }
      const store = decoded.kind === 'fine' ? hashes : masks;
      const entry = store.get(decoded.variant) ?? { aspectCode: decoded.aspectCode, chunks: [] };
      entry.chunks[decoded.part] = decoded.bits;
      store.set(decoded.variant, entry);
    }
    const byTurn = fine[index] as FinePrint[][];
    for (const [variant, parts] of hashes) {
      const layout = layoutFor(aspectOf(parts.aspectCode), 'fine');
      const bits = joinParts(parts, layout.bits);
      if (!bits) continue;
      const turn = turnOf(variant);
      const mask = masks.get(turn);
      const maskBits = mask && mask.aspectCode === parts.aspectCode ? joinParts(mask, layout.cells) : null;
      const care = maskBits ? Uint8Array.from({ length: layout.cells }, (_, cell) => ((maskBits[cell >>> 5] as number) >>> (cell & 31)) & 1) : null;
      // A logo covering fewer than 16 of its own cells (a thin line) cannot be told apart from anything.
      if (care && care.reduce((sum, flag) => sum + flag, 0) < 16) continue;
      const bands = partsFor(layout, care);
      (byTurn[turn] ??= []).push({ layout, bits, care, parts: bands.parts, partWeights: bands.weights, areBands: bands.bands, bandsAreColumns: bands.columns, aspect: aspectOf(parts.aspectCode) });
    }
  });
  // One search per coarse grid and run of similar shapes, for the logos that can be checked.
  const usable = coarse.filter((print) => (fine[print.logo]?.[print.turn]?.length ?? 0) > 0);
  usable.sort((a, b) => a.layout.columns - b.layout.columns || a.layout.rows - b.layout.rows || a.aspectCode - b.aspectCode);
  const groups: ShapeGroup[] = [];
  const maxSpan = Math.round(32 * Math.log2(SHAPE_TOLERANCE));
  for (let start = 0; start < usable.length; ) {
    const first = usable[start] as CoarsePrint;
    let end = start + 1;
    while (end < usable.length && usable[end]?.layout === first.layout && (usable[end] as CoarsePrint).aspectCode - first.aspectCode <= maxSpan) end++;
    const members = usable.slice(start, end);
    start = end;
    const { words } = first.layout;
    const bits = new Uint32Array(members.length * words);
    const care = new Uint32Array(members.length * words);
    const counts = new Int32Array(members.length);
    const compared = new Int32Array(members.length);
    members.forEach((print, i) => {
      const mask = coarseCare(first.layout, (fine[print.logo]?.[print.turn]?.[0] as FinePrint).layout, fine[print.logo]?.[print.turn]?.[0]?.care ?? null);
      for (let word = 0; word < words; word++) {
        care[i * words + word] = mask[word] as number;
        bits[i * words + word] = (print.bits[word] as number) & (mask[word] as number);
      }
      counts[i] = countBits(bits.subarray(i * words), words);
      compared[i] = countBits(mask, words);
    });
    groups.push({
      aspect: aspectOf(members.reduce((sum, print) => sum + print.aspectCode, 0) / members.length),
      layout: first.layout,
      bits,
      counts,
      care,
      compared,
      logos: Int32Array.from(members, (print) => print.logo),
      turns: Int32Array.from(members, (print) => print.turn),
    });
  }
  const index: CompiledIndex = { size: logos.length, names: logos.map((logo) => logo.name), groups, fine };
  return index;
}

/**
 * The coarse grid's cells that the logo covers, from the fine grid's mask: a coarse cell counts
 * when a quarter or more of it lies over fine cells the logo covers. As hash bits (four per cell).
 */
function coarseCare(coarse: Layout, fine: Layout, fineCare: Uint8Array | null): Uint32Array {
  const mask = new Uint32Array(coarse.words);
  const fineAt = new Int32Array(fine.columns * fine.rows).fill(-1);
  for (let cell = 0; cell < fine.cells; cell++) fineAt[(fine.cellRow[cell] as number) * fine.columns + (fine.cellColumn[cell] as number)] = cell;
  const samples = 8;
  for (let cell = 0; cell < coarse.cells; cell++) {
    let covered = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const x = ((coarse.cellColumn[cell] as number) + (sx + 0.5) / samples) / coarse.columns;
        const y = ((coarse.cellRow[cell] as number) + (sy + 0.5) / samples) / coarse.rows;
        const fineCell = fineAt[Math.min(fine.rows - 1, Math.floor(y * fine.rows)) * fine.columns + Math.min(fine.columns - 1, Math.floor(x * fine.columns))] as number;
        if (fineCell >= 0 && (!fineCare || fineCare[fineCell])) covered++;
      }
    }
    if (covered * 4 < samples * samples) continue;
    for (let bin = 0; bin < 4; bin++) {
      const bit = cell * 4 + bin;
      mask[bit >>> 5] = (mask[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }
  return mask;
}

/** A window: the logo's box in working pixels, how well it agreed, and with which turn of the logo. */
interface Candidate {
  score: number;
  x: number;
  y: number;
  width: number;
  height: number;
  turn: number;
}

/** Keeps the best KEPT windows, weakest first. */
function offer(kept: Candidate[], candidate: Candidate): void {
  if (kept.length === KEPT) kept.shift();
  let at = kept.length;
  while (at > 0 && (kept[at - 1] as Candidate).score > candidate.score) at--;
  kept.splice(at, 0, candidate);
}

function overlap(a: Candidate, b: Candidate): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const shared = width * height;
  return shared / (a.width * a.height + b.width * b.height - shared);
}

interface ScanState {
  readonly maps: GradientMaps;
  readonly window: WindowScratch;
  readonly bits: Uint32Array;
}

/** The fine agreement of the window around the logo box (x, y, width, height) with the given fingerprints. */
function fineScore(state: ScanState, prints: readonly FinePrint[], x: number, y: number, width: number, height: number): number {
  let best = 0;
  let readLayout: Layout | null = null;
  for (const print of prints) {
    if (print.layout !== readLayout) {
      readLayout = print.layout;
      readWindow(state.maps, print.layout, x - width * MARGIN, y - height * MARGIN, width * (1 + 2 * MARGIN), height * (1 + 2 * MARGIN), state.window);
    }
    const score = correlate(print.layout, state.window, print.care, print.bits);
    if (score > best) best = score;
  }
  return best;
}

/** The fingerprints (of any turn, colour or brightness, background) that go through the check per window. */
const PRINTS_REFINED = 2;
/** Parts of a compact logo: about this many fine cells square. */
const PART_CELLS = 8;

const MOVES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [0, 0, 1.02],
  [0, 0, 1 / 1.02],
];

/** The window with the same centre and area in the logo's own shape. */
function reshaped(window: Candidate, aspect: number): Candidate {
  const area = window.width * window.height;
  const width = Math.sqrt(area * aspect);
  const height = area / width;
  return { ...window, x: window.x + (window.width - width) / 2, y: window.y + (window.height - height) / 2, width, height };
}

/** The `count` fingerprints (of any turn) that agree best with the window as the search placed it, at three sizes. */
function likeliest(state: ScanState, prints: readonly FinePrint[], window: Candidate, count: number): FinePrint[] {
  const scores = new Float64Array(prints.length).fill(-1);
  const centreX = window.x + window.width / 2;
  const centreY = window.y + window.height / 2;
  for (const scale of [1 / 1.05, 1, 1.05]) {
    const width = window.width * scale;
    const height = window.height * scale;
    let readLayout: Layout | null = null;
    prints.forEach((print, index) => {
      if (print.layout !== readLayout) {
        readLayout = print.layout;
        readWindow(state.maps, print.layout, centreX - width / 2 - width * MARGIN, centreY - height / 2 - height * MARGIN, width * (1 + 2 * MARGIN), height * (1 + 2 * MARGIN), state.window);
      }
      const score = correlate(print.layout, state.window, print.care, print.bits);
      if (score > (scores[index] as number)) scores[index] = score;
    });
  }
  return prints
    .map((print, index) => ({ print, score: scores[index] as number }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((entry) => entry.print);
}

/** Nudges a window to where the fine hash agrees best: a small grid around it, then steepest ascent. */
function refine(state: ScanState, prints: readonly FinePrint[], start: Candidate): Candidate {
  let best: Candidate = { ...start, score: -1 };
  const centreX = start.x + start.width / 2;
  const centreY = start.y + start.height / 2;
  for (const scale of [1 / 1.05, 1, 1.05]) {
    const width = start.width * scale;
    const height = start.height * scale;
    for (const dy of [-1, 0, 1]) {
      for (const dx of [-1, 0, 1]) {
        const x = centreX - width / 2 + (dx * start.width) / 24;
        const y = centreY - height / 2 + (dy * start.height) / 24;
        const score = fineScore(state, prints, x, y, width, height);
        if (score > best.score) best = { score, x, y, width, height, turn: start.turn };
      }
    }
  }
  for (let round = 0; round < 6; round++) {
    const stepX = best.width / 64;
    const stepY = best.height / 64;
    let next = best;
    for (const [dx, dy, scale] of MOVES) {
      const width = best.width * scale;
      const height = best.height * scale;
      const x = best.x + dx * stepX - (width - best.width) / 2;
      const y = best.y + dy * stepY - (height - best.height) / 2;
      const score = fineScore(state, prints, x, y, width, height);
      if (score > next.score) next = { score, x, y, width, height, turn: start.turn };
    }
    if (next === best) break;
    best = next;
  }
  return best;
}

/**
 * How alike a window's coarse hash is to fingerprint `k` of the group, over the cells the logo
 * covers: the phi coefficient (Pearson's correlation of two binary vectors), 1 for the same hash,
 * about 0 for unrelated ones.
 */
function maskedSimilarity(bits: Uint32Array, group: ShapeGroup, k: number, words: number): number {
  let ownCount = 0;
  let both = 0;
  const offset = k * words;
  for (let word = 0; word < words; word++) {
    const own = (bits[word] as number) & (group.care[offset + word] as number);
    ownCount += popcount(own);
    both += popcount(own & (group.bits[offset + word] as number));
  }
  const n = group.compared[k] as number;
  const theirs = group.counts[k] as number;
  const spread = ownCount * (n - ownCount) * theirs * (n - theirs);
  if (spread <= 0) return 0;
  return (n * both - ownCount * theirs) / Math.sqrt(spread);
}

/**
 * The final score of a window: the agreement of the logo's parts, each compared on its own (so
 * a part is judged by its own edges, not drowned by a long outline elsewhere), weighted by size.
 * The bands of a wide (or tall) logo may each sit up to a cell away from where the window puts
 * them: a logo turned a few degrees, or photographed at a slant, bends away from a straight
 * window at its ends. A logo too small to split keeps the window's own score.
 */
function partScore(state: ScanState, print: FinePrint, window: Candidate): number {
  const { layout, parts, partWeights, bandsAreColumns, areBands } = print;
  if (parts.length === 0) return window.score;
  const best = new Float64Array(parts.length).fill(-1);
  const across = bandsAreColumns ? window.height / layout.rows : window.width / layout.columns;
  const along = bandsAreColumns ? window.width / layout.columns : window.height / layout.rows;
  const reach = areBands ? 2 : 0;
  for (let shiftAcross = -reach; shiftAcross <= reach; shiftAcross++) {
    for (let shiftAlong = -Math.sign(reach); shiftAlong <= Math.sign(reach); shiftAlong++) {
      // Half-cell steps.
      const dx = (bandsAreColumns ? shiftAlong * along : shiftAcross * across) / 2;
      const dy = (bandsAreColumns ? shiftAcross * across : shiftAlong * along) / 2;
      readWindow(state.maps, layout, window.x + dx - window.width * MARGIN, window.y + dy - window.height * MARGIN, window.width * (1 + 2 * MARGIN), window.height * (1 + 2 * MARGIN), state.window);
      parts.forEach((part, index) => {
        if ((partWeights[index] as number) === 0) return;
        const score = correlate(layout, state.window, part, print.bits);
        if (score > (best[index] as number)) best[index] = score;
      });
    }
  }
  let total = 0;
  let weight = 0;
  parts.forEach((_, index) => {
    total += (best[index] as number) * (partWeights[index] as number);
    weight += partWeights[index] as number;
  });
  return weight > 0 ? total / weight : window.score;
}

/** Every window of the search for one shape group, offering the promising ones to `kept`. */
function search(state: ScanState, group: ShapeGroup, kept: Candidate[][]): void {
  const { maps } = state;
  const { width, height } = maps;
  const { layout } = group;
  const fingerprints = group.counts.length;
  const words = layout.words;
  const minArea = MIN_AREA * width * height;
  const maxLogoHeight = Math.min(height, width / group.aspect) * (1 + 2 * OVERHANG);
  // Steps in cells of the grid: a wide logo's many columns need finer steps across and in size.
  const scaleStep = 1 + SCALE_CELLS / Math.max(layout.columns, layout.rows);
  for (let logoHeight = Math.max(layout.rows * 2, Math.sqrt(minArea / group.aspect)); logoHeight <= maxLogoHeight; logoHeight *= scaleStep) {
    const logoWidth = logoHeight * group.aspect;
    if (logoWidth < layout.columns * 2) continue;
    const windowWidth = logoWidth * (1 + 2 * MARGIN);
    const windowHeight = logoHeight * (1 + 2 * MARGIN);
    const stepX = Math.max(1, Math.min((windowWidth / layout.columns) * STEP_CELLS, logoWidth * POSITION_STEP));
    const stepY = Math.max(1, Math.min((windowHeight / layout.rows) * STEP_CELLS, logoHeight * POSITION_STEP));
    const lastX = width - logoWidth * (1 - OVERHANG);
    const lastY = height - logoHeight * (1 - OVERHANG);
    for (let logoY = -logoHeight * OVERHANG; logoY <= lastY; logoY += stepY) {
      for (let logoX = -logoWidth * OVERHANG; logoX <= lastX; logoX += stepX) {
        const count = hashWindow(maps, layout, logoX - logoWidth * MARGIN, logoY - logoHeight * MARGIN, windowWidth, windowHeight, state.window, state.bits);
        if (count <= 0 || count >= layout.bits) continue;
        for (let k = 0; k < fingerprints; k++) {
          const score = maskedSimilarity(state.bits, group, k, words);
          if (score < CANDIDATE_MIN) continue;
          const list = kept[group.logos[k] as number] as Candidate[];
          if (list.length < KEPT || score > (list[0] as Candidate).score) offer(list, { score, x: logoX, y: logoY, width: logoWidth, height: logoHeight, turn: group.turns[k] as number });
        }
      }
    }
  }
}

const scratchFor = new WeakMap<LogoIndex, { gradient: GradientScratch; window: WindowScratch; bits: Uint32Array }>();

/** Scans a decoded image for the pack's logos. Best match per logo, most confident first. Pure: the same picture and index give the same answer. */
export function scanForLogos(image: RgbaImage, index: LogoIndex, options: ScanOptions = {}): LogoScanMatch[] {
  assertRgba(image);
  const compiled = index as CompiledIndex;
  if (!compiled.groups || compiled.groups.length === 0) return [];
  const threshold = options.minScore ?? MATCH_THRESHOLD;
  const { width, height } = workingSize(image.width, image.height, SCAN_SIZE);
  const pad = Math.ceil(Math.max(width, height) * (1 + 2 * OVERHANG) * (MARGIN + OVERHANG) * 1.3) + 4;
  let scratch = scratchFor.get(index);
  if (!scratch) {
    scratch = { gradient: createScratch(), window: createWindowScratch(), bits: new Uint32Array(MAX_WORDS) };
    scratchFor.set(index, scratch);
  }
  const state: ScanState = { maps: gradientMaps(image, width, height, pad, 'colour', scratch.gradient), window: scratch.window, bits: scratch.bits };
  const kept: Candidate[][] = Array.from({ length: compiled.size }, () => []);
  for (const group of compiled.groups) search(state, group, kept);
  const matches: LogoScanMatch[] = [];
  for (let logo = 0; logo < compiled.size; logo++) {
    const chosen: Candidate[] = [];
    for (const candidate of (kept[logo] as Candidate[]).slice().reverse()) {
      if (chosen.length === CHECKED) break;
      if (chosen.every((other) => overlap(other, candidate) < 0.5)) chosen.push(candidate);
    }
    let best: Candidate | null = null;
    const all = (compiled.fine[logo] ?? []).flat();
    for (const found of chosen) {
      const candidate = reshaped(found, all[0]?.aspect ?? found.width / found.height);
      for (const print of likeliest(state, all, candidate, PRINTS_REFINED)) {
        const prints = [print];
        const refined = refine(state, prints, candidate);
        refined.score = Math.max(refined.score, partScore(state, print, refined));
        if (!best || refined.score > best.score) best = refined;
      }
    }
    if (!best || best.score < threshold) continue;
    const x0 = Math.max(0, best.x / width);
    const y0 = Math.max(0, best.y / height);
    const x1 = Math.min(1, (best.x + best.width) / width);
    const y1 = Math.min(1, (best.y + best.height) / height);
    matches.push({ logo: compiled.names[logo] as string, box: { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) }, score: round(Math.min(1, best.score)) });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/**
 * How well one logo matches around a given box (fractions of the picture), after the same nudging
 * the scan does: for measuring the search separately from the check.
 */
export function scoreLogoAt(image: RgbaImage, index: LogoIndex, logo: string, box: { x: number; y: number; width: number; height: number }): number {
  assertRgba(image);
  const compiled = index as CompiledIndex;
  const at = compiled.names.indexOf(logo);
  if (at < 0) return 0;
  const { width, height } = workingSize(image.width, image.height, SCAN_SIZE);
  const pad = Math.ceil(Math.max(width, height) * (1 + 2 * OVERHANG) * (MARGIN + OVERHANG) * 1.3) + 4;
  const state: ScanState = { maps: gradientMaps(image, width, height, pad, 'colour'), window: createWindowScratch(), bits: new Uint32Array(MAX_WORDS) };
  let best = 0;
  (compiled.fine[at] ?? []).forEach((prints, turn) => {
    const start = { score: 0, x: box.x * width, y: box.y * height, width: box.width * width, height: box.height * height, turn };
    for (const print of prints) best = Math.max(best, partScore(state, print, refine(state, [print], start)));
  });
  return best;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
