/**
 * Benchmarks for pictures (src/image), in the shape scripts/bench.ts measures:
 *   image/logo-scan-12mp   a 4000 × 3000 photo scanned for a pack's 5 logos (design budget: p95 ≤ 150 ms)
 *   image/facts-12mp-jpeg  reading the size and GPS of a 12 MP JPEG without decoding it
 *   image/fingerprint-logo fingerprinting one 512-pixel logo file (done once, by `pack add-logo`)
 * The pictures are made once, before anything is timed.
 *
 * Alone: npx tsx scripts/bench-image.ts [--json]
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { compileLogos, fingerprintLogo, readImageFacts, scanForLogos, type RgbaImage } from '../src/image/index.js';
import { createRandom, logoFile, photoLike, sampleLogo } from '../test/fixtures/images/sample-scenes.js';

export interface ImageBenchCase {
  name: string;
  target?: number;
  warmup: number;
  runs: number;
  run: () => unknown;
}

async function decode(bytes: Buffer): Promise<RgbaImage> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** A pack's logos: two crests, a roundel, a wordmark and a stacked logo, as a county and its districts might have. */
const PACK_SEEDS: ReadonlyArray<[number, Parameters<typeof sampleLogo>[1]]> = [
  [2, 'crest'],
  [5, 'crest'],
  [24, 'badge'],
  [9, 'wordmark'],
  [14, 'stacked'],
];

export async function imageBenchCases(): Promise<ImageBenchCase[]> {
  const logos = PACK_SEEDS.map(([seed, kind]) => sampleLogo(seed, kind));
  const files = await Promise.all(logos.map((logo) => logoFile(logo)));
  const decodedLogos = await Promise.all(files.map((file) => decode(file)));
  const index = compileLogos(logos.map((logo, i) => ({ name: logo.name, fingerprints: fingerprintLogo(decodedLogos[i] as RgbaImage) })));
  // A street scene drawn at about 1.5 MP and enlarged to 12 MP, then photographed (grain, JPEG).
  const scene = await photoLike(createRandom(3));
  const photoJpeg = await sharp(scene.bytes).resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 88 }).withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 12/1 30/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 12/1' } }).toBuffer();
  const photo = await decode(photoJpeg);
  return [
    { name: 'image/logo-scan-12mp', target: 150, warmup: 3, runs: 30, run: () => scanForLogos(photo, index) },
    { name: 'image/facts-12mp-jpeg', warmup: 20, runs: 200, run: () => readImageFacts(photoJpeg) },
    { name: 'image/fingerprint-logo', warmup: 2, runs: 10, run: () => fingerprintLogo(decodedLogos[0] as RgbaImage) },
  ];
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? 0;
}

function measure(benchCase: ImageBenchCase): { name: string; p50_ms: number; p95_ms: number; runs: number } {
  for (let i = 0; i < benchCase.warmup; i++) benchCase.run();
  const times: number[] = [];
  for (let i = 0; i < benchCase.runs; i++) {
    const start = performance.now();
    benchCase.run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return { name: benchCase.name, p50_ms: round(percentile(times, 0.5)), p95_ms: round(percentile(times, 0.95)), runs: benchCase.runs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
  const cases = await imageBenchCases();
  const results = cases.map(measure);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ results })}\n`);
  } else {
    console.log(`${'benchmark'.padEnd(24)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'runs'.padStart(8)}   p95 target`);
    for (const [i, result] of results.entries()) {
      const target = cases[i]?.target;
      const verdict = target === undefined ? '-' : `≤ ${target} ms ${result.p95_ms <= target ? '(met)' : '(MISSED)'}`;
      console.log(`${result.name.padEnd(24)}${result.p50_ms.toFixed(3).padStart(10)}${result.p95_ms.toFixed(3).padStart(10)}${String(result.runs).padStart(8)}   ${verdict}`);
    }
  }
}
