import { z } from 'zod';
import { CouncillorProfile, Settings, type SettingsChange } from '../../src/bridge/contract.js';
import type { Profile } from '../../src/checks/types.js';
import { ServiceError } from './errors.js';
import { NOTICES, REFUSALS } from './messages.js';
import { jsonSchemaOf, type StoreFile, type StoreSpec, type Storage } from './store.js';

/** settings.json: the councillor's profile (from first-run setup) and the app's settings. */
export const SettingsFile = z.strictObject({
  profile: CouncillorProfile.nullable(),
  settings: Settings,
});
export type SettingsFile = z.infer<typeof SettingsFile>;

export const SETTINGS_SPEC: StoreSpec<SettingsFile> = {
  name: 'settings',
  version: '1.0.0',
  defaults: { profile: null, settings: Settings.parse({}) },
  migrations: {
    // A file from before layouts were versioned: keep what it has, fill in what it lacks.
    '1.0.0': (store) => {
      if (!store.has('profile')) store.set('profile', null);
      if (!store.has('settings')) store.set('settings', Settings.parse({}));
    },
  },
  jsonSchema: jsonSchemaOf(SettingsFile),
  encrypt: true,
};

export interface SettingsService {
  profile(): CouncillorProfile | null;
  /** The parts of the profile the engine uses. */
  engineProfile(): Profile;
  settings(): Settings;
  saveProfile(profile: CouncillorProfile): CouncillorProfile;
  saveSettings(change: SettingsChange): Settings;
}

export function createSettingsService({ storage }: { storage: Storage }): SettingsService {
  const opened = storage.open(SETTINGS_SPEC, SettingsFile, {
    keptAs: (path) => NOTICES.settingsDamaged(path),
    leftInPlace: (path) => NOTICES.notSaved('profile and settings', path),
  });
  const file: StoreFile<SettingsFile> = opened.file;
  let current = opened.value;

  function write(next: SettingsFile): void {
    try {
      file.write(next);
    } catch (error) {
      throw new ServiceError('storage', REFUSALS.saveFailed(error instanceof Error ? error.message : String(error)));
    }
    current = next;
  }

  return {
    profile: () => current.profile,
    engineProfile() {
      const profile = current.profile;
      if (!profile) return { committees: [], contacts: [] };
      return {
        name: profile.name,
        council: profile.council,
        ...(profile.ward !== undefined ? { ward: profile.ward } : {}),
        committees: profile.committees,
        contacts: profile.contacts,
      };
    },
    settings: () => current.settings,
    saveProfile(profile) {
      const saved = CouncillorProfile.parse(profile);
      write({ ...current, profile: saved });
      return saved;
    },
    saveSettings(change) {
      const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
      const saved = Settings.parse({ ...current.settings, ...defined });
      write({ ...current, settings: saved });
      return saved;
    },
  };
}
