import { useState } from 'react';
import type { CouncillorProfile, PackSource, PackStatus, Settings as SettingsValue } from '../../src/bridge/contract.js';
import type { PlatformId } from '../../src/engine/finding.js';
import { call } from '../bridge.js';
import { HISTORY_TEXT } from '../text/history.js';
import { MO_TEXT } from '../text/mo.js';
import { PLATFORM_IDS, PLATFORM_NAMES } from '../text/platforms.js';
import { PROFILE_TEXT } from '../text/profile.js';
import { SETTINGS_TEXT } from '../text/settings.js';
import { downloadFile } from './download.js';
import { ProfileForm } from './ProfileForm.js';
import { Rules } from './Rules.js';
import type { ToastMessage } from './Toast.js';

interface SettingsProps {
  readonly profile: CouncillorProfile;
  readonly settings: SettingsValue;
  /** The rules in use and where updates come from; null until main has said. */
  readonly packStatus: PackStatus | null;
  /** Where main keeps the files, when it says. */
  readonly dataDir: string | undefined;
  onProfile(profile: CouncillorProfile): Promise<string | null>;
  onSettings(settings: SettingsValue): void;
  onToast(toast: ToastMessage | null): void;
  /** Installs a pack or subscribes; resolves to the refusal in one sentence, or null. */
  onInstallPack(source: PackSource): Promise<string | null>;
  onCheckPackNow(): Promise<string | null>;
  onReviewTrust(): void;
  /** Opens Monitoring Officer mode ("I publish rules for my council"). */
  onOpenMoMode?(): void;
}

type Theme = SettingsValue['theme'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Profile, rules, appearance and data. */
export function Settings({ profile, settings, packStatus, dataDir, onProfile, onSettings, onToast, onInstallPack, onCheckPackNow, onReviewTrust, onOpenMoMode }: SettingsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [profileSaved, setProfileSaved] = useState(false);

  const saveSettings = async (change: Partial<SettingsValue>): Promise<void> => {
    const answer = await call((bridge) => bridge.saveSettings(change));
    if (answer.ok) {
      setProblem(null);
      onSettings(answer.value);
    } else setProblem(answer.error.message);
  };

  const exportAll = async (format: 'json' | 'csv'): Promise<void> => {
    const answer = await call((bridge) => bridge.exportHistory({ format }));
    if (!answer.ok) {
      setProblem(answer.error.message);
      return;
    }
    downloadFile(answer.value);
    onToast({ text: HISTORY_TEXT.exported(answer.value.fileName) });
  };

  const togglePlatform = (id: PlatformId, checked: boolean): void => {
    const chosen = new Set(settings.defaultPlatforms);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    if (chosen.size === 0) return;
    void saveSettings({ defaultPlatforms: PLATFORM_IDS.filter((platform) => chosen.has(platform)) });
  };

  return (
    <div className="page settings">
      <h1 id="settings-heading" tabIndex={-1}>
        {SETTINGS_TEXT.heading}
      </h1>
      {problem ? (
        <div className="error-summary" role="alert">
          <h2>{HISTORY_TEXT.problem}</h2>
          <p>{problem}</p>
        </div>
      ) : null}

      <section aria-labelledby="settings-profile">
        <h2 id="settings-profile">{PROFILE_TEXT.settingsHeading}</h2>
        <div role="status">
          {profileSaved ? (
            <p className="notification notification--success">{PROFILE_TEXT.saved}</p>
          ) : null}
        </div>
        <ProfileForm
          profile={profile}
          submitLabel={PROFILE_TEXT.saveSettings}
          onSave={async (next) => {
            const failure = await onProfile(next);
            setProfileSaved(failure === null);
            return failure;
          }}
        />
      </section>

      <hr className="section-break" />
      <Rules status={packStatus} onInstall={onInstallPack} onCheckNow={onCheckPackNow} onReviewTrust={onReviewTrust} />

      {onOpenMoMode ? (
        <>
          <hr className="section-break" />
          <section aria-labelledby="settings-mo">
            <h2 id="settings-mo">{MO_TEXT.settings.heading}</h2>
            <p>{MO_TEXT.settings.intro}</p>
            <button type="button" id="settings-mo-open" className="button button--secondary" onClick={onOpenMoMode}>
              {MO_TEXT.settings.open}
            </button>
          </section>
        </>
      ) : null}

      <hr className="section-break" />
      <section aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{SETTINGS_TEXT.appearanceHeading}</h2>
        <fieldset className="field">
          <legend className="label">{SETTINGS_TEXT.theme}</legend>
          {THEMES.map((theme) => (
            <div className="choice" key={theme}>
              <input type="radio" id={`theme-${theme}`} name="theme" checked={settings.theme === theme} onChange={() => void saveSettings({ theme })} />
              <label htmlFor={`theme-${theme}`}>{SETTINGS_TEXT.themes[theme]}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="field" aria-describedby="settings-platforms-hint">
          <legend className="label">{SETTINGS_TEXT.platformsHeading}</legend>
          <span className="hint" id="settings-platforms-hint">
            {SETTINGS_TEXT.platformsHint}
          </span>
          <div className="profile-form__columns">
            {PLATFORM_IDS.map((id) => (
              <div className="choice" key={id}>
                <input type="checkbox" id={`default-platform-${id}`} checked={settings.defaultPlatforms.includes(id)} onChange={(event) => togglePlatform(id, event.target.checked)} />
                <label htmlFor={`default-platform-${id}`}>{PLATFORM_NAMES[id]}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </section>

      <hr className="section-break" />
      <section aria-labelledby="settings-data">
        <h2 id="settings-data">{SETTINGS_TEXT.dataHeading}</h2>
        <p>{SETTINGS_TEXT.dataIntro}</p>
        {dataDir ? (
          <dl className="summary-list">
            <dt>{SETTINGS_TEXT.dataFolder}</dt>
            <dd>
              <code>{dataDir}</code>
            </dd>
          </dl>
        ) : null}
        <p>{SETTINGS_TEXT.dataExport}</p>
        <div className="history__export">
          <button type="button" className="button button--secondary" onClick={() => void exportAll('json')}>
            {HISTORY_TEXT.exportAllAs('JSON')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void exportAll('csv')}>
            {HISTORY_TEXT.exportAllAs('CSV')}
          </button>
        </div>
      </section>
    </div>
  );
}
