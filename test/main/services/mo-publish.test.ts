import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KEY_FILE } from '../../../main/services/mo-key-store.js';
import { KEY_BACKUP_WARNING } from '../../../main/services/mo-messages.js';
import type { EditablePack } from '../../../src/bridge/contract.js';
import { openEnvelope } from '../../../src/pack/envelope.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { fingerprintOf } from '../../../src/cli/pack-crypto.js';
import { runMain } from '../../src/cli/run-main.js';
import { makeApp } from '../helpers/app.js';
import { bridgeOf, GOOD_PACK_TEXT, makeMoApp, refusalOf, stubProtector, toBase64 } from '../helpers/mo.js';
import { signedPack, testKey } from '../helpers/pack-server.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
/** A pack as a test edits it: any JSON object. */
type Pack = Record<string, any>;

function moApp(dir = tempDir(), protector = stubProtector()) {
  const app = makeMoApp(dir, { protector });
  return { ...app, call: bridgeOf(app) };
}

function councillorApp(dir = tempDir()) {
  const app = makeApp(dir);
  return { ...app, call: bridgeOf(app) };
}

function edited(pack: EditablePack, change: (pack: Pack) => void): EditablePack {
  const copy = structuredClone(pack) as Pack;
  change(copy);
  return copy as EditablePack;
}

const TANNERS_LANE = { ref: '25/01234/FUL', title: 'Land east of Tanners Lane: 45 dwellings', kind: 'planning', committee: 'Planning Committee', decisionDate: '2026-12-17', keywords: ['Tanners Lane houses'] };
const POST = 'I will be voting against the Tanners Lane houses, end of.';

/** An MO with a started pack that names the Tanners Lane application. */
async function readyToPublish(dir = tempDir()) {
  const mo = moApp(dir);
  const start = await mo.call('moStart', { council: 'Northbridge District Council' });
  await mo.call('moSave', { pack: edited(start.pack, (pack) => (pack['pendingMatters'] as unknown[]).push(TANNERS_LANE)) });
  return mo;
}

describe('the signing key', () => {
  test('is made on request, kept only in protected form, and shown by its fingerprint', async () => {
    const dir = tempDir();
    const { call } = moApp(dir);
    const key = await call('moCreateKey');
    const state = await call('moGetState');
    const onDisk = readFileSync(join(dir, KEY_FILE), 'utf8');
    expect({
      fingerprint: /^[0-9a-f]{16}$/.test(key.fingerprint),
      state: [state.keyStore, state.key?.fingerprint === key.fingerprint, state.key?.createdAt, state.key?.backedUpAt],
      protectedOnDisk: onDisk.startsWith('os:') && !onDisk.includes('PRIVATE KEY'),
      mode: statSync(join(dir, KEY_FILE)).mode & 0o777,
    }).toEqual({ fingerprint: true, state: ['available', true, '2026-11-20T10:00:00.000Z', null], protectedOnDisk: true, mode: 0o600 });
  });

  test('is never made twice', async () => {
    const { call } = moApp();
    await call('moCreateKey');
    expect(await refusalOf(call('moCreateKey'))).toEqual({
      code: 'not-allowed',
      message: 'You already have a signing key. Making another would mean every councillor has to confirm it with you again.',
    });
  });

  test('cannot be made where the computer offers no protection, and publishing says so', async () => {
    const { call } = moApp(tempDir(), stubProtector(false));
    await call('moStart', { council: 'Northbridge District Council' });
    const state = await call('moGetState');
    const refused = await refusalOf(call('moCreateKey'));
    const preview = await call('moPublishPreview');
    expect({ store: state.keyStore, refused: refused.code, ready: preview.ready, reasons: preview.reasons }).toEqual({
      store: 'unavailable',
      refused: 'not-allowed',
      ready: false,
      reasons: [
        'Your computer offers no protected place to keep a signing key, so the app cannot make or keep one. Use the command-line tools (post-check pack keygen and sign) instead.',
      ],
    });
  });

  test('that cannot be unlocked is left alone and reported as locked', async () => {
    const dir = tempDir();
    const protector = stubProtector();
    const first = moApp(dir, protector);
    await first.call('moCreateKey');
    writeFileSync(join(dir, KEY_FILE), 'not sealed by this computer');
    const { call } = moApp(dir, protector);
    const state = await call('moGetState');
    expect({ store: state.keyStore, key: state.key, create: (await refusalOf(call('moCreateKey'))).message, file: readFileSync(join(dir, KEY_FILE), 'utf8') }).toEqual({
      store: 'locked',
      key: null,
      create: 'Your signing key could not be unlocked. Sign in to your computer again (or unlock its keyring) and try again, or import your key from its backup.',
      file: 'not sealed by this computer',
    });
  });

  test('a backup is written only where the MO chooses, readable only by them, with the warning, and signs with the command-line tools', async () => {
    const dir = tempDir();
    const out = tempDir();
    const { call, choosers } = moApp(dir);
    const key = await call('moCreateKey');
    choosers.savePath = join(out, 'council-signing-key.pem');
    const saved = await call('moExportKey');
    writeFileSync(join(out, 'pack.json'), GOOD_PACK_TEXT);
    writeFileSync(join(out, 'key.pub'), key.publicPem);
    const signed = await runMain(['pack', 'sign', 'pack.json', '--key', 'council-signing-key.pem'], { cwd: out });
    const verified = await runMain(['pack', 'verify', 'pack.postcheck-pack', '--pubkey', 'key.pub'], { cwd: out });
    expect({
      saved,
      asked: choosers.asked,
      mode: statSync(choosers.savePath).mode & 0o777,
      pem: readFileSync(choosers.savePath, 'utf8').split('\n')[0],
      backedUpAt: (await call('moGetState')).key?.backedUpAt,
      signed: signed.stdout.includes(`with key ${key.fingerprint}`),
      verified: verified.code,
    }).toEqual({
      saved: { saved: true, path: choosers.savePath },
      asked: [{ purpose: 'key-backup', suggestedName: 'council-signing-key.pem', message: KEY_BACKUP_WARNING }],
      mode: 0o600,
      pem: '-----BEGIN PRIVATE KEY-----',
      backedUpAt: '2026-11-20T10:00:00.000Z',
      signed: true,
      verified: 0,
    });
  });

  test('a cancelled backup writes nothing', async () => {
    const { call } = moApp();
    await call('moCreateKey');
    expect(await call('moExportKey')).toEqual({ saved: false, path: null });
  });

  test('is imported from a backup made by `post-check pack keygen`, keeping the key it replaces', async () => {
    const dir = tempDir();
    const keysDir = tempDir();
    const made = await runMain(['pack', 'keygen', '--out', 'mo'], { cwd: keysDir });
    const cliFingerprint = /Key fingerprint: ([0-9a-f]{16})/.exec(made.stdout)?.[1];
    const { call, choosers } = moApp(dir);
    await call('moCreateKey');
    choosers.openPath = join(keysDir, 'mo.pub');
    const publicRefused = await refusalOf(call('moImportKey'));
    choosers.openPath = join(keysDir, 'mo.key');
    const imported = await call('moImportKey');
    expect({
      publicRefused: publicRefused.message,
      fingerprint: imported.fingerprint === cliFingerprint,
      keptAside: readdirSync(dir).filter((name) => name.startsWith('mo-signing-key.replaced-')).length,
    }).toEqual({
      publicRefused: `${join(keysDir, 'mo.pub')} is a public key: import the private key backup (the file that says PRIVATE KEY).`,
      fingerprint: true,
      keptAside: 1,
    });
  });
});

describe('publishing', () => {
  test('is refused while the pack has problems, saying which', async () => {
    const { call, choosers } = await readyToPublish();
    const state = await call('moGetState');
    await call('moSave', { pack: edited(state.workingCopy!.pack, (pack) => ((pack['pendingMatters'] as Pack[])[2]!['decisionDate'] = '2026-12-32')) });
    choosers.savePath = join(tempDir(), 'out.postcheck-pack');
    expect(await refusalOf(call('moPublish', { changes: 'Added Tanners Lane.', toFile: true, toFolder: false }))).toEqual({
      code: 'pack-refused',
      message: 'The pack cannot be published until its 1 problem is fixed (the first is pendingMatters[2].decisionDate: 2026-12-32 is not a real date). You can save it as a draft meanwhile.',
    });
    expect(existsSync(choosers.savePath)).toBe(false);
  });

  test('is refused while the pack’s own tests fail', async () => {
    const { call } = await readyToPublish();
    const state = await call('moGetState');
    await call('moSave', { pack: edited(state.workingCopy!.pack, (pack) => (((pack['customRules'] as Pack[])[0]!['examples'] as Pack)['flag'] = ['Herons are lovely.'])) });
    expect(await refusalOf(call('moPublish', { changes: 'x', toFile: true, toFolder: false }))).toEqual({
      code: 'pack-refused',
      message: 'The pack cannot be published because 1 of its 3 tests fails (the first is rule project-names). Fix the rule or its examples, then try again.',
    });
  });

  test('bumps the version, sets the issue date, adds the changelog line, names the key, and signs the exact bytes', async () => {
    const { call, choosers } = await readyToPublish();
    const out = tempDir();
    choosers.savePath = join(out, 'northbridge.postcheck-pack');
    const published = await call('moPublish', { changes: 'Added the Tanners Lane application.', toFile: true, toFolder: false });
    const key = (await call('moGetState')).key!;
    const opened = openEnvelope(JSON.parse(readFileSync(choosers.savePath, 'utf8')));
    const payload = opened.ok ? new TextDecoder().decode(opened.payload) : '';
    const pack = loadPack(payload);
    writeFileSync(join(out, 'key.pub'), key.publicPem);
    const verified = await runMain(['pack', 'verify', 'northbridge.postcheck-pack', '--pubkey', 'key.pub'], { cwd: out });
    expect({
      published: [published.published, published.version, published.issued, published.fingerprint === key.fingerprint, published.file, published.warnings],
      pack: pack.ok ? [pack.pack.version, pack.pack.issued, pack.pack.changelog.at(-1), pack.pack.nextSigningKeys] : pack.errors,
      working: [published.workingCopy.pack['version'], published.workingCopy.unpublishedChanges, published.workingCopy.lastPublished],
      verified: verified.stdout,
    }).toEqual({
      published: [true, 1, '2026-11-20', true, choosers.savePath, []],
      pack: [1, '2026-11-20', { version: 1, date: '2026-11-20', changes: 'Added the Tanners Lane application.' }, [key.publicPem]],
      working: [1, false, { version: 1, issued: '2026-11-20', publishedAt: '2026-11-20T10:00:00.000Z', fingerprint: key.fingerprint }],
      verified: `Signature good: Northbridge District Council pack northbridge-district-council version 1, key ${key.fingerprint}.\n`,
    });
  });

  test('each publish is strictly newer than the last, and says what changed since it in words', async () => {
    const { call, choosers, clock } = await readyToPublish();
    choosers.savePath = join(tempDir(), 'a.postcheck-pack');
    await call('moPublish', { changes: 'First.', toFile: true, toFolder: false });
    clock.set('2026-11-27T09:00:00Z');
    const state = await call('moGetState');
    await call('moSave', {
      pack: edited(state.workingCopy!.pack, (pack) => {
        ((pack['pendingMatters'] as Pack[])[2]!)['decisionDate'] = '2027-01-14';
        (pack['rules'] as Pack)['abuse'] = { severity: 'block', reason: 'Members asked for it.' };
      }),
    });
    const preview = await call('moPublishPreview');
    const published = await call('moPublish', { changes: 'Tanners Lane moved to January.', toFile: true, toFolder: false });
    expect({ preview: [preview.ready, preview.version, preview.baselineVersion, preview.warnings], version: published.version, diff: published.diff }).toEqual({
      preview: [true, 2, 1, []],
      version: 2,
      diff: [
        'version 1 → 2',
        'issue date moved from 20 November 2026 to 27 November 2026',
        'pending application 25/01234/FUL Land east of Tanners Lane: 45 dwellings: decision date moved from 17 December 2026 to 14 January 2027',
        'rule abuse set to block',
      ],
    });
  });

  test('a pack opened from a published file goes out as the next version, and a version the MO raised is kept', async () => {
    const { call, choosers } = moApp();
    const elsewhere = testKey();
    await call('moOpenPack', { fileName: 'northbridge-dc.postcheck-pack', contentBase64: toBase64(signedPack(JSON.parse(GOOD_PACK_TEXT) as Pack, elsewhere)) });
    choosers.savePath = join(tempDir(), 'n.postcheck-pack');
    const preview = await call('moPublishPreview');
    const state = await call('moGetState');
    await call('moSave', { pack: { ...state.workingCopy!.pack, version: 10 } });
    const raised = await call('moPublishPreview');
    expect([preview.version, preview.baselineVersion, raised.version]).toEqual([4, 3, 10]);
    // Signed elsewhere, with a key this computer does not have.
    expect(preview.warnings).toEqual([
      `This version will be signed with a new key, not ${fingerprintOf(elsewhere.publicPem)}, which signed version 3: councillors’ apps will not accept it until they have confirmed the new key with you. If you have the old key’s backup, import it instead.`,
    ]);
  });

  test('writes <pack id>.postcheck-pack into the publish folder whole, leaving nothing else there', async () => {
    const { call, choosers } = await readyToPublish();
    const folder = tempDir();
    choosers.folder = folder;
    const chosen = await call('moChoosePublishFolder', {});
    const published = await call('moPublish', { changes: 'First.', toFile: false, toFolder: true });
    expect({ folder: chosen.publishFolder, file: published.folderFile, listing: readdirSync(folder) }).toEqual({
      folder,
      file: join(folder, 'northbridge-district-council.postcheck-pack'),
      listing: ['northbridge-district-council.postcheck-pack'],
    });
  });

  test('publishing to the folder before one is chosen is refused', async () => {
    const { call } = await readyToPublish();
    expect((await refusalOf(call('moPublish', { changes: 'First.', toFile: false, toFolder: true }))).message).toBe(
      'Choose the folder to publish to first (the council’s shared drive or the web server’s upload folder).',
    );
  });

  test('a cancelled save dialog publishes nothing and changes nothing', async () => {
    const { call } = await readyToPublish();
    const published = await call('moPublish', { changes: 'First.', toFile: true, toFolder: false });
    expect([published.published, published.workingCopy.lastPublished, published.workingCopy.unpublishedChanges]).toEqual([false, null, true]);
  });

  test('when one place cannot be written the other still is, with a warning', async () => {
    const { call, choosers } = await readyToPublish();
    const folder = tempDir();
    choosers.folder = folder;
    await call('moChoosePublishFolder', {});
    choosers.savePath = join(tempDir(), 'missing-folder', 'x.postcheck-pack');
    const published = await call('moPublish', { changes: 'First.', toFile: true, toFolder: true });
    expect({ file: published.file, folderFile: published.folderFile !== null, warnings: published.warnings.map((warning) => warning.replace(choosers.savePath!, '<file>')) }).toEqual({
      file: null,
      folderFile: true,
      warnings: ['<file> could not be written (ENOENT).'],
    });
  });

  test('a draft is saved as the pack stands, even when it is not valid', async () => {
    const { call, choosers } = await readyToPublish();
    const state = await call('moGetState');
    const broken = edited(state.workingCopy!.pack, (pack) => (pack['expires'] = 'soon'));
    await call('moSave', { pack: broken });
    choosers.savePath = join(tempDir(), 'draft.json');
    expect([await call('moSaveDraftFile'), JSON.parse(readFileSync(choosers.savePath, 'utf8'))]).toEqual([{ saved: true, path: choosers.savePath }, broken]);
  });

  test('unpublished changes are known to the close handler', async () => {
    const mo = await readyToPublish();
    const before = mo.services.mo.hasUnpublishedChanges();
    mo.choosers.savePath = join(tempDir(), 'a.postcheck-pack');
    await mo.call('moPublish', { changes: 'First.', toFile: true, toFolder: false });
    const after = mo.services.mo.hasUnpublishedChanges();
    const fresh = makeMoApp(tempDir()).services.mo.hasUnpublishedChanges();
    expect([before, after, fresh]).toEqual([true, false, false]);
  });

  test('a new signing key after a publish is warned about before the next one', async () => {
    const mo = await readyToPublish();
    mo.choosers.savePath = join(tempDir(), 'a.postcheck-pack');
    const first = await mo.call('moPublish', { changes: 'First.', toFile: true, toFolder: false });
    const keysDir = tempDir();
    await runMain(['pack', 'keygen', '--out', 'other'], { cwd: keysDir });
    mo.choosers.openPath = join(keysDir, 'other.key');
    const other = await mo.call('moImportKey');
    const preview = await mo.call('moPublishPreview');
    expect(preview.warnings).toEqual([
      `This version will be signed with key ${other.fingerprint}, not ${first.fingerprint}, which signed version 1: councillors’ apps will not accept it until they have confirmed the new key with you. If you have the old key’s backup, import it instead.`,
    ]);
  });
});

describe('from the Monitoring Officer to the councillor', () => {
  test('a published pack installs in the councillor’s app on first trust, flags the same post, and updates with the same key', async () => {
    const mo = await readyToPublish();
    const moFlags = (await mo.call('moTryPost', { text: POST })).findings.map((finding) => [finding.category, finding.severity]);
    const folder = tempDir();
    mkdirSync(folder, { recursive: true });
    mo.choosers.folder = folder;
    await mo.call('moChoosePublishFolder', {});
    const first = await mo.call('moPublish', { changes: 'Added Tanners Lane.', toFile: false, toFolder: true });

    // The councillor installs the file from the shared folder.
    const councillor = councillorApp();
    const bytes = readFileSync(first.folderFile!);
    const pending = await councillor.call('installPack', { kind: 'file', fileName: 'northbridge-district-council.postcheck-pack', contentBase64: toBase64(bytes) });
    const trusted = await councillor.call('confirmPackTrust', { fingerprint: pending.pendingTrust!.fingerprint, accept: true });
    const councillorFlags = councillor.services.packs
      .checker()
      .check(POST, { capacity: 'councillor', platform: 'x', at: '2026-11-20T10:00:00Z' })
      .map((finding) => [finding.category, finding.severity]);

    // The MO moves the decision date and publishes again; the councillor's app takes it without asking.
    mo.clock.set('2026-11-27T09:00:00Z');
    const state = await mo.call('moGetState');
    await mo.call('moSave', { pack: edited(state.workingCopy!.pack, (pack) => ((pack['pendingMatters'] as Pack[])[2]!['decisionDate'] = '2027-01-14')) });
    const second = await mo.call('moPublish', { changes: 'Tanners Lane moved to January.', toFile: false, toFolder: true });
    const updated = await councillor.call('installPack', { kind: 'subscription', location: second.folderFile! });

    expect({
      trustShown: [pending.pendingTrust?.fingerprint === first.fingerprint, pending.pendingTrust?.council],
      installed: [trusted.active.id, trusted.active.version, trusted.signerFingerprint === first.fingerprint],
      flags: [moFlags, councillorFlags],
      updated: [updated.active.version, updated.pendingTrust, updated.problem, updated.lastChange],
    }).toEqual({
      trustShown: [true, 'Northbridge District Council'],
      installed: ['northbridge-district-council', 1, true],
      flags: [[['predetermination', 'block']], [['predetermination', 'block']]],
      updated: [
        2,
        null,
        null,
        [
          'version 1 → 2',
          'issue date moved from 20 November 2026 to 27 November 2026',
          'pending application 25/01234/FUL Land east of Tanners Lane: 45 dwellings: decision date moved from 17 December 2026 to 14 January 2027',
        ],
      ],
    });
  });
});
