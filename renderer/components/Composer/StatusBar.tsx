import type { PlatformId } from '../../../src/engine/finding.js';
import type { SaveState } from '../../hooks/useDraftSession.js';
import { useNow } from '../../hooks/useNow.js';
import { countView } from '../../logic/counts.js';
import { savedAgo } from '../../logic/time.js';
import type { PlatformCount } from '../../worker/protocol.js';
import { APP_TEXT, COMPOSE_TEXT } from '../../text/common.js';
import { platformName } from '../../text/platforms.js';
import './StatusBar.css';

interface StatusBarProps {
  readonly platforms: readonly PlatformId[];
  readonly counts: Partial<Record<PlatformId, PlatformCount>>;
  readonly save: SaveState;
  readonly isActive: boolean;
  onCheckAndCopy(platform: PlatformId): void;
}

const timeOfDay = (at: number): string => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The bar under the editor: length per platform, when it was saved, and Check & copy. */
export function StatusBar({ platforms, counts, save, isActive, onCheckAndCopy }: StatusBarProps) {
  const now = useNow(1000, isActive && save.savedAt !== null);
  const saved =
    save.phase === 'saving'
      ? APP_TEXT.saving
      : save.phase === 'failed'
        ? APP_TEXT.saveFailed(save.error ?? '')
        : save.savedAt !== null
          ? savedAgo(save.savedAt, now, timeOfDay)
          : save.phase === 'saved'
            ? APP_TEXT.savedAgo('')
            : APP_TEXT.notSaved;
  return (
    <div className="status-bar">
      <ul className="status-bar__counts" aria-label={COMPOSE_TEXT.counts}>
        {platforms.map((platform) => {
          const entry = counts[platform];
          if (!entry) return null;
          const view = countView(platform, platformName(platform), entry.count, entry.byteLimit);
          return (
            <li key={platform} className={`count count--${view.state}`} aria-label={view.label}>
              {view.state === 'over' ? <span className="count__icon" aria-hidden="true">!</span> : null}
              {view.text}
            </li>
          );
        })}
      </ul>
      <p className={`status-bar__saved${save.phase === 'failed' ? ' status-bar__saved--failed' : ''}`} role={save.phase === 'failed' ? 'alert' : undefined}>
        {saved.trim()}
      </p>
      <div className="status-bar__actions">
        {platforms.map((platform, index) => (
          <button
            key={platform}
            type="button"
            className={`button${index === 0 ? '' : ' button--secondary'}`}
            onClick={() => onCheckAndCopy(platform)}
            aria-keyshortcuts={index === 0 ? 'Control+Enter' : undefined}
          >
            {COMPOSE_TEXT.checkAndCopy(platformName(platform))}
            {index === 0 ? <span className="shortcut">({COMPOSE_TEXT.checkAndCopyShortcut})</span> : null}
          </button>
        ))}
      </div>
    </div>
  );
}
