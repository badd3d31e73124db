import { APP_TEXT } from '../text/common.js';
import './Toast.css';

export interface ToastMessage {
  readonly text: string;
  readonly action?: { readonly label: string; run(): void | Promise<void> };
}

/**
 * A short message at the foot of the window, with one action (such as Undo). It stays until
 * it is closed or replaced, so nobody has to race it; screen readers hear it politely.
 */
export function Toast({ toast, onClose }: { readonly toast: ToastMessage | null; onClose(): void }) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast ? (
        <div className="toast">
          <p className="toast__text">{toast.text}</p>
          {toast.action ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const { action } = toast;
                onClose();
                void action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="link-button toast__close" onClick={onClose}>
            {APP_TEXT.closeMessage}
          </button>
        </div>
      ) : null}
    </div>
  );
}
