import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { envelopeText, openEnvelope, signEnvelope, verifyEnvelope } from '../pack/envelope.js';
import { formatProblems, loadPack, MAX_PACK_BYTES } from '../pack/load-pack.js';
import { parseOptions, takePositionals } from './args.js';
import { PACK_KEYGEN_HELP, PACK_SIGN_HELP, PACK_VERIFY_HELP } from './help.js';
import { CliError, oneLine, readFileBytes, writeOut, type CliIo } from './io.js';
import { fingerprintOf, generateKeyPair, signerFromPem, verifierFromPem } from './pack-crypto.js';
import { readPackOrEnvelope, writeNewFile } from './pack-source.js';

/** `pack keygen`, `pack sign` and `pack verify`: Ed25519 signatures over the exact pack bytes. */

const KEY_BYTES = 16 * 1024;

async function exists(io: CliIo, name: string): Promise<boolean> {
  return access(resolve(io.cwd, name)).then(
    () => true,
    () => false,
  );
}

export async function packKeygen(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' }, out: { type: 'string' } }, 'post-check pack keygen');
  if (values.help) return writeOut(io.stdout, PACK_KEYGEN_HELP).then(() => 0);
  takePositionals(positionals, 0, 'post-check pack keygen');
  if (!values.out) throw new CliError('say where to write the keys: post-check pack keygen --out NAME (writes NAME.key and NAME.pub).');
  const privateName = `${values.out}.key`;
  const publicName = `${values.out}.pub`;
  for (const name of [privateName, publicName]) {
    if (await exists(io, name)) throw new CliError(`"${name}" already exists: choose another name, or move the old keys first.`);
  }
  const pair = generateKeyPair();
  await writeNewFile(io, privateName, pair.privatePem, { mode: 0o600 });
  await writeNewFile(io, publicName, pair.publicPem);
  await writeOut(
    io.stdout,
    `Wrote ${privateName} (the private key: keep it secret, and never send it to anyone) and ${publicName} (the public key: give it to councillors).\n` +
      `Key fingerprint: ${fingerprintOf(pair.publicPem)}\n`,
  );
  return 0;
}

async function readKey(io: CliIo, name: string, what: string): Promise<Uint8Array> {
  return readFileBytes(name, io, what, KEY_BYTES, (size) => `the ${what} "${name}" is ${size}: that is not a key file.`);
}

export async function packSign(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' }, key: { type: 'string' }, out: { type: 'string' } }, 'post-check pack sign');
  if (values.help) return writeOut(io.stdout, PACK_SIGN_HELP).then(() => 0);
  const [file] = takePositionals(positionals, 1, 'post-check pack sign');
  if (file === undefined) throw new CliError('say which pack to sign: post-check pack sign FILE --key KEY.');
  if (!values.key) throw new CliError('say which private key to sign with: --key NAME.key (make one with "post-check pack keygen").');
  const out = values.out ?? `${file.replace(/\.json$/i, '')}.postcheck-pack`;
  if (resolve(io.cwd, out) === resolve(io.cwd, file)) throw new CliError('--out names the pack itself: choose another file for the signed pack.');
  const keyText = await readKey(io, values.key, 'private key');
  if (Buffer.from(keyText).includes('PUBLIC KEY')) throw new CliError(`"${values.key}" is a public key: sign with the private key (the .key file).`);
  let signer;
  try {
    signer = signerFromPem(keyText);
  } catch (error) {
    throw new CliError(`"${values.key}" is not an Ed25519 private key: ${(error as Error).message}.`);
  }
  const bytes = await readFileBytes(file, io, 'pack file', MAX_PACK_BYTES, (size) => `the pack file "${file}" is ${size}; the largest accepted is 5 MB.`);
  const result = loadPack(bytes);
  if (!result.ok) {
    const lines = formatProblems(result.errors).map((problem) => `${file}: ${oneLine(problem)}\n`);
    const count = result.errors.length;
    await writeOut(io.stdout, `${lines.join('')}Not signed: ${file} has ${count} problem${count === 1 ? '' : 's'} to fix first.\n`);
    return 1;
  }
  await writeNewFile(io, out, envelopeText(signEnvelope(bytes, signer)), { overwrite: true });
  await writeOut(io.stdout, `Signed ${result.pack.council} pack ${result.pack.id} version ${result.pack.version} with key ${signer.keyid}: wrote ${out}.\n`);
  return 0;
}

/** One sentence saying whether `file` is a good pack signed by the key, and why not. */
async function verdict(file: string, pubkey: string, io: CliIo): Promise<{ good: boolean; text: string }> {
  const keyText = await readKey(io, pubkey, 'public key');
  if (Buffer.from(keyText).includes('PRIVATE KEY')) throw new CliError(`"${pubkey}" is a private key: verify with the public key (the .pub file), and keep the private key to yourself.`);
  let verifier;
  try {
    verifier = verifierFromPem(keyText);
  } catch (error) {
    throw new CliError(`"${pubkey}" is not an Ed25519 public key: ${(error as Error).message}.`);
  }
  const source = await readPackOrEnvelope(file, io);
  if (source.kind === 'pack') return { good: false, text: `${file} is not signed: it is a plain pack. Sign it with "post-check pack sign".` };
  if (source.kind === 'other') return { good: false, text: `${file} is not a signed pack: it is not JSON.` };
  const opened = openEnvelope(source.json);
  if (!opened.ok) return { good: false, text: `${file} is not a signed pack: ${opened.reason}` };
  const checked = verifyEnvelope(opened.envelope, opened.payload, [verifier]);
  if (!checked.ok && checked.problem === 'unknown-key') {
    return { good: false, text: `Unknown key: ${file} was signed by key ${checked.keyids.join(', ')}, not by the key in ${pubkey} (${verifier.keyid}).` };
  }
  if (!checked.ok) return { good: false, text: `Bad signature: ${file} has been changed since it was signed by key ${verifier.keyid}, or its signature is damaged. Do not use it.` };
  const result = loadPack(opened.payload);
  if (!result.ok) {
    const [first] = formatProblems(result.errors);
    return { good: false, text: `The signature is good, but the pack inside ${file} is not valid: ${oneLine(first ?? '').replace(/\.$/, '')}.` };
  }
  return { good: true, text: `Signature good: ${result.pack.council} pack ${result.pack.id} version ${result.pack.version}, key ${checked.keyid}.` };
}

export async function packVerify(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' }, pubkey: { type: 'string' } }, 'post-check pack verify');
  if (values.help) return writeOut(io.stdout, PACK_VERIFY_HELP).then(() => 0);
  const [file] = takePositionals(positionals, 1, 'post-check pack verify');
  if (file === undefined) throw new CliError('say which signed pack to check: post-check pack verify FILE --pubkey KEY.pub.');
  if (!values.pubkey) throw new CliError('say which public key to check against: --pubkey NAME.pub.');
  const { good, text } = await verdict(file, values.pubkey, io);
  await writeOut(io.stdout, `${text}\n`);
  return good ? 0 : 1;
}
