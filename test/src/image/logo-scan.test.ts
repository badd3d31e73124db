import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileLogos, fingerprintLogo, scanForLogos, type LogoIndex } from '../../../src/image/index.js';
import { Logo } from '../../../src/pack/schema.js';
import { createRandom, logoFile, photoLike, renderLogo, sampleLogo, scene, textScreenshot, transformedLogo } from '../../fixtures/images/sample-scenes.js';
import { decode } from './image-samples.js';

// One council's pack: a crest and a wordmark, fingerprinted from their logo files. The pictures
// are made from the same drawings (re-rendered, changed, placed), as a councillor's would be.
const CREST = sampleLogo(2, 'crest');
const WORDMARK = sampleLogo(9, 'wordmark');
const OTHER_COUNCIL = sampleLogo(77, 'crest');
let crestPrints: string[];
let index: LogoIndex;

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width <= 0 || height <= 0 ? 0 : (width * height) / (a.width * a.height + b.width * b.height - width * height);
}

beforeAll(async () => {
  crestPrints = fingerprintLogo(await decode(await logoFile(CREST)));
  index = compileLogos([
    { name: 'County crest', fingerprints: crestPrints },
    { name: 'Wordmark', fingerprints: fingerprintLogo(await decode(await logoFile(WORDMARK))) },
  ]);
}, 30_000);

describe('fingerprintLogo', () => {
  test('gives fingerprints the pack schema accepts, the same every time', async () => {
    const again = fingerprintLogo(await decode(await logoFile(CREST)));
    expect([Logo.safeParse({ name: 'County crest', fingerprints: crestPrints }).success, again]).toEqual([true, crestPrints]);
  });

  test('gives nearly the same fingerprints for the logo on a white background as with a transparent one', async () => {
    const onWhite = fingerprintLogo(await decode(await sharp(await logoFile(CREST)).flatten({ background: '#ffffff' }).extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' }).png().toBuffer()));
    const matches = scanForLogos(await decode(await renderLogo(CREST, 300)), compileLogos([{ name: 'White', fingerprints: onWhite }]));
    expect(matches.map((match) => match.logo)).toEqual(['White']);
  });

  test('refuses a buffer of the wrong length for its size', () => {
    expect(() => fingerprintLogo({ width: 10, height: 10, data: new Uint8Array(399) })).toThrow(RangeError);
  });
});

describe('scanForLogos', () => {
  test('finds the logo when the picture is the logo, and says it covers the picture', async () => {
    const sample = await transformedLogo(CREST, 'identical', createRandom(1));
    const [match, ...rest] = scanForLogos(await decode(sample.bytes), index);
    expect([match?.logo, overlap(match?.box ?? { x: 0, y: 0, width: 0, height: 0 }, sample.box!) > 0.6, rest]).toEqual(['County crest', true, []]);
  });

  test('finds a plain, flat crest drawn edge to edge, as many council logo files are', async () => {
    // Large single-colour areas give few edges; the logo touches the top of its file.
    const flat = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="460"><rect width="100%" height="100%" fill="#fff"/>
      <path d="M40 60 H360 V250 C360 360 270 420 200 450 C130 420 40 360 40 250 Z" fill="#1d3f8f" stroke="#0b0c0c" stroke-width="10"/>
      <rect x="180" y="80" width="40" height="330" fill="#f2c200"/><rect x="60" y="190" width="280" height="40" fill="#f2c200"/>
      <path d="M120 10 L150 50 L200 5 L250 50 L280 10 L270 55 H130 Z" fill="#b3121f"/></svg>`;
    const logo = await decode(await sharp(Buffer.from(flat)).png().toBuffer());
    const flatIndex = compileLogos([{ name: 'Flat crest', fingerprints: fingerprintLogo(logo) }]);
    const smaller = await decode(await sharp(Buffer.from(flat)).resize({ width: 300 }).png().toBuffer());
    expect([scanForLogos(logo, flatIndex).map((match) => match.logo), scanForLogos(smaller, flatIndex).map((match) => match.logo)]).toEqual([['Flat crest'], ['Flat crest']]);
  });

  test.each(['jpeg', 'inverted', 'greyscale', 'hue-shift', 'rotated', 'cropped', 'background'] as const)('finds the crest %s', async (change) => {
    const sample = await transformedLogo(CREST, change, createRandom(11));
    expect(scanForLogos(await decode(sample.bytes), index).map((match) => match.logo)).toEqual(['County crest']);
  });

  test('finds the crest taking 15% of a poster, and where it is', async () => {
    const sample = await scene('poster', await renderLogo(CREST, 400), 0.15, createRandom(5));
    const [match] = scanForLogos(await decode(sample.bytes), index);
    expect([match?.logo, overlap(match?.box ?? { x: 0, y: 0, width: 0, height: 0 }, sample.box!) > 0.5]).toEqual(['County crest', true]);
  });

  test('finds the wordmark across the top of a letter', async () => {
    const sample = await scene('letter-screenshot', await renderLogo(WORDMARK, 600), 0.15, createRandom(8));
    expect(scanForLogos(await decode(sample.bytes), index).map((match) => match.logo)).toEqual(['Wordmark']);
  });

  test('reports nothing in a photo, a screenshot of text, or another council’s crest', async () => {
    const pictures = [await photoLike(createRandom(4)), await textScreenshot(createRandom(6)), await transformedLogo(OTHER_COUNCIL, 'identical', createRandom(2))];
    const found = await Promise.all(pictures.map(async (picture) => scanForLogos(await decode(picture.bytes), index)));
    expect(found).toEqual([[], [], []]);
  });

  test('reports every logo it finds, with a score, most confident first', async () => {
    const matches = scanForLogos(await decode((await transformedLogo(CREST, 'identical', createRandom(1))).bytes), index, { minScore: 0 });
    expect([matches[0]?.logo, matches.every((match, i) => match.score >= 0 && match.score <= 1 && (i === 0 || (matches[i - 1]?.score ?? 0) >= match.score))]).toEqual(['County crest', true]);
  });

  test('finds nothing with no logos, or with fingerprints of a format it does not know', async () => {
    const picture = await decode((await transformedLogo(CREST, 'identical', createRandom(1))).bytes);
    const unknown = compileLogos([{ name: 'Future', fingerprints: ['f'.repeat(64), '0123456789abcdef'] }]);
    expect([compileLogos([]).size, unknown.size, scanForLogos(picture, compileLogos([])), scanForLogos(picture, unknown)]).toEqual([0, 1, [], []]);
  });

  test('copes with tiny and very thin pictures', () => {
    const blank = (width: number, height: number) => ({ width, height, data: new Uint8Array(width * height * 4).fill(200) });
    expect([scanForLogos(blank(1, 1), index), scanForLogos(blank(3, 400), index), scanForLogos(blank(400, 3), index)]).toEqual([[], [], []]);
  });
});
