import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { EditablePack, MoFileSaved, MoKey, MoPlanningImport, MoPublished, MoPublishPreview, MoSaved, MoStaleList, MoState, MoTestSummary, MoTryRequest, MoTryResult, MoWorkingCopy } from '../../src/bridge/contract.js';
import { createChecker, type Checker } from '../../src/engine/checker.js';
import { envelopeText, looksLikeEnvelope, openEnvelope, signEnvelope, verifyEnvelope } from '../../src/pack/envelope.js';
import { loadPack, MAX_PACK_BYTES, type LoadPackResult, type PackProblem } from '../../src/pack/load-pack.js';
import { mergePlanning } from '../../src/pack/merge-planning.js';
import { diffPacks } from '../../src/pack/pack-diff.js';
import { runPackTests } from '../../src/pack/pack-tests.js';
import { importPlanningCsv } from '../../src/pack/planning-csv.js';
import { PendingMatter, RulePack } from '../../src/pack/schema.js';
import { staleMatters, withoutStaleMatters } from '../../src/pack/stale-matters.js';
import { makeStarterPack } from '../../src/pack/starter-pack.js';
import { ServiceError } from './errors.js';
import { createMoKeyStore, type MoKeyStore } from './mo-key-store.js';
import { KEY_BACKUP_WARNING, MO_MESSAGES, MO_NOTICES } from './mo-messages.js';
import { decodeStrictBase64, ukToday, writeFileAtomically, type Json } from './mo-files.js';
import { nodePackCrypto, nodePackSigning, type PackCrypto, type PackSigningCrypto, type PackSigningKey } from './pack-crypto.js';
import { jsonSchemaOf, type Opened, type Storage, type StoreSpec } from './store.js';
import type { KeyProtector } from './store-key.js';

/**
 * Monitoring Officer mode: the working copy of the council's pack and publishing it. Everything
 * the `post-check pack` commands do is done here with the same code: loadPack for validation,
 * runPackTests, diffPacks, signEnvelope, importPlanningCsv. The working copy is one sealed store
 * file (it can name confidential matters), opened the first time the mode is used.
 */

type Out<T extends z.ZodType> = z.output<T>;

const Instant = z.iso.datetime({ offset: true });
const JsonObject = z.record(z.string(), z.json());

const WorkingCopyRecord = z.strictObject({
  /** The pack as edited (it may not be valid). */
  pack: JsonObject,
  origin: z.strictObject({ kind: z.enum(['starter', 'file']), fileName: z.string().nullable() }),
  /** The pack as it was opened or started, to tell whether anything changed before the first publish. */
  opened: JsonObject,
  /** The key that signed the file opened, when it was a signed pack. */
  openedSigner: z.string().nullable().default(null),
  lastPublished: z
    .strictObject({
      /** The exact payload text signed. */
      source: z.string(),
      version: z.number().int(),
      issued: z.iso.date().nullable(),
      publishedAt: Instant,
      fingerprint: z.string(),
    })
    .nullable(),
  publishFolder: z.string().nullable(),
  updatedAt: Instant,
});
type WorkingCopyRecord = z.infer<typeof WorkingCopyRecord>;

const KeyRecord = z.strictObject({ fingerprint: z.string(), createdAt: Instant.nullable(), backedUpAt: Instant.nullable() });

export const MoFile = z.strictObject({
  working: WorkingCopyRecord.nullable(),
  /** When the signing key was made and last backed up (for the key with this fingerprint). */
  key: KeyRecord.nullable().default(null),
});
export type MoFile = z.infer<typeof MoFile>;

export const MO_SPEC: StoreSpec<MoFile> = {
  name: 'mo-working-copy',
  version: '1.0.0',
  defaults: { working: null, key: null },
  migrations: {},
  jsonSchema: jsonSchemaOf(MoFile),
  // Pending and confidential matters: sealed like the drafts and the installed pack.
  encrypt: true,
};

/** The Monitoring Officer's dialogs (Electron's in the app; stubs in tests). Each answers null when cancelled. */
export interface MoFileChoosers {
  /** Where to save: a signed pack, a draft pack or a key backup, suggesting a file name; `message` is shown in the dialog. */
  chooseSaveFile?(request: { purpose: 'signed-pack' | 'draft' | 'key-backup'; suggestedName: string; message?: string }): Promise<string | null>;
  /** Which key backup to import. */
  chooseOpenFile?(request: { purpose: 'key-backup' }): Promise<string | null>;
  /** The subscription folder packs are published to. */
  chooseFolder?(): Promise<string | null>;
}

export interface MoService {
  state(): Out<typeof MoState>;
  start(request: { council: string; id?: string | undefined; replace?: boolean | undefined }): Out<typeof MoWorkingCopy>;
  open(request: { fileName: string; contentBase64: string; replace?: boolean | undefined }): Out<typeof MoWorkingCopy>;
  save(pack: EditablePack): Out<typeof MoSaved>;
  tryPost(request: Out<typeof MoTryRequest>): Out<typeof MoTryResult>;
  runTests(): Out<typeof MoTestSummary>;
  staleMatters(days: number): Out<typeof MoStaleList>;
  removeStaleMatters(days: number): Out<typeof MoWorkingCopy>;
  importPlanning(request: { fileName: string; contentBase64: string }): Out<typeof MoPlanningImport>;
  createKey(): Out<typeof MoKey>;
  exportKey(): Promise<Out<typeof MoFileSaved>>;
  importKey(): Promise<Out<typeof MoKey>>;
  choosePublishFolder(clear: boolean): Promise<Out<typeof MoWorkingCopy>>;
  publishPreview(): Out<typeof MoPublishPreview>;
  publish(request: { changes: string; toFile: boolean; toFolder: boolean }): Promise<Out<typeof MoPublished>>;
  saveDraftFile(): Promise<Out<typeof MoFileSaved>>;
  /** For the window's close handler: true when the pack being edited has changes not yet published. */
  hasUnpublishedChanges(): boolean;
}

export interface MoServiceDeps {
  readonly storage: Storage;
  readonly clock: () => Date;
  readonly crypto?: PackCrypto;
  readonly signing?: PackSigningCrypto;
  readonly keyProtector?: KeyProtector;
  readonly choosers?: MoFileChoosers;
}

/** Key order does not matter to a pack; this makes equal packs compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

function packText(pack: Json): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}


/** The smallest valid pack, to word the changes of one section with diffPacks. */
const SHELL = RulePack.parse({ id: 'shell', version: 1, council: 'Shell' });

export function createMoService(deps: MoServiceDeps): MoService {
  const { storage, clock } = deps;
  const crypto = deps.crypto ?? nodePackCrypto;
  const choosers = deps.choosers ?? {};
  const keys: MoKeyStore = createMoKeyStore({ dataDir: storage.dataDir, protector: deps.keyProtector ?? null, clock, signing: deps.signing ?? nodePackSigning });
  const notices: string[] = [];

  let opened: Opened<MoFile> | null = null;
  let state: MoFile = { working: null, key: null };

  function file(): Opened<MoFile> {
    if (opened) return opened;
    opened = storage.open(MO_SPEC, MoFile, {
      keptAs: (path) => {
        notices.push(MO_NOTICES.workingCopyDamaged(path));
        return MO_NOTICES.workingCopyDamaged(path);
      },
      leftInPlace: (path) => {
        notices.push(MO_NOTICES.workingCopyNotSaved(path));
        return MO_NOTICES.workingCopyNotSaved(path);
      },
    });
    state = opened.value;
    return opened;
  }

  function write(next: MoFile): void {
    const target = file();
    try {
      target.file.write(next);
    } catch (error) {
      throw new ServiceError('storage', MO_MESSAGES.saveFailed((error as Error).message));
    }
    state = next;
  }

  function working(): WorkingCopyRecord {
    file();
    if (!state.working) throw new ServiceError('not-found', MO_MESSAGES.noWorkingCopy);
    return state.working;
  }

  // Validation and the compiled checker, once per pack content.
  const compiled = new Map<string, { result: LoadPackResult; checker?: Checker }>();
  function check(pack: Json): { result: LoadPackResult; checker(): Checker } {
    const text = JSON.stringify(pack);
    let entry = compiled.get(text);
    if (!entry) {
      entry = { result: loadPack(text) };
      compiled.clear();
      compiled.set(text, entry);
    }
    const found = entry;
    return {
      result: found.result,
      checker: () => {
        if (!found.result.ok) throw new Error('An invalid pack cannot be compiled.');
        found.checker ??= createChecker(found.result.pack);
        return found.checker;
      },
    };
  }

  const problemsOf = (pack: Json): PackProblem[] => {
    const { result } = check(pack);
    return result.ok ? [] : result.errors.map(({ path, message }) => ({ path, message }));
  };

  /** A pack's rules in a form where key order and defaults written out make no difference (kept for the last few packs seen). */
  const normalForms = new Map<string, string>();
  function normalForm(pack: Json): string {
    const text = JSON.stringify(pack);
    let form = normalForms.get(text);
    if (form === undefined) {
      const loaded = loadPack(text);
      form = canonical(loaded.ok ? loaded.pack : pack);
      if (normalForms.size >= 4) normalForms.delete(normalForms.keys().next().value as string);
      normalForms.set(text, form);
    }
    return form;
  }

  function unpublished(record: WorkingCopyRecord): boolean {
    const baseline = record.lastPublished ? (JSON.parse(record.lastPublished.source) as Json) : record.opened;
    return normalForm(record.pack) !== normalForm(baseline);
  }

  function view(record: WorkingCopyRecord): Out<typeof MoWorkingCopy> {
    const published = record.lastPublished;
    return {
      pack: record.pack,
      problems: problemsOf(record.pack),
      origin: record.origin,
      lastPublished: published ? { version: published.version, issued: published.issued, publishedAt: published.publishedAt, fingerprint: published.fingerprint } : null,
      publishFolder: record.publishFolder,
      unpublishedChanges: unpublished(record),
      updatedAt: record.updatedAt,
    };
  }

  function update(change: Partial<WorkingCopyRecord>): WorkingCopyRecord {
    const next = { ...working(), ...change, updatedAt: clock().toISOString() };
    write({ ...state, working: next });
    return next;
  }

  /** Starts a working copy, keeping one with unpublished changes aside when told to replace it. */
  function begin(pack: Json, origin: WorkingCopyRecord['origin'], replace: boolean, openedSigner: string | null = null): Out<typeof MoWorkingCopy> {
    file();
    const current = state.working;
    if (current && unpublished(current)) {
      if (!replace) throw new ServiceError('not-allowed', MO_MESSAGES.wouldReplace);
      const stampText = clock().toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
      storage.open({ ...MO_SPEC, name: `${MO_SPEC.name}.replaced-${stampText}` }, MoFile, { keptAs: (path) => path, leftInPlace: (path) => path }).file.write({ working: current, key: null });
    }
    const record: WorkingCopyRecord = { pack, origin, opened: pack, openedSigner, lastPublished: null, publishFolder: current?.publishFolder ?? null, updatedAt: clock().toISOString() };
    write({ ...state, working: record });
    return view(record);
  }

  function currentKey(): PackSigningKey | null {
    return keys.status() === 'available' ? keys.load() : null;
  }

  function keyView(key: PackSigningKey): Out<typeof MoKey> {
    const meta = state.key?.fingerprint === key.fingerprint ? state.key : null;
    return { fingerprint: key.fingerprint, publicPem: key.publicPem, createdAt: meta?.createdAt ?? null, backedUpAt: meta?.backedUpAt ?? null };
  }

  function validPack(pack: Json, refusal: (n: number, path: string, message: string) => string): RulePack {
    const { result } = check(pack);
    if (result.ok) return result.pack;
    const first = result.errors[0];
    throw new ServiceError('pack-refused', refusal(result.errors.length, first?.path ?? '', first?.message ?? ''));
  }

  function pendingList(pack: Json): Json[] {
    const list = pack['pendingMatters'];
    if (list === undefined) return [];
    if (!Array.isArray(list)) throw new ServiceError('invalid-request', MO_MESSAGES.notMatterList);
    return list as Json[];
  }

  /** The pack as it would be published: next version, today's date, the changelog line, the key named. */
  function prepare(record: WorkingCopyRecord, changes: string, key: PackSigningKey | null): { raw: Json; version: number; issued: string; problems: PackProblem[] } {
    const pack = record.pack;
    const edited = typeof pack['version'] === 'number' && Number.isInteger(pack['version']) ? pack['version'] : 0;
    const openedVersion = record.origin.kind === 'file' && typeof record.opened['version'] === 'number' ? record.opened['version'] : 0;
    const floor = record.lastPublished ? record.lastPublished.version : openedVersion;
    const version = Math.max(edited, floor + 1);
    const issued = ukToday(clock());
    const changelog = (Array.isArray(pack['changelog']) ? pack['changelog'] : []).filter(
      (entry) => !(entry && typeof entry === 'object' && !Array.isArray(entry) && (entry as Json)['version'] === version),
    );
    const raw: Json = { ...pack, version, issued, changelog: [...changelog, { version, date: issued, changes }] };
    if (key) {
      const named = Array.isArray(pack['nextSigningKeys']) ? (pack['nextSigningKeys'] as unknown[]).filter((pem): pem is string => typeof pem === 'string') : [];
      if (!named.some((pem) => crypto.verifierFromPem(pem)?.keyid === key.fingerprint)) {
        if (named.length >= 4) throw new ServiceError('pack-refused', MO_MESSAGES.tooManyKeys);
        raw['nextSigningKeys'] = [key.publicPem, ...named];
      }
    }
    const loaded = loadPack(packText(raw));
    return { raw, version, issued, problems: loaded.ok ? [] : loaded.errors };
  }

  function baselineOf(record: WorkingCopyRecord): RulePack | null {
    if (record.lastPublished) {
      const loaded = loadPack(record.lastPublished.source);
      return loaded.ok ? loaded.pack : null;
    }
    if (record.origin.kind !== 'file') return null;
    const loaded = loadPack(JSON.stringify(record.opened));
    return loaded.ok ? loaded.pack : null;
  }

  function testRefusal(pack: RulePack): string | null {
    const results = runPackTests(pack);
    const failing = results.filter((result) => result.failures.length > 0);
    const first = failing[0];
    return first ? MO_MESSAGES.publishTestsFail(failing.length, results.length, first.name) : null;
  }

  function keyWarning(record: WorkingCopyRecord, fingerprint: string | null): string[] {
    const openedVersion = record.opened['version'];
    const previous =
      record.lastPublished ?? (record.openedSigner && typeof openedVersion === 'number' ? { fingerprint: record.openedSigner, version: openedVersion } : null);
    if (!previous || previous.fingerprint === fingerprint) return [];
    return [MO_MESSAGES.newKey(fingerprint, previous.fingerprint, previous.version)];
  }

  function openedFile(fileName: string, contentBase64: string): { pack: Json; signer: string | null } {
    const bytes = decodeStrictBase64(contentBase64);
    if (!bytes) throw new ServiceError('invalid-request', MO_MESSAGES.notBase64(fileName));
    if (bytes.byteLength > MAX_PACK_BYTES * 1.4) throw new ServiceError('invalid-request', MO_MESSAGES.tooBig(fileName));
    const parse = (data: Uint8Array): unknown => {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(data);
      } catch {
        throw new ServiceError('invalid-request', MO_MESSAGES.notText(fileName));
      }
      try {
        return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
      } catch {
        throw new ServiceError('invalid-request', MO_MESSAGES.notJson(fileName));
      }
    };
    let json = parse(bytes);
    let signer: string | null = null;
    if (looksLikeEnvelope(json)) {
      const envelope = openEnvelope(json);
      if (!envelope.ok) throw new ServiceError('invalid-request', MO_MESSAGES.badEnvelope(fileName, envelope.reason));
      if (envelope.payload.byteLength > MAX_PACK_BYTES) throw new ServiceError('invalid-request', MO_MESSAGES.tooBig(fileName));
      json = parse(envelope.payload);
      signer = envelope.envelope.signatures[0]?.keyid ?? null;
    } else if (bytes.byteLength > MAX_PACK_BYTES) {
      throw new ServiceError('invalid-request', MO_MESSAGES.tooBig(fileName));
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ServiceError('invalid-request', MO_MESSAGES.notAnObject(fileName));
    return { pack: json as Json, signer };
  }

  async function saveTo(path: string, text: string, mode?: number): Promise<void> {
    try {
      writeFileAtomically(path, text, mode);
    } catch (error) {
      throw new ServiceError('storage', MO_MESSAGES.writeFailed(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
    }
  }

  function packIdOf(pack: Json): string {
    const id = pack['id'];
    return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : 'rule-pack';
  }

  return {
    state() {
      file();
      const status = keys.status();
      let key: Out<typeof MoKey> | null = null;
      if (status === 'available') {
        const found = keys.load();
        key = found ? keyView(found) : null;
      }
      return { workingCopy: state.working ? view(state.working) : null, key, keyStore: status, notices: [...notices] };
    },

    start({ council, id, replace }) {
      const made = makeStarterPack(council.trim(), id?.trim() || undefined);
      if (!made.ok) throw new ServiceError('invalid-request', made.problem === 'id' ? MO_MESSAGES.badId(id ?? '', made.reason) : MO_MESSAGES.badCouncilName(council));
      return begin(JSON.parse(JSON.stringify(made.pack)) as Json, { kind: 'starter', fileName: null }, replace === true);
    },

    open({ fileName, contentBase64, replace }) {
      const found = openedFile(fileName, contentBase64);
      return begin(found.pack, { kind: 'file', fileName: basename(fileName) }, replace === true, found.signer);
    },

    save(pack) {
      const record = update({ pack });
      return { updatedAt: record.updatedAt, problems: problemsOf(record.pack), unpublishedChanges: unpublished(record) };
    },

    tryPost({ text, capacity, platform, at, profile }) {
      const record = working();
      validPack(record.pack, MO_MESSAGES.invalidForTrying);
      const checker = check(record.pack).checker();
      return { findings: checker.check(text, { capacity, platform, at: at ?? clock().toISOString(), ...(profile ? { profile } : {}) }) };
    },

    runTests() {
      const pack = validPack(working().pack, MO_MESSAGES.invalidForTrying);
      const results = runPackTests(pack).map((result) => ({ name: result.name, count: result.count, failures: result.failures.map(({ kind, text, problem }) => ({ kind, text, problem })) }));
      const failed = results.filter((result) => result.failures.length > 0).length;
      return { passed: results.length - failed, failed, results };
    },

    staleMatters(days) {
      const today = ukToday(clock());
      const matters = staleMatters(pendingList(working().pack), today, days).map(({ index, matter, decisionDate, daysAgo }) => {
        const item = matter as Json;
        return {
          index,
          ref: typeof item['ref'] === 'string' ? item['ref'] : null,
          title: typeof item['title'] === 'string' ? item['title'] : '',
          kind: typeof item['kind'] === 'string' ? item['kind'] : 'planning',
          decisionDate,
          daysAgo,
        };
      });
      return { days, today, matters };
    },

    removeStaleMatters(days) {
      const record = working();
      const remaining = withoutStaleMatters(pendingList(record.pack), ukToday(clock()), days);
      return view(update({ pack: { ...record.pack, pendingMatters: remaining } }));
    },

    importPlanning({ fileName, contentBase64 }) {
      const record = working();
      const bytes = decodeStrictBase64(contentBase64);
      if (!bytes) throw new ServiceError('invalid-request', MO_MESSAGES.notBase64(fileName));
      let text: string;
      try {
        if (bytes.includes(0)) throw new Error('binary');
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
      } catch {
        throw new ServiceError('invalid-request', MO_MESSAGES.csvNotText(fileName));
      }
      const result = importPlanningCsv(text);
      const base = { imported: result.matters.length, problems: result.problems, fatal: result.fatal, columns: { ...result.columns } as Record<string, string> };
      if (result.fatal) return { ...base, changes: [], workingCopy: view(record) };
      const list = pendingList(record.pack);
      const parsed = list.map((item) => PendingMatter.safeParse(item));
      const bad = parsed.flatMap((item, index) => (item.success ? [] : [`pendingMatters[${index}]`]));
      if (bad.length > 0) throw new ServiceError('invalid-request', MO_MESSAGES.matterProblems(bad));
      const before = parsed.map((item) => item.data as PendingMatter);
      const merged = mergePlanning(before, result.matters);
      const changes = diffPacks({ ...SHELL, pendingMatters: before }, { ...SHELL, pendingMatters: merged });
      const next = update({ pack: { ...record.pack, pendingMatters: JSON.parse(JSON.stringify(merged)) as Json[] } });
      return { ...base, changes, workingCopy: view(next) };
    },

    createKey() {
      file();
      const key = keys.create();
      write({ ...state, key: { fingerprint: key.fingerprint, createdAt: clock().toISOString(), backedUpAt: null } });
      return keyView(key);
    },

    async exportKey() {
      file();
      const pem = keys.privatePem();
      const key = keys.load();
      const path = await choosers.chooseSaveFile?.({ purpose: 'key-backup', suggestedName: `${state.working ? packIdOf(state.working.pack) : 'council'}-signing-key.pem`, message: KEY_BACKUP_WARNING });
      if (!path || !key) return { saved: false, path: null };
      await saveTo(path, pem, 0o600);
      const meta = state.key?.fingerprint === key.fingerprint ? state.key : { fingerprint: key.fingerprint, createdAt: null, backedUpAt: null };
      write({ ...state, key: { ...meta, backedUpAt: clock().toISOString() } });
      return { saved: true, path };
    },

    async importKey() {
      file();
      const path = await choosers.chooseOpenFile?.({ purpose: 'key-backup' });
      if (!path) {
        const existing = currentKey();
        if (existing) return keyView(existing);
        throw new ServiceError('not-found', MO_MESSAGES.noKey);
      }
      let text: string;
      try {
        if (statSync(path).size > 16 * 1024) throw new Error('too big');
        text = readFileSync(path, 'utf8');
      } catch {
        throw new ServiceError('invalid-request', MO_MESSAGES.keyUnreadable(path));
      }
      if (text.includes('PUBLIC KEY') && !text.includes('PRIVATE KEY')) throw new ServiceError('invalid-request', MO_MESSAGES.keyIsPublic(path));
      if (!(deps.signing ?? nodePackSigning).signingKeyFromPem(text)) throw new ServiceError('invalid-request', MO_MESSAGES.notAKey(path));
      const key = keys.replace(text);
      write({ ...state, key: { fingerprint: key.fingerprint, createdAt: null, backedUpAt: clock().toISOString() } });
      return keyView(key);
    },

    async choosePublishFolder(clear) {
      working();
      if (clear) return view(update({ publishFolder: null }));
      const folder = await choosers.chooseFolder?.();
      if (!folder) return view(working());
      let isFolder = false;
      try {
        isFolder = statSync(folder).isDirectory();
      } catch {
        isFolder = false;
      }
      if (!isFolder) throw new ServiceError('invalid-request', MO_MESSAGES.notAFolder(folder));
      return view(update({ publishFolder: folder }));
    },

    publishPreview() {
      const record = working();
      const reasons: string[] = [];
      const status = keys.status();
      const key = status === 'available' ? keys.load() : null;
      if (status === 'unavailable') reasons.push(MO_MESSAGES.keyUnavailable);
      if (status === 'locked') reasons.push(MO_MESSAGES.keyLocked);
      const { result } = check(record.pack);
      let version = 0;
      let diff: string[] = [];
      if (!result.ok) {
        reasons.push(MO_MESSAGES.publishInvalid(result.errors.length, result.errors[0]?.path ?? '', result.errors[0]?.message ?? ''));
      } else {
        const tests = testRefusal(result.pack);
        if (tests) reasons.push(tests);
      }
      try {
        const prepared = prepare(record, 'Preview.', key);
        version = prepared.version;
        const first = prepared.problems[0];
        if (result.ok && first) reasons.push(MO_MESSAGES.publishInvalid(prepared.problems.length, first.path, first.message));
        const after = loadPack(packText(prepared.raw));
        const baseline = baselineOf(record);
        if (after.ok) diff = baseline ? diffPacks(baseline, after.pack) : [];
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        reasons.push(error.message);
      }
      const baseline = baselineOf(record);
      return {
        ready: reasons.length === 0,
        reasons,
        version,
        baselineVersion: baseline?.version ?? null,
        diff,
        fingerprint: key?.fingerprint ?? null,
        publishFolder: record.publishFolder,
        warnings: keyWarning(record, key?.fingerprint ?? null),
      };
    },

    async publish({ changes, toFile, toFolder }) {
      const record = working();
      const pack = validPack(record.pack, MO_MESSAGES.publishInvalid);
      const tests = testRefusal(pack);
      if (tests) throw new ServiceError('pack-refused', tests);
      if (toFolder && !record.publishFolder) throw new ServiceError('invalid-request', MO_MESSAGES.noFolder);
      let key = keys.load();
      const created = key === null;
      key ??= keys.create();
      if (created) write({ ...state, key: { fingerprint: key.fingerprint, createdAt: clock().toISOString(), backedUpAt: null } });
      const prepared = prepare(record, changes.trim(), key);
      const first = prepared.problems[0];
      if (first) throw new ServiceError('pack-refused', MO_MESSAGES.publishInvalid(prepared.problems.length, first.path, first.message));
      const source = packText(prepared.raw);
      const payload = new TextEncoder().encode(source);
      const envelope = signEnvelope(payload, key.signer);
      const verifier = crypto.verifierFromPem(key.publicPem);
      if (!verifier || !verifyEnvelope(envelope, payload, [verifier]).ok) throw new ServiceError('internal', MO_MESSAGES.signedBadly);
      const signed = envelopeText(envelope);
      const id = packIdOf(prepared.raw);
      const name = `${id}.postcheck-pack`;

      const published = (loadPack(source) as Extract<LoadPackResult, { ok: true }>).pack;
      const baseline = baselineOf(record);
      const diff = baseline ? diffPacks(baseline, published) : [];
      const warnings: string[] = [];
      const failures: string[] = [];
      let filePath: string | null = null;
      if (toFile) {
        filePath = (await choosers.chooseSaveFile?.({ purpose: 'signed-pack', suggestedName: name })) ?? null;
        if (!filePath) {
          return { published: false, version: prepared.version, issued: prepared.issued, fingerprint: key.fingerprint, diff, file: null, folderFile: null, warnings: [], workingCopy: view(record) };
        }
        try {
          await saveTo(filePath, signed);
        } catch (error) {
          failures.push((error as Error).message);
          filePath = null;
        }
      }
      let folderFile: string | null = null;
      if (toFolder && record.publishFolder) {
        const target = join(record.publishFolder, name);
        try {
          if (!existsSync(record.publishFolder)) throw new ServiceError('storage', MO_MESSAGES.writeFailed(target, 'the folder is not there'));
          await saveTo(target, signed);
          folderFile = target;
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
      if (!filePath && !folderFile) throw new ServiceError('storage', MO_MESSAGES.nothingWritten(failures));
      warnings.push(...failures);
      const next = update({
        pack: JSON.parse(source) as Json,
        lastPublished: { source, version: prepared.version, issued: prepared.issued, publishedAt: clock().toISOString(), fingerprint: key.fingerprint },
      });
      return { published: true, version: prepared.version, issued: prepared.issued, fingerprint: key.fingerprint, diff, file: filePath, folderFile, warnings, workingCopy: view(next) };
    },

    async saveDraftFile() {
      const record = working();
      const path = await choosers.chooseSaveFile?.({ purpose: 'draft', suggestedName: `${packIdOf(record.pack)}.json` });
      if (!path) return { saved: false, path: null };
      await saveTo(path, packText(record.pack));
      return { saved: true, path };
    },

    hasUnpublishedChanges() {
      if (!opened && !existsSync(join(storage.dataDir, `${MO_SPEC.name}.json`))) return false;
      try {
        file();
        return state.working !== null && unpublished(state.working);
      } catch {
        // Asked as a window closes: a file that cannot be read must not keep the window open.
        return false;
      }
    },
  };
}
