import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { keyIdOf, type EnvelopeCrypto, type EnvelopeSigner, type EnvelopeVerifier } from '../pack/envelope.js';

/** Ed25519 signing for packs, with node:crypto. */

export const nodeCrypto: EnvelopeCrypto = {
  sha256: (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest()),
};

export interface KeyPairPem {
  readonly privatePem: string;
  readonly publicPem: string;
}

export function generateKeyPair(): KeyPairPem {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

function rawPublicKey(key: KeyObject): Uint8Array {
  const { x } = key.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(x ?? '', 'base64url'));
}

function requireEd25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the ${what} is a ${key.asymmetricKeyType ?? 'different'} key, not an Ed25519 key`);
  return key;
}

/** The public key's fingerprint (its key id). Throws when the text is not an Ed25519 public key. */
export function fingerprintOf(publicPem: string | Uint8Array): string {
  return keyIdOf(rawPublicKey(requireEd25519(createPublicKey(Buffer.from(publicPem)), 'public key')), nodeCrypto);
}

export function signerFromPem(privatePem: string | Uint8Array): EnvelopeSigner {
  const key = requireEd25519(createPrivateKey(Buffer.from(privatePem)), 'private key');
  const keyid = keyIdOf(rawPublicKey(createPublicKey(key)), nodeCrypto);
  return { keyid, sign: (message) => new Uint8Array(sign(null, message, key)) };
}

export function verifierFromPem(publicPem: string | Uint8Array): EnvelopeVerifier {
  const key = requireEd25519(createPublicKey(Buffer.from(publicPem)), 'public key');
  return { keyid: keyIdOf(rawPublicKey(key), nodeCrypto), verify: (message, signature) => verify(null, message, key, signature) };
}
