import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, signerFromPem, type KeyPairPem } from '../../../src/cli/pack-crypto.js';
import { envelopeText, signEnvelope } from '../../../src/pack/envelope.js';

/** A pack server on 127.0.0.1 for the tests: serves one file with an ETag and Last-Modified. */
export interface PackServer {
  readonly url: string;
  /** The request headers seen, in order. */
  readonly requests: IncomingHttpHeaders[];
  /** Replaces what is served (a new ETag each time). */
  serve(body: Uint8Array | string): void;
  /** Sends the headers for the whole body, then only `bytes` of it, then hangs up. */
  truncateTo(bytes: number | null): void;
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  let body = Buffer.alloc(0);
  let etag = '"0"';
  let version = 0;
  let cutAt: number | null = null;
  const lastModified = 'Fri, 20 Nov 2026 09:00:00 GMT';
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.headers);
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag, 'Last-Modified': lastModified });
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length), ETag: etag, 'Last-Modified': lastModified });
    if (cutAt === null) {
      response.end(body);
      return;
    }
    response.write(body.subarray(0, cutAt), () => response.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/northbridge.postcheck-pack`,
    requests,
    serve(next) {
      body = Buffer.from(next);
      etag = `"${++version}"`;
    },
    truncateTo(bytes) {
      cutAt = bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An Ed25519 key pair made for the test. */
export function testKey(): KeyPairPem {
  return generateKeyPair();
}

/** The pack's JSON as a signed envelope file. */
export function signedPack(pack: object, key: KeyPairPem): string {
  return envelopeText(signEnvelope(new TextEncoder().encode(JSON.stringify(pack, null, 2)), signerFromPem(key.privatePem)));
}
