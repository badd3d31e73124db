/**
 * Measures logo detection (src/image) on pictures made from sample logos drawn here (see
 * test/fixtures/images/): the logo changed each way a real copy changes, the logo inside larger
 * pictures, and pictures with no pack logo at all. Prints the detection rate per transformation
 * and the false-positive rate, against the targets: at least 95% found per transformation with
 * the logo at 15% or more of the picture, at most 1% of pictures without it flagged.
 *
 * Two sets of logos: the tuning set (the threshold is chosen on it) and a held-out set (reported
 * as the result, never used to choose anything). Everything is drawn from seeds, so a run is
 * repeatable.
 *
 * Usage: npm run eval:images                       (the tuning set, then the held-out set)
 *        npm run eval:images -- --set held-out      (one set: tuning or held-out)
 *        npm run eval:images -- --quick             (a quarter of the cases)
 *        npm run eval:images -- --threshold 0.6     (judge at another threshold than MATCH_THRESHOLD)
 *        npm run eval:images -- --scores            (score distributions per row)
 *        npm run eval:images -- --verbose           (every miss, with the score at the true place, and every false positive)
 *        npm run --silent eval:images -- --json     (one JSON document)
 * The generated pictures are kept in node_modules/.cache/eval-images/ (under a hash of the code that
 * draws them, so a change to it starts afresh); --cache DIR keeps them elsewhere, --no-cache nowhere.
 * A first run draws about 3,300 pictures and takes 15–20 minutes; a run from the cache, 5–6.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { compileLogos, fingerprintLogo, MATCH_THRESHOLD, scanForLogos, type LogoIndex, type RgbaImage } from '../src/image/index.js';
import { scoreLogoAt } from '../src/image/logo-scan.js';
import {
  createRandom,
  logoFile,
  photoLike,
  sampleLogo,
  scene,
  SCENES,
  textScreenshot,
  transformedInScene,
  transformedLogo,
  TRANSFORMS,
  type Box,
  type SampleImage,
  type SampleLogo,
  type SceneKind,
  type TransformName,
} from '../test/fixtures/images/sample-scenes.js';

const { values: options } = parseArgs({
  options: {
    set: { type: 'string', default: 'both' },
    quick: { type: 'boolean' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    verbose: { type: 'boolean' },
    json: { type: 'boolean' },
    threshold: { type: 'string' },
    scores: { type: 'boolean' },
  },
});

/** Seeds of the logos in each set; distractors are other councils' logos, never in a pack. */
const SETS = {
  tuning: { logos: range(1, 40), distractors: range(501, 560) },
  'held-out': { logos: range(101, 140), distractors: range(601, 660) },
} as const;
type SetName = keyof typeof SETS;
const PACK_SIZE = 5;
const PER_TRANSFORM = options.quick ? 1 : 2;
const SCENES_PER_KIND = options.quick ? 1 : 3;
const NEGATIVES = options.quick ? 25 : 100;
const TARGET_FOUND = 0.95;
const TARGET_FALSE = 0.01;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function seedOf(...parts: Array<string | number>): number {
  return createHash('sha256').update(parts.join('/')).digest().readUInt32LE(0);
}

async function decode(bytes: Buffer): Promise<RgbaImage> {
  const { data, info } = await sharp(bytes, { pages: 1 }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** Where generated pictures are kept: a folder named for the code that draws them. */
function cacheFolder(): string | null {
  if (options['no-cache']) return null;
  if (options.cache) return options.cache;
  const fixtures = fileURLToPath(new URL('../test/fixtures/images/', import.meta.url));
  const source = ['sample-logos.ts', 'sample-scenes.ts', 'stroke-font.ts'].map((name) => readFileSync(join(fixtures, name), 'utf8')).join('\n');
  return fileURLToPath(new URL(`../node_modules/.cache/eval-images/${createHash('sha256').update(source).digest('hex').slice(0, 12)}/`, import.meta.url));
}

const CACHE = cacheFolder();

/** A generated picture, from the cache when there is one. */
async function cached(key: string, make: () => Promise<SampleImage>): Promise<SampleImage> {
  if (!CACHE) return make();
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}`);
  try {
    const box = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { box?: Box };
    return { bytes: readFileSync(`${file}.img`), ...(box.box ? { box: box.box } : {}) };
  } catch {
    const made = await make();
    writeFileSync(`${file}.img`, made.bytes);
    writeFileSync(`${file}.json`, JSON.stringify({ box: made.box }));
    return made;
  }
}

function iou(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const shared = width * height;
  return shared / (a.width * a.height + b.width * b.height - shared);
}

interface Positive {
  readonly row: string;
  readonly group: 'whole' | 'scene' | 'small';
  readonly logo: string;
  /** The logo's area as a fraction of the picture's. */
  readonly area: number;
  /** The true logo's best score, and whether its box is in the right place. */
  readonly score: number;
  readonly placed: boolean;
  /** The best score of any other logo of the pack (a confusion when it passes the threshold). */
  readonly otherScore: number;
  readonly label: string;
  /** With --verbose: the score at the true place, to tell a search miss from a weak match. */
  readonly atTruth?: number;
}

interface Negative {
  readonly row: string;
  readonly score: number;
  readonly label: string;
}

interface SetResult {
  readonly positives: Positive[];
  readonly negatives: Negative[];
  readonly scanMs: number[];
}

async function runSet(name: SetName): Promise<SetResult> {
  const set = SETS[name];
  const logos = set.logos.map((seed) => sampleLogo(seed));
  const packs: Array<{ logos: SampleLogo[]; index: LogoIndex }> = [];
  for (let start = 0; start < logos.length; start += PACK_SIZE) {
    const members = logos.slice(start, start + PACK_SIZE);
    const entries = [];
    for (const logo of members) entries.push({ name: logo.name, fingerprints: fingerprintLogo(await decode(await logoFile(logo))) });
    packs.push({ logos: members, index: compileLogos(entries) });
  }
  const positives: Positive[] = [];
  const negatives: Negative[] = [];
  const scanMs: number[] = [];
  const scan = async (sample: SampleImage, index: LogoIndex) => {
    const image = await decode(sample.bytes);
    const started = performance.now();
    const matches = scanForLogos(image, index, { minScore: 0 });
    scanMs.push(performance.now() - started);
    return matches;
  };
  const judge = async (row: string, group: Positive['group'], logo: SampleLogo, index: LogoIndex, sample: SampleImage, label: string): Promise<void> => {
    const image = await decode(sample.bytes);
    const started = performance.now();
    const matches = scanForLogos(image, index, { minScore: 0 });
    scanMs.push(performance.now() - started);
    const own = matches.find((match) => match.logo === logo.name);
    const box = sample.box as Box;
    const missed = !own || own.score < threshold || iou(own.box, box) < 0.3;
    positives.push({
      row,
      group,
      logo: logo.name,
      area: box.width * box.height,
      score: own?.score ?? 0,
      placed: own ? iou(own.box, box) >= 0.3 : false,
      otherScore: Math.max(0, ...matches.filter((match) => match.logo !== logo.name).map((match) => match.score)),
      label,
      ...(options.verbose && missed ? { atTruth: scoreLogoAt(image, index, logo.name, box) } : {}),
    });
  };
  for (const pack of packs) {
    for (const logo of pack.logos) {
      for (const transform of TRANSFORMS) {
        for (let variant = 0; variant < PER_TRANSFORM; variant++) {
          const key = `${name}/${logo.seed}/whole/${transform}/${variant}`;
          const sample = await cached(key, () => transformedLogo(logo, transform, createRandom(seedOf(key))));
          await judge(transform, 'whole', logo, pack.index, sample, key);
        }
      }
      for (const kind of SCENES) {
        for (let variant = 0; variant < SCENES_PER_KIND; variant++) {
          const key = `${name}/${logo.seed}/scene/${kind}/${variant}`;
          const random = createRandom(seedOf(key));
          const transform = random.pick(TRANSFORMS.filter((t) => t !== 'background')) as TransformName;
          const area = random.range(0.15, 0.2);
          const sample = await cached(`${key}/${transform}`, () => transformedInScene(logo, transform, kind, area, random));
          await judge(`${kind}`, 'scene', logo, pack.index, sample, `${key} (${transform})`);
          await judge(`${transform} at 15–20% of a larger picture`, 'small', logo, pack.index, sample, `${key} (${kind})`);
        }
      }
      for (const area of [0.1, 0.05]) {
        const key = `${name}/${logo.seed}/small/${area}`;
        const random = createRandom(seedOf(key));
        const kind = random.pick(SCENES) as SceneKind;
        const sample = await cached(key, () => transformedInScene(logo, 'identical', kind, area, random));
        await judge(`at ${Math.round(area * 100)}% of a larger picture (not a target)`, 'small', logo, pack.index, sample, `${key} (${kind})`);
      }
    }
  }
  // Pictures with none of the pack's logos, each scanned against one of the set's packs in turn.
  const makers: Array<[string, (random: ReturnType<typeof createRandom>, i: number) => Promise<SampleImage>]> = [
    ['other councils’ logos', (random, i) => transformedLogo(sampleLogo(set.distractors[i % set.distractors.length] as number), random.pick(TRANSFORMS) as TransformName, random)],
    ['other logos on a poster, leaflet or letter', async (random, i) => {
      const other = sampleLogo(set.distractors[(i * 7 + 3) % set.distractors.length] as number);
      return transformedInScene(other, 'identical', random.pick(SCENES) as SceneKind, random.range(0.1, 0.25), random);
    }],
    ['photo-like pictures', (random) => photoLike(random)],
    ['screenshots of text', (random) => textScreenshot(random)],
    ['posters, leaflets and letters without a logo', (random) => scene(random.pick(SCENES) as SceneKind, null, 0.15, random)],
  ];
  for (const [row, make] of makers) {
    for (let i = 0; i < NEGATIVES; i++) {
      const key = `${name}/negative/${row}/${i}`;
      const sample = await cached(key, () => make(createRandom(seedOf(key)), i));
      const pack = packs[i % packs.length] as (typeof packs)[number];
      const matches = await scan(sample, pack.index);
      negatives.push({ row, score: Math.max(0, ...matches.map((match) => match.score)), label: key });
    }
  }
  return { positives, negatives, scanMs };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

interface Row {
  readonly name: string;
  readonly cases: number;
  readonly hits: number;
  readonly rate: number;
  readonly target: number | null;
  readonly pass: boolean | null;
}

/** Whole-picture changes, then the larger pictures, then each change inside them, then the rows that are not targets. */
function rowOrder(rows: readonly string[]): string[] {
  const rank = (row: string): number => {
    const transform = TRANSFORMS.indexOf(row as TransformName);
    if (transform >= 0) return transform;
    const kind = SCENES.indexOf(row as SceneKind);
    if (kind >= 0) return 100 + kind;
    const inScene = TRANSFORMS.findIndex((name) => row.startsWith(`${name} at`));
    if (inScene >= 0) return 200 + inScene;
    return 300 + (row.match(/\d+/) ? 100 - Number(row.match(/\d+/)?.[0]) : 0);
  };
  return [...new Set(rows)].sort((a, b) => rank(a) - rank(b));
}

function detectionRows(result: SetResult, threshold: number): Row[] {
  const order = rowOrder(result.positives.map((p) => p.row));
  return order.map((name) => {
    const cases = result.positives.filter((p) => p.row === name);
    const hits = cases.filter((p) => p.score >= threshold && p.placed).length;
    const isTarget = !name.includes('not a target');
    const rate = hits / cases.length;
    return { name, cases: cases.length, hits, rate, target: isTarget ? TARGET_FOUND : null, pass: isTarget ? rate >= TARGET_FOUND : null };
  });
}

function falseRows(result: SetResult, threshold: number): Row[] {
  const order = [...new Set(result.negatives.map((n) => n.row))];
  const rows = order.map((name): Row => {
    const cases = result.negatives.filter((n) => n.row === name);
    const hits = cases.filter((n) => n.score >= threshold).length;
    return { name, cases: cases.length, hits, rate: hits / cases.length, target: null, pass: null };
  });
  const confused = result.positives.filter((p) => p.otherScore >= threshold).length;
  rows.push({ name: 'another pack logo reported on a positive', cases: result.positives.length, hits: confused, rate: confused / result.positives.length, target: null, pass: null });
  const all = result.negatives.length;
  const flagged = result.negatives.filter((n) => n.score >= threshold).length;
  rows.push({ name: 'all pictures without a pack logo', cases: all, hits: flagged, rate: flagged / all, target: TARGET_FALSE, pass: flagged / all <= TARGET_FALSE });
  return rows;
}

/** The lowest threshold whose false-positive rate on this set stays at or under half the target. */
function suggestThreshold(result: SetResult): number {
  const scores = [...result.negatives.map((n) => n.score), ...result.positives.map((p) => p.otherScore)].sort((a, b) => b - a);
  const allowed = Math.floor(result.negatives.length * (TARGET_FALSE / 2));
  return Math.round(((scores[allowed] ?? 0) + 0.005) * 100) / 100;
}

function printTable(title: string, rows: readonly Row[], found: boolean): void {
  console.log(`\n${title}`);
  console.log(`  ${'case'.padEnd(52)}${'cases'.padStart(6)}${(found ? 'found' : 'flagged').padStart(9)}${'rate'.padStart(9)}   target`);
  for (const row of rows) {
    const target = row.target === null ? '' : `${found ? '≥' : '≤'} ${Math.round(row.target * 100)}%  ${row.pass ? 'PASS' : 'MISS'}`;
    console.log(`  ${row.name.padEnd(52)}${String(row.cases).padStart(6)}${String(row.hits).padStart(9)}${percent(row.rate).padStart(9)}   ${target}`);
  }
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

const threshold = options.threshold ? Number(options.threshold) : MATCH_THRESHOLD;
const names: SetName[] = options.set === 'both' ? ['tuning', 'held-out'] : [options.set as SetName];
if (!names.every((name) => name in SETS)) throw new Error(`--set must be tuning, held-out or both, not ${options.set}`);
const report: Record<string, unknown> = { threshold };
for (const name of names) {
  const started = performance.now();
  const result = await runSet(name);
  const detection = detectionRows(result, threshold);
  const falses = falseRows(result, threshold);
  const suggested = suggestThreshold(result);
  report[name] = { detection, falsePositives: falses, suggestedThreshold: suggested, scanMs: { p50: percentile(result.scanMs, 0.5), p95: percentile(result.scanMs, 0.95) } };
  if (options.json) continue;
  const set = SETS[name];
  console.log(`\n=== ${name} set: logos ${set.logos[0]}–${set.logos.at(-1)} (${set.logos.length}, in packs of ${PACK_SIZE}); threshold ${threshold} ===`);
  printTable('Detection: the logo found, in the right place (box overlap ≥ 0.3); the whole picture, then 15–20% of a larger one', detection, true);
  printTable('False positives: a pack logo reported where there is none', falses, false);
  const whole = detection.filter((row) => row.target !== null);
  console.log(`\n  ${whole.every((row) => row.pass) ? 'PASS' : 'MISS'}: ${whole.filter((row) => row.pass).length} of ${whole.length} detection rows meet ≥ 95%; false positives ${percent(falses.at(-1)?.rate ?? 0)} (target ≤ 1%).`);
  console.log(`  Threshold this set would choose (false positives ≤ 0.5%): ${suggested}${name === 'held-out' ? ' (for information: the threshold is chosen on the tuning set)' : ''}.`);
  console.log(`  Scan time per picture (decoded, 0.3–2 MP): p50 ${percentile(result.scanMs, 0.5).toFixed(1)} ms, p95 ${percentile(result.scanMs, 0.95).toFixed(1)} ms; run took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (options.scores) {
    const q = (values: number[]) => [0, 0.05, 0.1, 0.5].map((f) => percentile(values, f).toFixed(2)).join(' ');
    const hi = (values: number[]) => [0.5, 0.9, 0.99, 1].map((f) => percentile(values, f).toFixed(2)).join(' ');
    for (const row of rowOrder(result.positives.map((p) => p.row))) console.log(`  pos ${row.padEnd(40)} min/5%/10%/50%: ${q(result.positives.filter((p) => p.row === row).map((p) => (p.placed ? p.score : 0)))}`);
    for (const row of [...new Set(result.negatives.map((n) => n.row))]) console.log(`  neg ${row.padEnd(40)} 50%/90%/99%/max: ${hi(result.negatives.filter((n) => n.row === row).map((n) => n.score))}`);
    console.log(`  confusion 50%/90%/99%/max: ${hi(result.positives.map((p) => p.otherScore))}`);
  }
  if (options.verbose) {
    for (const p of result.positives) if (!(p.score >= threshold && p.placed) && !p.row.includes('not a target')) console.log(`  MISS  ${p.label}  score ${p.score.toFixed(3)}${p.placed ? '' : ' (wrong place)'}; at the true place ${p.atTruth?.toFixed(3)}`);
    for (const p of result.positives) if (p.otherScore >= threshold) console.log(`  CONFUSED  ${p.label}  another logo ${p.otherScore.toFixed(3)}`);
    for (const n of result.negatives) if (n.score >= threshold) console.log(`  FALSE  ${n.label}  score ${n.score.toFixed(3)}`);
  }
}
if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
