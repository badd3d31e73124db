import { describe, expect, test } from 'vitest';
import type { Attachment } from '../../../src/checks/types.js';
import {
  engineAttachments,
  findingHeading,
  findingLabel,
  findingsByPicture,
  fitWithin,
  imageEdits,
  mergePictures,
  needsScan,
  ownName,
  pastedName,
  pictureLabel,
  thumbnailAlt,
} from '../../../renderer/logic/images.js';

const ID_A = 'a'.repeat(64);
const ID_B = 'b'.repeat(64);
const CREST = { logo: 'County crest', box: { x: 0.1, y: 0.2, width: 0.3, height: 0.3 }, score: 0.9 };

function picture(overrides: Partial<Attachment> = {}): Attachment {
  return { kind: 'image', id: ID_A, name: 'leaflet.jpg', mediaType: 'image/jpeg', width: 800, height: 600, bytes: 1234, hasLocation: false, thumbnail: 'data:image/jpeg;base64,AAAA', logoMatches: [], ...overrides };
}

describe('labels', () => {
  test('a thumbnail is described by its alt text, or by which picture it is and that it has none yet', () => {
    const pictures = [picture(), picture({ id: ID_B, name: 'stall.png', altText: '  Volunteers at the stall ' }), picture({ name: undefined })];
    expect([0, 1, 2].map((index) => thumbnailAlt(pictures, index))).toEqual([
      'Picture 1 of 3, leaflet.jpg, no description yet',
      'Picture 2 of 3, stall.png: Volunteers at the stall',
      'Picture 3 of 3, no description yet',
    ]);
  });

  test('a finding about a picture is labelled by the picture and headed by its own kind; one about words by its words', () => {
    const pictures = [picture(), picture({ id: ID_B, name: 'stall.png' })];
    const logo = { attachment: { index: 1 }, excerpt: '', messageId: 'councilLogo', category: 'council-branding' as const };
    const words = { excerpt: 'on behalf of the council', messageId: 'speakingForCouncil', category: 'council-branding' as const };
    expect([findingLabel(logo, pictures), findingLabel(words, pictures), findingHeading(logo), findingHeading(words), pictureLabel(pictures, 0)]).toEqual([
      'Picture 2 of 2, stall.png',
      'on behalf of the council',
      'The council’s logo in a picture',
      'Speaking for the council',
      'Picture 1 of 2, leaflet.jpg',
    ]);
  });
});

describe('what goes where', () => {
  test('the engine is told names, descriptions, locations and logos, not previews or sizes', () => {
    expect(engineAttachments([picture({ altText: 'A crest', hasLocation: true, logoMatches: [CREST], scannedFor: 'abc' })])).toEqual([
      { kind: 'image', name: 'leaflet.jpg', altText: 'A crest', hasLocation: true, logoMatches: [CREST] },
    ]);
  });

  test('findings are grouped by the picture they are about; findings about words and unknown pictures are left out', () => {
    const first = { attachment: { index: 0 } };
    const second = { attachment: { index: 1 } };
    expect(findingsByPicture([first, {}, second, { attachment: { index: 5 } }, first], 2)).toEqual([[first, first], [second]]);
  });

  test('each save carries the description (blank when cleared) and scan of each stored picture', () => {
    expect(imageEdits([picture({ logoMatches: [CREST], scannedFor: 'abc' }), picture({ id: ID_B, altText: 'Stall' }), picture({ id: undefined })])).toEqual([
      { id: ID_A, altText: '', logoMatches: [CREST], scannedFor: 'abc' },
      { id: ID_B, altText: 'Stall', logoMatches: [] },
    ]);
  });

  test('main’s pictures after a change keep what the window changed of the pictures both know', () => {
    const local = [picture({ altText: 'Typed since', logoMatches: [CREST], scannedFor: 'new' }), picture({ id: ID_B })];
    const fromMain = [picture({ altText: 'Old', scannedFor: 'old', hasLocation: false, locationRemoved: true }), picture({ id: 'c'.repeat(64), name: 'new.png' })];
    expect(mergePictures(local, fromMain)).toEqual([
      picture({ altText: 'Typed since', logoMatches: [CREST], scannedFor: 'new', hasLocation: false, locationRemoved: true }),
      picture({ id: 'c'.repeat(64), name: 'new.png' }),
    ]);
  });

  test('a picture is scanned again only when the pack has changed since', () => {
    expect([needsScan({ id: ID_A, scannedFor: 'p1' }, 'p1'), needsScan({ id: ID_A, scannedFor: 'p1' }, 'p2'), needsScan({ id: ID_A }, 'p1'), needsScan({}, 'p1')]).toEqual([false, true, true, false]);
  });
});

describe('sizes and names', () => {
  test('a picture is scaled to fit its long side, keeping its shape; one that fits is left alone', () => {
    expect([fitWithin(4000, 3000, 1600), fitWithin(3000, 4000, 1600), fitWithin(1200, 900, 1600), fitWithin(10000, 10, 200)]).toEqual([
      { width: 1600, height: 1200 },
      { width: 1200, height: 1600 },
      null,
      { width: 200, height: 1 },
    ]);
  });

  test('a pasted picture (the browser calls them all image.png) gets a numbered name', () => {
    expect([ownName({ name: 'image.png' }), ownName({ name: '' }), ownName({ name: 'ward walk.jpg' }), pastedName({ type: 'image/jpeg' }, 2), pastedName({ type: 'image/webp' }, 3), pastedName({ type: '' }, 4)]).toEqual([
      null,
      null,
      'ward walk.jpg',
      'pasted-picture-2.jpg',
      'pasted-picture-3.webp',
      'pasted-picture-4.png',
    ]);
  });
});
