import { useCallback, useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import type { MoKey, MoPublished, MoPublishPreview, MoState, MoWorkingCopy } from '../../../src/bridge/contract.js';
import { packContents, sentence } from '../../logic/mo-rules.js';
import { MO_TEXT } from '../../text/mo.js';
import { groupFingerprint } from '../../text/rules.js';
import { useMo } from './context.js';

const T = MO_TEXT.publish;
const K = MO_TEXT.key;

type Preview = z.output<typeof MoPublishPreview>;
type Published = z.output<typeof MoPublished>;

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

interface KeyPanelProps {
  readonly keyState: MoState['keyStore'];
  readonly signingKey: MoKey | null;
  /** Asks main again about the key after it changed. */
  onKeyChanged(): void;
}

/** The signing key: made on first use, its fingerprint to read out, and its backup. */
function KeyPanel({ keyState, signingKey, onKeyChanged }: KeyPanelProps) {
  const { callSaved } = useMo();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const run = async (action: 'create' | 'export' | 'import'): Promise<void> => {
    setBusy(true);
    setMessage(null);
    if (action === 'export') {
      const answer = await callSaved((bridge) => bridge.moExportKey({}));
      setBusy(false);
      if (!answer.ok) setMessage({ text: answer.error.message, isError: true });
      else if (answer.value.saved && answer.value.path) {
        setMessage({ text: K.backupSaved(answer.value.path), isError: false });
        onKeyChanged();
      }
      return;
    }
    const answer = await callSaved((bridge) => (action === 'create' ? bridge.moCreateKey({}) : bridge.moImportKey({})));
    setBusy(false);
    if (!answer.ok) {
      setMessage({ text: answer.error.message, isError: true });
      return;
    }
    onKeyChanged();
    setMessage({ text: action === 'create' ? K.made : K.imported, isError: false });
  };

  return (
    <section className="mo-subsection mo-key" aria-labelledby="mo-key-heading">
      <h2 id="mo-key-heading">{K.heading}</h2>
      {keyState === 'unavailable' ? <p className="mo-problems">{K.unavailable}</p> : null}
      {keyState === 'locked' ? <p className="mo-problems">{K.locked}</p> : null}
      {keyState === 'available' && !signingKey ? (
        <>
          <p>{K.none}</p>
          <div className="mo-warning">
            <span className="mo-warning__icon" aria-hidden="true">
              !
            </span>
            <p>
              <strong>{K.warning}</strong>
            </p>
          </div>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('create')}>
            {K.create}
          </button>
        </>
      ) : null}
      {signingKey ? (
        <>
          <dl className="summary-list">
            <dt>{K.fingerprint}</dt>
            <dd>
              <code className="mo-fingerprint" id="mo-key-fingerprint" aria-describedby="mo-key-fingerprint-hint">
                {groupFingerprint(signingKey.fingerprint)}
              </code>
              <span className="hint" id="mo-key-fingerprint-hint">
                {K.fingerprintHint}
              </span>
            </dd>
          </dl>
          <div className="mo-warning">
            <span className="mo-warning__icon" aria-hidden="true">
              !
            </span>
            <p>
              <strong>{K.warning}</strong> {signingKey.backedUpAt ? K.backedUp(formatWhen(signingKey.backedUpAt)) : K.notBackedUp}
            </p>
          </div>
          <div className="mo-buttons">
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('export')}>
              {K.backup}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('import')}>
              {K.importKey}
            </button>
          </div>
        </>
      ) : null}
      {keyState === 'locked' ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('import')}>
          {K.importKey}
        </button>
      ) : null}
      <div role="status" className="mo-result">
        {message ? <p className={message.isError ? 'mo-problems' : 'notification notification--success'}>{message.text}</p> : null}
      </div>
    </section>
  );
}

interface MoPublishProps {
  readonly workingCopy: MoWorkingCopy;
  readonly keyState: MoState['keyStore'];
  readonly signingKey: MoKey | null;
  onKeyChanged(): void;
  /** Problems the window found itself (a rule switched off without a reason). */
  readonly localReasons: readonly string[];
  /** True when the pack has problems to fix in the editor. */
  readonly hasProblems: boolean;
  /** Goes to the editor, where the problems are listed. */
  onShowProblems(): void;
}

/** Publish: the version, what changed, the changelog line, the key, where it goes; and saving a draft. */
export function MoPublish({ workingCopy, keyState, signingKey, onKeyChanged, localReasons, hasProblems, onShowProblems }: MoPublishProps) {
  const { pack, callSaved, adopt } = useMo();
  const ids = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewFailure, setPreviewFailure] = useState<string | null>(null);
  const [changes, setChanges] = useState('');
  const [changesError, setChangesError] = useState(false);
  const [toFile, setToFile] = useState(true);
  const [toFolder, setToFolder] = useState(workingCopy.publishFolder !== null);
  const [whereError, setWhereError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<Published | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    const answer = await callSaved((bridge) => bridge.moPublishPreview({}));
    if (answer.ok) {
      setPreview(answer.value);
      setPreviewFailure(null);
    } else setPreviewFailure(answer.error.message);
  }, [callSaved]);

  const fingerprintKey = signingKey?.fingerprint ?? '';
  useEffect(() => {
    void refresh();
  }, [refresh, fingerprintKey, workingCopy.publishFolder]);

  const reasons = [...(preview?.reasons ?? []), ...localReasons];
  const ready = preview !== null && reasons.length === 0;

  const publish = async (): Promise<void> => {
    if (!ready) return;
    setFailure(null);
    setNotice(null);
    const noChanges = changes.trim() === '';
    const where = !toFile && !toFolder ? T.whereRequired : toFolder && !workingCopy.publishFolder ? T.folderRequired : null;
    setChangesError(noChanges);
    setWhereError(where);
    if (noChanges) {
      document.getElementById(`${ids}-changes`)?.focus();
      return;
    }
    if (where) {
      document.getElementById(`${ids}-to-file`)?.focus();
      return;
    }
    setBusy(true);
    const answer = await callSaved((bridge) => bridge.moPublish({ changes: changes.trim(), toFile, toFolder }));
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.error.message);
      return;
    }
    if (!answer.value.published) {
      setNotice(T.cancelled);
      return;
    }
    adopt(answer.value.workingCopy);
    setPublished(answer.value);
    setChanges('');
    if (signingKey?.fingerprint !== answer.value.fingerprint) onKeyChanged();
    requestAnimationFrame(() => document.getElementById('mo-published-heading')?.focus());
    void refresh();
  };

  const saveDraft = async (): Promise<void> => {
    setFailure(null);
    setNotice(null);
    const answer = await callSaved((bridge) => bridge.moSaveDraftFile({}));
    if (!answer.ok) setFailure(answer.error.message);
    else if (answer.value.saved && answer.value.path) setNotice(T.draftSaved(answer.value.path));
  };

  const folder = async (clear: boolean): Promise<void> => {
    setFailure(null);
    const answer = await callSaved((bridge) => bridge.moChoosePublishFolder(clear ? { clear: true } : {}));
    if (!answer.ok) {
      setFailure(answer.error.message);
      return;
    }
    adopt(answer.value);
    setToFolder(answer.value.publishFolder !== null);
    setWhereError(null);
  };

  const last = workingCopy.lastPublished;
  const contents = packContents(pack);
  return (
    <div className="page mo-page">
      <h1 id="mo-screen-heading" tabIndex={-1}>
        {T.heading}
      </h1>
      <p>{T.intro}</p>

      {published ? (
        <div className="mo-published" aria-labelledby="mo-published-heading" role="region">
          <h2 id="mo-published-heading" tabIndex={-1}>
            {T.done(published.version)}
          </h2>
          {published.file ? <p>{T.savedTo(published.file)}</p> : null}
          {published.folderFile ? <p>{T.folderFile(published.folderFile)}</p> : null}
          <p>{T.readOut}</p>
          <p>
            <code className="mo-fingerprint mo-fingerprint--large" id="mo-published-fingerprint">
              {groupFingerprint(published.fingerprint)}
            </code>
          </p>
          {published.warnings.length > 0 ? (
            <>
              <p className="mo-result__heading">{T.warnings}</p>
              <ul>
                {published.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      <div role="alert">{failure ? <p className="mo-problems">{failure}</p> : null}</div>
      <div role="status">{notice ? <p className="notification">{notice}</p> : null}</div>

      <section className="mo-subsection" aria-labelledby="mo-version-heading">
        <h2 id="mo-version-heading">{T.versionHeading}</h2>
        {preview ? <p className="mo-version">{T.version(preview.version)}</p> : null}
        <p>{last ? T.lastPublished(last.version, formatWhen(last.publishedAt)) : T.neverPublished}</p>
        {last && !workingCopy.unpublishedChanges ? <p>{T.upToDate(last.version)}</p> : null}
        {previewFailure ? <p className="mo-problems">{previewFailure}</p> : null}
      </section>

      <section className="mo-subsection" aria-labelledby="mo-changes-heading">
        <h2 id="mo-changes-heading">{T.changesHeading}</h2>
        {preview && preview.baselineVersion !== null ? (
          <>
            <p>{T.changesSince(preview.baselineVersion)}</p>
            {preview.diff.filter((line) => !line.startsWith('version ') && !line.startsWith('issue date')).length > 0 ? (
              <ul className="mo-diff" id="mo-diff">
                {preview.diff
                  .filter((line) => !line.startsWith('version ') && !line.startsWith('issue date'))
                  .map((line, index) => (
                    <li key={`${index}-${line}`}>{sentence(line)}</li>
                  ))}
              </ul>
            ) : (
              <p>{T.noChanges}</p>
            )}
          </>
        ) : (
          <>
            <p>{T.firstContents}</p>
            {contents.length > 0 ? (
              <ul className="mo-diff" id="mo-diff">
                {contents.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </section>

      <KeyPanel keyState={keyState} signingKey={signingKey} onKeyChanged={onKeyChanged} />

      <section className="mo-subsection" aria-labelledby="mo-publish-heading">
        <h2 id="mo-publish-heading">{T.publishHeading}</h2>
        <div className={`field${changesError ? ' field--error' : ''}`}>
          <label className="label" htmlFor={`${ids}-changes`}>
            {T.changelog}
          </label>
          <span className="hint" id={`${ids}-changes-hint`}>
            {T.changelogHint}
          </span>
          {changesError ? (
            <p className="error-message" id={`${ids}-changes-error`}>
              <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
              {T.changelogRequired}
            </p>
          ) : null}
          <textarea
            id={`${ids}-changes`}
            className={`textarea${changesError ? ' textarea--error' : ''}`}
            rows={2}
            maxLength={1000}
            value={changes}
            aria-invalid={changesError || undefined}
            aria-describedby={`${ids}-changes-hint${changesError ? ` ${ids}-changes-error` : ''}`}
            onChange={(event) => setChanges(event.target.value)}
          />
        </div>
        <fieldset className={`field${whereError ? ' field--error' : ''}`} aria-describedby={whereError ? `${ids}-where-error` : undefined}>
          <legend className="label">{T.whereHeading}</legend>
          {whereError ? (
            <p className="error-message" id={`${ids}-where-error`}>
              <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
              {whereError}
            </p>
          ) : null}
          <div className="choice">
            <input type="checkbox" id={`${ids}-to-file`} checked={toFile} aria-describedby={`${ids}-to-file-hint`} onChange={(event) => setToFile(event.target.checked)} />
            <label htmlFor={`${ids}-to-file`}>
              {T.toFile}
              <span className="hint" id={`${ids}-to-file-hint`}>
                {T.toFileHint}
              </span>
            </label>
          </div>
          <div className="choice">
            <input type="checkbox" id={`${ids}-to-folder`} checked={toFolder} aria-describedby={`${ids}-to-folder-hint`} onChange={(event) => setToFolder(event.target.checked)} />
            <label htmlFor={`${ids}-to-folder`}>
              {T.toFolder}
              <span className="hint" id={`${ids}-to-folder-hint`}>
                {T.toFolderHint} {workingCopy.publishFolder ? T.folder(workingCopy.publishFolder) : T.noFolder}
              </span>
            </label>
          </div>
          <div className="mo-buttons mo-buttons--indented">
            <button type="button" className="button button--secondary button--small" onClick={() => void folder(false)}>
              {workingCopy.publishFolder ? T.changeFolder : T.chooseFolder}
            </button>
            {workingCopy.publishFolder ? (
              <button type="button" className="button button--secondary button--small" onClick={() => void folder(true)}>
                {T.forgetFolder}
              </button>
            ) : null}
          </div>
        </fieldset>

        {preview && reasons.length > 0 ? (
          <div className="mo-problems" id={`${ids}-reasons`}>
            <p className="mo-problems__heading">{T.cannotHeading}</p>
            <ul>
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {hasProblems ? (
              <p className="mo-problems__action">
                <button type="button" className="link-button" onClick={onShowProblems}>
                  {T.showProblems}
                </button>
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="mo-buttons">
          <button
            type="button"
            className="button"
            aria-disabled={!ready || busy ? 'true' : undefined}
            aria-describedby={preview && reasons.length > 0 ? `${ids}-reasons` : undefined}
            onClick={() => void publish()}
          >
            {busy ? T.publishing : T.publish}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void saveDraft()} aria-describedby={`${ids}-draft-hint`}>
            {T.saveDraft}
          </button>
        </div>
        <p className="hint" id={`${ids}-draft-hint`}>
          {T.draftHint}
        </p>
      </section>
    </div>
  );
}
