import { describe, expect, test } from 'vitest';
import { BATCH_HELP } from '../../../src/cli/help.js';
import { CUSTOM_ONLY, runMain } from './run-main.js';

function line(value: unknown): string {
  return JSON.stringify(value);
}

const MATTER = { ref: '24/01234/FUL', title: 'Land north of Mill Road: 120 dwellings' };

describe('post-check batch', () => {
  test('writes one result per line in order, skips blank lines, and reports bad lines without stopping', async () => {
    const text = 'Great progress on Project Kestrel today!';
    const input = [
      line({ id: 'a1', text, labels: ['confidential'], context: { capacity: 'councillor', platform: 'x', date: '2026-11-20' }, why: 'ignored' }),
      '',
      '{"id": "b2", "text": ',
      line({ id: 'c3', labels: [] }),
      '   ',
      line({ text: 'No id here.', labels: ['gossip'] }),
      line({ id: 'e5', text: 'Gritters are out tonight.', context: { date: '2026-11-20T21:00:00Z', pendingMatters: [MATTER] } }),
      '[1, 2]',
    ].join('\n');
    const run = await runMain(['batch', '--pack', CUSTOM_ONLY], { stdin: `${input}\n` });
    const output = run.stdout.trimEnd().split('\n').map((row) => JSON.parse(row) as Record<string, unknown>);
    expect({ code: run.code, stderr: run.stderr, output }).toEqual({
      code: 0,
      stderr: '',
      output: [
        { id: 'a1', findings: [expect.objectContaining({ ruleId: 'custom-only/kestrel', severity: 'block', start: text.indexOf('Project'), excerpt: 'Project Kestrel' })] },
        { id: 'line-3', error: expect.stringMatching(/^not valid JSON: /) },
        { id: 'c3', error: 'text: Invalid input: expected string, received undefined' },
        { id: 'line-6', error: expect.stringMatching(/^id: Invalid input: expected string, received undefined; labels\[0\]: Invalid option/) },
        { id: 'e5', findings: [] },
        { id: 'line-8', error: expect.stringMatching(/^Invalid input/) },
      ],
    });
  });

  test('accepts Windows line endings and a byte-order mark', async () => {
    const run = await runMain(['batch', '--pack', CUSTOM_ONLY], { stdin: `\uFEFF${line({ id: 'w1', text: 'The dump is shut.' })}\r\n${line({ id: 'w2', text: 'Hello.' })}\r\n` });
    expect(run.stdout.trimEnd().split('\n').map((row) => (JSON.parse(row) as { id: string; findings: unknown[] }).findings.length)).toEqual([1, 0]);
  });

  test('prints nothing for empty input', async () => {
    expect(await runMain(['batch'], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('prints help', async () => {
    expect(await runMain(['batch', '--help'])).toEqual({ code: 0, stdout: BATCH_HELP, stderr: '' });
  });

  test.each([
    [['batch', '--json'], 'post-check: unknown option --json. Run "post-check batch --help" to see the options.'],
    [['batch', 'missing.jsonl'], 'post-check: cannot find the cases file "missing.jsonl".'],
    [['batch', '--pack', 'test/fixtures/packs/bad-semantic.json'], 'post-check: the pack "test/fixtures/packs/bad-semantic.json" is not valid: expires: The pack expires before it was issued: check both dates (and 4 more problems: run "post-check pack validate test/fixtures/packs/bad-semantic.json" to see them all).'],
  ])('usage errors exit 2: %j', async (argv, message) => {
    expect(await runMain(argv, { stdin: '' })).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
