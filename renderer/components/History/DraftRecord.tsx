import { findingKey, type CopiedImage, type CopyRecord, type Draft, type PictureSummary } from '../../../src/bridge/contract.js';
import type { Finding } from '../../../src/engine/finding.js';
import type { Attachment } from '../../../src/checks/types.js';
import { findingHeading, thumbnailAlt } from '../../logic/images.js';
import { formatWhen } from '../../logic/time.js';
import { HISTORY_TEXT } from '../../text/history.js';
import { IMAGE_TEXT } from '../../text/images.js';
import { CAPACITY_NAMES, PLATFORM_NAMES } from '../../text/platforms.js';
import { SeverityBadge } from '../SeverityBadge.js';

/** A draft's text and, for each time it was copied, the record of what was checked. */
export function DraftRecord({ draft }: { readonly draft: Draft }) {
  return (
    <div className="draft-record">
      <h4>{HISTORY_TEXT.draftText}</h4>
      <p className="draft-record__text">{draft.text}</p>
      {draft.attachments.length > 0 ? <PictureStrip pictures={draft.attachments} /> : null}
      {draft.copies.map((record) => (
        <CopyRecordView key={record.auditId} record={record} sameText={record.text === draft.text} attachments={draft.attachments} />
      ))}
    </div>
  );
}

/** Small previews of a draft's pictures, each described by its alt text (or which picture it is). */
export function PictureStrip({ pictures }: { readonly pictures: readonly (PictureSummary | Attachment)[] }) {
  return (
    <ul className="picture-strip" aria-label={IMAGE_TEXT.pictures(pictures.length)}>
      {pictures.map((picture, index) => (
        <li key={index}>{picture.thumbnail ? <img src={picture.thumbnail} alt={thumbnailAlt(pictures, index)} /> : <span>{thumbnailAlt(pictures, index)}</span>}</li>
      ))}
    </ul>
  );
}

/** What the record says of each picture copied with the post. */
function CopiedPictures({ images, attachments }: { readonly images: readonly CopiedImage[]; readonly attachments: readonly Attachment[] }) {
  return (
    <>
      <h5>{IMAGE_TEXT.recordPictures}</h5>
      <ul className="draft-record__pictures">
        {images.map((image) => {
          const label = IMAGE_TEXT.pictureLabel(image.index, images.length, image.name);
          const kept = attachments.find((attachment) => attachment.id === image.hash);
          return (
            <li key={`${image.index}-${image.hash}`}>
              {kept?.thumbnail ? <img src={kept.thumbnail} alt="" /> : null}
              <div>
                <strong>{label}</strong>
                <ul>
                  <li>{image.altText ? IMAGE_TEXT.recordAlt(image.altText) : IMAGE_TEXT.recordNoAlt}</li>
                  {image.locationRemoved ? <li>{IMAGE_TEXT.recordLocationRemoved}</li> : null}
                  {image.hasLocation ? <li>{IMAGE_TEXT.recordHasLocation}</li> : null}
                  {image.logoMatches.length > 0 ? <li>{IMAGE_TEXT.recordLogos(image.logoMatches.map((match) => match.logo).join(', '))}</li> : null}
                  <li>{IMAGE_TEXT.recordHash(image.hash)}</li>
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function CopyRecordView({ record, sameText, attachments }: { readonly record: CopyRecord; readonly sameText: boolean; readonly attachments: readonly Attachment[] }) {
  const findingOf = new Map(record.findings.map((finding) => [findingKey(finding), finding]));
  const pictures = record.attachments ?? [];
  /** What a finding was about: its words, or the picture. */
  const labelOf = (finding: Finding): string =>
    finding.attachment ? IMAGE_TEXT.pictureLabel(finding.attachment.index, pictures.length, pictures.find((image) => image.index === finding.attachment?.index)?.name) : `“${finding.excerpt}”`;
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
      {record.attachments && record.attachments.length > 0 ? <CopiedPictures images={record.attachments} attachments={attachments} /> : null}
      <h5>{HISTORY_TEXT.recordFindings}</h5>
      {record.findings.length === 0 ? (
        <p>{HISTORY_TEXT.recordNoFindings}</p>
      ) : (
        <ul className="draft-record__findings">
          {record.findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${finding.start}-${index}`}>
              <SeverityBadge severity={finding.severity} inline /> <strong>{findingHeading(finding)}</strong>:{' '}
              {labelOf(finding)}.{' '}
              {finding.message}
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
            const finding = findingOf.get(decision.findingKey);
            return (
              <li key={decision.findingKey}>
                <strong>{HISTORY_TEXT.decisionKinds[decision.kind]}</strong>
                {finding ? `: ${labelOf(finding)}` : ''}
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
