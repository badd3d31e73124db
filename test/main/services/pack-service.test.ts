import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PACKS_SPEC, type PacksFile } from '../../../main/services/pack-service.js';
import { RulePack } from '../../../src/pack/schema.js';
import { makeApp } from '../helpers/app.js';
import { createConfStoreFactory, TEST_KEY } from '../helpers/conf-store.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const GOOD_PACK = readFileSync(new URL('../../fixtures/packs/good.json', import.meta.url), 'utf8');

function install(dir: string, source: string): string {
  const hash = createHash('sha256').update(source).digest('hex');
  createConfStoreFactory({ encryptionKey: TEST_KEY })({ ...PACKS_SPEC, cwd: dir }).write({
    ...PACKS_SPEC.defaults,
    active: { id: 'northbridge-dc', version: 3, hash, installedAt: '2027-02-02T09:00:00.000Z', source, signer: null },
  });
  return hash;
}

describe('the active pack', () => {
  test('is the bundled Members’ Code until a council pack is installed', () => {
    const { services } = makeApp(tempDir());
    expect({ info: services.packs.info(), checklist: services.packs.checklist().map((item) => item.id) }).toEqual({
      info: { councilPack: null, id: 'members-code', version: 1, council: "Members' Code on social media", expires: null, hash: null },
      checklist: ['facts-checked', 'not-in-haste', 'public-for-long', 'own-words', 'roles-clear'],
    });
  });

  test('is the council’s pack on top of the Code once one is in packs.json', () => {
    const dir = tempDir();
    const hash = install(dir, GOOD_PACK);
    const { services } = makeApp(dir);
    const findings = services.packs.checker().check('I will be voting against the Tanners Lane estate, whatever the officers say.', { at: '2027-02-01T10:00:00Z' });
    expect({
      info: services.packs.info(),
      checklist: services.packs.checklist().map((item) => item.id),
      predetermination: findings.some((finding) => finding.category === 'predetermination'),
    }).toEqual({
      info: { councilPack: RulePack.parse(JSON.parse(GOOD_PACK)), id: 'northbridge-dc', version: 3, council: 'Northbridge District Council', expires: '2027-08-01', hash },
      checklist: ['facts-checked', 'not-in-haste', 'public-for-long', 'own-words', 'roles-clear', 'declared-interests'],
      predetermination: true,
    });
  });

  test('a packs.json from before trust and history were kept still loads', () => {
    const dir = tempDir();
    const hash = createHash('sha256').update(GOOD_PACK).digest('hex');
    const old = { active: { id: 'northbridge-dc', version: 3, hash, installedAt: '2027-02-02T09:00:00.000Z', source: GOOD_PACK } };
    createConfStoreFactory({ encryptionKey: TEST_KEY })({ ...PACKS_SPEC, version: '1.0.0', cwd: dir }).write(old as unknown as PacksFile);
    const { services } = makeApp(dir);
    const status = services.packs.status();
    expect({ id: status.active.id, hash: status.active.hash, signer: status.signerFingerprint, history: status.history, notices: services.notices }).toEqual({
      id: 'northbridge-dc',
      hash,
      signer: null,
      history: [],
      notices: [],
    });
  });

  test('an installed pack that no longer loads is reported and the Code checks alone', () => {
    const dir = tempDir();
    install(dir, '{"id": "northbridge-dc", "version": "three"}');
    const { services } = makeApp(dir);
    expect({ id: services.packs.info().id, notices: services.notices }).toEqual({
      id: 'members-code',
      notices: ['Your council’s rule pack (northbridge-dc, version 3) could not be used. The Members’ Code is checking your posts until it is installed again.'],
    });
  });
});
