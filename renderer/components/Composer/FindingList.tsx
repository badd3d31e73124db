import { memo, useState } from 'react';
import type { Decision } from '../../../src/bridge/contract.js';
import { splitClause, type KeyedFinding } from '../../logic/findings.js';
import { findingHeading } from '../../logic/images.js';
import { FINDING_TEXT, SEVERITY_WORDS } from '../../text/findings.js';
import { SeverityBadge } from '../SeverityBadge.js';
import './FindingList.css';

/** What can be done with the finding at a place in the list (the list as it is now). */
interface FindingActions {
  onChoose(index: number): void;
  onApply(index: number): void;
  onNotAProblem(index: number, reason: string): void;
  onUndoNotAProblem(index: number): void;
}

interface FindingListProps extends FindingActions {
  /** Most severe first. */
  readonly findings: readonly KeyedFinding[];
  readonly decisions: readonly Decision[];
  readonly activeKey: string | null;
  /** "Picture 1 of 2, photo.jpg", by the picture's place: shown for a finding about a picture instead of words. */
  readonly pictureLabels?: readonly string[];
}

/** The findings beside the editor, each with why, the Code's clause and a way forward. */
export const FindingList = memo(function FindingList({ findings, decisions, activeKey, pictureLabels = [], onChoose, onApply, onNotAProblem, onUndoNotAProblem }: FindingListProps) {
  const settled = new Map(decisions.filter((decision) => decision.kind === 'not-a-problem' && decision.reason).map((decision) => [decision.findingKey, decision.reason ?? '']));
  const seen = new Map<string, number>();
  return (
    <ol className="finding-list">
      {findings.map((finding, index) => {
        // The same words can be found twice: number them, so a card keeps its place while typing moves the words.
        const occurrence = (seen.get(finding.key) ?? 0) + 1;
        seen.set(finding.key, occurrence);
        return (
        <FindingCard
          key={`${finding.key}#${occurrence}`}
          finding={finding}
          index={index}
          isActive={finding.key === activeKey}
          pictureLabel={finding.attachment ? (pictureLabels[finding.attachment.index] ?? null) : null}
          settledReason={settled.get(finding.key) ?? null}
          onChoose={onChoose}
          onApply={onApply}
          onNotAProblem={onNotAProblem}
          onUndoNotAProblem={onUndoNotAProblem}
        />
        );
      })}
    </ol>
  );
});

interface FindingCardProps extends FindingActions {
  readonly finding: KeyedFinding;
  readonly index: number;
  readonly isActive: boolean;
  /** Set when the finding is about a picture rather than words. */
  readonly pictureLabel: string | null;
  readonly settledReason: string | null;
}

/** A card shows no positions, so words moving as the councillor types do not redraw it. */
function isSameCard(before: FindingCardProps, after: FindingCardProps): boolean {
  const a = before.finding;
  const b = after.finding;
  return (
    before.index === after.index &&
    before.isActive === after.isActive &&
    before.pictureLabel === after.pictureLabel &&
    before.settledReason === after.settledReason &&
    before.onChoose === after.onChoose &&
    before.onApply === after.onApply &&
    before.onNotAProblem === after.onNotAProblem &&
    before.onUndoNotAProblem === after.onUndoNotAProblem &&
    a.key === b.key &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.clause === b.clause &&
    a.suggestion === b.suggestion &&
    a.replacement === b.replacement
  );
}

const FindingCard = memo(function FindingCard({ finding, index, isActive, pictureLabel, settledReason, onChoose, onApply, onNotAProblem, onUndoNotAProblem }: FindingCardProps) {
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const id = `finding-${index}`;
  const clause = splitClause(finding.clause);
  const heading = findingHeading(finding);

  if (settledReason !== null) {
    return (
      <li className={`finding finding--${finding.severity} finding--settled`} aria-labelledby={`${id}-heading`}>
        <SeverityBadge severity={finding.severity} />
        <h3 className="finding__heading" id={`${id}-heading`}>
          <button type="button" className="link-button" onClick={() => onChoose(index)}>
            {heading}
          </button>
        </h3>
        <p className="finding__excerpt">{pictureLabel ?? `“${finding.excerpt}”`}</p>
        <p>{FINDING_TEXT.markedNotAProblem(settledReason)}</p>
        <button type="button" className="button button--secondary button--small" onClick={() => onUndoNotAProblem(index)}>
          {FINDING_TEXT.undoNotAProblem}
        </button>
      </li>
    );
  }

  const saveReason = (): void => {
    if (!reason.trim()) {
      setReasonError(true);
      return;
    }
    onNotAProblem(index, reason.trim());
    setAskingReason(false);
    setReason('');
    setReasonError(false);
  };

  return (
    <li className={`finding finding--${finding.severity}${isActive ? ' finding--active' : ''}`} aria-labelledby={`${id}-heading`} aria-current={isActive ? 'true' : undefined} data-finding-key={finding.key}>
      <SeverityBadge severity={finding.severity} />
      <h3 className="finding__heading" id={`${id}-heading`}>
        <button type="button" className="link-button" onClick={() => onChoose(index)} aria-describedby={`${id}-excerpt`}>
          {heading}
        </button>
      </h3>
      <p className="finding__excerpt" id={`${id}-excerpt`}>
        <span className="visually-hidden">{SEVERITY_WORDS[finding.severity]}: </span>
        {pictureLabel ?? `“${finding.excerpt}”`}
      </p>
      <p>
        <strong>{FINDING_TEXT.why}</strong> {finding.message}
      </p>
      <p className="finding__clause">
        <strong>{FINDING_TEXT.code}</strong> {clause.where}
      </p>
      {clause.words ? (
        <details className="finding__details">
          <summary>{FINDING_TEXT.readClause}</summary>
          <blockquote>{clause.words}</blockquote>
        </details>
      ) : null}
      {finding.suggestion ? (
        <p className="finding__suggestion">
          <strong>{FINDING_TEXT.tryInstead}</strong> {finding.suggestion}
        </p>
      ) : null}
      {askingReason ? (
        <div className={`field finding__reason${reasonError ? ' field--error' : ''}`}>
          <label className="label" htmlFor={`${id}-reason`}>
            {FINDING_TEXT.notAProblemHeading}
          </label>
          <span className="hint" id={`${id}-reason-hint`}>
            {FINDING_TEXT.notAProblemHint}
          </span>
          {reasonError ? (
            <span className="error-message" id={`${id}-reason-error`}>
              <span className="visually-hidden">{FINDING_TEXT.errorPrefix} </span>
              {FINDING_TEXT.reasonRequired}
            </span>
          ) : null}
          <textarea
            id={`${id}-reason`}
            className={`textarea${reasonError ? ' textarea--error' : ''}`}
            rows={2}
            value={reason}
            maxLength={2000}
            aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ''}`}
            aria-invalid={reasonError || undefined}
            onChange={(event) => setReason(event.target.value)}
            autoFocus
          />
          <div className="finding__actions">
            <button type="button" className="button button--small" onClick={saveReason}>
              {FINDING_TEXT.saveReason}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setAskingReason(false)}>
              {FINDING_TEXT.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className="finding__actions">
          {finding.replacement !== undefined ? (
            <button type="button" className="button button--small" aria-label={FINDING_TEXT.applyLabel(finding.replacement)} onClick={() => onApply(index)}>
              {FINDING_TEXT.apply}
            </button>
          ) : null}
          <button type="button" className="button button--secondary button--small" onClick={() => setAskingReason(true)}>
            {FINDING_TEXT.notAProblem}
          </button>
        </div>
      )}
    </li>
  );
}, isSameCard);
