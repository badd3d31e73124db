import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { ActivePack, PackSource, PackStatus, PendingTrust } from '../../src/bridge/contract.js';
import { createChecker, type Checker } from '../../src/engine/checker.js';
import { defaultPack } from '../../src/pack/default-pack.js';
import { looksLikeEnvelope, openEnvelope, verifyEnvelope, type Envelope, type EnvelopeVerifier } from '../../src/pack/envelope.js';
import { loadPack, MAX_PACK_BYTES } from '../../src/pack/load-pack.js';
import { diffPacks } from '../../src/pack/pack-diff.js';
import type { RulePack } from '../../src/pack/schema.js';
import { ServiceError } from './errors.js';
import { NOTICES, PACK_MESSAGES } from './messages.js';
import { nodePackCrypto, type PackCrypto } from './pack-crypto.js';
import { jsonSchemaOf, type StoreSpec, type Storage } from './store.js';

/**
 * The active rule pack: the bundled Members' Code, with the council's pack on top once one is
 * installed. Packs arrive as signed envelopes, from a file or a subscription (an https address
 * or a file on a shared drive); each is checked (size, shape, validation, signature by a key
 * trusted for its pack id, a higher version) before it replaces the active one. A refusal keeps
 * the active pack working and is stored as the status's problem.
 */

const Instant = z.iso.datetime({ offset: true });

export const InstalledPack = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().positive(),
  /** SHA-256 of the pack's exact bytes (the envelope's payload), hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  installedAt: Instant,
  /** The pack's JSON text as installed (verified before it was written here). */
  source: z.string(),
  /** Fingerprint of the key that signed it. */
  signer: z.string().nullable().default(null),
});
export type InstalledPack = z.infer<typeof InstalledPack>;

const VersionRecord = z.strictObject({ id: z.string(), version: z.number().int(), council: z.string(), hash: z.string(), installedAt: Instant });

const Subscription = z.strictObject({
  location: z.string(),
  /** The pack id this subscription serves, once one has been installed from it. */
  packId: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastChecked: Instant.nullable(),
  lastResult: z.string().nullable(),
});
type Subscription = z.infer<typeof Subscription>;

const Pending = z.strictObject({
  /** The payload text, already checked against the signing key named in the pack. */
  source: z.string(),
  hash: z.string(),
  fingerprint: z.string(),
  publicPem: z.string(),
  fromSubscription: z.boolean(),
  /** The pack id already has trusted keys and this pack is signed by a new one (the old key was lost or replaced). */
  replacesKey: z.boolean().default(false),
});
type Pending = z.infer<typeof Pending>;

export const PacksFile = z.strictObject({
  active: InstalledPack.nullable(),
  /** Public keys (PEM) trusted per pack id. */
  trusted: z.record(z.string(), z.array(z.string())).default({}),
  /** Every version installed, newest first. */
  history: z.array(VersionRecord).default([]),
  subscription: Subscription.nullable().default(null),
  pending: Pending.nullable().default(null),
  lastChange: z.array(z.string()).default([]),
  problem: z.string().nullable().default(null),
});
export type PacksFile = z.infer<typeof PacksFile>;

export const PACKS_SPEC: StoreSpec<PacksFile> = {
  name: 'packs',
  version: '1.1.0',
  defaults: { active: null, trusted: {}, history: [], subscription: null, pending: null, lastChange: [], problem: null },
  migrations: {},
  jsonSchema: jsonSchemaOf(PacksFile),
  // A council's pack can name confidential matters, so it is sealed like the drafts.
  encrypt: true,
};

/** How often a subscription is checked. */
export const PACK_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
}

/** What the service needs from fetch: a GET with headers (the global fetch fits). */
export type PackFetch = (url: string, init: { headers: Record<string, string>; signal?: AbortSignal }) => Promise<Response>;

export interface PackService {
  info(): ActivePack;
  /** The engine with the active pack, compiled once. */
  checker(): Checker;
  /** The questions to answer before copying: the Code's, then the council's. */
  checklist(): readonly ChecklistItem[];
  status(): PackStatus;
  /** Installs from a file or subscribes; throws ServiceError('pack-refused') with one sentence. */
  install(source: PackSource): Promise<PackStatus>;
  confirmTrust(decision: { fingerprint: string; accept: boolean }): PackStatus;
  /** Checks the subscription now; refusals are thrown as for install. */
  checkNow(): Promise<PackStatus>;
  hasSubscription(): boolean;
}

export interface PackServiceDeps {
  readonly storage: Storage;
  readonly clock?: () => Date;
  readonly crypto?: PackCrypto;
  readonly fetch?: PackFetch;
  /** Reads a pack file from a shared drive (node:fs by default). */
  readonly readFile?: (path: string) => Uint8Array;
  /** How long a download may take. */
  readonly timeoutMs?: number;
  /** Lets plain http to 127.0.0.1 or localhost through (test servers only); everything else must be https. */
  readonly allowLoopbackHttp?: boolean;
}

let bundled: Checker | undefined;

/** The bundled pack never changes while the app runs, so it is compiled once. */
function defaultChecker(): Checker {
  bundled ??= createChecker(null);
  return bundled;
}

class Refusal extends Error {}

function refuse(sentence: string): never {
  throw new Refusal(sentence);
}

/**
 * Strict base64 (padded, no line breaks) decoded in linear time: a pack's payload can be megabytes,
 * too long for a pattern with a repeated group.
 */
function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = Buffer.from(text, 'base64');
  // Buffer skips characters that are not base64 and stops at padding: either way fewer bytes come out.
  return bytes.byteLength === (text.length / 4) * 3 - padding ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
/** Rounded up, so a file just over the limit never reads as "5.0 MB". */
const megabytes = (size: number): string => (Math.ceil((size / 1024 / 1024) * 10) / 10).toFixed(1);

function readLocalFile(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_PACK_BYTES) refuse(PACK_MESSAGES.tooBig(megabytes(size)));
  return readFileSync(path);
}

/** What a downloaded or chosen file holds once its envelope and pack are checked (not yet its trust). */
interface Candidate {
  readonly pack: RulePack;
  readonly source: string;
  readonly hash: string;
  readonly envelope: Envelope;
  readonly payload: Uint8Array;
}

export function createPackService(deps: PackServiceDeps): PackService {
  const { storage } = deps;
  const clock = deps.clock ?? (() => new Date());
  const crypto = deps.crypto ?? nodePackCrypto;
  const fetchPack: PackFetch = deps.fetch ?? ((url, init) => fetch(url, init));
  const readFile = deps.readFile ?? readLocalFile;
  const timeoutMs = deps.timeoutMs ?? 60_000;

  const opened = storage.open(PACKS_SPEC, PacksFile, {
    keptAs: (path) => NOTICES.packsDamaged(path),
    leftInPlace: (path) => NOTICES.notSaved('rule pack', path),
  });
  const file = opened.file;
  let state: PacksFile = opened.value;

  let councilPack: RulePack | null = null;
  let hash: string | null = null;
  if (state.active) {
    const loaded = loadPack(state.active.source);
    if (loaded.ok) {
      councilPack = loaded.pack;
      hash = state.active.hash;
    } else {
      storage.notify(NOTICES.packUnusable(state.active.id, state.active.version));
    }
  }

  let checker: Checker | undefined;
  const getChecker = (): Checker => (checker ??= councilPack ? createChecker(councilPack) : defaultChecker());

  const save = (next: PacksFile): void => {
    state = next;
    file.write(next);
  };

  function info(): ActivePack {
    const pack = councilPack ?? defaultPack();
    return { councilPack, id: pack.id, version: pack.version, council: pack.council, expires: pack.expires ?? null, hash };
  }

  function pendingTrust(): PendingTrust | null {
    const pending = state.pending;
    if (!pending) return null;
    const loaded = loadPack(pending.source);
    if (!loaded.ok) return null;
    const { id, council, version, contact } = loaded.pack;
    return {
      packId: id,
      council,
      version,
      contact: contact ? { name: contact.name, role: contact.role, email: contact.email, phone: contact.phone } : null,
      fingerprint: pending.fingerprint,
      replacesKey: pending.replacesKey,
    };
  }

  function status(): PackStatus {
    const active = info();
    const today = clock().toISOString().slice(0, 10);
    const sub = state.subscription;
    return {
      active,
      signerFingerprint: councilPack ? (state.active?.signer ?? null) : null,
      subscription: sub ? { location: sub.location, lastChecked: sub.lastChecked, lastResult: sub.lastResult } : null,
      isExpired: councilPack !== null && active.expires !== null && active.expires < today,
      history: state.history.map((record) => ({ ...record })),
      pendingTrust: pendingTrust(),
      lastChange: [...state.lastChange],
      problem: state.problem,
    };
  }

  /** Size, JSON, envelope shape and pack validation: everything but the signature. */
  function open(bytes: Uint8Array): Candidate {
    if (bytes.byteLength > MAX_PACK_BYTES) refuse(PACK_MESSAGES.tooBig(megabytes(bytes.byteLength)));
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
    } catch (error) {
      // JSON that stops part-way (an unterminated string, a missing closing brace) was cut short.
      if (error instanceof SyntaxError && /end of (JSON )?(input|data)|Unterminated/i.test(error.message)) refuse(PACK_MESSAGES.truncated);
      refuse(PACK_MESSAGES.notJson);
    }
    // The envelope's shape is checked with a stand-in payload; the payload itself is decoded here.
    const payloadText = looksLikeEnvelope(json) ? (json as { payload?: unknown }).payload : undefined;
    const shape = openEnvelope(typeof payloadText === 'string' && payloadText.length > 0 ? { ...(json as object), payload: 'AAAA' } : json);
    if (!shape.ok) refuse(PACK_MESSAGES.notSigned(shape.reason));
    const payload = decodeBase64(payloadText as string);
    if (!payload) refuse(PACK_MESSAGES.notSigned('its payload is not base64'));
    const envelope = { ...shape.envelope, payload: payloadText as string };
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    } catch {
      refuse(PACK_MESSAGES.invalid('', 'it is not valid UTF-8 text'));
    }
    const loaded = loadPack(source);
    if (!loaded.ok) {
      const first = loaded.errors[0];
      refuse(PACK_MESSAGES.invalid(first?.path ?? '', first?.message ?? 'it could not be read'));
    }
    return { pack: loaded.pack, source, hash: hex(crypto.sha256(payload)), envelope, payload };
  }

  const verifiersOf = (pems: readonly string[]): EnvelopeVerifier[] =>
    pems.map((pem) => crypto.verifierFromPem(pem)).filter((verifier): verifier is EnvelopeVerifier => verifier !== null);

  function installNow(candidate: Pick<Candidate, 'pack' | 'source' | 'hash'>, signer: string, trustedPems: readonly string[], now: Date, replaceKeys = false): void {
    const { pack } = candidate;
    const previous = councilPack;
    // A confirmed new key replaces the keys trusted before: the old one may have been lost or exposed.
    const kept = replaceKeys ? [] : (state.trusted[pack.id] ?? []);
    const trusted = [...new Set([...kept, ...trustedPems, ...(pack.nextSigningKeys ?? [])])];
    const installedAt = now.toISOString();
    save({
      ...state,
      active: { id: pack.id, version: pack.version, hash: candidate.hash, installedAt, source: candidate.source, signer },
      trusted: { ...state.trusted, [pack.id]: trusted },
      history: [{ id: pack.id, version: pack.version, council: pack.council, hash: candidate.hash, installedAt }, ...state.history],
      pending: null,
      lastChange: previous ? diffPacks(previous, pack) : [],
      problem: null,
    });
    councilPack = pack;
    hash = candidate.hash;
    checker = undefined;
  }

  type Outcome = 'installed' | 'pending' | 'up-to-date';

  /** Checks trust and version, then installs or asks for trust. */
  function accept(candidate: Candidate, fromSubscription: boolean): Outcome {
    const { pack, envelope, payload } = candidate;
    const sub = state.subscription;
    if (fromSubscription && sub?.packId && sub.packId !== pack.id) refuse(PACK_MESSAGES.otherPack(pack.id, sub.packId));
    if (state.active && state.active.id === pack.id && candidate.hash === state.active.hash) return 'up-to-date';
    const trustedPems = state.trusted[pack.id];
    const keyids = envelope.signatures.map((signature) => signature.keyid);
    const installed = state.active && state.active.id === pack.id ? state.active.version : Math.max(0, ...state.history.filter((record) => record.id === pack.id).map((record) => record.version));
    const askToTrust = (replacesKey: boolean): Outcome => {
      // Check the signature against the key the pack names, then ask the councillor to confirm
      // that key's fingerprint with their Monitoring Officer.
      const named = (pack.nextSigningKeys ?? []).map((pem) => ({ pem, verifier: crypto.verifierFromPem(pem) }));
      const match = named.find((entry) => entry.verifier && keyids.includes(entry.verifier.keyid));
      if (!match?.verifier) refuse(replacesKey ? PACK_MESSAGES.unknownKey(keyids[0] ?? 'none', pack.id) : PACK_MESSAGES.noSigningKey(keyids[0] ?? 'none'));
      const checked = verifyEnvelope(envelope, payload, [match.verifier]);
      if (!checked.ok) refuse(PACK_MESSAGES.badSignature);
      if (replacesKey && installed > 0 && pack.version <= installed) refuse(PACK_MESSAGES.notNewer(pack.id, pack.version, installed));
      save({ ...state, pending: { source: candidate.source, hash: candidate.hash, fingerprint: checked.keyid, publicPem: match.pem, fromSubscription, replacesKey }, problem: null });
      // Still a refusal: nothing signed by an untrusted key is used until the councillor confirms it.
      if (replacesKey) refuse(PACK_MESSAGES.newKey(checked.keyid, pack.id));
      return 'pending';
    };
    // First time for this pack id.
    if (!trustedPems || trustedPems.length === 0) return askToTrust(false);
    const checked = verifyEnvelope(envelope, payload, verifiersOf(trustedPems));
    if (!checked.ok && checked.problem === 'bad-signature') refuse(PACK_MESSAGES.badSignature);
    // A key this pack id has not used before: the Monitoring Officer may have replaced a lost key,
    // so the councillor is asked to confirm it, exactly as the first time.
    if (!checked.ok) return askToTrust(true);
    if (installed > 0 && pack.version <= installed) refuse(PACK_MESSAGES.notNewer(pack.id, pack.version, installed));
    installNow(candidate, checked.keyid, [], clock());
    return 'installed';
  }

  function refusedWith(sentence: string, subscriptionResult = false): never {
    const sub = state.subscription;
    save({ ...state, problem: sentence, subscription: sub && subscriptionResult ? { ...sub, lastChecked: clock().toISOString(), lastResult: sentence } : sub });
    throw new ServiceError('pack-refused', sentence);
  }

  interface Download {
    readonly bytes: Uint8Array | null;
    readonly etag: string | null;
    readonly lastModified: string | null;
  }

  async function download(location: string, sub: Subscription | null): Promise<Download> {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !/^file:\/\//i.test(location)) {
      let url: URL;
      try {
        url = new URL(location);
      } catch {
        refuse(PACK_MESSAGES.notHttps);
      }
      if (url.protocol !== 'https:' && !isLoopbackHttpAllowed(url)) refuse(PACK_MESSAGES.notHttps);
      const headers: Record<string, string> = {};
      if (sub && sub.location === location) {
        if (sub.etag) headers['If-None-Match'] = sub.etag;
        if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
      }
      let response: Response;
      try {
        response = await fetchPack(url.href, { headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch {
        refuse(PACK_MESSAGES.unreachable(url.host));
      }
      if (response.status === 304) return { bytes: null, etag: sub?.etag ?? null, lastModified: sub?.lastModified ?? null };
      if (!response.ok) refuse(PACK_MESSAGES.serverError(url.host, response.status));
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declared > MAX_PACK_BYTES) refuse(PACK_MESSAGES.tooBig(megabytes(declared)));
      const bytes = await readBody(response);
      if (Number.isFinite(declared) && declared !== bytes.byteLength) refuse(PACK_MESSAGES.truncated);
      return { bytes, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    }
    const path = location.replace(/^file:\/\//i, '');
    let bytes: Uint8Array;
    try {
      bytes = readFile(path);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      refuse(PACK_MESSAGES.unreadableFile(path));
    }
    return { bytes, etag: null, lastModified: null };
  }

  /** https only, except plain http to this computer when the service was told to allow it (tests). */
  function isLoopbackHttpAllowed(url: URL): boolean {
    return allowLoopbackHttp && url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  }
  const allowLoopbackHttp = deps.allowLoopbackHttp === true;

  async function readBody(response: Response): Promise<Uint8Array> {
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > MAX_PACK_BYTES) {
          await reader.cancel();
          refuse(PACK_MESSAGES.tooBig(megabytes(total)));
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof Refusal) throw error;
      refuse(PACK_MESSAGES.truncated);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }

  async function checkSubscription(location: string): Promise<PackStatus> {
    const isNew = state.subscription?.location !== location;
    const sub: Subscription = isNew
      ? { location, packId: null, etag: null, lastModified: null, lastChecked: null, lastResult: null }
      : state.subscription!;
    if (isNew) save({ ...state, subscription: sub });
    try {
      const got = await download(location, sub);
      let result: string = PACK_MESSAGES.upToDate;
      let packId = sub.packId;
      if (got.bytes) {
        const candidate = open(got.bytes);
        const outcome = accept(candidate, true);
        packId = candidate.pack.id;
        result = outcome === 'installed' ? PACK_MESSAGES.installed(candidate.pack.version) : outcome === 'pending' ? PACK_MESSAGES.awaitingTrust : PACK_MESSAGES.upToDate;
      }
      const current = state.subscription ?? sub;
      save({ ...state, problem: null, subscription: { ...current, packId, etag: got.etag, lastModified: got.lastModified, lastChecked: clock().toISOString(), lastResult: result } });
      return status();
    } catch (error) {
      if (error instanceof Refusal) refusedWith(error.message, true);
      throw error;
    }
  }

  return {
    info,
    checker: getChecker,
    checklist: () => getChecker().pack.pack.checklist,
    status,
    async install(source) {
      if (source.kind === 'subscription') return checkSubscription(source.location.trim());
      try {
        // Base64 is 4 characters for every 3 bytes: refuse by size before decoding.
        const size = Math.floor((source.contentBase64.length * 3) / 4);
        if (size > MAX_PACK_BYTES) refuse(PACK_MESSAGES.tooBig(megabytes(size)));
        const bytes = decodeBase64(source.contentBase64);
        if (!bytes) refuse(PACK_MESSAGES.notJson);
        accept(open(bytes), false);
        return status();
      } catch (error) {
        if (error instanceof Refusal) refusedWith(error.message);
        throw error;
      }
    },
    confirmTrust({ fingerprint, accept: yes }) {
      const pending = state.pending;
      if (!pending) throw new ServiceError('not-found', PACK_MESSAGES.noPending);
      if (pending.fingerprint !== fingerprint) throw new ServiceError('invalid-request', PACK_MESSAGES.wrongFingerprint);
      const sub = state.subscription;
      if (!yes) {
        save({ ...state, pending: null, problem: null, subscription: sub && pending.fromSubscription ? { ...sub, lastResult: PACK_MESSAGES.declined } : sub });
        return status();
      }
      const loaded = loadPack(pending.source);
      if (!loaded.ok) throw new ServiceError('pack-refused', PACK_MESSAGES.invalid(loaded.errors[0]?.path ?? '', loaded.errors[0]?.message ?? ''));
      installNow({ pack: loaded.pack, source: pending.source, hash: pending.hash }, fingerprint, [pending.publicPem], clock(), pending.replacesKey);
      if (sub && pending.fromSubscription) save({ ...state, subscription: { ...sub, packId: loaded.pack.id, lastResult: PACK_MESSAGES.installed(loaded.pack.version) } });
      return status();
    },
    hasSubscription: () => state.subscription !== null,
    async checkNow() {
      const sub = state.subscription;
      if (!sub) throw new ServiceError('not-found', PACK_MESSAGES.noSubscription);
      return checkSubscription(sub.location);
    },
  };
}

/** Checks the subscription at start and every 6 hours; returns a function that stops it. */
export function schedulePackChecks({
  check,
  clock,
  timers,
  intervalMs = PACK_CHECK_INTERVAL_MS,
}: {
  check: () => Promise<unknown>;
  clock: () => Date;
  timers: { setTimeout(run: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
  intervalMs?: number;
}): () => void {
  let handle: unknown = null;
  let stopped = false;
  let due = clock().getTime();
  const run = (): void => {
    if (stopped) return;
    due = clock().getTime() + intervalMs;
    // A refusal is stored as the status's problem; the schedule carries on either way.
    check()
      .catch(() => undefined)
      .finally(() => {
        if (!stopped) handle = timers.setTimeout(run, Math.max(0, due - clock().getTime()));
      });
  };
  handle = timers.setTimeout(run, Math.max(0, due - clock().getTime()));
  return () => {
    stopped = true;
    if (handle !== null) timers.clearTimeout(handle);
  };
}
