import { mkdtemp, readFile, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { signerFromPem } from '../../../src/cli/pack-crypto.js';
import { signEnvelope } from '../../../src/pack/envelope.js';
import { runMain, ROOT } from './run-main.js';

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'post-check-sign-'));
  await copyFile(join(ROOT, 'test/fixtures/packs/good.json'), join(scratch, 'good.json'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const run = (argv: string[]) => runMain(argv, { cwd: scratch });

async function fingerprint(name: string): Promise<string> {
  const made = await run(['pack', 'keygen', '--out', name]);
  return /Key fingerprint: ([0-9a-f]{16})/.exec(made.stdout)?.[1] ?? 'none';
}

describe('post-check pack keygen', () => {
  test('writes a private key readable only by its owner and a public key, and never prints the private key', async () => {
    const made = await run(['pack', 'keygen', '--out', 'mo']);
    const privateKey = await readFile(join(scratch, 'mo.key'), 'utf8');
    const publicKey = await readFile(join(scratch, 'mo.pub'), 'utf8');
    expect({
      code: made.code,
      fingerprint: /^Key fingerprint: [0-9a-f]{16}$/m.test(made.stdout),
      mode: (await stat(join(scratch, 'mo.key'))).mode & 0o777,
      kinds: [privateKey.split('\n')[0], publicKey.split('\n')[0]],
      leaked: made.stdout.includes(privateKey.split('\n')[1]!),
    }).toEqual({ code: 0, fingerprint: true, mode: 0o600, kinds: ['-----BEGIN PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----'], leaked: false });
  });

  test('refuses to overwrite a key', async () => {
    await writeFile(join(scratch, 'mo.pub'), 'mine');
    expect([await run(['pack', 'keygen', '--out', 'mo']), await readFile(join(scratch, 'mo.pub'), 'utf8')]).toEqual([
      { code: 2, stdout: '', stderr: 'post-check: "mo.pub" already exists: choose another name, or move the old keys first.\n' },
      'mine',
    ]);
  });
});

describe('post-check pack sign and verify', () => {
  test('a signed pack verifies with its key and holds the exact pack bytes', async () => {
    const key = await fingerprint('mo');
    const signed = await run(['pack', 'sign', 'good.json', '--key', 'mo.key']);
    const envelope = JSON.parse(await readFile(join(scratch, 'good.postcheck-pack'), 'utf8')) as { payload: string };
    expect([
      signed,
      Buffer.from(envelope.payload, 'base64').equals(await readFile(join(scratch, 'good.json'))),
      await run(['pack', 'verify', 'good.postcheck-pack', '--pubkey', 'mo.pub']),
    ]).toEqual([
      { code: 0, stderr: '', stdout: `Signed Northbridge District Council pack northbridge-dc version 3 with key ${key}: wrote good.postcheck-pack.\n` },
      true,
      { code: 0, stderr: '', stdout: `Signature good: Northbridge District Council pack northbridge-dc version 3, key ${key}.\n` },
    ]);
  });

  test('fails when one byte of the payload is changed', async () => {
    const key = await fingerprint('mo');
    await run(['pack', 'sign', 'good.json', '--key', 'mo.key', '--out', 'signed.postcheck-pack']);
    const file = join(scratch, 'signed.postcheck-pack');
    const envelope = JSON.parse(await readFile(file, 'utf8')) as { payload: string };
    const bytes = Buffer.from(envelope.payload, 'base64');
    bytes[bytes.indexOf('Northbridge')] = 'M'.charCodeAt(0);
    await writeFile(file, JSON.stringify({ ...envelope, payload: bytes.toString('base64') }));
    expect(await run(['pack', 'verify', 'signed.postcheck-pack', '--pubkey', 'mo.pub'])).toEqual({
      code: 1,
      stderr: '',
      stdout: `Bad signature: signed.postcheck-pack has been changed since it was signed by key ${key}, or its signature is damaged. Do not use it.\n`,
    });
  });

  test('fails with the wrong key, naming both keys', async () => {
    const key = await fingerprint('mo');
    const other = await fingerprint('other');
    await run(['pack', 'sign', 'good.json', '--key', 'mo.key']);
    expect(await run(['pack', 'verify', 'good.postcheck-pack', '--pubkey', 'other.pub'])).toEqual({
      code: 1,
      stderr: '',
      stdout: `Unknown key: good.postcheck-pack was signed by key ${key}, not by the key in other.pub (${other}).\n`,
    });
  });

  test('says when a file is not a signed pack', async () => {
    await fingerprint('mo');
    await writeFile(join(scratch, 'odd.json'), '{ "payloadType": "text/plain", "payload": "aGk=", "signatures": [] }');
    const verdicts = await Promise.all(['good.json', 'odd.json'].map((file) => run(['pack', 'verify', file, '--pubkey', 'mo.pub'])));
    expect(verdicts.map((verdict) => [verdict.code, verdict.stdout.split(':')[0]])).toEqual([
      [1, 'good.json is not signed'],
      [1, 'odd.json is not a signed pack'],
    ]);
  });

  test('refuses to sign an invalid pack, listing its problems', async () => {
    await fingerprint('mo');
    await copyFile(join(ROOT, 'test/fixtures/packs/bad.json'), join(scratch, 'bad.json'));
    const signed = await run(['pack', 'sign', 'bad.json', '--key', 'mo.key']);
    expect([signed.code, signed.stdout.split('\n').at(-2), await stat(join(scratch, 'bad.postcheck-pack')).catch(() => 'absent')]).toEqual([
      1,
      'Not signed: bad.json has 6 problems to fix first.',
      'absent',
    ]);
  });

  test('says when the signature is good but the pack inside is not valid', async () => {
    await fingerprint('mo');
    // A hand-built envelope around a pack that "pack sign" would have refused.
    const payload = new TextEncoder().encode('{ "id": "Northbridge DC", "version": 1, "council": "Northbridge" }');
    await writeFile(join(scratch, 'loose.postcheck-pack'), JSON.stringify(signEnvelope(payload, signerFromPem(await readFile(join(scratch, 'mo.key'))))));
    const verdict = await run(['pack', 'verify', 'loose.postcheck-pack', '--pubkey', 'mo.pub']);
    expect([verdict.code, verdict.stdout.startsWith('The signature is good, but the pack inside loose.postcheck-pack is not valid: id: Use lower-case')]).toEqual([1, true]);
  });

  test.each([
    [['pack', 'sign', 'good.json'], 'post-check: say which private key to sign with: --key NAME.key (make one with "post-check pack keygen").'],
    [['pack', 'sign', 'good.json', '--key', 'mo.pub'], 'post-check: "mo.pub" is a public key: sign with the private key (the .key file).'],
    [['pack', 'verify', 'good.json', '--pubkey', 'mo.key'], 'post-check: "mo.key" is a private key: verify with the public key (the .pub file), and keep the private key to yourself.'],
    [['pack', 'verify', 'good.json', '--pubkey', 'good.json'], 'post-check: "good.json" is not an Ed25519 public key'],
  ])('exits 2 on a usage or key problem: %j', async (argv, message) => {
    await fingerprint('mo');
    const result = await run(argv);
    expect([result.code, result.stdout, result.stderr.startsWith(message)]).toEqual([2, '', true]);
  });
});
