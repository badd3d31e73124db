import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadPack } from '../../../src/pack/load-pack.js';
import { runMain, ROOT } from './run-main.js';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'post-check-tools-'));
  await copyFile(join(ROOT, 'test/fixtures/packs/good.json'), join(scratch, 'good.json'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const run = (argv: string[]) => runMain(argv, { cwd: scratch });

async function edited(name: string, edit: (pack: Record<string, unknown>) => void): Promise<void> {
  const pack = JSON.parse(await readFile(join(scratch, 'good.json'), 'utf8')) as Record<string, unknown>;
  edit(pack);
  await writeFile(join(scratch, name), JSON.stringify(pack, null, 2));
}

describe('post-check pack diff', () => {
  test('lists the changes in words, comparing a signed pack with a plain one', async () => {
    await run(['pack', 'keygen', '--out', 'mo']);
    await run(['pack', 'sign', 'good.json', '--key', 'mo.key']);
    await edited('new.json', (pack) => {
      pack.version = 4;
      (pack.elections as Array<{ pollingDay: string }>)[0]!.pollingDay = '2027-05-13';
      (pack.pendingMatters as unknown[]).push({ ref: '25/01234/FUL', title: 'Land east of Station Road: 45 homes', site: 'Land east of Station Road' });
    });
    expect(await run(['pack', 'diff', 'good.postcheck-pack', 'new.json'])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'version 3 → 4',
        'election District council elections 2027: polling day moved from 6 May 2027 to 13 May 2027',
        'added pending application 25/01234/FUL Land east of Station Road',
        '',
      ].join('\n'),
    });
  });

  test('says when nothing changed', async () => {
    expect((await run(['pack', 'diff', 'good.json', 'good.json'])).stdout).toBe('No changes.\n');
  });
});

describe('post-check pack test', () => {
  test('passes a pack whose examples hold', async () => {
    const result = await run(['pack', 'test', 'good.json']);
    expect([result.code, result.stdout.split('\n').at(-2)]).toEqual([0, '4 passed, 0 failed.']);
  });

  test('prints each failure like a test runner and exits 1', async () => {
    await edited('broken.json', (pack) => {
      pack.examples = [{ text: 'I will be voting against the Tanners Lane estate, whatever the officers say.', labels: [] }];
    });
    const result = await run(['pack', 'test', 'broken.json']);
    expect([result.code, result.stdout.split('\n').filter((line) => /^(FAIL|PASS)|failed\.$/.test(line))]).toEqual([
      1,
      ['PASS  rule leisure-trust-code-name (2 examples)', 'PASS  rule official-names (2 examples)', 'FAIL  example 1: “I will be voting against the Tanners Lane estate, whatever …”', '2 passed, 1 failed.'],
    ]);
  });
});

describe('post-check pack import-planning', () => {
  const CSV = [
    'Application Number,Location,Proposal,Committee,Committee Date',
    '25/01234/FUL,Land east of Station Road,"Erection of 45 dwellings, with access",Planning Committee,13/05/2027',
    '26/00871/OUT,Land east of Tanners Lane,Up to 240 dwellings,Planning Committee,2027-03-10',
    '25/09999/FUL,9 Mill Lane,Porch,Planning Committee,30/02/2027',
    '',
  ].join('\n');

  test('prints pending matters and reports a bad row with its line number', async () => {
    await writeFile(join(scratch, 'register.csv'), CSV);
    const result = await run(['pack', 'import-planning', 'register.csv']);
    const matters = (JSON.parse(result.stdout) as { pendingMatters: Array<{ ref: string; decisionDate: string }> }).pendingMatters;
    expect([result.code, matters.map((matter) => [matter.ref, matter.decisionDate]), result.stderr]).toEqual([
      1,
      [
        ['25/01234/FUL', '2027-05-13'],
        ['26/00871/OUT', '2027-03-10'],
      ],
      'register.csv line 4: 25/09999/FUL: "30/02/2027" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY. Skipped.\nRead 2 applications from register.csv; 1 row skipped (see above).\n',
    ]);
  });

  test('updates a pack in place, keeping other names and non-planning items', async () => {
    await writeFile(join(scratch, 'register.csv'), CSV);
    const result = await run(['pack', 'import-planning', 'register.csv', '--into', 'good.json']);
    const pack = loadPack(await readFile(join(scratch, 'good.json')));
    expect({
      code: result.code,
      stdout: result.stdout.split('\n').slice(1, 4),
      matters: pack.ok ? pack.pack.pendingMatters.map((matter) => [matter.ref ?? matter.title, matter.keywords.length]) : 'invalid',
    }).toEqual({
      code: 1,
      stdout: ['Updated good.json:', '  added pending application 25/01234/FUL Land east of Station Road', '  removed pending application 26/01102/FUL Former bus depot, Quay Street'],
      matters: [
        ['LIC/27/0007', 1],
        ['Closure of Abbey Road public toilets', 0],
        ['25/01234/FUL', 0],
        ['26/00871/OUT', 2],
      ],
    });
  });

  test('writes a new file with --out and never overwrites one', async () => {
    await writeFile(join(scratch, 'register.csv'), CSV.split('\n').slice(0, 2).join('\n'));
    const first = await run(['pack', 'import-planning', 'register.csv', '--out', 'matters.json']);
    const again = await run(['pack', 'import-planning', 'register.csv', '--out', 'matters.json']);
    expect([first.code, first.stdout, again.code, again.stderr]).toEqual([
      0,
      'Read 1 application from register.csv.\nWrote matters.json.\n',
      2,
      'post-check: "matters.json" already exists: choose another name, or move the old file first.\n',
    ]);
  });

  test('refuses a file with no reference column', async () => {
    await writeFile(join(scratch, 'register.csv'), 'Address,Proposal\n1 Mill Lane,Porch\n');
    expect(await run(['pack', 'import-planning', 'register.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'post-check: register.csv line 1: the heading row needs a reference column (Reference, Ref, Application Number or Case Reference).\n',
    });
  });
});
