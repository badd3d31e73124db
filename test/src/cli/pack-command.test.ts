import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PACK_HELP } from '../../../src/cli/help.js';
import { packIdFor } from '../../../src/cli/pack-command.js';
import { packSchemaText } from '../../../src/cli/pack-schema.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { runMain } from './run-main.js';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'post-check-pack-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('post-check pack validate', () => {
  test('lists every problem with its path and exits 1', async () => {
    const file = 'test/fixtures/packs/bad.json';
    expect(await runMain(['pack', 'validate', file])).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        `${file}: id: Use lower-case letters, digits and hyphens, for example "cambridgeshire-cc".`,
        `${file}: version: Must be more than 0.`,
        `${file}: issued: Write the date as YYYY-MM-DD, for example 2027-05-06.`,
        `${file}: pendingMatters[0]: Unknown field "decisonDate": check the spelling, or remove it.`,
        `${file}: elections[0].start: The pre-election period starts (2027-05-06) after polling day (2027-03-24): swap or correct the dates.`,
        `${file}: customRules[0].pattern: This pattern is refused because it repeats a group that already repeats or has alternatives, which can freeze checking (for example "(a+)+").`,
        '6 problems found.',
        '',
      ].join('\n'),
    });
  });

  test('reports problems across fields: dates, duplicates, word lists and risky patterns', async () => {
    const run = await runMain(['pack', 'validate', 'test/fixtures/packs/bad-semantic.json']);
    const paths = run.stdout.split('\n').filter((row) => row.includes('.json: ')).map((row) => row.split(': ')[1]);
    expect([run.code, paths]).toEqual([1, ['expires', 'elections[0].start', 'pendingMatters[1].ref', 'vocabulary.abuse/made-up-list', 'customRules[0].pattern']]);
  });

  test('says a good pack is valid and exits 0', async () => {
    expect(await runMain(['pack', 'validate', 'test/fixtures/packs/good.json'])).toEqual({
      code: 0,
      stderr: '',
      stdout: 'test/fixtures/packs/good.json is valid: northbridge-dc version 3, Northbridge District Council.\n',
    });
  });

  test('reports a file that is not JSON as one problem', async () => {
    await writeFile(join(scratch, 'notes.json'), 'id: my-council\n');
    const run = await runMain(['pack', 'validate', 'notes.json'], { cwd: scratch });
    expect([run.code, run.stdout]).toEqual([1, expect.stringMatching(/^notes\.json: The pack is not valid JSON: [^\n]*\n1 problem found\.\n$/)]);
  });

  test.each([
    [['pack', 'validate'], 'post-check: say which pack file to validate: post-check pack validate FILE.'],
    [['pack', 'validate', 'nowhere.json'], 'post-check: cannot find the pack file "nowhere.json".'],
    [['pack'], 'post-check: say which pack command to run: init, validate, schema, test, diff, keygen, sign, verify, import-planning or add-logo. Run "post-check pack --help" for more.'],
    [['pack', 'publish'], 'post-check: unknown pack command "publish": use init, validate, schema, test, diff, keygen, sign, verify, import-planning or add-logo. Run "post-check pack --help" for more.'],
    [['pack', 'toString'], 'post-check: unknown pack command "toString": use init, validate, schema, test, diff, keygen, sign, verify, import-planning or add-logo. Run "post-check pack --help" for more.'],
    [['pack', 'test', 'nowhere.json'], 'post-check: cannot find the pack file "nowhere.json".'],
    [['pack', 'sign'], 'post-check: say which pack to sign: post-check pack sign FILE --key KEY.'],
    [['pack', 'keygen'], 'post-check: say where to write the keys: post-check pack keygen --out NAME (writes NAME.key and NAME.pub).'],
    [['pack', 'diff', 'a.json'], 'post-check: say which two packs to compare: post-check pack diff OLD NEW.'],
    [['pack', 'import-planning'], 'post-check: say which CSV file to read: post-check pack import-planning FILE.csv.'],
  ])('exits 2 with one line: %j', async (argv, message) => {
    expect(await runMain(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  test('prints help', async () => {
    expect(await runMain(['pack', '--help'])).toEqual({ code: 0, stdout: PACK_HELP, stderr: '' });
  });
});

describe('post-check pack schema', () => {
  test('prints the JSON Schema generated from the pack schema', async () => {
    const run = await runMain(['pack', 'schema']);
    expect([run.code, run.stdout, (JSON.parse(run.stdout) as { title: string }).title]).toEqual([0, packSchemaText(), 'Councillor Post Check rule pack']);
  });
});

describe('post-check pack init', () => {
  test('writes a starter pack for the council that passes validation', async () => {
    const run = await runMain(['pack', 'init', '--council', 'Cambridgeshire County Council', 'cambs.json'], { cwd: scratch });
    const result = loadPack(await readFile(join(scratch, 'cambs.json')));
    expect({ code: run.code, stderr: run.stderr, ok: result.ok, identity: result.ok ? [result.pack.id, result.pack.council, result.pack.changelog[0]?.changes] : null }).toEqual({
      code: 0,
      stderr: '',
      ok: true,
      identity: ['cambridgeshire-county-council', 'Cambridgeshire County Council', 'First pack for Cambridgeshire County Council.'],
    });
  });

  test('writes rule-pack.json with the given id when no file is named', async () => {
    await runMain(['pack', 'init', '--id', 'cambs-cc'], { cwd: scratch });
    const pack = JSON.parse(await readFile(join(scratch, 'rule-pack.json'), 'utf8')) as { id: string; council: string };
    expect([pack.id, pack.council]).toEqual(['cambs-cc', 'Example County Council']);
  });

  test('refuses to overwrite a file that exists, and leaves it alone', async () => {
    await writeFile(join(scratch, 'rule-pack.json'), 'mine');
    const run = await runMain(['pack', 'init'], { cwd: scratch });
    expect([run, await readFile(join(scratch, 'rule-pack.json'), 'utf8')]).toEqual([
      { code: 2, stdout: '', stderr: 'post-check: "rule-pack.json" already exists: choose another file name, or move the old file first.\n' },
      'mine',
    ]);
  });

  test('refuses an id that is not a pack id', async () => {
    expect(await runMain(['pack', 'init', '--id', 'Cambs CC'], { cwd: scratch })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'post-check: --id "Cambs CC" is not a pack id: Use lower-case letters, digits and hyphens, for example "cambridgeshire-cc".\n',
    });
  });

  test('makes ids from council names', () => {
    expect(['Cambridgeshire County Council', "King's Lynn & West Norfolk", '  Ynys Môn  ', 'x'.repeat(70)].map(packIdFor)).toEqual([
      'cambridgeshire-county-council',
      'kings-lynn-west-norfolk',
      'ynys-mon',
      'x'.repeat(64),
    ]);
  });
});
