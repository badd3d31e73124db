import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  fromBase64,
  keyIdOf,
  openEnvelope,
  PACK_PAYLOAD_TYPE,
  preAuthEncoding,
  signEnvelope,
  toBase64,
  verifyEnvelope,
  type EnvelopeCrypto,
  type EnvelopeSigner,
  type EnvelopeVerifier,
} from '../../../src/pack/envelope.js';

const crypto: EnvelopeCrypto = { sha256: (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest()) };

function keys(): { signer: EnvelopeSigner; verifier: EnvelopeVerifier } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url'));
  const keyid = keyIdOf(raw, crypto);
  return {
    signer: { keyid, sign: (message) => new Uint8Array(sign(null, message, privateKey)) },
    verifier: { keyid, verify: (message, signature) => verify(null, message, publicKey, signature) },
  };
}

const PACK = new TextEncoder().encode('{ "id": "northbridge-dc",  "version": 3 }\n');

describe('base64', () => {
  test('encodes and decodes like Node for every padding length', () => {
    const samples = ['', 'a', 'ab', 'abc', 'abcd', 'Ynys Môn £5 ✓'].map((text) => new TextEncoder().encode(text));
    expect(samples.map((bytes) => [toBase64(bytes), Buffer.from(fromBase64(toBase64(bytes))!).toString('utf8')])).toEqual(
      samples.map((bytes) => [Buffer.from(bytes).toString('base64'), Buffer.from(bytes).toString('utf8')]),
    );
  });

  test('refuses text that is not strict base64', () => {
    expect(['abc', 'ab=c', 'a b=', 'abcd\n'].map(fromBase64)).toEqual([null, null, null, null]);
  });
});

describe('signed envelopes', () => {
  test('carry the exact pack bytes and a 16-hex key id', () => {
    const { signer } = keys();
    const envelope = signEnvelope(PACK, signer);
    expect({ type: envelope.payloadType, payload: Buffer.from(envelope.payload, 'base64').equals(Buffer.from(PACK)), keyid: /^[0-9a-f]{16}$/.test(envelope.signatures[0]!.keyid) }).toEqual({
      type: PACK_PAYLOAD_TYPE,
      payload: true,
      keyid: true,
    });
  });

  test('sign the DSSE pre-authentication encoding', () => {
    expect(Buffer.from(preAuthEncoding('t/x', new Uint8Array([104, 105]))).toString('latin1')).toBe('DSSEv1 3 t/x 2 hi');
  });

  test('verify with the signing key', () => {
    const { signer, verifier } = keys();
    const opened = openEnvelope(JSON.parse(JSON.stringify(signEnvelope(PACK, signer))));
    expect(opened.ok && verifyEnvelope(opened.envelope, opened.payload, [verifier])).toEqual({ ok: true, keyid: signer.keyid });
  });

  test('fail when one byte of the payload changes', () => {
    const { signer, verifier } = keys();
    const envelope = signEnvelope(PACK, signer);
    const tampered = Uint8Array.from(PACK);
    tampered[10] = tampered[10]! ^ 1;
    expect(verifyEnvelope(envelope, tampered, [verifier])).toEqual({ ok: false, problem: 'bad-signature', keyids: [signer.keyid] });
  });

  test('fail with an unknown key', () => {
    const { signer } = keys();
    const other = keys().verifier;
    expect(verifyEnvelope(signEnvelope(PACK, signer), PACK, [other])).toEqual({ ok: false, problem: 'unknown-key', keyids: [signer.keyid] });
  });

  test('fail when a signature claims a trusted key id but was made by another key', () => {
    const { verifier } = keys();
    const impostor = keys().signer;
    const envelope = signEnvelope(PACK, { keyid: verifier.keyid, sign: impostor.sign });
    expect(verifyEnvelope(envelope, PACK, [verifier]).ok).toBe(false);
  });

  test('say why a document is not an envelope', () => {
    expect([
      openEnvelope({ id: 'northbridge-dc' }),
      openEnvelope({ payloadType: 'text/plain', payload: 'aGk=', signatures: [{ keyid: '0123456789abcdef', sig: 'aGk=' }] }),
      openEnvelope({ payloadType: PACK_PAYLOAD_TYPE, payload: 'aGk=', signatures: [] }),
    ].map((result) => (result.ok ? 'ok' : result.reason.split(':')[0]))).toEqual([
      'it is not a signed rule pack',
      'it is not a well-formed signed pack at payloadType',
      'it is not a well-formed signed pack at signatures',
    ]);
  });
});

describe('base64 of a large pack', () => {
  test('decodes megabytes without overflowing the stack', () => {
    const bytes = new Uint8Array(4_000_000).map((_, i) => i % 251);
    const decoded = fromBase64(toBase64(bytes));
    expect(decoded !== null && Buffer.compare(Buffer.from(decoded), Buffer.from(bytes))).toBe(0);
  });

  test('refuses text that is not padded base64', () => {
    expect([fromBase64('abc'), fromBase64('ab=c'), fromBase64('a b=')]).toEqual([null, null, null]);
  });
});
