import { useId, useRef, useState, type DragEvent } from 'react';
import { MO_TEXT } from '../../text/mo.js';
import { readBase64 } from '../../dom/read-file.js';

const T = MO_TEXT.start;
const MAX_PACK_BYTES = 5 * 1024 * 1024;

interface MoStartProps {
  /** The council named in the councillor's profile, offered as the pack's council. */
  readonly councilHint: string;
  /** True when there is a pack being edited to go back to. */
  readonly canGoBack: boolean;
  onBack(): void;
  /** Each resolves to a refusal in one sentence, or null. */
  onStart(council: string, id: string | undefined): Promise<string | null>;
  onOpen(fileName: string, contentBase64: string): Promise<string | null>;
}

/** Open a pack file or start from the starter pack. */
export function MoStart({ councilHint, canGoBack, onBack, onStart, onOpen }: MoStartProps) {
  const ids = useId();
  const [council, setCouncil] = useState(councilHint);
  const [packId, setPackId] = useState('');
  const [councilError, setCouncilError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const start = async (): Promise<void> => {
    if (council.trim().length < 2) {
      setCouncilError(T.councilRequired);
      document.getElementById(`${ids}-council`)?.focus();
      return;
    }
    setCouncilError(null);
    setBusy(MO_TEXT.mode.loading);
    const failure = await onStart(council.trim(), packId.trim() || undefined);
    setBusy(null);
    if (failure) setCouncilError(failure);
  };

  const open = async (file: File): Promise<void> => {
    setFileError(null);
    if (file.size > MAX_PACK_BYTES) {
      setFileError(T.tooBig);
      return;
    }
    let content: string;
    try {
      content = await readBase64(file);
    } catch {
      setFileError(T.unreadable(file.name));
      return;
    }
    setBusy(T.opening(file.name));
    const failure = await onOpen(file.name, content);
    setBusy(null);
    if (failure) setFileError(failure);
    if (input.current) input.current.value = '';
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <div className="page mo-page mo-start">
      <h1 id="mo-screen-heading" tabIndex={-1}>
        {T.heading}
      </h1>
      <p className="mo-section__intro">{T.intro}</p>
      {canGoBack ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {T.backToEditing}
          </button>
        </p>
      ) : null}
      <div role="status">{busy ? <p>{busy}</p> : null}</div>

      <section className="mo-subsection" aria-labelledby={`${ids}-new`}>
        <h2 id={`${ids}-new`}>{T.newHeading}</h2>
        <p>{T.newIntro}</p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <div className={`field${councilError ? ' field--error' : ''}`}>
            <label className="label" htmlFor={`${ids}-council`}>
              {T.council}
            </label>
            <span className="hint" id={`${ids}-council-hint`}>
              {T.councilHint}
            </span>
            {councilError ? (
              <p className="error-message" id={`${ids}-council-error`}>
                <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
                {councilError}
              </p>
            ) : null}
            <input
              id={`${ids}-council`}
              className={`input${councilError ? ' input--error' : ''}`}
              type="text"
              autoComplete="organization"
              value={council}
              aria-invalid={councilError ? true : undefined}
              aria-describedby={`${ids}-council-hint${councilError ? ` ${ids}-council-error` : ''}`}
              onChange={(event) => setCouncil(event.target.value)}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor={`${ids}-id`}>
              {T.packId}
            </label>
            <span className="hint" id={`${ids}-id-hint`}>
              {T.packIdHint}
            </span>
            <input id={`${ids}-id`} className="input mo-input--short" type="text" spellCheck={false} autoComplete="off" value={packId} aria-describedby={`${ids}-id-hint`} onChange={(event) => setPackId(event.target.value)} />
          </div>
          <button type="submit" className="button" disabled={busy !== null}>
            {T.startButton}
          </button>
        </form>
      </section>

      <section
        className={`mo-subsection mo-drop${dragging ? ' mo-drop--active' : ''}`}
        aria-labelledby={`${ids}-open`}
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
        <h2 id={`${ids}-open`}>{T.openHeading}</h2>
        {dragging ? <p className="mo-drop__message">{T.dropHere}</p> : null}
        <div className={`field${fileError ? ' field--error' : ''}`}>
          <label className="label" htmlFor={`${ids}-file`}>
            {T.openLabel}
          </label>
          <span className="hint" id={`${ids}-file-hint`}>
            {T.openHint}
          </span>
          {fileError ? (
            <p className="error-message" id={`${ids}-file-error`}>
              <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
              {fileError}
            </p>
          ) : null}
          <input
            ref={input}
            id={`${ids}-file`}
            type="file"
            accept=".postcheck-pack,.json,application/json"
            disabled={busy !== null}
            aria-describedby={`${ids}-file-hint${fileError ? ` ${ids}-file-error` : ''}`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void open(file);
            }}
          />
        </div>
      </section>
    </div>
  );
}
