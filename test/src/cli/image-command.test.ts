import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPack } from '../../../src/pack/load-pack.js';
import { createRandom, logoFile, photoLike, renderLogo, sampleLogo, scene } from '../../fixtures/images/sample-scenes.js';
import { gpsExif } from '../image/image-samples.js';
import { ROOT, runMain } from './run-main.js';

// Real picture files in a scratch folder, made with sharp from the sample logos: the council's
// crest as the Monitoring Officer's PNG, a campaign poster carrying it in a corner, a garden photo
// with GPS, a damaged JPEG and a text file with a picture's name.
const CREST = sampleLogo(2, 'crest');
let scratch: string;
let posterBox: { x: number; y: number; width: number; height: number };

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'post-check-images-'));
  await copyFile(join(ROOT, 'test/fixtures/packs/good.json'), join(scratch, 'council.json'));
  await writeFile(join(scratch, 'county-crest.png'), await logoFile(CREST));
  await writeFile(join(scratch, 'crest.svg'), CREST.svg);
  const poster = await scene('poster', await renderLogo(CREST, 400), 0.16, createRandom(7));
  posterBox = poster.box as typeof posterBox;
  await writeFile(join(scratch, 'poster.jpg'), await sharp(poster.bytes).jpeg({ quality: 80 }).toBuffer());
  const garden = await photoLike(createRandom(3));
  await writeFile(join(scratch, 'garden.jpg'), await sharp(garden.bytes).withExif(gpsExif('52/1 12/1 30/1', 'N', '0/1 7/1 12/1', 'W')).jpeg().toBuffer());
  const whole = await sharp(garden.bytes).jpeg().toBuffer();
  await writeFile(join(scratch, 'cut.jpg'), whole.subarray(0, Math.floor(whole.length / 2)));
  await writeFile(join(scratch, 'notes.png'), 'These are my notes, not a picture.');
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const run = (argv: string[], stdin = '', isTTY = false) => runMain(argv, { cwd: scratch, stdin, isTTY });

describe('post-check pack add-logo', () => {
  test('adds a logo named after its file, keeps the rest of the pack, and says what it added', async () => {
    const before = JSON.parse(await readFile(join(scratch, 'council.json'), 'utf8')) as Record<string, unknown>;
    const result = await run(['pack', 'add-logo', 'council.json', 'county-crest.png']);
    const after = JSON.parse(await readFile(join(scratch, 'council.json'), 'utf8')) as { logos: Array<{ name: string; fingerprints: string[] }> } & Record<string, unknown>;
    const { logos, ...rest } = after;
    expect({ code: result.code, stderr: result.stderr, rest, names: logos.map((logo) => logo.name), valid: loadPack(JSON.stringify(after)).ok }).toEqual({
      code: 0,
      stderr: '',
      rest: Object.fromEntries(Object.entries(before).filter(([key]) => key !== 'logos')),
      names: ['County crest'],
      valid: true,
    });
    expect(result.stdout).toBe(`Updated council.json:\n  added “County crest” (${logos[0]?.fingerprints.length} fingerprints)\nRaise its version before you sign and publish it.\n`);
  });

  test('with --name, puts several files under one logo and replaces the fingerprints it had', async () => {
    await run(['pack', 'add-logo', 'council.json', 'county-crest.png']);
    const result = await run(['pack', 'add-logo', 'council.json', 'county-crest.png', 'crest.svg', '--name', 'county CREST']);
    const { logos } = JSON.parse(await readFile(join(scratch, 'council.json'), 'utf8')) as { logos: Array<{ name: string; fingerprints: string[] }> };
    expect([result.code, logos.map((logo) => logo.name), result.stdout.split('\n')[1]]).toEqual([0, ['County crest'], `  updated “County crest” (${logos[0]?.fingerprints.length} fingerprints)`]);
  });

  test('refuses a file that is not a picture, naming it, and leaves the pack alone', async () => {
    const before = await readFile(join(scratch, 'council.json'), 'utf8');
    const result = await run(['pack', 'add-logo', 'council.json', 'notes.png']);
    expect([result.code, result.stderr, await readFile(join(scratch, 'council.json'), 'utf8')]).toEqual([
      2,
      'post-check: notes.png: This file is not a picture the app can read: use a JPEG, PNG, WebP or GIF.\n',
      before,
    ]);
  });

  test('asks for the pack and the files when they are missing', async () => {
    expect((await run(['pack', 'add-logo', 'council.json'])).stderr).toBe('post-check: say which pack and which logo files: post-check pack add-logo PACK FILE….\n');
  });
});

describe('post-check --image', () => {
  beforeAll(async () => {
    await run(['pack', 'add-logo', 'council.json', 'county-crest.png']);
  });

  test('blocks a campaign post whose poster carries the council’s crest, naming the file and the corner', async () => {
    const result = await run(['--pack', 'council.json', '--capacity', 'campaign', '--image', 'poster.jpg'], 'Come and meet the team on Saturday.');
    const corner = `${posterBox.y + posterBox.height / 2 < 1 / 3 ? 'top' : posterBox.y + posterBox.height / 2 > 2 / 3 ? 'bottom' : ''} ${posterBox.x + posterBox.width / 2 < 1 / 3 ? 'left' : posterBox.x + posterBox.width / 2 > 2 / 3 ? 'right' : ''}`.trim() || 'centre';
    expect([result.code, result.stdout.split('\n').slice(0, 3)]).toEqual([
      1,
      [
        'poster.jpg  Fix before posting  [council-branding]',
        '    The image carries the council’s logo (County crest); keep council branding off personal and campaign posts.',
        `    Where: ${corner}`,
      ],
    ]);
  });

  test('gives the match as advice only to a councillor posting as a councillor, and lists it in --json', async () => {
    const result = await run(['--pack', 'council.json', '--json', '--image', 'poster.jpg'], 'Our new recycling centre opens on Monday.');
    const output = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; severity: string; attachment?: { index: number; box?: { x: number; y: number } } }>; images: Array<{ file: string; format: string; logos: Array<{ logo: string }> }> };
    const logoFinding = output.findings.find((finding) => finding.attachment);
    expect({
      code: result.code,
      finding: [logoFinding?.ruleId, logoFinding?.severity, logoFinding?.attachment?.index],
      near: Math.abs((logoFinding?.attachment?.box?.x ?? -1) - posterBox.x) < 0.1 && Math.abs((logoFinding?.attachment?.box?.y ?? -1) - posterBox.y) < 0.1,
      images: output.images.map((image) => [image.file, image.format, image.logos.map((logo) => logo.logo)]),
    }).toEqual({ code: 0, finding: ['council-branding', 'advise', 0], near: true, images: [['poster.jpg', 'jpeg', ['County crest']]] });
  });

  test('warns that a photo carries where it was taken, and finds no logo in it', async () => {
    const result = await run(['--pack', 'council.json', '--image', 'garden.jpg', '--image', 'poster.jpg', '--json'], 'Busy day in the ward.');
    const output = JSON.parse(result.stdout) as { findings: Array<{ messageId: string; severity: string; attachment?: { index: number } }>; images: Array<{ hasLocation: boolean; logos: unknown[] }> };
    expect([
      output.findings.filter((finding) => finding.attachment).map((finding) => [finding.messageId, finding.severity, finding.attachment?.index]),
      output.images.map((image) => [image.hasLocation, image.logos.length]),
    ]).toEqual([
      [
        ['photoLocation', 'warn', 0],
        ['councilLogo', 'advise', 1],
      ],
      [
        [true, 0],
        [false, 1],
      ],
    ]);
  });

  test('checks pictures alone when there is no draft and nothing piped in', async () => {
    const result = await run(['--image', 'garden.jpg'], '', true);
    expect([result.code, result.stdout.split('\n')[0], result.stdout.trim().split('\n').at(-1)]).toEqual([0, 'garden.jpg  Check this  [safety]', 'Nothing to fix, 1 thing to check.']);
  });

  test.each([
    ['cut.jpg', 'post-check: cut.jpg: The picture file is cut short, perhaps by an unfinished download: save or download it again.\n'],
    ['notes.png', 'post-check: notes.png: This file is not a picture the app can read: use a JPEG, PNG, WebP or GIF.\n'],
    ['missing.jpg', 'post-check: cannot find the picture "missing.jpg".\n'],
  ])('stops with one line naming %s when it cannot be checked', async (file, stderr) => {
    expect(await run(['--image', file], 'A post.')).toEqual({ code: 2, stdout: '', stderr });
  });
});
