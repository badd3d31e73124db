import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createFileCipher } from '../../../main/services/file-cipher.js';
import { draftRequest, makeApp } from '../helpers/app.js';
import { TEST_KEY } from '../helpers/conf-store.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

const PROFILE = {
  name: 'Sam Patel',
  council: 'Northbridge District Council',
  ward: 'Riverside',
  committees: ['Planning Committee'],
  contacts: ['sam.patel@northbridge.example.gov.uk'],
  usualCapacity: 'councillor' as const,
};

describe('profile and settings', () => {
  test('on first run there is no profile, the settings are the defaults, and the data folder is named', () => {
    const dir = tempDir();
    const state = makeApp(dir).services.methods.getAppState();
    expect({ profile: state.profile, settings: state.settings, notices: state.notices, dataDir: state.dataDir }).toEqual({
      profile: null,
      settings: { theme: 'system', defaultPlatforms: ['x'] },
      notices: [],
      dataDir: dir,
    });
  });

  test('the profile is kept, sealed, across a restart', () => {
    const dir = tempDir();
    makeApp(dir).services.methods.saveProfile(PROFILE);
    const raw = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect({ profile: makeApp(dir).services.settings.profile(), leaks: raw.includes('Sam Patel') }).toEqual({ profile: PROFILE, leaks: false });
  });

  test('a settings change alters only the settings it names', () => {
    const dir = tempDir();
    const { services } = makeApp(dir);
    services.methods.saveSettings({ defaultPlatforms: ['facebook', 'nextdoor'] });
    services.methods.saveSettings({ theme: 'dark' });
    expect(makeApp(dir).services.settings.settings()).toEqual({ theme: 'dark', defaultPlatforms: ['facebook', 'nextdoor'] });
  });

  test('the engine is given the parts of the profile it uses', () => {
    const { services } = makeApp(tempDir());
    services.methods.saveProfile(PROFILE);
    expect(services.settings.engineProfile()).toEqual({
      name: 'Sam Patel',
      council: 'Northbridge District Council',
      ward: 'Riverside',
      committees: ['Planning Committee'],
      contacts: ['sam.patel@northbridge.example.gov.uk'],
    });
  });

  test('a damaged settings file is moved aside with a notice; the drafts are untouched', () => {
    const dir = tempDir();
    const first = makeApp(dir);
    first.services.methods.saveProfile(PROFILE);
    const saved = first.services.history.save(draftRequest());
    writeFileSync(join(dir, 'settings.json'), '{"profile": {"name": ');

    const second = makeApp(dir, { clock: createFakeClock('2026-11-23T10:15:00Z') });
    const keptAs = join(dir, 'settings.corrupt-20261123T101500Z.json');
    expect({
      notices: second.services.notices,
      profile: second.services.settings.profile(),
      kept: readFileSync(keptAs, 'utf8'),
      draft: second.services.history.get(saved.id).text,
    }).toEqual({
      notices: [`Your profile and settings could not be read. The damaged file was kept as ${keptAs}. Please check your profile in Settings. Your drafts are safe.`],
      profile: null,
      kept: '{"profile": {"name": ',
      draft: 'Gritters are out tonight on the A14.',
    });
  });

  test('a settings file from before layouts were versioned keeps its profile and gains what it lacks', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ profile: PROFILE }));
    const { services } = makeApp(dir);
    const onDisk = createFileCipher(TEST_KEY).deserialize(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect({ profile: services.settings.profile(), settings: services.settings.settings(), onDisk }).toEqual({
      profile: PROFILE,
      settings: { theme: 'system', defaultPlatforms: ['x'] },
      onDisk: { profile: PROFILE, settings: { theme: 'system', defaultPlatforms: ['x'] }, __internal__: { migrations: { version: '1.0.0' } } },
    });
  });
});
