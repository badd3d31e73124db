import { forwardRef, useImperativeHandle, useMemo, useRef, type KeyboardEvent } from 'react';
import { highlightSegments, type KeyedFinding } from '../../logic/findings.js';
import './Editor.css';

export interface EditorHandle {
  /** Selects the words from `start` to `end`, focuses the editor and scrolls them into view. */
  select(start: number, end: number): void;
  /** Replaces the words from `start` to `end`, keeping the editor's undo history where it can. */
  replace(start: number, end: number, text: string): boolean;
  focus(): void;
}

interface EditorProps {
  readonly id: string;
  readonly text: string;
  readonly findings: readonly KeyedFinding[];
  readonly activeKey: string | null;
  readonly describedBy: string;
  /** Whether the underlines are for the text as it is now (false for a moment after each keystroke). */
  readonly isChecked: boolean;
  onChange(text: string): void;
  onCaret(position: number): void;
  onKeyDown?(event: KeyboardEvent<HTMLTextAreaElement>): void;
}

/**
 * The post editor: a plain textarea over a layer that draws the same text with findings
 * underlined. The layer is hidden from screen readers (the list beside says the same), and
 * its underline styles differ by severity as well as by colour: wavy to fix, dotted to check,
 * thin for a tip.
 */
export const Editor = forwardRef<EditorHandle, EditorProps>(function Editor({ id, text, findings, activeKey, describedBy, isChecked, onChange, onCaret, onKeyDown }, ref) {
  const input = useRef<HTMLTextAreaElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => highlightSegments(text.length, findings), [text.length, findings]);

  useImperativeHandle(
    ref,
    () => ({
      select(start, end) {
        const element = input.current;
        if (!element) return;
        element.focus({ preventScroll: true });
        element.setSelectionRange(start, end);
        const mark = layer.current?.querySelector<HTMLElement>(`[data-start="${start}"]`) ?? null;
        (mark ?? element).scrollIntoView({ block: 'nearest', inline: 'nearest' });
      },
      replace(start, end, replacement) {
        const element = input.current;
        if (!element) return false;
        element.focus({ preventScroll: true });
        element.setSelectionRange(start, end);
        // insertText keeps Ctrl+Z working; where it is not available, set the value instead.
        const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, replacement);
        if (!inserted) {
          onChange(element.value.slice(0, start) + replacement + element.value.slice(end));
          requestAnimationFrame(() => element.setSelectionRange(start, start + replacement.length));
        }
        return true;
      },
      focus() {
        input.current?.focus();
      },
    }),
    [onChange],
  );

  const reportCaret = (): void => {
    const element = input.current;
    if (element) onCaret(element.selectionStart);
  };

  return (
    <div className="editor" data-checked={isChecked}>
      <div className="editor__layer" ref={layer} aria-hidden="true">
        {segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          if (!segment.severity) return <span key={segment.start}>{words}</span>;
          const isActive = activeKey !== null && segment.keys.includes(activeKey);
          return (
            <mark key={segment.start} data-start={segment.start} className={`editor__mark editor__mark--${segment.severity}${isActive ? ' editor__mark--active' : ''}`}>
              {words}
            </mark>
          );
        })}
        {/* Keeps the layer as tall as the textarea when the text ends with a new line. */}
        {' '}
      </div>
      <textarea
        ref={input}
        id={id}
        className="editor__input"
        value={text}
        rows={10}
        spellCheck
        lang="en-GB"
        aria-describedby={describedBy}
        onChange={(event) => {
          onChange(event.target.value);
          onCaret(event.target.selectionStart);
        }}
        onSelect={reportCaret}
        onKeyDown={onKeyDown}
      />
    </div>
  );
});
