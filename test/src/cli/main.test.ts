import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECK_HELP, PACK_HELP } from '../../../src/cli/help.js';
import { VERSION } from '../../../src/cli/version.js';
import { CUSTOM_ONLY, ROOT, runMain } from './run-main.js';

// The custom-only pack switches the twelve built-in checks off, so these tests see only its own
// three rules (block "Project Kestrel", warn "the dump", advise "!!!"), however the built-in checks change.
const MIXED = readFileSync(join(ROOT, 'test/fixtures/drafts/mixed.txt'), 'utf8');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'post-check-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('post-check: checking one draft', () => {
  test('lists each finding with position, severity, excerpt, message, clause and suggestion, then a summary, and exits 1', async () => {
    const run = await runMain(['--pack', CUSTOM_ONLY, 'test/fixtures/drafts/mixed.txt']);
    expect(run).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '1:11  Tip  [custom-only/exclamations]',
        '    “!!!”',
        '    Several exclamation marks in a row can read as shouting.',
        '    Rule: Your council\'s rules, Northbridge District Council: “Do not blog or tweet in haste.”',
        '',
        '2:1  Check this  [custom-only/official-names]',
        '    “The dump”',
        "    Use the council's own name for the service, so residents can find it.",
        '    Rule: Your council\'s rules, Northbridge District Council: “Use the names residents will find on the council\'s website.”',
        '    Try: Use “the Household Recycling Centre” instead.',
        '',
        '2:33  Fix before posting  [custom-only/kestrel]',
        '    “Project Kestrel”',
        '    This names a confidential procurement that has not been announced.',
        '    Rule: Your council\'s rules, Northbridge District Council: “Do not write or report on matters that are meant to be confidential.”',
        '    Try: Leave the project out until the council announces it.',
        '',
        '1 thing to fix before posting, 1 to check, 1 tip.',
        '',
      ].join('\n'),
    });
  });

  test('prints findings and the pack as JSON with --json, spans into the text as typed', async () => {
    const run = await runMain(['check', '--json', '--pack', CUSTOM_ONLY, '-'], { stdin: MIXED });
    const kestrel = MIXED.indexOf('Project Kestrel');
    expect({ code: run.code, output: JSON.parse(run.stdout) }).toEqual({
      code: 1,
      output: {
        pack: { id: 'custom-only', version: 7 },
        findings: [
          expect.objectContaining({ ruleId: 'custom-only/exclamations', category: 'haste', severity: 'advise', start: MIXED.indexOf('!!!'), end: MIXED.indexOf('!!!') + 3, excerpt: '!!!' }),
          expect.objectContaining({ ruleId: 'custom-only/official-names', category: 'council-branding', severity: 'warn', excerpt: 'The dump', replacement: 'the Household Recycling Centre' }),
          {
            ruleId: 'custom-only/kestrel',
            category: 'confidential',
            severity: 'block',
            messageId: 'custom',
            message: 'This names a confidential procurement that has not been announced.',
            clause: 'Your council\'s rules, Northbridge District Council: “Do not write or report on matters that are meant to be confidential.”',
            start: kestrel,
            end: kestrel + 'Project Kestrel'.length,
            excerpt: 'Project Kestrel',
            suggestion: 'Leave the project out until the council announces it.',
          },
        ],
      },
    });
  });

  test('exits 0 when the only finding is one to check, and says so', async () => {
    const run = await runMain(['--pack', CUSTOM_ONLY], { stdin: 'The dump is shut on Monday.' });
    expect([run.code, run.stdout.split('\n').at(-2)]).toEqual([0, 'Nothing to fix, 1 thing to check.']);
  });

  test('says there is nothing to fix when nothing is found', async () => {
    const run = await runMain(['--pack', CUSTOM_ONLY, 'test/fixtures/drafts/civic.txt']);
    expect(run).toEqual({ code: 0, stdout: 'Nothing to fix. Read it once more before you post.\n', stderr: '' });
  });

  test('accepts empty input and says there is nothing to check', async () => {
    expect(await runMain([], { stdin: '' })).toEqual({ code: 0, stdout: 'Nothing to check.\n', stderr: '' });
  });

  test('tells someone at a terminal how to finish typing the post', async () => {
    expect(await runMain([], { stdin: '', isTTY: true })).toEqual({
      code: 0,
      stdout: 'Nothing to check.\n',
      stderr: 'Type or paste the post, then press Ctrl-D (Ctrl-Z then Enter on Windows).\n',
    });
  });

  test('names the bundled Members\' Code as the pack when no pack is given', async () => {
    const run = await runMain(['--json'], { stdin: '  \n' });
    expect(JSON.parse(run.stdout)).toEqual({ findings: [], pack: { id: 'members-code', version: 1 } });
  });

  test('accepts platform, capacity and time options', async () => {
    const run = await runMain(['--pack', CUSTOM_ONLY, '--platform', 'Facebook', '--capacity', 'campaign', '--at', '2027-04-20T23:30'], { stdin: 'Surgery on Saturday.' });
    expect(run).toEqual({ code: 0, stdout: 'Nothing to fix. Read it once more before you post.\n', stderr: '' });
  });

  test('prints help, and the version', async () => {
    expect(await runMain(['--help'])).toEqual({ code: 0, stdout: CHECK_HELP, stderr: '' });
    expect(await runMain(['check', '-h'])).toEqual({ code: 0, stdout: CHECK_HELP, stderr: '' });
    expect(await runMain(['help', 'pack'])).toEqual({ code: 0, stdout: PACK_HELP, stderr: '' });
    expect(await runMain(['--version'])).toEqual({ code: 0, stdout: `post-check ${VERSION}\n`, stderr: '' });
  });

  test('keeps its version equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('post-check: bad input and usage exit 2 with one line saying why', () => {
  async function failure(argv: string[], stdin?: string | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
    return runMain(argv, stdin === undefined ? {} : { stdin });
  }

  test.each([
    [['no-such-draft.txt'], 'post-check: cannot find the draft file "no-such-draft.txt".'],
    [['test/fixtures'], 'post-check: the draft file "test/fixtures" is a folder, not a file.'],
    [['--pack', 'missing-pack.json'], 'post-check: cannot find the pack file "missing-pack.json".'],
    [['--at', 'tomorrow'], 'post-check: --at "tomorrow" is not a date or time I can read: use a date such as 2026-11-20, or a date and UK time such as 2026-11-20T21:30 (or with an offset: 2026-11-20T21:30:00Z).'],
    [['--at', '2027-02-30'], 'post-check: --at "2027-02-30" is not a real date: use a date such as 2026-11-20, or a date and UK time such as 2026-11-20T21:30 (or with an offset: 2026-11-20T21:30:00Z).'],
    [['--colour'], 'post-check: unknown option --colour. Run "post-check --help" to see the options.'],
    [['-x'], 'post-check: unknown option -x. Run "post-check --help" to see the options.'],
    [['--pack'], 'post-check: --pack needs a value. Run "post-check --help" to see the options.'],
    [['--json=yes'], 'post-check: --json does not take a value. Run "post-check --help" to see the options.'],
    [['--platform', 'tiktok'], 'post-check: unknown platform "tiktok": use one of x, facebook, instagram, linkedin, bluesky, threads, nextdoor, mastodon, whatsapp.'],
    [['--capacity', 'mayor'], 'post-check: unknown capacity "mayor": use one of personal, councillor, campaign.'],
    [['one.txt', 'two.txt'], 'post-check: unexpected argument "two.txt". Run "post-check --help" to see how to use it.'],
    [['help', 'frobnicate'], 'post-check: there is no command called "frobnicate": use check, batch, pack or clauses.'],
  ])('%j', async (argv, message) => {
    expect(await failure(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  test('an invalid pack: says which field and why, and how to see every problem', async () => {
    expect(await failure(['--pack', 'test/fixtures/packs/bad.json'], 'Hello')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'post-check: the pack "test/fixtures/packs/bad.json" is not valid: id: Use lower-case letters, digits and hyphens, for example "cambridgeshire-cc" ' +
        '(and 5 more problems: run "post-check pack validate test/fixtures/packs/bad.json" to see them all).\n',
    });
  });

  test('binary input with NUL bytes', async () => {
    expect(await failure([], Buffer.from([0x48, 0x69, 0x00, 0x01]))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'post-check: the input looks like a binary file, not text: it contains NUL bytes.\n',
    });
  });

  test('input that is not UTF-8', async () => {
    await writeFile(join(scratch, 'latin1.txt'), Buffer.from('Caf\xe9 on the High Street', 'latin1'));
    expect(await runMain(['latin1.txt'], { cwd: scratch })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'post-check: the draft file "latin1.txt" is not UTF-8 text: save it as UTF-8 and try again.\n',
    });
  });

  test('a draft over 1 MB, from a file or from stdin', async () => {
    const big = 'a'.repeat(1024 * 1024 + 1);
    await writeFile(join(scratch, 'big.txt'), big);
    expect(await runMain(['big.txt'], { cwd: scratch })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'post-check: the draft file "big.txt" is 1.0 MB; the largest accepted is 1 MB.\n',
    });
    expect(await failure([], big)).toEqual({ code: 2, stdout: '', stderr: 'post-check: the draft is more than 1.0 MB; the largest accepted is 1 MB.\n' });
  });

  test('a draft longer than the engine checks', async () => {
    expect(await failure([], 'word '.repeat(30_000))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'post-check: the draft is 150,000 characters; the longest checked is 100,000.\n',
    });
  });

  test('a draft path that is a folder, not a file', async () => {
    expect(await runMain(['.'], { cwd: scratch })).toEqual({ code: 2, stdout: '', stderr: 'post-check: the draft file "." is a folder, not a file.\n' });
  });
});
