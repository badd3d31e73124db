import type { ActivePack } from '../../src/bridge/contract.js';
import { APP_TEXT } from '../text/common.js';
import { RULES_TEXT } from '../text/rules.js';
import './Header.css';

export type Screen = 'compose' | 'history' | 'settings';

interface HeaderProps {
  readonly pack: ActivePack;
  /** Null during first-run setup, when there is nowhere else to go yet. */
  readonly screen: Screen | null;
  readonly today: string;
  /** From main's pack status, when it has said; otherwise the expiry date is compared with today. */
  readonly isExpired?: boolean | undefined;
  /** True when the subscription's last check failed. */
  readonly checkFailed?: boolean | undefined;
  onNavigate(screen: Screen): void;
}

/** Which rules are checking, by name and version. */
export function rulesLabel(pack: ActivePack): string {
  return APP_TEXT.rules(pack.councilPack ? pack.council : APP_TEXT.bundledRules, pack.version);
}

const SCREENS: readonly Screen[] = ['compose', 'history', 'settings'];

/** The bar at the top: the app's name, the rules in use (always), and the screens. */
export function Header({ pack, screen, today, isExpired, checkFailed = false, onNavigate }: HeaderProps) {
  const expired = isExpired ?? (pack.expires !== null && pack.expires < today);
  const warning = expired ? RULES_TEXT.badgeOutOfDate : checkFailed ? RULES_TEXT.badgeCheckFailed : null;
  return (
    <header className="app-header">
      <p className="app-header__name">{APP_TEXT.appName}</p>
      <p className={`rules-badge${warning ? ' rules-badge--expired' : ''}`}>
        <span className="rules-badge__dot" aria-hidden="true" />
        {rulesLabel(pack)}
        {warning ? <span className="rules-badge__warning">{warning}</span> : null}
      </p>
      {screen !== null ? (
        <nav className="app-header__nav" aria-label={APP_TEXT.nav.label}>
          <ul>
            {SCREENS.map((id) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="app-header__link"
                  aria-current={screen === id ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onNavigate(id);
                  }}
                >
                  {APP_TEXT.nav[id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
