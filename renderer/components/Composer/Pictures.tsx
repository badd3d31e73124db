import { memo, useRef } from 'react';
import { MAX_ATTACHMENTS } from '../../../src/bridge/contract.js';
import type { Attachment } from '../../../src/checks/types.js';
import type { Pictures as PicturesState } from '../../hooks/usePictures.js';
import type { KeyedFinding } from '../../logic/findings.js';
import { ACCEPTED_TYPES, findingHeading, findingsByPicture, pictureLabel, thumbnailAlt } from '../../logic/images.js';
import { IMAGE_TEXT } from '../../text/images.js';
import { SeverityBadge } from '../SeverityBadge.js';
import './Pictures.css';

interface PicturesProps {
  readonly attachments: readonly Attachment[];
  /** The post's findings; those about a picture are shown on it. */
  readonly findings: readonly KeyedFinding[];
  readonly pictures: PicturesState;
  /** True while files are dragged over the composer. */
  readonly isDropTarget: boolean;
}

/** The pictures attached to the draft: a way to add more, and each one with its findings, description and actions. */
export const Pictures = memo(function Pictures({ attachments, findings, pictures, isDropTarget }: PicturesProps) {
  const chooser = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const byPicture = findingsByPicture(findings, attachments.length);
  const isFull = attachments.length >= MAX_ATTACHMENTS;

  const remove = async (imageId: string): Promise<void> => {
    await pictures.remove(imageId);
    addButton.current?.focus();
  };

  return (
    <section className={`pictures${isDropTarget ? ' pictures--drop' : ''}`} aria-labelledby="pictures-heading">
      <h2 className="pictures__heading" id="pictures-heading">
        {IMAGE_TEXT.heading}
      </h2>
      <p className="hint" id="pictures-hint">
        {isFull ? IMAGE_TEXT.full(MAX_ATTACHMENTS) : IMAGE_TEXT.hint(MAX_ATTACHMENTS)}
      </p>
      {pictures.problem ? (
        <p className="error-message pictures__problem" role="alert">
          {pictures.problem}
        </p>
      ) : null}
      <div className="pictures__add">
        <button
          ref={addButton}
          type="button"
          className="button button--secondary button--small"
          aria-describedby="pictures-hint"
          aria-disabled={isFull || pictures.busy}
          onClick={() => {
            if (!isFull && !pictures.busy) chooser.current?.click();
          }}
        >
          {attachments.length === 0 ? IMAGE_TEXT.add : IMAGE_TEXT.addMore}
        </button>
        <input
          ref={chooser}
          type="file"
          hidden
          multiple
          accept={ACCEPTED_TYPES}
          aria-label={IMAGE_TEXT.add}
          onChange={(event) => {
            const files = event.target.files ? Array.from(event.target.files) : [];
            event.target.value = '';
            if (files.length > 0) void pictures.attach(files);
          }}
        />
        {isDropTarget ? <span className="pictures__drop-hint">{IMAGE_TEXT.dropHere}</span> : null}
      </div>
      {attachments.length > 0 ? (
        <ul className="pictures__list" aria-label={IMAGE_TEXT.listLabel}>
          {attachments.map((attachment, index) => (
            <PictureCard
              key={attachment.id ?? index}
              attachments={attachments}
              index={index}
              findings={byPicture[index] ?? []}
              problem={attachment.id ? pictures.pictureProblems[attachment.id] : undefined}
              pictures={pictures}
              onRemove={remove}
            />
          ))}
        </ul>
      ) : null}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {pictures.announcement}
      </div>
    </section>
  );
});

interface PictureCardProps {
  readonly attachments: readonly Attachment[];
  readonly index: number;
  readonly findings: readonly KeyedFinding[];
  readonly problem: string | undefined;
  readonly pictures: PicturesState;
  onRemove(imageId: string): Promise<void>;
}

function PictureCard({ attachments, index, findings, problem, pictures, onRemove }: PictureCardProps) {
  const attachment = attachments[index];
  if (!attachment) return null;
  const imageId = attachment.id;
  const id = `picture-${index}`;
  const label = pictureLabel(attachments, index);
  const altText = attachment.altText ?? '';
  const boxes = findings.flatMap((finding) => (finding.attachment?.box ? [{ key: finding.key, box: finding.attachment.box, severity: finding.severity }] : []));
  return (
    <li className="picture" id={id} tabIndex={-1} aria-labelledby={`${id}-name`}>
      <div className="picture__frame">
        {attachment.thumbnail ? <img className="picture__thumbnail" src={attachment.thumbnail} alt={thumbnailAlt(attachments, index)} /> : null}
        {boxes.map(({ key, box, severity }) => (
          <span
            key={key}
            className={`picture__box picture__box--${severity}`}
            aria-hidden="true"
            style={{ left: `${box.x * 100}%`, top: `${box.y * 100}%`, width: `${box.width * 100}%`, height: `${box.height * 100}%` }}
          />
        ))}
      </div>
      <p className="picture__name" id={`${id}-name`}>
        {label}
      </p>
      {findings.length > 0 ? (
        <ul className="picture__findings">
          {findings.map((finding) => (
            <li key={finding.key} className={`picture__finding picture__finding--${finding.severity}`}>
              <SeverityBadge severity={finding.severity} inline />
              <strong className="picture__finding-heading">{findingHeading(finding)}</strong>
              <span className="picture__finding-message">{finding.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? <p className="error-message">{problem}</p> : null}
      {imageId && attachment.hasLocation ? (
        <div className="picture__actions">
          <button type="button" className="button button--small" aria-describedby={`${id}-name`} onClick={() => void pictures.removeLocation(imageId)}>
            {IMAGE_TEXT.removeLocation}
          </button>
          <button type="button" className="button button--secondary button--small" aria-describedby={`${id}-name`} onClick={() => void pictures.saveCopy(imageId)}>
            {IMAGE_TEXT.saveCopy}
          </button>
        </div>
      ) : null}
      {imageId && attachment.locationRemoved ? (
        <>
          <p className="picture__note">{IMAGE_TEXT.locationRemoved}</p>
          <div className="picture__actions">
            <button type="button" className="button button--secondary button--small" aria-describedby={`${id}-name`} onClick={() => void pictures.saveCopy(imageId)}>
              {IMAGE_TEXT.saveCopy}
            </button>
          </div>
        </>
      ) : null}
      {imageId ? (
        <div className="field picture__alt">
          <label className="label" htmlFor={`${id}-alt`}>
            {IMAGE_TEXT.altLabel(index)}
          </label>
          <span className="hint" id={`${id}-alt-hint`}>
            {IMAGE_TEXT.altHint}
          </span>
          <textarea
            id={`${id}-alt`}
            className="textarea picture__alt-text"
            rows={2}
            maxLength={2000}
            value={altText}
            aria-describedby={`${id}-alt-hint${altText.trim() ? '' : ` ${id}-alt-nudge`}`}
            onChange={(event) => pictures.setAltText(imageId, event.target.value)}
          />
          {altText.trim() ? null : (
            <span className="picture__nudge" id={`${id}-alt-nudge`}>
              {IMAGE_TEXT.altNudge}
            </span>
          )}
        </div>
      ) : null}
      {imageId ? (
        <button type="button" className="button button--secondary button--small" aria-describedby={`${id}-name`} onClick={() => void onRemove(imageId)}>
          {IMAGE_TEXT.remove}
        </button>
      ) : null}
    </li>
  );
}
