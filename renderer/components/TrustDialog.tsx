import { useEffect, useRef, type KeyboardEvent } from 'react';
import { trapFocus } from '../dom/trap-focus.js';
import type { PendingTrust } from '../../src/bridge/contract.js';
import { groupFingerprint, RULES_TEXT } from '../text/rules.js';
import './Rules.css';

interface TrustDialogProps {
  readonly pending: PendingTrust;
  /** True while the decision is being saved. */
  readonly busy: boolean;
  onDecide(accept: boolean): void;
  /** Escape or "Decide later": the current rules stay in use and the question is asked again. */
  onLater(): void;
}


/**
 * The first pack from a council: shows who it is from and the signing key's fingerprint, grouped
 * for reading aloud, so the councillor can confirm it with their Monitoring Officer first.
 */
export function TrustDialog({ pending, busy, onDecide, onLater }: TrustDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    heading.current?.focus();
    return () => {
      if (element.open) element.close();
      returnTo?.focus();
    };
  }, []);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>): void => trapFocus(event, dialog.current, heading.current);

  const { contact } = pending;
  return (
    <dialog
      ref={dialog}
      className="trust"
      aria-labelledby="trust-heading"
      aria-describedby="trust-intro"
      onCancel={(event) => {
        event.preventDefault();
        onLater();
      }}
      onKeyDown={trapTab}
    >
      <div className="trust__body">
        <h2 id="trust-heading" ref={heading} tabIndex={-1}>
          {RULES_TEXT.trustHeading}
        </h2>
        <p id="trust-intro">{pending.replacesKey ? RULES_TEXT.trustNewKeyIntro(pending.council) : RULES_TEXT.trustIntro(pending.council)}</p>
        <dl className="summary-list">
          <dt>{RULES_TEXT.trustCouncil}</dt>
          <dd>{pending.council}</dd>
          <dt>{RULES_TEXT.trustContact}</dt>
          <dd>
            {contact ? (
              <>
                {contact.name}
                {contact.role ? `, ${contact.role}` : ''}
                {contact.email ? (
                  <>
                    <br />
                    {contact.email}
                  </>
                ) : null}
                {contact.phone ? (
                  <>
                    <br />
                    {contact.phone}
                  </>
                ) : null}
              </>
            ) : (
              RULES_TEXT.trustNoContact
            )}
          </dd>
          <dt>{RULES_TEXT.trustPack}</dt>
          <dd>{RULES_TEXT.trustPackValue(pending.packId, pending.version)}</dd>
          <dt>{RULES_TEXT.trustFingerprint}</dt>
          <dd>
            <code className="trust__fingerprint" aria-describedby="trust-fingerprint-hint">
              {groupFingerprint(pending.fingerprint)}
            </code>
            <span className="hint" id="trust-fingerprint-hint">
              {RULES_TEXT.trustFingerprintHint}
            </span>
          </dd>
        </dl>
        <p className="hint">{RULES_TEXT.trustLaterHint}</p>
        <div className="trust__buttons">
          <button type="button" className="button" disabled={busy} onClick={() => onDecide(true)}>
            {RULES_TEXT.trustAccept}
          </button>
          <button type="button" className="button button--warning" disabled={busy} onClick={() => onDecide(false)}>
            {RULES_TEXT.trustReject}
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={onLater}>
            {RULES_TEXT.trustLater}
          </button>
        </div>
      </div>
    </dialog>
  );
}
