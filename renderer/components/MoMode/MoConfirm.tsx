import { useEffect, useRef, type KeyboardEvent } from 'react';
import { trapFocus } from '../../dom/trap-focus.js';

export interface ConfirmChoice {
  readonly label: string;
  readonly kind: 'primary' | 'secondary' | 'warning';
  run(): void;
}

interface MoConfirmProps {
  readonly heading: string;
  readonly body: string;
  readonly choices: readonly ConfirmChoice[];
  /** Escape: the same as the last (cancelling) choice. */
  onCancel(): void;
}

/** A question before something that cannot be taken back lightly, as a modal dialog: focus starts on its heading and stays inside. */
export function MoConfirm({ heading, body, choices, onCancel }: MoConfirmProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    title.current?.focus();
    return () => {
      if (element.open) element.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="mo-dialog"
      aria-labelledby="mo-dialog-heading"
      aria-describedby="mo-dialog-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event: KeyboardEvent<HTMLDialogElement>) => trapFocus(event, dialog.current, title.current)}
    >
      <div className="mo-dialog__body">
        <h2 id="mo-dialog-heading" ref={title} tabIndex={-1}>
          {heading}
        </h2>
        <p id="mo-dialog-body">{body}</p>
        <div className="mo-buttons">
          {choices.map((choice) => (
            <button
              key={choice.label}
              type="button"
              className={`button${choice.kind === 'secondary' ? ' button--secondary' : choice.kind === 'warning' ? ' button--warning' : ''}`}
              onClick={choice.run}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </dialog>
  );
}
