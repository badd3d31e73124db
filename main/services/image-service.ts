import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { z } from 'zod';
import { MAX_ATTACHMENTS, type AttachImageRequest, type Draft, type ImageCopySaved, type ImageData, type ImageRequest, type ImagesChanged } from '../../src/bridge/contract.js';
import type { Attachment } from '../../src/checks/types.js';
import { ImageError, MAX_IMAGE_BYTES, readImageFacts, removeMetadata, sniffImageFormat, type ImageFormat } from '../../src/image/index.js';
import { ServiceError } from './errors.js';
import type { HistoryService } from './history-service.js';
import { imageIdOf, StoredImageProblem, type ImageStore } from './image-store.js';
import { IMAGE_MESSAGES } from './messages.js';

/**
 * The pictures attached to drafts. The window sends a picture's bytes with a small preview and
 * the logos it found; main never trusts what the window says the file is: it reads the
 * format, size and location from the bytes itself (the image core's readImageFacts) and
 * refuses anything it cannot read, in one plain sentence. The bytes are kept in the image
 * store; the draft keeps what is known about each picture and its preview.
 */

export interface ImageServiceDeps {
  readonly history: HistoryService;
  readonly store: ImageStore;
  readonly clock: () => Date;
  /** Adds a notice for the councillor (a damaged picture file that was moved aside). */
  readonly notify: (notice: string) => void;
  /** Asks where to save a file (the save dialog), suggesting a name; null when the councillor cancels. */
  readonly chooseSavePath?: (suggestedName: string) => Promise<string | null>;
}

type Changed = z.output<typeof ImagesChanged>;
type Request = z.output<typeof ImageRequest>;

export interface ImageService {
  attach(request: z.output<typeof AttachImageRequest>): Changed;
  read(request: Request): z.output<typeof ImageData>;
  remove(request: Request): Changed;
  /** Replaces the draft's copy of the picture with one whose metadata (location and all) is removed. */
  removeLocation(request: Request): Changed;
  /** Saves a copy without metadata where the councillor chooses. */
  saveCopy(request: Request): Promise<z.output<typeof ImageCopySaved>>;
  /** Deletes the pictures of a draft that can no longer be restored, unless another draft uses them. */
  forget(draft: Draft): void;
}

const MEDIA_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' } as const satisfies Record<ImageFormat, string>;
const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' } as const satisfies Record<ImageFormat, string>;
const PREVIEW_FORMATS: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'webp']);
const FALLBACK_NAME = 'picture';

/** The file's own name, without any folder, control characters or surrounding space. */
export function cleanImageName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/\p{Cc}|\p{Cf}/gu, '').trim().slice(0, 200);
  return clean || FALLBACK_NAME;
}

/** "IMG_0042.jpeg" → "IMG_0042-no-location.jpg". */
export function cleanCopyName(name: string | undefined, format: ImageFormat): string {
  const stem = cleanImageName(name ?? FALLBACK_NAME).replace(/\.[A-Za-z0-9]{1,5}$/, '') || FALLBACK_NAME;
  return `${stem}-no-location.${EXTENSIONS[format]}`;
}

function factsOf(bytes: Uint8Array): ReturnType<typeof readImageFacts> {
  try {
    return readImageFacts(bytes);
  } catch (error) {
    if (error instanceof ImageError) throw new ServiceError('image-refused', error.message);
    throw error;
  }
}

function formatOf(attachment: Attachment, bytes: Uint8Array): ImageFormat {
  return sniffImageFormat(bytes) ?? (Object.entries(MEDIA_TYPES).find(([, type]) => type === attachment.mediaType)?.[0] as ImageFormat | undefined) ?? 'jpeg';
}

/** Bytes as megabytes (of 1,048,576 bytes, as file managers count them) for a sentence: "12.5". */
export function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1).replace(/\.0$/, '');
}

function changed(draft: Draft): Changed {
  return { attachments: draft.attachments, status: draft.status, updatedAt: draft.updatedAt };
}

export function createImageService({ history, store, clock, notify, chooseSavePath }: ImageServiceDeps): ImageService {
  function locate({ draftId, id }: Request): { draft: Draft; index: number; attachment: Attachment & { id: string } } {
    const draft = history.get(draftId);
    const index = draft.attachments.findIndex((attachment) => attachment.id === id);
    const attachment = draft.attachments[index];
    if (!attachment) throw new ServiceError('not-found', IMAGE_MESSAGES.notInDraft);
    return { draft, index, attachment: { ...attachment, id } };
  }

  /** The picture's bytes; a missing or damaged file is reported and refused, and the draft is left as it is. */
  function bytesOf(attachment: Attachment & { id: string }): Buffer {
    try {
      return store.get(attachment.id);
    } catch (error) {
      if (!(error instanceof StoredImageProblem)) throw error;
      const name = attachment.name ?? FALLBACK_NAME;
      const message = error.kind === 'missing' ? IMAGE_MESSAGES.missing(name) : IMAGE_MESSAGES.damaged(name, error.keptAs);
      notify(message);
      throw new ServiceError('storage', message);
    }
  }

  /** Deletes a picture's file once no draft (nor the deletion that can still be undone) uses it. */
  function collect(id: string | undefined): void {
    if (id !== undefined && !history.imageInUse(id)) store.remove(id);
  }

  function replace(draft: Draft, attachments: Attachment[]): Draft {
    const now = clock().toISOString();
    return history.update(draft.id, (current) => ({ ...current, updatedAt: now, attachments }));
  }

  return {
    attach(request) {
      const draft = history.get(request.draftId);
      if (draft.attachments.length >= MAX_ATTACHMENTS) throw new ServiceError('image-refused', IMAGE_MESSAGES.tooMany(MAX_ATTACHMENTS));
      const bytes = Buffer.from(request.dataBase64, 'base64');
      if (bytes.length > MAX_IMAGE_BYTES) throw new ServiceError('image-refused', IMAGE_MESSAGES.tooBig(megabytes(bytes.length), megabytes(MAX_IMAGE_BYTES)));
      const facts = factsOf(bytes);
      const preview = sniffImageFormat(Buffer.from(request.thumbnail.slice(request.thumbnail.indexOf(',') + 1), 'base64'));
      if (!preview || !PREVIEW_FORMATS.has(preview)) throw new ServiceError('image-refused', IMAGE_MESSAGES.badPreview);
      const name = cleanImageName(request.name);
      const id = imageIdOf(bytes);
      if (draft.attachments.some((attachment) => attachment.id === id)) throw new ServiceError('image-refused', IMAGE_MESSAGES.alreadyAttached(name));
      store.put(bytes);
      const altText = request.altText?.trim();
      const attachment: Attachment = {
        kind: 'image',
        id,
        name,
        mediaType: MEDIA_TYPES[facts.format],
        width: facts.width,
        height: facts.height,
        bytes: bytes.length,
        hasLocation: facts.location !== null,
        thumbnail: request.thumbnail,
        logoMatches: request.logoMatches,
        ...(request.scannedFor !== undefined ? { scannedFor: request.scannedFor } : {}),
        ...(altText ? { altText } : {}),
      };
      try {
        return changed(replace(draft, [...history.get(draft.id).attachments, attachment]));
      } catch (error) {
        collect(id);
        throw error;
      }
    },

    read(request) {
      const { attachment } = locate(request);
      const bytes = bytesOf(attachment);
      return { id: attachment.id, mediaType: MEDIA_TYPES[formatOf(attachment, bytes)], dataBase64: bytes.toString('base64') };
    },

    remove(request) {
      const { draft, index, attachment } = locate(request);
      const next = replace(
        draft,
        draft.attachments.filter((_, at) => at !== index),
      );
      collect(attachment.id);
      return changed(next);
    },

    removeLocation(request) {
      const { draft, index, attachment } = locate(request);
      if (!attachment.hasLocation) throw new ServiceError('image-refused', IMAGE_MESSAGES.noLocation(attachment.name ?? FALLBACK_NAME));
      const clean = removeMetadata(bytesOf(attachment));
      const facts = factsOf(clean);
      if (facts.location !== null) throw new Error('The location was still there after the metadata was removed.');
      const id = store.put(clean);
      const attachments = draft.attachments.map((each, at) =>
        at === index ? { ...each, id, bytes: clean.length, width: facts.width, height: facts.height, hasLocation: false, locationRemoved: true } : each,
      );
      const next = replace(draft, attachments);
      if (id !== attachment.id) collect(attachment.id);
      return changed(next);
    },

    async saveCopy(request) {
      if (!chooseSavePath) throw new ServiceError('not-allowed', IMAGE_MESSAGES.saveUnavailable);
      const { attachment } = locate(request);
      const bytes = bytesOf(attachment);
      const clean = removeMetadata(bytes);
      const path = await chooseSavePath(cleanCopyName(attachment.name, formatOf(attachment, bytes)));
      if (!path) return { saved: false, fileName: null };
      try {
        writeFileSync(path, clean);
      } catch (error) {
        throw new ServiceError('storage', IMAGE_MESSAGES.saveFailed(error instanceof Error ? error.message : String(error)));
      }
      return { saved: true, fileName: basename(path) };
    },

    forget(draft) {
      for (const attachment of draft.attachments) collect(attachment.id);
    },
  };
}
