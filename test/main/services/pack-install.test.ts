import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createDispatch } from '../../../main/dispatch.js';
import { PACK_MESSAGES } from '../../../main/services/messages.js';
import { PACK_CHECK_INTERVAL_MS, schedulePackChecks } from '../../../main/services/pack-service.js';
import type { PackStatus } from '../../../src/bridge/contract.js';
import { fromBase64, toBase64 } from '../../../src/pack/envelope.js';
import { makeApp, type TestApp } from '../helpers/app.js';
import { signedPack, startPackServer, testKey, type PackServer } from '../helpers/pack-server.js';
import { useTempDirs } from '../helpers/temp-dir.js';
import { createFakeClock } from '../helpers/fake-clock.js';

const tempDir = useTempDirs();
const GOOD = JSON.parse(readFileSync(new URL('../../fixtures/packs/good.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const keyA = testKey();
const keyB = testKey();
const stranger = testKey();

/** The fixture pack at a version, naming the keys that may sign it. */
function pack(version: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...GOOD, version, nextSigningKeys: [keyA.publicPem], ...extra };
}

function payloadHash(envelope: string): string {
  const payload = fromBase64((JSON.parse(envelope) as { payload: string }).payload)!;
  return createHash('sha256').update(payload).digest('hex');
}

const servers: PackServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serverWith(body: string): Promise<PackServer> {
  const server = await startPackServer();
  servers.push(server);
  server.serve(body);
  return server;
}

function app(dir = tempDir()): TestApp {
  return makeApp(dir, { allowLoopbackHttp: true });
}

/** Subscribes and confirms the key: version 3 signed by key A is active. */
async function subscribed(server: PackServer, target = app()): Promise<TestApp> {
  const pending = await target.services.methods.installPack({ kind: 'subscription', location: server.url });
  await target.services.methods.confirmPackTrust({ fingerprint: pending.pendingTrust!.fingerprint, accept: true });
  return target;
}

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<{ code: string; message: string }> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('expected a refusal');
}

const activeOf = (status: PackStatus) => ({ id: status.active.id, version: status.active.version });

describe('subscribing to a pack served over HTTP', () => {
  test('the first install waits for the councillor to trust the key, then becomes active', async () => {
    const envelope = signedPack(pack(3), keyA);
    const server = await serverWith(envelope);
    const { services } = app();
    const pending = await services.methods.installPack({ kind: 'subscription', location: server.url });
    expect({ active: pending.active.id, pendingTrust: pending.pendingTrust }).toEqual({
      active: 'members-code',
      pendingTrust: {
        packId: 'northbridge-dc',
        council: 'Northbridge District Council',
        version: 3,
        contact: { name: 'Priya Shah', role: 'Monitoring Officer', email: 'monitoring.officer@northbridge.example.gov.uk', phone: '01632 960123' },
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        replacesKey: false,
      },
    });

    const status = await services.methods.confirmPackTrust({ fingerprint: pending.pendingTrust!.fingerprint, accept: true });
    const hash = payloadHash(envelope);
    expect({ ...activeOf(status), hash: status.active.hash, signer: status.signerFingerprint, pending: status.pendingTrust, history: status.history.length }).toEqual({
      id: 'northbridge-dc',
      version: 3,
      hash,
      signer: pending.pendingTrust!.fingerprint,
      pending: null,
      history: 1,
    });
    // The window's engine and the copy records use the new pack.
    const state = services.methods.getAppState();
    expect({ council: state.pack.councilPack?.council, hash: state.pack.hash, checklist: services.packs.checklist().at(-1)?.id }).toEqual({
      council: 'Northbridge District Council',
      hash,
      checklist: 'declared-interests',
    });
  });

  test('declining the key installs nothing', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = app();
    const pending = await services.methods.installPack({ kind: 'subscription', location: server.url });
    const status = services.methods.confirmPackTrust({ fingerprint: pending.pendingTrust!.fingerprint, accept: false });
    expect({ active: status.active.id, pending: status.pendingTrust, result: status.subscription?.lastResult }).toEqual({
      active: 'members-code',
      pending: null,
      result: PACK_MESSAGES.declined,
    });
  });

  test('an update asks with ETag and Last-Modified, treats 304 as up to date, and installs a higher version with what changed', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services, dataDir } = await subscribed(server);
    const unchanged = await services.methods.checkPackNow();
    expect({ headers: server.requests.at(-1), result: unchanged.subscription?.lastResult, version: unchanged.active.version }).toMatchObject({
      headers: { 'if-none-match': '"1"', 'if-modified-since': 'Fri, 20 Nov 2026 09:00:00 GMT' },
      result: PACK_MESSAGES.upToDate,
      version: 3,
    });

    server.serve(signedPack(pack(4, { expires: '2027-09-01' }), keyA));
    const updated = await services.methods.checkPackNow();
    expect({ ...activeOf(updated), lastChange: updated.lastChange, history: updated.history.map((record) => record.version), problem: updated.problem }).toEqual({
      id: 'northbridge-dc',
      version: 4,
      lastChange: ['version 3 → 4', expect.stringContaining('expiry date')],
      history: [4, 3],
      problem: null,
    });

    // The installed pack, its trust and its subscription survive a restart.
    const reopened = app(dataDir).services.methods.getPackStatus();
    expect({ ...activeOf(reopened), location: reopened.subscription?.location, signer: reopened.signerFingerprint }).toEqual({
      id: 'northbridge-dc',
      version: 4,
      location: server.url,
      signer: updated.signerFingerprint,
    });
  });

  test('a pack with one byte changed is refused and the previous pack stays active', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    const envelope = JSON.parse(signedPack(pack(4), keyA)) as { payload: string };
    const payload = fromBase64(envelope.payload)!;
    const at = new TextDecoder().decode(payload).indexOf('Northbridge District Council');
    payload[at] = 'm'.charCodeAt(0);
    server.serve(JSON.stringify({ ...envelope, payload: toBase64(payload) }));
    expect(await refusal(services.methods.checkPackNow())).toEqual({ code: 'pack-refused', message: PACK_MESSAGES.badSignature });
    const status = services.methods.getPackStatus();
    expect({ ...activeOf(status), problem: status.problem, result: status.subscription?.lastResult }).toEqual({
      id: 'northbridge-dc',
      version: 3,
      problem: PACK_MESSAGES.badSignature,
      result: PACK_MESSAGES.badSignature,
    });
  });

  test('replaying an older version is refused', async () => {
    const old = signedPack(pack(3), keyA);
    const server = await serverWith(old);
    const { services } = await subscribed(server);
    server.serve(signedPack(pack(4), keyA));
    await services.methods.checkPackNow();
    server.serve(old);
    expect(await refusal(services.methods.checkPackNow())).toEqual({ code: 'pack-refused', message: 'Version 3 of northbridge-dc is not newer than the installed version 4, so it was not installed.' });
    expect(activeOf(services.methods.getPackStatus())).toEqual({ id: 'northbridge-dc', version: 4 });
  });

  test('a pack signed by a key not trusted for the pack id is refused, and waits for the councillor to confirm the new key', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    server.serve(signedPack(pack(4, { nextSigningKeys: [stranger.publicPem] }), stranger));
    const { code, message } = await refusal(services.methods.checkPackNow());
    expect({ code, message }).toEqual({
      code: 'pack-refused',
      message: expect.stringMatching(/^The pack is signed with a key \([0-9a-f]{16}\) that you have not trusted for northbridge-dc, so it was not installed: if your Monitoring Officer has changed their key/),
    });
    const status = services.methods.getPackStatus();
    expect({ ...activeOf(status), waiting: status.pendingTrust && { version: status.pendingTrust.version, replacesKey: status.pendingTrust.replacesKey } }).toEqual({
      id: 'northbridge-dc',
      version: 3,
      waiting: { version: 4, replacesKey: true },
    });
  });

  test('once a new key is confirmed it replaces the old one: the old key then needs confirming again', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    server.serve(signedPack(pack(4, { nextSigningKeys: [stranger.publicPem] }), stranger));
    await refusal(services.methods.checkPackNow());
    const fingerprint = services.methods.getPackStatus().pendingTrust!.fingerprint;
    const confirmed = await services.methods.confirmPackTrust({ fingerprint, accept: true });
    expect(activeOf(confirmed)).toEqual({ id: 'northbridge-dc', version: 4 });
    server.serve(signedPack(pack(5), keyA));
    expect((await refusal(services.methods.checkPackNow())).message).toMatch(/not trusted for northbridge-dc/);
    expect(activeOf(services.methods.getPackStatus())).toEqual({ id: 'northbridge-dc', version: 4 });
  });

  test('a new key cannot bring back an older version', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    server.serve(signedPack(pack(2, { nextSigningKeys: [stranger.publicPem] }), stranger));
    expect((await refusal(services.methods.checkPackNow())).message).toBe('Version 2 of northbridge-dc is not newer than the installed version 3, so it was not installed.');
    expect(services.methods.getPackStatus().pendingTrust).toBeNull();
  });

  test('key rotation: a trusted pack that names the next key lets packs signed by it in', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    server.serve(signedPack(pack(4, { nextSigningKeys: [keyA.publicPem, keyB.publicPem] }), keyA));
    await services.methods.checkPackNow();
    server.serve(signedPack(pack(5, { nextSigningKeys: [keyB.publicPem] }), keyB));
    const rotated = await services.methods.checkPackNow();
    expect({ ...activeOf(rotated), problem: rotated.problem }).toEqual({ id: 'northbridge-dc', version: 5, problem: null });
  });

  test('a different pack id on the same subscription is refused', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    server.serve(signedPack(pack(4, { id: 'southmoor-bc' }), keyA));
    expect(await refusal(services.methods.checkPackNow())).toEqual({
      code: 'pack-refused',
      message: 'This subscription now serves a different pack (southmoor-bc instead of northbridge-dc), so it was not installed.',
    });
    expect(activeOf(services.methods.getPackStatus())).toEqual({ id: 'northbridge-dc', version: 3 });
  });

  test('a server that is down is reported in one sentence and the pack keeps working', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    const host = new URL(server.url).host;
    expect(await refusal(services.methods.checkPackNow())).toEqual({ code: 'pack-refused', message: PACK_MESSAGES.unreachable(host) });
    expect({ ...activeOf(services.methods.getPackStatus()), problem: services.methods.getPackStatus().problem }).toEqual({
      id: 'northbridge-dc',
      version: 3,
      problem: `The pack server ${host} could not be reached, so your current rules are still in use: try again later.`,
    });
  });

  test('a huge download is refused', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    server.serve(Buffer.alloc(6 * 1024 * 1024, 32));
    expect(await refusal(services.methods.checkPackNow())).toEqual({ code: 'pack-refused', message: PACK_MESSAGES.tooBig('6.0') });
    expect(activeOf(services.methods.getPackStatus())).toEqual({ id: 'northbridge-dc', version: 3 });
  });

  test('a download cut short is refused', async () => {
    const server = await serverWith(signedPack(pack(3), keyA));
    const { services } = await subscribed(server);
    const next = signedPack(pack(4), keyA);
    server.serve(next);
    server.truncateTo(Math.floor(next.length / 2));
    expect(await refusal(services.methods.checkPackNow())).toEqual({ code: 'pack-refused', message: PACK_MESSAGES.truncated });
    expect(activeOf(services.methods.getPackStatus())).toEqual({ id: 'northbridge-dc', version: 3 });
  });

  test('an address that is not https is refused before anything is fetched', async () => {
    const { services } = makeApp(tempDir());
    expect(await refusal(services.methods.installPack({ kind: 'subscription', location: 'http://packs.northbridge.example.gov.uk/pack' }))).toEqual({
      code: 'pack-refused',
      message: PACK_MESSAGES.notHttps,
    });
  });

  test('the refusal reaches the window as pack-refused through dispatch', async () => {
    const target = app();
    const server = await serverWith(signedPack(pack(3), keyA));
    await subscribed(server, target);
    server.serve(signedPack(pack(2), keyA));
    expect(await createDispatch(target.services)('pc:checkPackNow', {})).toEqual({
      ok: false,
      error: { code: 'pack-refused', message: 'Version 2 of northbridge-dc is not newer than the installed version 3, so it was not installed.' },
    });
  });
});

describe('installing from a file', () => {
  const asFile = (text: string | Uint8Array) => ({ kind: 'file' as const, fileName: 'northbridge.postcheck-pack', contentBase64: Buffer.from(text).toString('base64') });

  test('a chosen file goes through the same trust step', async () => {
    const { services } = makeApp(tempDir());
    const pending = await services.methods.installPack(asFile(signedPack(pack(3), keyA)));
    const status = services.methods.confirmPackTrust({ fingerprint: pending.pendingTrust!.fingerprint, accept: true });
    expect({ ...activeOf(status), subscription: status.subscription }).toEqual({ id: 'northbridge-dc', version: 3, subscription: null });
  });

  test('a file on a shared drive can be subscribed to', async () => {
    const dir = tempDir();
    const path = join(dir, 'northbridge.postcheck-pack');
    writeFileSync(path, signedPack(pack(3), keyA));
    const { services } = makeApp(tempDir());
    const pending = await services.methods.installPack({ kind: 'subscription', location: path });
    services.methods.confirmPackTrust({ fingerprint: pending.pendingTrust!.fingerprint, accept: true });
    writeFileSync(path, signedPack(pack(4), keyA));
    expect(activeOf(await services.methods.checkPackNow())).toEqual({ id: 'northbridge-dc', version: 4 });
  });

  test('a file over 5 MB is refused before it is decoded', async () => {
    const { services } = makeApp(tempDir());
    expect(await refusal(services.methods.installPack({ kind: 'file', fileName: 'big.postcheck-pack', contentBase64: 'A'.repeat(6_999_996) }))).toEqual({
      code: 'pack-refused',
      message: PACK_MESSAGES.tooBig('5.1'),
    });
  });

  test('a pack that fails validation is refused with the first problem and where it is', async () => {
    const { services } = makeApp(tempDir());
    const { message } = await refusal(services.methods.installPack(asFile(signedPack(pack(3, { expires: '2027-02-30' }), keyA))));
    expect(message).toBe('The pack has a mistake at expires (2027-02-30 is not a real date), so it was not installed: ask your Monitoring Officer.');
    expect(services.methods.getPackStatus().problem).toBe(message);
  });

  test('an unsigned pack, and one that does not carry its signing key, are refused', async () => {
    const { services } = makeApp(tempDir());
    expect((await refusal(services.methods.installPack(asFile(JSON.stringify(pack(3)))))).message).toBe(
      'This was not installed because it is not a signed rule pack: ask your Monitoring Officer for the signed .postcheck-pack file.',
    );
    expect((await refusal(services.methods.installPack(asFile(signedPack(pack(3, { nextSigningKeys: [keyB.publicPem] }), keyA))))).message).toMatch(
      /^The pack does not include the public key it was signed with \([0-9a-f]{16}\)/,
    );
  });

  test('a pack past its expiry date is flagged as out of date', async () => {
    const clock = createFakeClock('2027-08-01T12:00:00Z');
    const { services } = makeApp(tempDir(), { clock });
    const pending = await services.methods.installPack(asFile(signedPack(pack(3), keyA)));
    expect(services.methods.confirmPackTrust({ fingerprint: pending.pendingTrust!.fingerprint, accept: true }).isExpired).toBe(false);
    clock.set('2027-08-02T08:00:00Z');
    expect(services.methods.getPackStatus().isExpired).toBe(true);
  });
});

describe('schedulePackChecks', () => {
  test('checks at start and every 6 hours until stopped', async () => {
    const clock = createFakeClock('2026-11-20T10:00:00Z');
    const waiting: { run: () => void; ms: number }[] = [];
    let checks = 0;
    const stop = schedulePackChecks({
      check: async () => {
        checks += 1;
        throw new Error('refused');
      },
      clock,
      timers: { setTimeout: (run, ms) => waiting.push({ run, ms }), clearTimeout: () => waiting.splice(0) },
    });
    expect(waiting.map((timer) => timer.ms)).toEqual([0]);
    waiting.shift()!.run();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect({ checks, next: waiting.map((timer) => timer.ms) }).toEqual({ checks: 1, next: [PACK_CHECK_INTERVAL_MS] });
    clock.advance(PACK_CHECK_INTERVAL_MS);
    waiting.shift()!.run();
    await new Promise((resolve) => setImmediate(resolve));
    expect(checks).toBe(2);
    stop();
    expect(waiting).toEqual([]);
  });
});
