import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VERSION } from '../../../src/cli/version.js';
import { CUSTOM_ONLY, ROOT } from './run-main.js';

// The installed command: bin/post-check.mjs importing the bundle that scripts/build-cli.mjs makes,
// built into a scratch folder laid out like the package (bin/ beside dist/).
let scratch: string;
let bin: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'post-check-bin-'));
  await mkdir(join(scratch, 'bin'));
  await copyFile(join(ROOT, 'bin/post-check.mjs'), join(scratch, 'bin/post-check.mjs'));
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outfile', join(scratch, 'dist/post-check.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  bin = join(scratch, 'bin/post-check.mjs');
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function run(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built post-check command', () => {
  test('prints its version', () => {
    expect(run(['--version'])).toEqual({ status: 0, stdout: `post-check ${VERSION}\n`, stderr: '' });
  });

  test('reads a draft on stdin and exits 1 when something must be fixed first', () => {
    const result = run(['--pack', CUSTOM_ONLY, '--json'], 'All going well on Project Kestrel.');
    expect([result.status, (JSON.parse(result.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)]).toEqual([1, ['custom-only/kestrel']]);
  });

  test('exits 2 with one line on stderr for bad input', () => {
    expect(run(['missing.txt'])).toEqual({ status: 2, stdout: '', stderr: 'post-check: cannot find the draft file "missing.txt".\n' });
  });
});

describe('the development entry point (tsx)', () => {
  test('runs src/cli/main.ts directly', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 0, stdout: `post-check ${VERSION}\n` });
  }, 30_000);
});
