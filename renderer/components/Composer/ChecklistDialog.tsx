import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { trapFocus } from '../../dom/trap-focus.js';
import type { Decision } from '../../../src/bridge/contract.js';
import { checklistState, decisionMap, isSettled, type ChecklistAnswer, type ChecklistItem, type DecisionDraft } from '../../logic/checklist.js';
import type { KeyedFinding } from '../../logic/findings.js';
import { CHECKLIST_TEXT } from '../../text/checklist.js';
import { findingHeading } from '../../logic/images.js';
import { SeverityBadge } from '../SeverityBadge.js';
import './ChecklistDialog.css';

export type CopyOutcome = { ok: true } | { ok: false; message: string };

interface ChecklistDialogProps {
  readonly platformName: string;
  readonly text: string;
  /** The post's live findings; a fixed one disappears from here as soon as it is fixed. */
  readonly findings: readonly KeyedFinding[];
  readonly items: readonly ChecklistItem[];
  /** "Picture 1 of 2, photo.jpg", by the picture's place, for findings about a picture. */
  readonly pictureLabels?: readonly string[];
  readonly decisions: readonly Decision[];
  /** True while the latest words are still being checked. */
  readonly checking: boolean;
  /** Keeps the choices made here with the draft (also when the dialog is closed). */
  onDecisions(decisions: Decision[]): void;
  /** Closes the dialog and selects the finding's words so they can be fixed. */
  onFix(finding: KeyedFinding): void;
  onCopy(decisions: readonly Decision[], answers: readonly ChecklistAnswer[]): Promise<CopyOutcome>;
  onOpenPlatform(): Promise<CopyOutcome>;
  onClose(): void;
}


/**
 * The checklist before copying: a modal dialog (focus kept inside, Escape closes, labelled by
 * its heading). Copy stays unavailable, saying why, until every finding that matters has a
 * way forward and every question is ticked.
 */
export function ChecklistDialog({ platformName, text, findings, items, pictureLabels = [], decisions, checking, onDecisions, onFix, onCopy, onOpenPlatform, onClose }: ChecklistDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const copiedHeading = useRef<HTMLHeadingElement>(null);
  const [choices, setChoices] = useState<Map<string, DecisionDraft>>(() => decisionMap(decisions));
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [phase, setPhase] = useState<'checking' | 'copying' | 'copied'>('checking');
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [showMissing, setShowMissing] = useState(false);

  const open = useMemo(() => findings.filter((finding) => finding.severity !== 'advise'), [findings]);
  const blocks = open.filter((finding) => finding.severity === 'block');
  const warns = open.filter((finding) => finding.severity === 'warn');
  const state = checklistState({ text, findings: open, decisions: choices, items, ticked });
  const complete = state.complete && !checking;
  const missing = checking ? [CHECKLIST_TEXT.waitForCheck, ...state.missing] : state.missing;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    if (!element.open) element.showModal();
    heading.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  useEffect(() => {
    if (phase === 'copied') copiedHeading.current?.focus();
  }, [phase]);

  /** Keeps the choices with the draft, so they are still there if the dialog is opened again. */
  const keepChoices = (): void => {
    const kept: Decision[] = [];
    for (const [findingKey, choice] of choices) {
      const reason = choice.reason.trim();
      if (choice.kind === 'acknowledged') kept.push({ findingKey, kind: 'acknowledged' });
      else if (reason) kept.push({ findingKey, kind: choice.kind, reason });
    }
    onDecisions(kept);
  };

  const close = (): void => {
    keepChoices();
    onClose();
  };

  const fix = (finding: KeyedFinding): void => {
    keepChoices();
    onFix(finding);
  };

  const choose = (key: string, choice: DecisionDraft | null): void => {
    setChoices((previous) => {
      const next = new Map(previous);
      if (choice) next.set(key, choice);
      else next.delete(key);
      return next;
    });
  };

  const copy = async (): Promise<void> => {
    if (!complete) {
      setShowMissing(true);
      return;
    }
    setPhase('copying');
    setError(null);
    const outcome = await onCopy(state.decisions, state.answers);
    if (outcome.ok) setPhase('copied');
    else {
      setPhase('checking');
      setError(outcome.message);
    }
  };

  const openPlatform = async (): Promise<void> => {
    const outcome = await onOpenPlatform();
    if (outcome.ok) setOpened(CHECKLIST_TEXT.opened(platformName));
    else setError(outcome.message);
  };

  // Keeps Tab inside the dialog, as well as the browser's own modal behaviour does.
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>): void => trapFocus(event, dialog.current, heading.current);

  return (
    <dialog
      ref={dialog}
      className="checklist"
      aria-labelledby="checklist-heading"
      aria-describedby="checklist-intro"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={trapTab}
    >
      {phase === 'copied' ? (
        <div className="checklist__body">
          <h2 id="checklist-heading" ref={copiedHeading} tabIndex={-1}>
            {CHECKLIST_TEXT.copied(platformName)}
          </h2>
          <p id="checklist-intro">{CHECKLIST_TEXT.copiedHint}</p>
          {error ? (
            <div className="error-summary" role="alert">
              <h3>{CHECKLIST_TEXT.problemHeading}</h3>
              <p>{error}</p>
            </div>
          ) : null}
          <p role="status" className="checklist__opened">
            {opened ?? ''}
          </p>
          <div className="checklist__buttons">
            <button type="button" className="button" onClick={() => void openPlatform()}>
              {CHECKLIST_TEXT.openPlatform(platformName)}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {opened ? CHECKLIST_TEXT.close : CHECKLIST_TEXT.notNow}
            </button>
          </div>
        </div>
      ) : (
        <div className="checklist__body">
          <h2 id="checklist-heading" ref={heading} tabIndex={-1}>
            {CHECKLIST_TEXT.heading(platformName)}
          </h2>
          <p id="checklist-intro">{open.length === 0 ? CHECKLIST_TEXT.nothingOpen : CHECKLIST_TEXT.intro}</p>
          {error ? (
            <div className="error-summary" role="alert">
              <h3>{CHECKLIST_TEXT.problemHeading}</h3>
              <p>{error}</p>
            </div>
          ) : null}

          {blocks.length > 0 ? (
            <section aria-labelledby="checklist-block">
              <h3 id="checklist-block">{CHECKLIST_TEXT.blockHeading}</h3>
              <p className="hint">{CHECKLIST_TEXT.blockHint}</p>
              {blocks.map((finding, index) => (
                <BlockItem key={finding.key} finding={finding} index={index} label={labelOf(finding, pictureLabels)} choice={choices.get(finding.key)} onChoose={choose} onFix={fix} />
              ))}
            </section>
          ) : null}

          {warns.length > 0 ? (
            <section aria-labelledby="checklist-warn">
              <h3 id="checklist-warn">{CHECKLIST_TEXT.warnHeading}</h3>
              <p className="hint">{CHECKLIST_TEXT.warnHint}</p>
              {warns.map((finding, index) => (
                <WarnItem key={finding.key} finding={finding} index={index} label={labelOf(finding, pictureLabels)} choice={choices.get(finding.key)} onChoose={choose} />
              ))}
            </section>
          ) : null}

          <fieldset className="checklist__questions" aria-describedby="checklist-questions-hint">
            <legend>
              <h3>{CHECKLIST_TEXT.questionsHeading}</h3>
            </legend>
            <p className="hint" id="checklist-questions-hint">
              {CHECKLIST_TEXT.questionsHint}
            </p>
            {items.map((item) => (
              <div className="choice" key={item.id}>
                <input
                  type="checkbox"
                  id={`question-${item.id}`}
                  checked={ticked.has(item.id)}
                  onChange={(event) => {
                    const next = new Set(ticked);
                    if (event.target.checked) next.add(item.id);
                    else next.delete(item.id);
                    setTicked(next);
                  }}
                />
                <label htmlFor={`question-${item.id}`}>{item.text}</label>
              </div>
            ))}
          </fieldset>

          {!complete ? (
            <div className={`checklist__missing${showMissing ? ' checklist__missing--shown' : ''}`} id="checklist-missing" aria-live="polite">
              <p>{CHECKLIST_TEXT.cannotCopyYet}</p>
              <ul>
                {missing.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}

          <div className="checklist__buttons">
            <button
              type="button"
              className="button"
              aria-disabled={!complete || phase === 'copying'}
              aria-describedby={complete ? undefined : 'checklist-missing'}
              onClick={() => void copy()}
            >
              {phase === 'copying' ? CHECKLIST_TEXT.copying : CHECKLIST_TEXT.copy(platformName)}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {CHECKLIST_TEXT.cancel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

/** What a finding is about, as the dialog quotes it: its words, or the picture. */
function labelOf(finding: KeyedFinding, pictureLabels: readonly string[]): string {
  return finding.attachment ? (pictureLabels[finding.attachment.index] ?? finding.excerpt) : `“${finding.excerpt}”`;
}

interface ItemProps {
  readonly finding: KeyedFinding;
  readonly index: number;
  /** The quoted words, or which picture. */
  readonly label: string;
  readonly choice: DecisionDraft | undefined;
  onChoose(key: string, choice: DecisionDraft | null): void;
}

function FindingSummary({ finding, label, id }: { readonly finding: KeyedFinding; readonly label: string; readonly id: string }) {
  return (
    <div className="checklist__finding" id={id}>
      <SeverityBadge severity={finding.severity} />
      <p className="checklist__finding-heading">
        <strong>{findingHeading(finding)}</strong>: {label}
      </p>
      <p className="checklist__finding-message">{finding.message}</p>
    </div>
  );
}

function ReasonField({ id, value, hint, showError, onChange }: { readonly id: string; readonly value: string; readonly hint: string; readonly showError: boolean; onChange(value: string): void }) {
  return (
    <div className={`field checklist__reason${showError ? ' field--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {CHECKLIST_TEXT.reasonLabel}
      </label>
      <span className="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <textarea id={id} className="textarea" rows={2} maxLength={2000} value={value} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function BlockItem({ finding, index, label, choice, onChoose, onFix }: ItemProps & { onFix(finding: KeyedFinding): void }) {
  const id = `block-${index}`;
  const overriding = choice?.kind === 'override' || choice?.kind === 'not-a-problem';
  return (
    <div className={`checklist__item${isSettled('block', choice) ? ' checklist__item--settled' : ''}`} role="group" aria-labelledby={`${id}-summary`}>
      <FindingSummary finding={finding} label={label} id={`${id}-summary`} />
      <div className="checklist__actions">
        <button type="button" className="button button--secondary button--small" aria-label={CHECKLIST_TEXT.fixItLabel(label)} onClick={() => onFix(finding)}>
          {CHECKLIST_TEXT.fixIt}
        </button>
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-override`}
            checked={overriding}
            onChange={(event) => onChoose(finding.key, event.target.checked ? { kind: 'override', reason: choice?.reason ?? '' } : null)}
          />
          <label htmlFor={`${id}-override`}>{CHECKLIST_TEXT.override}</label>
        </div>
      </div>
      {overriding ? (
        <ReasonField
          id={`${id}-reason`}
          value={choice?.reason ?? ''}
          hint={CHECKLIST_TEXT.overrideReasonHint}
          showError={false}
          onChange={(reason) => onChoose(finding.key, { kind: choice?.kind ?? 'override', reason })}
        />
      ) : null}
    </div>
  );
}

function WarnItem({ finding, index, label, choice, onChoose }: ItemProps) {
  const id = `warn-${index}`;
  const kind = choice?.kind === 'override' ? 'not-a-problem' : choice?.kind;
  return (
    <div className={`checklist__item${isSettled('warn', choice) ? ' checklist__item--settled' : ''}`}>
      <fieldset aria-describedby={`${id}-message`}>
        <legend className="checklist__legend">
          <FindingSummaryInline finding={finding} label={label} />
        </legend>
        <p className="checklist__finding-message" id={`${id}-message`}>
          {finding.message}
        </p>
        <div className="choice">
          <input type="radio" id={`${id}-ack`} name={`${id}-choice`} checked={kind === 'acknowledged'} onChange={() => onChoose(finding.key, { kind: 'acknowledged', reason: '' })} />
          <label htmlFor={`${id}-ack`}>{CHECKLIST_TEXT.acknowledged}</label>
        </div>
        <div className="choice">
          <input type="radio" id={`${id}-fine`} name={`${id}-choice`} checked={kind === 'not-a-problem'} onChange={() => onChoose(finding.key, { kind: 'not-a-problem', reason: choice?.reason ?? '' })} />
          <label htmlFor={`${id}-fine`}>{CHECKLIST_TEXT.notAProblem}</label>
        </div>
        {kind === 'not-a-problem' ? (
          <ReasonField id={`${id}-reason`} value={choice?.reason ?? ''} hint={CHECKLIST_TEXT.notAProblemReasonHint} showError={false} onChange={(reason) => onChoose(finding.key, { kind: 'not-a-problem', reason })} />
        ) : null}
      </fieldset>
    </div>
  );
}

function FindingSummaryInline({ finding, label }: { readonly finding: KeyedFinding; readonly label: string }) {
  return (
    <span className="checklist__finding">
      <SeverityBadge severity={finding.severity} inline />
      <span className="checklist__finding-heading">
        <strong>{findingHeading(finding)}</strong>: {label}
      </span>
    </span>
  );
}
