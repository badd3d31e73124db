import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { CopyRecord, Decision, Draft, DraftStatus, ImagesChanged } from '../../src/bridge/contract.js';
import type { Attachment } from '../../src/checks/types.js';
import type { Capacity, PlatformId } from '../../src/engine/finding.js';
import { call } from '../bridge.js';
import { imageEdits, mergePictures } from '../logic/images.js';

/** The draft open in the editor. */
export interface DraftState {
  /** Null until the first save gives it one. */
  readonly id: string | null;
  readonly text: string;
  readonly platforms: readonly PlatformId[];
  readonly capacity: Capacity;
  /** When it will be posted; null for straight away. */
  readonly postAt: string | null;
  readonly decisions: readonly Decision[];
  readonly status: DraftStatus;
  readonly copies: readonly CopyRecord[];
  /** The pictures, as main keeps them, with the descriptions and logo scans changed here. */
  readonly attachments: readonly Attachment[];
}

/** What the window may change of a picture; the rest is main's. */
export type PicturePatch = Partial<Pick<Attachment, 'altText' | 'logoMatches' | 'scannedFor'>>;

export interface SaveState {
  readonly phase: 'idle' | 'saving' | 'saved' | 'failed';
  readonly savedAt: number | null;
  readonly error: string | null;
}

export interface DraftSession {
  readonly draft: DraftState;
  readonly save: SaveState;
  /** Bumped whenever a different draft is put in the editor (open, new). */
  readonly generation: number;
  update(change: Partial<Pick<DraftState, 'text' | 'platforms' | 'capacity' | 'postAt' | 'decisions' | 'attachments'>>): void;
  /** Saves now if anything is waiting; resolves to the draft's id (null if there is nothing to save). */
  flush(): Promise<string | null>;
  open(draft: Draft): Promise<void>;
  startNew(defaults: Pick<DraftState, 'platforms' | 'capacity'>): Promise<void>;
  /** Takes main's copy of the draft after a copy (status and records). */
  refresh(draft: Draft): void;
  /** Saves now, even a draft with no words yet, so it has an id (pictures are kept with a saved draft). */
  ensureSaved(): Promise<string | null>;
  /** Takes main's pictures after one was attached, removed or changed there. */
  setPictures(draftId: string, changed: z.output<typeof ImagesChanged>): void;
  /** Changes what the window may change of a picture in the open draft; saved like the words. */
  patchPicture(imageId: string, patch: PicturePatch): void;
}

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

/** The editable state of a saved draft. */
export function fromDraft(draft: Draft): DraftState {
  return {
    id: draft.id,
    text: draft.text,
    platforms: draft.platforms,
    capacity: draft.capacity,
    postAt: draft.postAt,
    decisions: draft.decisions,
    status: draft.status,
    copies: draft.copies,
    attachments: draft.attachments,
  };
}

export function emptyDraft(defaults: Pick<DraftState, 'platforms' | 'capacity'>): DraftState {
  return { id: null, text: '', platforms: defaults.platforms, capacity: defaults.capacity, postAt: null, decisions: [], status: 'draft', copies: [], attachments: [] };
}

/**
 * The open draft and its autosave: changes are saved after a pause in typing, one save at a
 * time, each carrying the id the first one was given.
 */
export function useDraftSession(initial: DraftState): DraftSession {
  const [draft, setDraft] = useState<DraftState>(initial);
  const [save, setSave] = useState<SaveState>({ phase: 'idle', savedAt: null, error: null });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(draft);
  /** Counts edits; a save is clean only if no edit came in while it ran. */
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<string | null>>(Promise.resolve(null));

  const saveNow = useCallback((force = false): Promise<string | null> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const run = async (): Promise<string | null> => {
      const current = latest.current;
      const edit = edits.current;
      const unsaved = force && current.id === null;
      if (edit === savedEdits.current && !unsaved) return current.id;
      if (current.id === null && current.text.trim() === '' && !unsaved) {
        savedEdits.current = edit;
        return null;
      }
      setSave((previous) => ({ ...previous, phase: 'saving' }));
      const answer = await call((bridge) =>
        bridge.saveDraft({
          ...(current.id ? { id: current.id } : {}),
          text: current.text,
          platforms: [...current.platforms],
          capacity: current.capacity,
          postAt: current.postAt,
          decisions: current.decisions.slice(-500),
          ...(current.attachments.length > 0 ? { images: imageEdits(current.attachments) } : {}),
        }),
      );
      if (!answer.ok) {
        setSave((previous) => ({ ...previous, phase: 'failed', error: answer.error.message }));
        return current.id;
      }
      const { id, status } = answer.value;
      savedEdits.current = Math.max(savedEdits.current, edit);
      // Only the draft this save was for takes its id (another may have been opened meanwhile).
      if (latest.current === current || latest.current.id === current.id) {
        latest.current = { ...latest.current, id, status };
        setDraft((previous) => (previous.id === current.id ? { ...previous, id, status } : previous));
      }
      setSave({ phase: 'saved', savedAt: Date.now(), error: null });
      return id;
    };
    const next = chain.current.then(run, run);
    chain.current = next;
    return next;
  }, []);

  const update = useCallback<DraftSession['update']>(
    (change) => {
      latest.current = { ...latest.current, ...change };
      setDraft(latest.current);
      edits.current += 1;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  const replace = useCallback((next: DraftState, saved: boolean) => {
    latest.current = next;
    setDraft(next);
    savedEdits.current = edits.current;
    setSave({ phase: saved ? 'saved' : 'idle', savedAt: null, error: null });
    setGeneration((value) => value + 1);
  }, []);

  const open = useCallback<DraftSession['open']>(
    async (loaded) => {
      await saveNow();
      replace(fromDraft(loaded), true);
    },
    [replace, saveNow],
  );

  const startNew = useCallback<DraftSession['startNew']>(
    async (defaults) => {
      await saveNow();
      replace(emptyDraft(defaults), false);
    },
    [replace, saveNow],
  );

  const refresh = useCallback<DraftSession['refresh']>((loaded) => {
    if (latest.current.id !== loaded.id) return;
    latest.current = { ...latest.current, status: loaded.status, copies: loaded.copies };
    setDraft(latest.current);
  }, []);

  const ensureSaved = useCallback(() => saveNow(true), [saveNow]);

  const setPictures = useCallback<DraftSession['setPictures']>((draftId, changed) => {
    if (latest.current.id !== draftId) return;
    latest.current = { ...latest.current, attachments: mergePictures(latest.current.attachments, changed.attachments), status: changed.status };
    setDraft(latest.current);
  }, []);

  const patchPicture = useCallback<DraftSession['patchPicture']>(
    (imageId, patch) => {
      const { attachments } = latest.current;
      if (!attachments.some((attachment) => attachment.id === imageId)) return;
      update({ attachments: attachments.map((attachment) => (attachment.id === imageId ? { ...attachment, ...patch } : attachment)) });
    },
    [update],
  );

  // Save what is waiting when the window is closed or reloaded.
  useEffect(() => {
    const onHide = (): void => {
      if (timer.current) void saveNow();
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [saveNow]);

  const flush = useCallback(() => saveNow(), [saveNow]);

  return useMemo(
    () => ({ draft, save, generation, update, flush, open, startNew, refresh, ensureSaved, setPictures, patchPicture }),
    [draft, save, generation, update, flush, open, startNew, refresh, ensureSaved, setPictures, patchPicture],
  );
}
