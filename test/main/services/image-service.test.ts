import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createDispatch } from '../../../main/dispatch.js';
import { cleanCopyName, cleanImageName } from '../../../main/services/image-service.js';
import { imageIdOf } from '../../../main/services/image-store.js';
import { MAX_IMAGE_BYTES, readImageFacts } from '../../../src/image/index.js';
import { draftRequest, makeApp, type TestApp } from '../helpers/app.js';
import { jpegWithLocation, pngOf, thumbnailOf } from '../helpers/images.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

interface Setup extends TestApp {
  readonly draftId: string;
  readonly saved: string[];
  /** Calls a method through dispatch, as the window does: `{ ok, value }` or `{ ok, error }`. */
  invoke(method: string, request: unknown): Promise<any>;
  attach(bytes: Uint8Array, name?: string, extra?: object): Promise<any>;
}

function setUp(options: { chooseSavePath?: (name: string) => Promise<string | null> } = {}): Setup {
  const saved: string[] = [];
  const app = makeApp(tempDir(), options.chooseSavePath ? { chooseSavePath: options.chooseSavePath } : {});
  const draftId = app.services.history.save(draftRequest({ text: 'Great turnout at the Mill Road litter pick this morning.' })).id;
  const dispatch = createDispatch(app.services, { onInternalError: (error) => saved.push(`internal: ${String(error)}`) });
  const invoke = (method: string, request: unknown) => dispatch(`pc:${method}`, request) as Promise<any>;
  return {
    ...app,
    draftId,
    saved,
    invoke,
    attach: async (bytes, name = 'litter-pick.png', extra = {}) =>
      invoke('attachImage', { draftId, name, dataBase64: Buffer.from(bytes).toString('base64'), thumbnail: await thumbnailOf(bytes), ...extra }),
  };
}

function imageFiles(dataDir: string): string[] {
  const dir = join(dataDir, 'images');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

describe('attaching a picture', () => {
  test('keeps it with the draft, with what main read from the bytes itself, and seals the file', async () => {
    const app = setUp();
    const png = await pngOf(64, 48);
    const answer = await app.attach(png, 'C:\\Users\\jane\\Pictures\\litter-pick.png', { logoMatches: [], scannedFor: 'members-code@1' });
    const id = imageIdOf(png);
    expect(answer).toEqual({
      ok: true,
      value: {
        attachments: [
          {
            kind: 'image',
            id,
            name: 'litter-pick.png',
            mediaType: 'image/png',
            width: 64,
            height: 48,
            bytes: png.length,
            hasLocation: false,
            thumbnail: expect.stringMatching(/^data:image\/jpeg;base64,/),
            logoMatches: [],
            scannedFor: 'members-code@1',
          },
        ],
        status: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
    expect(app.services.history.get(app.draftId).attachments).toEqual(answer.value.attachments);
    const file = readFileSync(join(app.dataDir, 'images', `${id}.img`));
    expect({ files: imageFiles(app.dataDir), sealed: file.subarray(0, 4).toString('ascii'), plain: file.includes(png.subarray(16, 48)) }).toEqual({ files: [`${id}.img`], sealed: 'PCB1', plain: false });
  });

  test.each([
    ['a damaged file', () => Promise.resolve(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 0x41)]))],
    ['a file cut short', async () => (await pngOf(64, 48)).subarray(0, 40)],
    ['a file that is not a picture', () => Promise.resolve(Buffer.from('%PDF-1.7 minutes of the planning committee'))],
    ['an empty file', () => Promise.resolve(Buffer.alloc(0))],
  ])('refuses %s in main, in one sentence, and leaves the draft as it was', async (_label, make) => {
    const app = setUp();
    const before = app.services.history.get(app.draftId);
    const answer = await app.invoke('attachImage', {
      draftId: app.draftId,
      name: 'upload.png',
      dataBase64: (await make()).toString('base64'),
      thumbnail: await thumbnailOf(await pngOf(8, 8)),
    });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('image-refused');
    expect(answer.error.message).toMatch(/^[A-Z][^\n]*\.$/);
    expect({ draft: app.services.history.get(app.draftId), files: imageFiles(app.dataDir) }).toEqual({ draft: before, files: [] });
  });

  test('refuses a picture of more than 50 megapixels, saying how big it is', async () => {
    const app = setUp();
    const huge = await pngOf(8000, 7000);
    const answer = await app.attach(huge, 'poster.png');
    expect({ code: answer.error?.code, says: /56 megapixels/.test(answer.error?.message ?? ''), pictures: app.services.history.get(app.draftId).attachments }).toEqual({
      code: 'image-refused',
      says: true,
      pictures: [],
    });
  });

  test('refuses a file over the byte limit before reading it', async () => {
    const app = setUp();
    const tooBig = Buffer.alloc(MAX_IMAGE_BYTES + 524_288, 0);
    (await pngOf(8, 8)).copy(tooBig);
    const answer = await app.attach(tooBig, 'scan.png');
    expect(answer).toEqual({ ok: false, error: { code: 'image-refused', message: 'This picture is 30.5 MB, but the largest picture accepted is 30 MB, so it was not attached.' } });
  });

  test('refuses a preview that is not a picture, and a request the contract does not allow', async () => {
    const app = setUp();
    const png = await pngOf();
    const fake = `data:image/jpeg;base64,${Buffer.from('not a picture at all').toString('base64')}`;
    expect((await app.invoke('attachImage', { draftId: app.draftId, name: 'a.png', dataBase64: png.toString('base64'), thumbnail: fake })).error).toEqual({
      code: 'image-refused',
      message: 'The picture’s preview could not be made, so it was not attached. Try attaching it again.',
    });
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`;
    expect((await app.invoke('attachImage', { draftId: app.draftId, name: 'a.png', dataBase64: png.toString('base64'), thumbnail: svg })).error.code).toBe('invalid-request');
    expect((await app.invoke('attachImage', { draftId: app.draftId, name: 'a.png', dataBase64: 'not base64!', thumbnail: await thumbnailOf(png) })).error.code).toBe('invalid-request');
    expect((await app.attach(png, 'a.png', { hasLocation: false })).error.code).toBe('invalid-request');
  });

  test('takes up to 4 pictures and refuses a fifth, or the same picture twice', async () => {
    const app = setUp();
    for (let n = 0; n < 4; n++) expect((await app.attach(await pngOf(40 + n, 30), `p${n}.png`)).ok).toBe(true);
    expect((await app.attach(await pngOf(50, 30), 'p5.png')).error).toEqual({
      code: 'image-refused',
      message: 'This post already has 4 pictures, the most X and Bluesky take on one post. Remove one to add another.',
    });
    const other = setUp();
    const png = await pngOf();
    await other.attach(png, 'first.png');
    expect((await other.attach(png, 'again.png')).error).toEqual({ code: 'image-refused', message: '“again.png” is already attached to this post.' });
  });

  test('refuses a picture for a draft that does not exist', async () => {
    const app = setUp();
    const answer = await app.invoke('attachImage', { draftId: 'no-such-draft', name: 'a.png', dataBase64: (await pngOf()).toString('base64'), thumbnail: await thumbnailOf(await pngOf()) });
    expect(answer.error.code).toBe('not-found');
  });
});

describe('a photo that records where it was taken', () => {
  test('is marked as carrying a location, and the check warns about it', async () => {
    const app = setUp();
    const answer = await app.attach(await jpegWithLocation(), 'IMG_0042.jpg');
    const [picture] = answer.value.attachments;
    const findings = app.services.packs.checker().check('At the surgery today.', { attachments: app.services.history.get(app.draftId).attachments });
    expect({ hasLocation: picture.hasLocation, mediaType: picture.mediaType, finding: findings.find((finding) => finding.attachment?.index === 0)?.category }).toEqual({
      hasLocation: true,
      mediaType: 'image/jpeg',
      finding: 'safety',
    });
  });

  test('"Remove location" replaces the draft’s copy with one without its metadata, and deletes the original', async () => {
    const app = setUp();
    const photo = await jpegWithLocation();
    const attached = (await app.attach(photo, 'IMG_0042.jpg', { altText: 'Litter pickers by the river' })).value.attachments[0];
    const answer = await app.invoke('removeImageLocation', { draftId: app.draftId, id: attached.id });
    const [clean] = answer.value.attachments;
    const stored = (await app.invoke('readImage', { draftId: app.draftId, id: clean.id })).value;
    const bytes = Buffer.from(stored.dataBase64, 'base64');
    expect({
      changed: clean.id !== attached.id,
      hasLocation: clean.hasLocation,
      locationRemoved: clean.locationRemoved,
      kept: [clean.name, clean.altText, clean.thumbnail === attached.thumbnail],
      location: readImageFacts(bytes).location,
      metadata: readImageFacts(bytes).hasMetadata,
      files: imageFiles(app.dataDir),
      findings: app.services.packs.checker().check('At the surgery today.', { attachments: app.services.history.get(app.draftId).attachments }).filter((finding) => finding.attachment),
    }).toEqual({
      changed: true,
      hasLocation: false,
      locationRemoved: true,
      kept: ['IMG_0042.jpg', 'Litter pickers by the river', true],
      location: null,
      metadata: false,
      files: [`${clean.id}.img`],
      findings: [],
    });
  });

  test('keeps the original while another draft still has it', async () => {
    const app = setUp();
    const attached = (await app.attach(await jpegWithLocation(), 'IMG_0042.jpg')).value.attachments[0];
    app.services.history.duplicate(app.draftId);
    const clean = (await app.invoke('removeImageLocation', { draftId: app.draftId, id: attached.id })).value.attachments[0];
    expect(imageFiles(app.dataDir)).toEqual([`${attached.id}.img`, `${clean.id}.img`].sort());
  });

  test('"Remove location" on a picture without one is refused', async () => {
    const app = setUp();
    const attached = (await app.attach(await pngOf())).value.attachments[0];
    expect((await app.invoke('removeImageLocation', { draftId: app.draftId, id: attached.id })).error.code).toBe('image-refused');
  });

  test('"Save a copy without location" writes a clean file where the councillor chooses, and only its name comes back', async () => {
    const folder = tempDir();
    const asked: string[] = [];
    const app = setUp({
      chooseSavePath: async (name) => {
        asked.push(name);
        return join(folder, name);
      },
    });
    const attached = (await app.attach(await jpegWithLocation(), 'IMG_0042.jpeg')).value.attachments[0];
    const answer = await app.invoke('saveImageCopy', { draftId: app.draftId, id: attached.id });
    const written = readFileSync(join(folder, 'IMG_0042-no-location.jpg'));
    expect({ answer, asked, location: readImageFacts(written).location, draft: app.services.history.get(app.draftId).attachments[0]?.hasLocation }).toEqual({
      answer: { ok: true, value: { saved: true, fileName: 'IMG_0042-no-location.jpg' } },
      asked: ['IMG_0042-no-location.jpg'],
      location: null,
      draft: true,
    });
  });

  test('saving a copy can be cancelled, and is refused where there is no save dialog', async () => {
    const cancelled = setUp({ chooseSavePath: async () => null });
    const picture = (await cancelled.attach(await jpegWithLocation())).value.attachments[0];
    expect(await cancelled.invoke('saveImageCopy', { draftId: cancelled.draftId, id: picture.id })).toEqual({ ok: true, value: { saved: false, fileName: null } });

    const none = setUp();
    const other = (await none.attach(await jpegWithLocation())).value.attachments[0];
    expect((await none.invoke('saveImageCopy', { draftId: none.draftId, id: other.id })).error.code).toBe('not-allowed');
  });
});

describe('reading, changing and removing pictures', () => {
  test('gives the picture’s bytes back to the window', async () => {
    const app = setUp();
    const png = await pngOf();
    const { id } = (await app.attach(png)).value.attachments[0];
    expect(await app.invoke('readImage', { draftId: app.draftId, id })).toEqual({ ok: true, value: { id, mediaType: 'image/png', dataBase64: png.toString('base64') } });
  });

  test('a damaged picture file is moved aside and reported; the draft still opens with its words and preview', async () => {
    const app = setUp();
    const { id } = (await app.attach(await pngOf())).value.attachments[0];
    const path = join(app.dataDir, 'images', `${id}.img`);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(path, bytes);
    const answer = await app.invoke('readImage', { draftId: app.draftId, id });
    expect(answer.error.code).toBe('storage');
    expect(answer.error.message).toMatch(/^The saved copy of “litter-pick\.png” is damaged, so it was kept aside as .*\.corrupt-\d{8}T\d{6}Z\.img\. Your draft and its words are safe/);
    const draft = await app.invoke('getDraft', { id: app.draftId });
    expect({ ok: draft.ok, text: draft.value.text, preview: draft.value.attachments[0].thumbnail.startsWith('data:image/jpeg'), notice: app.services.notices.includes(answer.error.message) }).toEqual({
      ok: true,
      text: 'Great turnout at the Mill Road litter pick this morning.',
      preview: true,
      notice: true,
    });
    expect(imageFiles(app.dataDir)).toEqual([expect.stringMatching(new RegExp(`^${id}\\.corrupt-`))]);
  });

  test('the window saves a description and the logos it found, but cannot change what main read', async () => {
    const app = setUp();
    const { id } = (await app.attach(await pngOf())).value.attachments[0];
    const save = (images: unknown) => app.invoke('saveDraft', { ...draftRequest({ text: 'Great turnout.' }), id: app.draftId, images });
    const logo = { logo: 'Northbridge crest', box: { x: 0.1, y: 0.1, width: 0.3, height: 0.3 }, score: 0.8 };
    expect((await save([{ id, altText: 'Six volunteers with litter pickers', logoMatches: [logo], scannedFor: 'abc' }, { id: 'f'.repeat(64), altText: 'gone' }])).ok).toBe(true);
    expect(app.services.history.get(app.draftId).attachments[0]).toEqual(expect.objectContaining({ altText: 'Six volunteers with litter pickers', logoMatches: [logo], scannedFor: 'abc', hasLocation: false }));
    expect((await save([{ id, hasLocation: true }])).error.code).toBe('invalid-request');
    await save([{ id, altText: '  ' }]);
    expect(app.services.history.get(app.draftId).attachments[0]).not.toHaveProperty('altText');
  });

  test('removing a picture deletes its file unless another draft has it', async () => {
    const app = setUp();
    const first = (await app.attach(await pngOf(40, 30), 'a.png')).value.attachments[0];
    const second = (await app.attach(await pngOf(50, 30), 'b.png')).value.attachments[1];
    app.services.history.duplicate(app.draftId);
    const answer = await app.invoke('removeImage', { draftId: app.draftId, id: first.id });
    expect(answer.value.attachments.map((picture: { name: string }) => picture.name)).toEqual(['b.png']);
    expect(imageFiles(app.dataDir)).toEqual([`${first.id}.img`, `${second.id}.img`].sort());

    const alone = setUp();
    const only = (await alone.attach(await pngOf())).value.attachments[0];
    await alone.invoke('removeImage', { draftId: alone.draftId, id: only.id });
    expect({ files: imageFiles(alone.dataDir), again: (await alone.invoke('removeImage', { draftId: alone.draftId, id: only.id })).error.code }).toEqual({ files: [], again: 'not-found' });
  });

  test('a deleted draft keeps its pictures while it can be restored, and they go when it no longer can', async () => {
    const app = setUp();
    const { id } = (await app.attach(await pngOf())).value.attachments[0];
    app.services.methods.deleteDraft({ id: app.draftId });
    expect(imageFiles(app.dataDir)).toEqual([`${id}.img`]);
    app.services.methods.undoDelete({ id: app.draftId });
    expect((await app.invoke('readImage', { draftId: app.draftId, id })).ok).toBe(true);

    // Another deletion ends the chance to undo the first.
    const other = app.services.history.save(draftRequest({ text: 'Another draft.' })).id;
    app.services.methods.deleteDraft({ id: app.draftId });
    expect(imageFiles(app.dataDir)).toEqual([`${id}.img`]);
    app.services.methods.deleteDraft({ id: other });
    expect(imageFiles(app.dataDir)).toEqual([]);
  });

  test('pictures of a draft deleted just before the app closes go as it closes', async () => {
    const app = setUp();
    await app.attach(await pngOf());
    app.services.methods.deleteDraft({ id: app.draftId });
    app.services.close();
    expect(imageFiles(app.dataDir)).toEqual([]);
  });

  test('lists each draft’s pictures with the drafts', async () => {
    const app = setUp();
    await app.attach(await pngOf(), 'litter-pick.png', { altText: 'Volunteers' });
    const page = app.services.methods.listDrafts({ offset: 0, limit: 50 });
    expect(page.items[0]?.pictures).toEqual([{ name: 'litter-pick.png', altText: 'Volunteers', thumbnail: expect.stringMatching(/^data:image\/jpeg;base64,/) }]);
  });
});

describe('names', () => {
  test.each([
    ['C:\\Users\\jane\\Pictures\\ward walk.jpg', 'ward walk.jpg'],
    ['/home/jane/leaflet.png', 'leaflet.png'],
    ['  \u0007\u202Egnp.exe ', 'gnp.exe'],
    ['', 'picture'],
  ])('keeps only the file’s own name: %j → %j', (name, clean) => {
    expect(cleanImageName(name)).toBe(clean);
  });

  test('suggests a name for the copy without location', () => {
    expect([cleanCopyName('IMG_0042.JPEG', 'jpeg'), cleanCopyName('poster', 'png'), cleanCopyName(undefined, 'webp')]).toEqual(['IMG_0042-no-location.jpg', 'poster-no-location.png', 'picture-no-location.webp']);
  });
});
