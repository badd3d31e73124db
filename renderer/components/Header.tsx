import type { ActivePack } from '../../src/bridge/contract.js';
import { APP_TEXT } from '../text/common.js';
import './Header.css';

export type Screen = 'compose' | 'history' | 'settings';

interface HeaderProps {
  readonly pack: ActivePack;
  /** Null during first-run setup, when there is nowhere else to go yet. */
  readonly screen: Screen | null;
  readonly today: string;
  onNavigate(screen: Screen): void;
}

/** Which rules are checking, by name and version. */
export function rulesLabel(pack: ActivePack): string {
  return APP_TEXT.rules(pack.councilPack ? pack.council : APP_TEXT.bundledRules, pack.version);
}

const SCREENS: readonly Screen[] = ['compose', 'history', 'settings'];

/** The bar at the top: the app's name, the rules in use (always), and the screens. */
export function Header({ pack, screen, today, onNavigate }: HeaderProps) {
  const expired = pack.expires !== null && pack.expires < today;
  return (
    <header className="app-header">
      <p className="app-header__name">{APP_TEXT.appName}</p>
      <p className={`rules-badge${expired ? ' rules-badge--expired' : ''}`}>
        <span className="rules-badge__dot" aria-hidden="true" />
        {rulesLabel(pack)}
        {expired && pack.expires ? <span className="rules-badge__warning">{APP_TEXT.rulesOutOfDate(pack.expires)}</span> : null}
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
