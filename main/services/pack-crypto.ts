import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { keyIdOf, type EnvelopeCrypto, type EnvelopeSigner, type EnvelopeVerifier } from '../../src/pack/envelope.js';

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

/** An Ed25519 key pair as PEM text: PKCS #8 for the private key, SPKI for the public key. */
export interface KeyPairPem {
  readonly privatePem: string;
  readonly publicPem: string;
}

/** A private key ready to sign packs, with its public half. */
export interface PackSigningKey {
  readonly signer: EnvelopeSigner;
  readonly publicPem: string;
  /** The key id: what councillors are shown to confirm. */
  readonly fingerprint: string;
}

/** Making and using the Monitoring Officer's signing key (the same formats as `post-check pack keygen` and `sign`). */
export interface PackSigningCrypto {
  generateKeyPair(): KeyPairPem;
  /** A signing key from an Ed25519 private key in PEM form; null when the text is not one. */
  signingKeyFromPem(privatePem: string): PackSigningKey | null;
}

export const nodePackSigning: PackSigningCrypto = {
  generateKeyPair() {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return {
      privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  },
  signingKeyFromPem(privatePem) {
    let key: KeyObject;
    try {
      key = createPrivateKey(privatePem);
    } catch {
      return null;
    }
    if (key.asymmetricKeyType !== 'ed25519') return null;
    const publicKey = createPublicKey(key);
    const fingerprint = keyIdOf(rawPublicKey(publicKey), nodePackCrypto);
    return {
      signer: { keyid: fingerprint, sign: (message) => new Uint8Array(sign(null, message, key)) },
      publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      fingerprint,
    };
  },
};
