import type { Severity } from '../../src/engine/finding.js';
import { SEVERITY_WORDS } from '../text/findings.js';
import './SeverityBadge.css';

/** The severity as a word with a shape, so it never rests on colour alone. */
export function SeverityBadge({ severity, inline = false }: { readonly severity: Severity; readonly inline?: boolean }) {
  const Element = inline ? 'span' : 'p';
  return (
    <Element className={`severity severity--${severity}`}>
      <span className="severity__icon" aria-hidden="true" />
      {SEVERITY_WORDS[severity]}
    </Element>
  );
}
