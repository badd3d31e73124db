import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { keyIdOf, type EnvelopeCrypto, type EnvelopeVerifier } from '../../src/pack/envelope.js';

/** Hashing and Ed25519 checking for installed packs; passed to the pack service so tests can swap it. */
export interface PackCrypto extends EnvelopeCrypto {
  /** A verifier for an Ed25519 public key in PEM form; null when the text is not one. */
  verifierFromPem(publicPem: string): EnvelopeVerifier | null;
}

function rawPublicKey(key: KeyObject): Uint8Array {
  const { x } = key.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(x ?? '', 'base64url'));
}

export const nodePackCrypto: PackCrypto = {
  sha256: (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest()),
  verifierFromPem(publicPem) {
    let key: KeyObject;
    try {
      key = createPublicKey(publicPem);
    } catch {
      return null;
    }
    if (key.asymmetricKeyType !== 'ed25519') return null;
    return { keyid: keyIdOf(rawPublicKey(key), nodePackCrypto), verify: (message, signature) => verify(null, message, key, signature) };
  },
};
