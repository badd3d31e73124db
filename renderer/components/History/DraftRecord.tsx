import type { CopyRecord, Draft } from '../../../src/bridge/contract.js';
import { formatWhen } from '../../logic/time.js';
import { CATEGORY_HEADINGS } from '../../text/findings.js';
import { HISTORY_TEXT } from '../../text/history.js';
import { CAPACITY_NAMES, PLATFORM_NAMES } from '../../text/platforms.js';
import { SeverityBadge } from '../SeverityBadge.js';

/** A draft's text and, for each time it was copied, the record of what was checked. */
export function DraftRecord({ draft }: { readonly draft: Draft }) {
  return (
    <div className="draft-record">
      <h4>{HISTORY_TEXT.draftText}</h4>
      <p className="draft-record__text">{draft.text}</p>
      {draft.copies.map((record) => (
        <CopyRecordView key={record.auditId} record={record} sameText={record.text === draft.text} />
      ))}
    </div>
  );
}

function CopyRecordView({ record, sameText }: { readonly record: CopyRecord; readonly sameText: boolean }) {
  const excerptOf = new Map(record.findings.map((finding) => [`${finding.ruleId}|${finding.messageId}|${finding.excerpt}`, finding]));
  return (
    <section className="draft-record__copy" aria-label={HISTORY_TEXT.recordCopied(PLATFORM_NAMES[record.platform], formatWhen(record.copiedAt))}>
      <h4>{HISTORY_TEXT.record}</h4>
      <ul className="draft-record__facts">
        <li>{HISTORY_TEXT.recordCopied(PLATFORM_NAMES[record.platform], formatWhen(record.copiedAt))}</li>
        <li>{HISTORY_TEXT.recordRules(record.pack.id, record.pack.version)}</li>
        <li>{HISTORY_TEXT.recordAs(CAPACITY_NAMES[record.capacity])}</li>
        <li>{record.postAt ? HISTORY_TEXT.recordWhen(formatWhen(record.postAt)) : HISTORY_TEXT.recordNow}</li>
      </ul>
      {sameText ? null : (
        <>
          <h5>{HISTORY_TEXT.recordText}</h5>
          <p className="draft-record__text">{record.text}</p>
        </>
      )}
      <h5>{HISTORY_TEXT.recordFindings}</h5>
      {record.findings.length === 0 ? (
        <p>{HISTORY_TEXT.recordNoFindings}</p>
      ) : (
        <ul className="draft-record__findings">
          {record.findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${finding.start}-${index}`}>
              <SeverityBadge severity={finding.severity} inline /> <strong>{CATEGORY_HEADINGS[finding.category]}</strong>: “{finding.excerpt}”. {finding.message}
            </li>
          ))}
        </ul>
      )}
      <h5>{HISTORY_TEXT.recordDecisions}</h5>
      {record.decisions.length === 0 ? (
        <p>{HISTORY_TEXT.recordNoDecisions}</p>
      ) : (
        <ul>
          {record.decisions.map((decision) => {
            const finding = excerptOf.get(decision.findingKey);
            return (
              <li key={decision.findingKey}>
                <strong>{HISTORY_TEXT.decisionKinds[decision.kind]}</strong>
                {finding ? `: “${finding.excerpt}”` : ''}
                {decision.reason ? ` — ${decision.reason}` : ''}
              </li>
            );
          })}
        </ul>
      )}
      <h5>{HISTORY_TEXT.recordChecklist}</h5>
      <ul>
        {record.checklist.map((answer) => (
          <li key={answer.id}>
            {answer.text} <strong>{answer.answer ? HISTORY_TEXT.yes : HISTORY_TEXT.no}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
