import { z } from 'zod';

/**
 * The signed pack file (".postcheck-pack"): a DSSE-style envelope around the exact bytes of a
 * pack. The signature covers PAE(payloadType, payload bytes), never re-serialised JSON, so
 * what was signed is byte for byte what is checked. Hashing and signing come in through
 * `EnvelopeCrypto`, so this file runs anywhere.
 */

export const PACK_PAYLOAD_TYPE = 'application/vnd.councillor-post-check.pack+json';

/** A flat character-class test (a repeated group overflows the regex stack on megabytes of text). */
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/** Strict base64: padded to a multiple of four, padding only at the end. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64_CHARS.test(text);
}
const KEY_ID = /^[0-9a-f]{16}$/;

export const EnvelopeSignature = z.strictObject({
  keyid: z.string().regex(KEY_ID, 'A key id is 16 lower-case hex digits.'),
  sig: z.string().min(1).refine(isBase64, 'A signature is base64 text.'),
});

export const Envelope = z.strictObject({
  payloadType: z.literal(PACK_PAYLOAD_TYPE),
  payload: z.string().min(1).refine(isBase64, 'The payload is base64 text.'),
  signatures: z.array(EnvelopeSignature).min(1),
});
export type Envelope = z.infer<typeof Envelope>;

/** Hashing and Ed25519, supplied by the platform (node:crypto in the CLI and the app). */
export interface EnvelopeCrypto {
  sha256(bytes: Uint8Array): Uint8Array;
}

/** Signs with one private key; `keyid` names its public key. */
export interface EnvelopeSigner {
  readonly keyid: string;
  sign(message: Uint8Array): Uint8Array;
}

/** Checks signatures made by one public key. */
export interface EnvelopeVerifier {
  readonly keyid: string;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map([...ALPHABET].map((char, index) => [char, index]));

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Decodes strict base64 (padded, no line breaks); null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (!isBase64(text)) return null;
  const body = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of body) {
    value = (value << 6) | DECODE.get(char)!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 255;
    }
  }
  return out;
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0) & 127);
}

/** DSSE's pre-authentication encoding: "DSSEv1 <len> <type> <len> <body>". */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Uint8Array {
  const head = ascii(`DSSEv1 ${payloadType.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** The key id: the first 16 hex digits of the SHA-256 of the raw 32-byte public key. */
export function keyIdOf(rawPublicKey: Uint8Array, crypto: EnvelopeCrypto): string {
  return [...crypto.sha256(rawPublicKey).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Wraps the exact pack bytes in a signed envelope. */
export function signEnvelope(payload: Uint8Array, signer: EnvelopeSigner): Envelope {
  const sig = signer.sign(preAuthEncoding(PACK_PAYLOAD_TYPE, payload));
  return { payloadType: PACK_PAYLOAD_TYPE, payload: toBase64(payload), signatures: [{ keyid: signer.keyid, sig: toBase64(sig) }] };
}

export function envelopeText(envelope: Envelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

export type OpenEnvelopeResult = { ok: true; envelope: Envelope; payload: Uint8Array } | { ok: false; reason: string };

/** True when parsed JSON looks like an envelope (it has a payloadType), signed or not. */
export function looksLikeEnvelope(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'payloadType' in json;
}

/** Shape-checks an envelope and decodes its payload; does not check signatures. */
export function openEnvelope(json: unknown): OpenEnvelopeResult {
  if (!looksLikeEnvelope(json)) return { ok: false, reason: 'it is not a signed rule pack: ask your Monitoring Officer for the signed .postcheck-pack file.' };
  const parsed = Envelope.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, reason: `it is not a well-formed signed pack${where}: ${issue?.message ?? 'unexpected shape'}.` };
  }
  const payload = fromBase64(parsed.data.payload);
  if (!payload) return { ok: false, reason: 'its payload is not base64.' };
  return { ok: true, envelope: parsed.data, payload };
}

export type VerifyResult = { ok: true; keyid: string } | { ok: false; problem: 'unknown-key' | 'bad-signature'; keyids: string[] };

/** Good when any signature is by one of the trusted keys and checks out over the exact payload. */
export function verifyEnvelope(envelope: Envelope, payload: Uint8Array, trusted: readonly EnvelopeVerifier[]): VerifyResult {
  const message = preAuthEncoding(envelope.payloadType, payload);
  const keyids = envelope.signatures.map((signature) => signature.keyid);
  let known = false;
  for (const signature of envelope.signatures) {
    const verifier = trusted.find((candidate) => candidate.keyid === signature.keyid);
    if (!verifier) continue;
    known = true;
    const sig = fromBase64(signature.sig);
    if (sig && verifier.verify(message, sig)) return { ok: true, keyid: verifier.keyid };
  }
  return { ok: false, problem: known ? 'bad-signature' : 'unknown-key', keyids };
}
