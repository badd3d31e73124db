import { useId, useRef, useState, type DragEvent } from 'react';
import { readBase64 } from '../dom/read-file.js';
import type { PackSource, PackStatus } from '../../src/bridge/contract.js';
import { groupFingerprint, RULES_TEXT } from '../text/rules.js';
import './Rules.css';

/** Packs are at most 5 MB; a bigger file is refused here before it is read. */
const MAX_PACK_BYTES = 5 * 1024 * 1024;

interface RulesProps {
  /** Null until main has said, or when it could not. */
  readonly status: PackStatus | null;
  /** Sends a pack (or a subscription) to main; resolves to an error sentence, or null. */
  onInstall(source: PackSource): Promise<string | null>;
  onCheckNow(): Promise<string | null>;
  /** Opens the trust question again after "Decide later". */
  onReviewTrust(): void;
}


/** A plain check of a subscription location; main makes the real decision. */
export function subscriptionProblem(location: string): string | null {
  const text = location.trim();
  if (text === '') return RULES_TEXT.subscribeEmpty;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^https:\/\/[^\s/]+/i.test(text)) return RULES_TEXT.subscribeNotHttps;
  return null;
}

function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Settings → Rules: which rules check the posts, where updates come from, and installing a new pack. */
export function Rules({ status, onInstall, onCheckNow, onReviewTrust }: RulesProps) {
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [location, setLocation] = useState('');
  const [locationError, setLocationError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();

  const active = status?.active;
  const pack = active?.councilPack ?? null;

  const installFile = async (file: File): Promise<void> => {
    setDone(null);
    setFileError(null);
    if (file.size > MAX_PACK_BYTES) {
      setFileError(RULES_TEXT.fileTooBig);
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readBase64(file);
    } catch {
      setFileError(RULES_TEXT.fileUnreadable(file.name));
      return;
    }
    setBusy(RULES_TEXT.installing(file.name));
    const failure = await onInstall({ kind: 'file', fileName: file.name, contentBase64 });
    setBusy(null);
    if (failure) setFileError(failure);
    if (fileInput.current) fileInput.current.value = '';
  };

  const subscribe = async (): Promise<void> => {
    setDone(null);
    const problem = subscriptionProblem(location);
    setLocationError(problem);
    if (problem) {
      document.getElementById(`${ids}-location`)?.focus();
      return;
    }
    setBusy(RULES_TEXT.checking);
    const failure = await onInstall({ kind: 'subscription', location: location.trim() });
    setBusy(null);
    if (failure) setLocationError(failure);
    else {
      setLocation('');
      setDone(RULES_TEXT.subscribed);
    }
  };

  const checkNow = async (): Promise<void> => {
    setDone(null);
    setBusy(RULES_TEXT.checking);
    await onCheckNow();
    setBusy(null);
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void installFile(file);
  };

  return (
    <section
      aria-labelledby="settings-rules"
      className={`rules__drop${dragging ? ' rules__drop--active' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h2 id="settings-rules">{RULES_TEXT.installedHeading}</h2>
      {dragging ? <p className="rules__drop-message">{RULES_TEXT.dropHere}</p> : null}

      <div role="alert">
        {status?.problem ? (
          <div className="rules__problem">
            <h3>{RULES_TEXT.problemHeading}</h3>
            <p>{status.problem}</p>
            <p>{RULES_TEXT.problemKept}</p>
          </div>
        ) : null}
      </div>
      <div role="status">
        {busy ? <p>{busy}</p> : done ? <p className="notification notification--success">{done}</p> : null}
      </div>

      {status?.pendingTrust ? (
        <div className="rules__problem">
          <p>{RULES_TEXT.waiting(status.pendingTrust.council, status.pendingTrust.version)}</p>
          <button type="button" className="button button--secondary" onClick={onReviewTrust}>
            {RULES_TEXT.reviewKey}
          </button>
        </div>
      ) : null}

      {active && pack ? (
        <>
          <p>{RULES_TEXT.councilActive(active.council)}</p>
          {status?.isExpired ? <p className="rules__problem">{RULES_TEXT.expired}</p> : null}
          <dl className="summary-list">
            <dt>{RULES_TEXT.council}</dt>
            <dd>{active.council}</dd>
            <dt>{RULES_TEXT.packId}</dt>
            <dd>{active.id}</dd>
            <dt>{RULES_TEXT.version}</dt>
            <dd>{active.version}</dd>
            <dt>{RULES_TEXT.issued}</dt>
            <dd>{pack.issued ?? RULES_TEXT.notRecorded}</dd>
            <dt>{RULES_TEXT.expires}</dt>
            <dd>{active.expires ?? RULES_TEXT.noExpiry}</dd>
            <dt>{RULES_TEXT.fingerprint}</dt>
            <dd>
              <code>{status?.signerFingerprint ? groupFingerprint(status.signerFingerprint) : RULES_TEXT.notRecorded}</code>
            </dd>
          </dl>
        </>
      ) : (
        <>
          <p>{RULES_TEXT.bundledActive}</p>
          <p className="hint">{RULES_TEXT.bundledHint}</p>
          {active ? (
            <dl className="summary-list">
              <dt>{RULES_TEXT.packId}</dt>
              <dd>{active.id}</dd>
              <dt>{RULES_TEXT.version}</dt>
              <dd>{active.version}</dd>
            </dl>
          ) : null}
        </>
      )}

      {status && status.lastChange.length > 0 ? (
        <>
          <h3>{RULES_TEXT.changeHeading}</h3>
          <ul>
            {status.lastChange.map((line, index) => (
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{RULES_TEXT.subscriptionHeading}</h3>
      {status?.subscription ? (
        <>
          <dl className="summary-list">
            <dt>{RULES_TEXT.subscriptionLocation}</dt>
            <dd>
              <code>{status.subscription.location}</code>
            </dd>
            <dt>{RULES_TEXT.lastChecked}</dt>
            <dd>{status.subscription.lastChecked ? formatInstant(status.subscription.lastChecked) : RULES_TEXT.neverChecked}</dd>
            <dt>{RULES_TEXT.lastResult}</dt>
            <dd>{status.subscription.lastResult ?? RULES_TEXT.neverChecked}</dd>
          </dl>
          <p className="rules__actions">
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void checkNow()}>
              {RULES_TEXT.checkNow}
            </button>
          </p>
        </>
      ) : (
        <p>{RULES_TEXT.subscriptionNone}</p>
      )}

      <h3>{RULES_TEXT.fileHeading}</h3>
      <div className={`field${fileError ? ' field--error' : ''}`}>
        <label className="label" htmlFor={`${ids}-file`}>
          {RULES_TEXT.fileLabel}
        </label>
        <span className="hint" id={`${ids}-file-hint`}>
          {RULES_TEXT.fileHint}
        </span>
        {fileError ? (
          <p className="error-message" id={`${ids}-file-error`}>
            <span className="visually-hidden">Error: </span>
            {fileError}
          </p>
        ) : null}
        <input
          ref={fileInput}
          id={`${ids}-file`}
          type="file"
          accept=".postcheck-pack,.json"
          aria-describedby={`${ids}-file-hint${fileError ? ` ${ids}-file-error` : ''}`}
          disabled={busy !== null}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void installFile(file);
          }}
        />
      </div>

      <h3>{RULES_TEXT.subscribeHeading}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void subscribe();
        }}
      >
        <div className={`field${locationError ? ' field--error' : ''}`}>
          <label className="label" htmlFor={`${ids}-location`}>
            {RULES_TEXT.subscribeLabel}
          </label>
          <span className="hint" id={`${ids}-location-hint`}>
            {RULES_TEXT.subscribeHint}
          </span>
          {locationError ? (
            <p className="error-message" id={`${ids}-location-error`}>
              <span className="visually-hidden">Error: </span>
              {locationError}
            </p>
          ) : null}
          <div className="rules__subscribe">
            <input
              id={`${ids}-location`}
              className={`input${locationError ? ' input--error' : ''}`}
              type="text"
              spellCheck={false}
              autoComplete="off"
              value={location}
              aria-invalid={locationError ? true : undefined}
              aria-describedby={`${ids}-location-hint${locationError ? ` ${ids}-location-error` : ''}`}
              onChange={(event) => setLocation(event.target.value)}
            />
            <button type="submit" className="button" disabled={busy !== null}>
              {RULES_TEXT.subscribe}
            </button>
          </div>
        </div>
      </form>

      <h3>{RULES_TEXT.historyHeading}</h3>
      {status && status.history.length > 0 ? (
        <table className="rules__table">
          <caption className="visually-hidden">{RULES_TEXT.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{RULES_TEXT.historyCouncil}</th>
              <th scope="col">{RULES_TEXT.historyVersion}</th>
              <th scope="col">{RULES_TEXT.historyInstalled}</th>
              <th scope="col">{RULES_TEXT.historyHash}</th>
            </tr>
          </thead>
          <tbody>
            {status.history.map((record) => (
              <tr key={`${record.id}@${record.version}-${record.hash}`}>
                <td>{record.council}</td>
                <td>{record.version}</td>
                <td>{formatInstant(record.installedAt)}</td>
                <td className="rules__hash">
                  <code>{record.hash.slice(0, 16)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{RULES_TEXT.historyNone}</p>
      )}
    </section>
  );
}
