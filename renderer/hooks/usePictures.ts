import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_ATTACHMENTS } from '../../src/bridge/contract.js';
import { MAX_IMAGE_BYTES } from '../../src/image/index.js';
import { call } from '../bridge.js';
import { megabytes, needsScan, ownName, pastedName } from '../logic/images.js';
import { IMAGE_TEXT } from '../text/images.js';
import type { DraftSession } from './useDraftSession.js';
import type { ImageWorker } from './useImageWorker.js';

export interface Pictures {
  /** Why the last picture was not attached, or another problem, in one sentence (shown as an alert). */
  readonly problem: string | null;
  /** What just happened, for screen readers ("photo.jpg added."). */
  readonly announcement: string;
  /** True while pictures are being added. */
  readonly busy: boolean;
  /** Problems with one picture (its saved copy damaged), by picture id. */
  readonly pictureProblems: Readonly<Record<string, string>>;
  attach(files: ArrayLike<File>): Promise<void>;
  remove(imageId: string): Promise<void>;
  removeLocation(imageId: string): Promise<void>;
  saveCopy(imageId: string): Promise<void>;
  setAltText(imageId: string, altText: string): void;
  dismissProblem(): void;
}

/**
 * Attaching pictures to the open draft, and keeping their logo scans current. A picture is
 * read, decoded, previewed and scanned in the picture worker, then sent to main, which reads
 * it again itself before keeping it with the draft. When the pack changes, each picture is
 * scanned again, once, with the new pack's logos.
 */
export function usePictures(session: DraftSession, worker: ImageWorker): Pictures {
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const [pictureProblems, setPictureProblems] = useState<Readonly<Record<string, string>>>({});
  const pasted = useRef(0);
  const latest = useRef(session.draft);
  latest.current = session.draft;
  const { ensureSaved, setPictures, patchPicture } = session;
  const { prepare, packKey, hasLogos } = worker;

  const attach = useCallback(
    async (list: ArrayLike<File>): Promise<void> => {
      setProblem(null);
      // Every file goes through the image core, which says in one sentence why one is not a picture it can take.
      const files = Array.from(list);
      const problems: string[] = [];
      const room = MAX_ATTACHMENTS - latest.current.attachments.length;
      if (files.length > room) problems.push(IMAGE_TEXT.tooMany(MAX_ATTACHMENTS, Math.max(0, room)));
      setBusy(true);
      try {
        for (const file of files.slice(0, Math.max(0, room))) {
          const name = ownName(file) ?? pastedName(file, ++pasted.current);
          if (file.size > MAX_IMAGE_BYTES) {
            problems.push(IMAGE_TEXT.notAttached(name, IMAGE_TEXT.tooBig(megabytes(file.size), megabytes(MAX_IMAGE_BYTES))));
            continue;
          }
          setAnnouncement(IMAGE_TEXT.adding(name));
          const draftId = await ensureSaved();
          if (!draftId) {
            problems.push(IMAGE_TEXT.noDraftYet);
            break;
          }
          let prepared;
          try {
            prepared = await prepare({ bytes: await file.arrayBuffer() }, true);
          } catch {
            prepared = { type: 'refused', message: IMAGE_TEXT.cannotOpen } as const;
          }
          if (prepared.type === 'refused' || !prepared.thumbnail || !prepared.dataBase64) {
            problems.push(IMAGE_TEXT.notAttached(name, prepared.type === 'refused' ? prepared.message : IMAGE_TEXT.cannotOpen));
            continue;
          }
          const { thumbnail, dataBase64, logoMatches, scannedFor } = prepared;
          const answer = await call((bridge) => bridge.attachImage({ draftId, name, dataBase64, thumbnail, logoMatches, scannedFor }));
          if (!answer.ok) {
            problems.push(IMAGE_TEXT.notAttached(name, answer.error.message));
            continue;
          }
          setPictures(draftId, answer.value);
          setAnnouncement(IMAGE_TEXT.added(name));
        }
      } finally {
        setBusy(false);
        if (problems.length > 0) {
          setProblem(problems.join(' '));
          setAnnouncement('');
        }
      }
    },
    [ensureSaved, prepare, setPictures],
  );

  /** Runs a change to one picture in main and takes main's pictures back. */
  const change = useCallback(
    async (imageId: string, run: 'removeImage' | 'removeImageLocation', done: (name: string) => string): Promise<void> => {
      setProblem(null);
      const draftId = await ensureSaved();
      const name = latest.current.attachments.find((attachment) => attachment.id === imageId)?.name ?? '';
      if (!draftId) return;
      const answer = await call((bridge) => bridge[run]({ draftId, id: imageId }));
      if (!answer.ok) {
        setProblem(answer.error.message);
        return;
      }
      setPictures(draftId, answer.value);
      setAnnouncement(done(name));
    },
    [ensureSaved, setPictures],
  );

  const remove = useCallback((imageId: string) => change(imageId, 'removeImage', IMAGE_TEXT.removed), [change]);
  const removeLocation = useCallback((imageId: string) => change(imageId, 'removeImageLocation', IMAGE_TEXT.locationRemovedAnnounced), [change]);

  const saveCopy = useCallback(
    async (imageId: string): Promise<void> => {
      setProblem(null);
      const draftId = await ensureSaved();
      if (!draftId) return;
      const answer = await call((bridge) => bridge.saveImageCopy({ draftId, id: imageId }));
      if (!answer.ok) setProblem(answer.error.message);
      else if (answer.value.saved && answer.value.fileName) setAnnouncement(IMAGE_TEXT.savedCopy(answer.value.fileName));
    },
    [ensureSaved],
  );

  const setAltText = useCallback((imageId: string, altText: string) => patchPicture(imageId, { altText }), [patchPicture]);

  // Pictures not yet scanned with this pack's logos: scanned once each (a pack with none needs no scan).
  const scanning = useRef(new Set<string>());
  const draftId = session.draft.id;
  const { attachments } = session.draft;
  useEffect(() => {
    if (!draftId) return;
    for (const attachment of attachments) {
      const imageId = attachment.id;
      if (!imageId || !needsScan(attachment, packKey)) continue;
      if (!hasLogos) {
        patchPicture(imageId, { logoMatches: [], scannedFor: packKey });
        continue;
      }
      const job = `${imageId}|${packKey}`;
      if (scanning.current.has(job)) continue;
      scanning.current.add(job);
      void (async () => {
        const stored = await call((bridge) => bridge.readImage({ draftId, id: imageId }));
        if (!stored.ok) {
          setPictureProblems((previous) => ({ ...previous, [imageId]: stored.error.message }));
          return;
        }
        const scanned = await prepare({ base64: stored.value.dataBase64 }, false);
        if (scanned.type === 'prepared' && scanned.scannedFor === packKey) patchPicture(imageId, { logoMatches: scanned.logoMatches, scannedFor: packKey });
        else if (scanned.type === 'refused') setPictureProblems((previous) => ({ ...previous, [imageId]: scanned.message }));
        scanning.current.delete(job);
      })();
    }
  }, [draftId, attachments, packKey, hasLogos, prepare, patchPicture]);

  // Another draft opened: its pictures' problems are its own.
  useEffect(() => {
    setPictureProblems({});
    setProblem(null);
  }, [session.generation]);

  const dismissProblem = useCallback(() => setProblem(null), []);

  return useMemo(
    () => ({ problem, announcement, busy, pictureProblems, attach, remove, removeLocation, saveCopy, setAltText, dismissProblem }),
    [problem, announcement, busy, pictureProblems, attach, remove, removeLocation, saveCopy, setAltText, dismissProblem],
  );
}
