import { useEffect, useState, type ReactNode } from 'react';
import type { MoProblem } from '../../../src/bridge/contract.js';
import { fieldId, getIn, parsePath, problemsAt, strings, subPathLabel, text, type Json } from '../../logic/mo-pack.js';
import { longDate } from '../../logic/mo-rules.js';
import { MO_TEXT } from '../../text/mo.js';
import { useMo } from './context.js';

/**
 * Form fields that each edit one place in the pack, named by its path. A field shows the
 * problems main (or the window) found at that path beside it, marks itself invalid and points
 * its description at them, so a screen reader hears the problem with the field.
 */

interface FieldProps {
  /** Where in the pack, as main writes paths: "pendingMatters[2].title". */
  readonly path: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Removes the value when the field is emptied (for optional fields). */
  readonly optional?: boolean;
  /** Removes objects left empty (the contact, a rule's setting). */
  readonly prune?: boolean;
  /** A label read by screen readers only (for fields inside a table row). */
  readonly hiddenLabel?: boolean;
  readonly className?: string;
}

export interface FieldWiring {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  readonly problems: readonly MoProblem[];
  readonly hintId: string;
  readonly errorId: string;
}

export function useFieldWiring(path: string, hasHint: boolean, extraProblems: readonly MoProblem[] = []): FieldWiring {
  const { problems } = useMo();
  const id = fieldId(path);
  const found = [...problemsAt(problems, path), ...extraProblems];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hasHint ? hintId : null, found.length > 0 ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, describedBy, invalid: found.length > 0, problems: found, hintId, errorId };
}

/** The problems at a field, each on its own line, starting "Error:" for screen readers. */
export function FieldErrors({ wiring, path }: { readonly wiring: FieldWiring; readonly path: string }) {
  if (wiring.problems.length === 0) return null;
  return (
    <div className="error-message" id={wiring.errorId}>
      {wiring.problems.map((problem, index) => {
        const item = subPathLabel(problem.path, path);
        return (
          <p className="mo-error" key={`${problem.path}-${index}`}>
            <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
            {item !== null ? MO_TEXT.editor.item(item) : ''}
            {problem.message}
          </p>
        );
      })}
    </div>
  );
}

function Shell({ wiring, path, label, hint, hiddenLabel, className, children, after }: FieldProps & { wiring: FieldWiring; children: ReactNode; after?: ReactNode }) {
  return (
    <div className={`field${wiring.invalid ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className={hiddenLabel ? 'visually-hidden' : 'label'} htmlFor={wiring.id}>
        {label}
      </label>
      {hint ? (
        <span className="hint" id={wiring.hintId}>
          {hint}
        </span>
      ) : null}
      <FieldErrors wiring={wiring} path={path} />
      {children}
      {after}
    </div>
  );
}

export function TextField(props: FieldProps & { readonly multiline?: boolean; readonly type?: 'text' | 'email' | 'tel'; readonly width?: 'short' | 'full'; readonly after?: ReactNode; readonly spellCheck?: boolean }) {
  const { path, optional = false, prune = false, multiline = false, type = 'text', width = 'full' } = props;
  const { pack, set } = useMo();
  const parts = parsePath(path);
  const wiring = useFieldWiring(path, Boolean(props.hint));
  const value = text(getIn(pack, parts));
  const change = (next: string): void => set(parts, optional && next.trim() === '' ? undefined : next, prune);
  const common = {
    id: wiring.id,
    value,
    'aria-describedby': wiring.describedBy,
    'aria-invalid': wiring.invalid || undefined,
    spellCheck: props.spellCheck ?? true,
  };
  return (
    <Shell {...props} wiring={wiring} after={props.after}>
      {multiline ? (
        <textarea {...common} className={`textarea${wiring.invalid ? ' textarea--error' : ''}`} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete="off"
          className={`input${width === 'short' ? ' input--short mo-input--short' : ''}${wiring.invalid ? ' input--error' : ''}`}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </Shell>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function DateField(props: FieldProps & { readonly after?: ReactNode }) {
  const { path, optional = false } = props;
  const { pack, set } = useMo();
  const parts = parsePath(path);
  const wiring = useFieldWiring(path, Boolean(props.hint));
  const stored = text(getIn(pack, parts));
  return (
    <Shell {...props} wiring={wiring} after={props.after}>
      <input
        id={wiring.id}
        type="date"
        className={`input input--short mo-input--date${wiring.invalid ? ' input--error' : ''}`}
        value={ISO_DATE.test(stored) ? stored : ''}
        aria-describedby={wiring.describedBy}
        aria-invalid={wiring.invalid || undefined}
        onChange={(event) => set(parts, event.target.value === '' && optional ? undefined : event.target.value)}
      />
      {ISO_DATE.test(stored) ? <span className="mo-date-words">{longDate(stored)}</span> : null}
    </Shell>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function SelectField(props: FieldProps & { readonly choices: readonly Choice[]; readonly emptyLabel?: string }) {
  const { path, choices, emptyLabel, prune = false } = props;
  const { pack, set } = useMo();
  const parts = parsePath(path);
  const wiring = useFieldWiring(path, Boolean(props.hint));
  const value = text(getIn(pack, parts));
  return (
    <Shell {...props} wiring={wiring}>
      <select
        id={wiring.id}
        className={`select${wiring.invalid ? ' input--error' : ''}`}
        value={value}
        aria-describedby={wiring.describedBy}
        aria-invalid={wiring.invalid || undefined}
        onChange={(event) => set(parts, event.target.value === '' ? undefined : event.target.value, prune)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {value !== '' && !choices.some((choice) => choice.value === value) ? <option value={value}>{value}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

function splitList(value: string, separator: 'lines' | 'commas'): string[] {
  return value
    .split(separator === 'lines' ? /\r?\n/ : /[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function joinList(items: readonly string[], separator: 'lines' | 'commas'): string {
  return items.join(separator === 'lines' ? '\n' : ', ');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * A list of words or posts typed as text: one a line, or separated by commas. What was typed is
 * kept as typed (a trailing comma stays while typing); the pack gets the list.
 */
export function ListField(props: FieldProps & { readonly separator: 'lines' | 'commas'; readonly rows?: number; readonly extraProblems?: readonly MoProblem[] }) {
  const { path, separator, optional = false, rows = 3 } = props;
  const { pack, set } = useMo();
  const parts = parsePath(path);
  const wiring = useFieldWiring(path, Boolean(props.hint), props.extraProblems);
  const items = strings(getIn(pack, parts));
  const [typed, setTyped] = useState(() => joinList(items, separator));
  const key = JSON.stringify(items);
  useEffect(() => {
    setTyped((current) => (sameList(splitList(current, separator), JSON.parse(key) as string[]) ? current : joinList(JSON.parse(key) as string[], separator)));
  }, [key, separator]);
  const change = (next: string): void => {
    setTyped(next);
    const list = splitList(next, separator);
    set(parts, list.length === 0 && optional ? undefined : list);
  };
  const common = { id: wiring.id, value: typed, 'aria-describedby': wiring.describedBy, 'aria-invalid': wiring.invalid || undefined };
  return (
    <Shell {...props} wiring={wiring}>
      {separator === 'lines' ? (
        <textarea {...common} className={`textarea${wiring.invalid ? ' textarea--error' : ''}`} rows={rows} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" className={`input${wiring.invalid ? ' input--error' : ''}`} onChange={(event) => change(event.target.value)} />
      )}
    </Shell>
  );
}

/** A read-only value in the layout of a field (the version, the issue date), still able to show a problem. */
export function ValueField({ path, label, value }: { readonly path: string; readonly label: string; readonly value: string }) {
  const wiring = useFieldWiring(path, false);
  return (
    <div className={`field${wiring.invalid ? ' field--error' : ''}`}>
      <p className="label" id={wiring.id} tabIndex={-1}>
        {label}
      </p>
      <FieldErrors wiring={wiring} path={path} />
      <p className="mo-value" aria-describedby={wiring.describedBy}>
        {value}
      </p>
    </div>
  );
}

/** Ticks for a list of choices (an example post's categories). */
export function ChecksField({ path, label, hint, choices }: { readonly path: string; readonly label: string; readonly hint?: string; readonly choices: readonly Choice[] }) {
  const { pack, set } = useMo();
  const parts = parsePath(path);
  const wiring = useFieldWiring(path, Boolean(hint));
  const chosen = new Set(strings(getIn(pack, parts)));
  return (
    <fieldset className={`field${wiring.invalid ? ' field--error' : ''}`} id={wiring.id} tabIndex={-1} aria-describedby={wiring.describedBy}>
      <legend className="label">{label}</legend>
      {hint ? (
        <span className="hint" id={wiring.hintId}>
          {hint}
        </span>
      ) : null}
      <FieldErrors wiring={wiring} path={path} />
      <div className="mo-checks">
        {choices.map((choice) => (
          <div className="choice" key={choice.value}>
            <input
              type="checkbox"
              id={`${wiring.id}-${choice.value}`}
              checked={chosen.has(choice.value)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(choice.value);
                else next.delete(choice.value);
                set(
                  parts,
                  choices.filter((item) => next.has(item.value)).map((item): Json => item.value),
                );
              }}
            />
            <label htmlFor={`${wiring.id}-${choice.value}`}>{choice.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
