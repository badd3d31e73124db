import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createFileCipher } from '../../../main/services/file-cipher.js';
import { firstLineOf, foldForSearch } from '../../../main/services/history-service.js';
import { SHARD_CAPACITY } from '../../../main/services/history-shards.js';
import type { Draft } from '../../../src/bridge/contract.js';
import { draftRequest, makeApp } from '../helpers/app.js';
import { createConfStoreFactory, TEST_KEY } from '../helpers/conf-store.js';
import { createFakeClock, DAY, MINUTE } from '../helpers/fake-clock.js';
import { makeDraft, seedHistory } from '../helpers/seed-history.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const cipher = createFileCipher(TEST_KEY);

/** What a shard file holds on disk, decrypted. */
function readShard(dir: string, key: string): { drafts: Record<string, Draft>; __internal__?: unknown } {
  return cipher.deserialize(readFileSync(join(dir, `history-${key}.json`), 'utf8')) as { drafts: Record<string, Draft> };
}

const query = (overrides: Record<string, unknown> = {}) => ({ offset: 0, limit: 50, ...overrides });

describe('saving drafts', () => {
  test('saves a new draft and reads it back whole', () => {
    const { services } = makeApp(tempDir());
    const saved = services.methods.saveDraft(draftRequest({ platforms: ['x', 'facebook'], postAt: '2026-11-21T09:00:00.000Z' }));
    expect(services.history.get(saved.id)).toEqual({
      id: 'id-000001',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      text: 'Gritters are out tonight on the A14.',
      platforms: ['x', 'facebook'],
      capacity: 'councillor',
      postAt: '2026-11-21T09:00:00.000Z',
      attachments: [],
      status: 'checked',
      decisions: [],
      copies: [],
    });
  });

  test('autosave updates the same draft in place and keeps when it was started', () => {
    const { services, clock } = makeApp(tempDir());
    const first = services.history.save(draftRequest({ text: 'Gritters are out' }));
    clock.advance(2 * MINUTE);
    services.history.save(draftRequest({ id: first.id, text: 'Gritters are out tonight on the A14.' }));
    expect(services.history.list(query())).toEqual({
      items: [{ id: first.id, firstLine: 'Gritters are out tonight on the A14.', platforms: ['x'], capacity: 'councillor', status: 'checked', updatedAt: '2026-11-20T10:02:00.000Z' }],
      total: 1,
    });
    expect(services.history.get(first.id).createdAt).toBe('2026-11-20T10:00:00.000Z');
  });

  test('an autosave with nothing changed does not rewrite the file', () => {
    const dir = tempDir();
    const { services, clock } = makeApp(dir);
    const first = services.history.save(draftRequest());
    const before = readFileSync(join(dir, 'history-2026-11.json'), 'utf8');
    clock.advance(MINUTE);
    expect(services.history.save(draftRequest({ id: first.id }))).toEqual(first);
    expect(readFileSync(join(dir, 'history-2026-11.json'), 'utf8')).toBe(before);
  });

  test('a draft saved with an id the history does not know is kept under that id', () => {
    const { services } = makeApp(tempDir());
    services.history.save(draftRequest({ id: 'from-the-window-1' }));
    expect(services.history.get('from-the-window-1').text).toBe('Gritters are out tonight on the A14.');
  });

  test('status: nothing to decide is checked, findings make it a draft, a decision for each clears it', () => {
    const { services } = makeApp(tempDir());
    const calm = services.history.save(draftRequest({ text: 'Surgery this Saturday at the library, 10 to 12.' }));
    const rude = services.history.save(draftRequest({ text: 'What an idiot.' }));
    const empty = services.history.save(draftRequest({ text: '   ' }));
    const findings = services.packs.checker().check('What an idiot.', { capacity: 'councillor', platform: 'x', at: '2026-11-20T10:00:00.000Z' });
    const acknowledged = services.history.save(
      draftRequest({
        id: rude.id,
        text: 'What an idiot.',
        decisions: findings.map((finding) => ({ findingKey: `${finding.ruleId}|${finding.messageId}|${finding.excerpt}`, kind: 'acknowledged' as const })),
      }),
    );
    expect([calm.status, rude.status, empty.status, acknowledged.status]).toEqual(['checked', 'draft', 'draft', 'checked']);
  });

  test('drafts are sealed at rest: the words are not in the file, which only its owner may read', () => {
    const dir = tempDir();
    const { services } = makeApp(dir);
    services.history.save(draftRequest({ text: 'Project Kestrel is going to the leisure trust.' }));
    const raw = readFileSync(join(dir, 'history-2026-11.json'), 'utf8');
    expect({ sealed: raw.startsWith('PCE1.'), leaks: raw.includes('Kestrel'), mode: statSync(join(dir, 'history-2026-11.json')).mode & 0o777 }).toEqual({
      sealed: true,
      leaks: false,
      mode: 0o600,
    });
  });
});

describe('listing and searching', () => {
  function threeDrafts() {
    const app = makeApp(tempDir());
    const { history } = app.services;
    const a = history.save(draftRequest({ text: 'Café opening on Mill Road.\nCome along!', platforms: ['facebook'] }));
    app.clock.advance(DAY);
    const b = history.save(draftRequest({ text: 'I’ll be at the Mill Road surgery on Saturday.', platforms: ['x', 'bluesky'] }));
    app.clock.advance(DAY);
    const c = history.save(draftRequest({ text: 'What an idiot the leader is.', platforms: ['x'] }));
    return { ...app, ids: { a: a.id, b: b.id, c: c.id } };
  }

  test('lists newest first with the first line of each', () => {
    const { services, ids } = threeDrafts();
    expect(services.history.list(query()).items.map((item) => [item.id, item.firstLine])).toEqual([
      [ids.c, 'What an idiot the leader is.'],
      [ids.b, 'I’ll be at the Mill Road surgery on Saturday.'],
      [ids.a, 'Café opening on Mill Road.'],
    ]);
  });

  test('an edit moves a draft to the top; an undone deletion goes back to its place', () => {
    const { services, clock, ids } = threeDrafts();
    const order = () => services.history.list(query()).items.map((item) => item.id);
    const before = order();
    clock.advance(DAY);
    services.history.save(draftRequest({ id: ids.a, text: 'Café opening on Mill Road, now on Friday.', platforms: ['facebook'] }));
    const afterEdit = order();
    services.history.remove(ids.b);
    services.history.undoDelete(ids.b);
    expect({ before, afterEdit, afterUndo: order() }).toEqual({ before: [ids.c, ids.b, ids.a], afterEdit: [ids.a, ids.c, ids.b], afterUndo: [ids.a, ids.c, ids.b] });
  });

  test('full-text search ignores case, accents and curly quotes, and needs every word', () => {
    const { services, ids } = threeDrafts();
    const found = (text: string) => services.history.list(query({ text })).items.map((item) => item.id);
    expect({ mill: found('MILL road'), cafe: found('cafe'), ill: found("I'll"), both: found('mill saturday'), none: found('mill leader') }).toEqual({
      mill: [ids.b, ids.a],
      cafe: [ids.a],
      ill: [ids.b],
      both: [ids.b],
      none: [],
    });
  });

  test('filters by status, platform and date, each alone and together', () => {
    const { services, ids } = threeDrafts();
    const found = (filters: Record<string, unknown>) => services.history.list(query(filters)).items.map((item) => item.id);
    expect({
      draft: found({ status: 'draft' }),
      x: found({ platform: 'x' }),
      facebook: found({ platform: 'facebook' }),
      from: found({ from: '2026-11-21' }),
      to: found({ to: '2026-11-21' }),
      day: found({ from: '2026-11-21', to: '2026-11-21' }),
      together: found({ platform: 'x', status: 'checked', text: 'mill' }),
    }).toEqual({
      draft: [ids.c],
      x: [ids.c, ids.b],
      facebook: [ids.a],
      from: [ids.c, ids.b],
      to: [ids.b, ids.a],
      day: [ids.b],
      together: [ids.b],
    });
  });

  test('pages through results and counts every match', () => {
    const { services, ids } = threeDrafts();
    expect(services.history.list(query({ offset: 1, limit: 1 }))).toEqual({ items: [expect.objectContaining({ id: ids.b })], total: 3 });
  });

  test('refuses a "from" date after the "to" date, saying so', () => {
    const { services } = threeDrafts();
    expect(() => services.history.list(query({ from: '2026-11-22', to: '2026-11-20' }))).toThrow(
      expect.objectContaining({ code: 'invalid-request', message: 'The “from” date is after the “to” date. Swap them round and search again.' }),
    );
  });

  test('the first line skips blank lines and is cut short with an ellipsis', () => {
    expect([firstLineOf('\n\n  Hello   there \nsecond'), firstLineOf('x'.repeat(150)).length, firstLineOf('')]).toEqual(['Hello there', 100, '']);
  });

  test('search folding', () => {
    expect(foldForSearch('Ça “Roule” I’ll')).toBe('ca "roule" i\'ll');
  });
});

describe('shards', () => {
  test('files drafts by the month they were started, and an edit in a later month stays put', () => {
    const dir = tempDir();
    const clock = createFakeClock('2026-11-30T23:50:00Z');
    const { services } = makeApp(dir, { clock });
    const november = services.history.save(draftRequest({ text: 'Late November draft' }));
    clock.set('2026-12-01T00:10:00Z');
    services.history.save(draftRequest({ id: november.id, text: 'Edited in December' }));
    const december = services.history.save(draftRequest({ text: 'December draft' }));
    expect({
      files: readdirSync(dir).filter((name) => name.startsWith('history-2')).sort(),
      november: Object.keys(readShard(dir, '2026-11').drafts),
      december: Object.keys(readShard(dir, '2026-12').drafts),
      edited: readShard(dir, '2026-11').drafts[november.id]?.text,
    }).toEqual({ files: ['history-2026-11.json', 'history-2026-12.json'], november: [november.id], december: [december.id], edited: 'Edited in December' });
  });

  test('a full month continues in a second file, and an autosave rewrites only its own file', () => {
    const dir = tempDir();
    const createStore = createConfStoreFactory({ encryptionKey: TEST_KEY });
    const seeded = Array.from({ length: SHARD_CAPACITY }, (_, index) =>
      makeDraft({ id: `seed-${String(index).padStart(5, '0')}`, createdAt: '2026-11-02T09:00:00.000Z', text: `Seeded draft ${index}` }),
    );
    seedHistory(dir, createStore, seeded);
    const { services } = makeApp(dir);
    const firstFile = readFileSync(join(dir, 'history-2026-11.json'), 'utf8');
    const fresh = services.history.save(draftRequest({ text: 'One more in November' }));
    services.history.save(draftRequest({ id: fresh.id, text: 'One more in November, edited' }));
    expect({
      second: Object.keys(readShard(dir, '2026-11-2').drafts),
      firstUntouched: readFileSync(join(dir, 'history-2026-11.json'), 'utf8') === firstFile,
      total: services.history.list(query()).total,
    }).toEqual({ second: [fresh.id], firstUntouched: true, total: SHARD_CAPACITY + 1 });
  });

  test('the index records each shard and how many drafts it holds', () => {
    const dir = tempDir();
    const { services, clock } = makeApp(dir);
    services.history.save(draftRequest());
    services.history.save(draftRequest());
    clock.advance(20 * DAY);
    const last = services.history.save(draftRequest());
    const index = JSON.parse(readFileSync(join(dir, 'history-index.json'), 'utf8'));
    expect(index).toEqual({ shards: { '2026-11': { count: 2 }, '2026-12': { count: 1 } }, lastDraftId: last.id, __internal__: { migrations: { version: '1.0.0' } } });
  });
});

describe('delete, undo and duplicate', () => {
  test('delete takes the draft out of the file; undo puts it back exactly as it was', () => {
    const dir = tempDir();
    const { services } = makeApp(dir);
    const saved = services.history.save(draftRequest());
    const before = services.history.get(saved.id);
    services.history.remove(saved.id);
    const afterDelete = { onDisk: Object.keys(readShard(dir, '2026-11').drafts), listed: services.history.list(query()).total };
    const restored = services.history.undoDelete(saved.id);
    expect({ afterDelete, restored, onDisk: readShard(dir, '2026-11').drafts[saved.id] }).toEqual({
      afterDelete: { onDisk: [], listed: 0 },
      restored: before,
      onDisk: before,
    });
  });

  test('only the most recent deletion can be undone', () => {
    const { services } = makeApp(tempDir());
    const first = services.history.save(draftRequest({ text: 'first' }));
    const second = services.history.save(draftRequest({ text: 'second' }));
    services.history.remove(first.id);
    services.history.remove(second.id);
    expect(() => services.history.undoDelete(first.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(services.history.undoDelete(second.id).text).toBe('second');
  });

  test('a deletion cannot be undone after the app closes', () => {
    const dir = tempDir();
    const first = makeApp(dir);
    const saved = first.services.history.save(draftRequest());
    first.services.history.remove(saved.id);
    first.services.close();
    expect(() => first.services.history.undoDelete(saved.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => makeApp(dir).services.history.undoDelete(saved.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  test('deleting a draft that does not exist says so', () => {
    const { services } = makeApp(tempDir());
    expect(() => services.history.remove('no-such-draft')).toThrow(
      expect.objectContaining({ code: 'not-found', message: 'That draft could not be found. It may have been deleted.' }),
    );
  });

  test('duplicate makes a new draft with the same words and a fresh record', () => {
    const { services, clock } = makeApp(tempDir());
    const text = 'Surgery this Saturday at the library.';
    const source = services.history.save(draftRequest({ text, platforms: ['x', 'threads'], capacity: 'personal', decisions: [{ findingKey: 'a|b|c', kind: 'acknowledged' }] }));
    clock.advance(DAY);
    const copy = services.history.duplicate(source.id);
    expect(copy).toEqual({
      id: 'id-000002',
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      text,
      platforms: ['x', 'threads'],
      capacity: 'personal',
      postAt: null,
      attachments: [],
      status: 'checked',
      decisions: [],
      copies: [],
    });
    expect(services.history.lastDraftId()).toBe(copy.id);
  });
});

describe('after a restart', () => {
  test('every draft is still there and the last one open is reopened', () => {
    const dir = tempDir();
    const first = makeApp(dir);
    const a = first.services.history.save(draftRequest({ text: 'first' }));
    first.clock.advance(MINUTE);
    const b = first.services.history.save(draftRequest({ text: 'second' }));
    first.services.methods.getDraft({ id: a.id });
    first.services.close();

    const second = makeApp(dir);
    expect({ drafts: second.services.history.all(), last: second.services.methods.getAppState().lastDraftId }).toEqual({
      drafts: first.services.history.all(),
      last: a.id,
    });
    expect(second.services.history.all().map((draft) => draft.id)).toEqual([b.id, a.id]);
  });

  test('deleting the draft that was open means nothing is reopened', () => {
    const dir = tempDir();
    const first = makeApp(dir);
    const saved = first.services.history.save(draftRequest());
    first.services.history.remove(saved.id);
    expect(makeApp(dir).services.history.lastDraftId()).toBeNull();
  });
});

describe('damaged files', () => {
  const damage = {
    'not JSON': '{"drafts": {',
    'altered after sealing': 'PCE1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA',
    'the wrong shape': JSON.stringify({ drafts: { 'bad-draft-1': { id: 'bad-draft-1', text: 42 } } }),
  };

  test.each(Object.entries(damage))('a month that is %s is moved aside, the councillor is told, and other months are untouched', (_kind, contents) => {
    const dir = tempDir();
    const first = makeApp(dir, { clock: createFakeClock('2026-10-15T12:00:00Z') });
    const october = first.services.history.save(draftRequest({ text: 'October draft' }));
    first.clock.set('2026-11-05T12:00:00Z');
    first.services.history.save(draftRequest({ text: 'November draft' }));
    writeFileSync(join(dir, 'history-2026-11.json'), contents);

    const clock = createFakeClock('2026-11-23T10:15:00Z');
    const second = makeApp(dir, { clock });
    const keptAs = join(dir, 'history-2026-11.corrupt-20261123T101500Z.json');
    const fresh = second.services.history.save(draftRequest({ text: 'Written after the damage' }));
    expect({
      notices: second.services.methods.getAppState().notices,
      kept: readFileSync(keptAs, 'utf8'),
      listed: second.services.history.list(query()).items.map((item) => item.firstLine),
      october: second.services.history.get(october.id).text,
      saved: readShard(dir, '2026-11').drafts[fresh.id]?.text,
    }).toEqual({
      notices: [`Your drafts from November 2026 could not be read. The damaged file was kept as ${keptAs}. Everything else is safe.`],
      kept: contents,
      listed: ['Written after the damage', 'October draft'],
      october: 'October draft',
      saved: 'Written after the damage',
    });
  });

  test('a month the index lists but whose file is missing is reported and not written over', () => {
    const dir = tempDir();
    const first = makeApp(dir);
    first.services.history.save(draftRequest({ text: 'one' }));
    first.services.history.save(draftRequest({ text: 'two' }));
    rmSync(join(dir, 'history-2026-11.json'));

    const second = makeApp(dir);
    const saved = second.services.history.save(draftRequest({ text: 'three' }));
    expect({
      notices: second.services.methods.getAppState().notices,
      recreated: existsSync(join(dir, 'history-2026-11.json')),
      savedIn: Object.keys(readShard(dir, '2026-11-2').drafts),
    }).toEqual({
      notices: ['2 drafts from November 2026 could not be found: the file that held them is missing. Everything else is safe.'],
      recreated: false,
      savedIn: [saved.id],
    });
  });

  test('a damaged index is moved aside and rebuilt from the drafts, losing none', () => {
    const dir = tempDir();
    const first = makeApp(dir);
    const saved = first.services.history.save(draftRequest());
    writeFileSync(join(dir, 'history-index.json'), 'not json at all');
    const second = makeApp(dir, { clock: createFakeClock('2026-11-23T10:15:00Z') });
    expect({ notices: second.services.notices, drafts: second.services.history.all().map((draft) => draft.id) }).toEqual({
      notices: [
        `The list of your drafts could not be read, so it was rebuilt from the drafts themselves. The damaged file was kept as ${join(dir, 'history-index.corrupt-20261123T101500Z.json')}. No drafts were lost.`,
      ],
      drafts: [saved.id],
    });
  });
});

describe('migrations', () => {
  test('a month written before layouts were versioned is brought up to date when opened', () => {
    const dir = tempDir();
    const old = { id: 'older-draft-1', createdAt: '2026-10-01T09:00:00.000Z', updatedAt: '2026-10-01T09:00:00.000Z', text: 'From an earlier layout', platforms: ['x'], capacity: 'personal', postAt: null, status: 'draft' };
    writeFileSync(join(dir, 'history-2026-10.json'), JSON.stringify({ drafts: { [old.id]: old } }));
    const { services } = makeApp(dir);
    expect({ draft: services.history.get(old.id), file: readShard(dir, '2026-10') }).toEqual({
      draft: { ...old, attachments: [], decisions: [], copies: [] },
      file: { drafts: { [old.id]: { ...old, attachments: [], decisions: [], copies: [] } }, __internal__: { migrations: { version: '1.0.0' } } },
    });
  });
});
