import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { EditablePack } from '../../../src/bridge/contract.js';
import * as checkerModule from '../../../src/engine/checker.js';
import { EXAMPLE_PACK } from '../../../src/pack/example-pack.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { bridgeOf, GOOD_PACK_TEXT, makeMoApp, refusalOf, toBase64 } from '../helpers/mo.js';
import { signedPack, testKey } from '../helpers/pack-server.js';
import { useTempDirs } from '../helpers/temp-dir.js';

vi.mock('../../../src/engine/checker.js', async (importOriginal) => {
  const original = await importOriginal<typeof checkerModule>();
  return { ...original, createChecker: vi.fn(original.createChecker) };
});

const tempDir = useTempDirs();

function moApp(dir = tempDir()) {
  const app = makeMoApp(dir);
  return { ...app, call: bridgeOf(app) };
}

/** A pack as a test edits it: any JSON object. */
type Pack = Record<string, any>;

/** The working pack with a change made to it (a structured copy). */
function edited(pack: EditablePack, change: (pack: Pack) => void): EditablePack {
  const copy = structuredClone(pack) as Pack;
  change(copy);
  return copy as EditablePack;
}

const TANNERS_LANE = { ref: '25/01234/FUL', title: 'Land east of Tanners Lane: 45 dwellings', kind: 'planning', committee: 'Planning Committee', decisionDate: '2026-12-17', keywords: ['Tanners Lane houses'] };

describe('starting and opening a working copy', () => {
  test('starts from the starter pack with the council’s name and a pack id made from it', async () => {
    const { call } = moApp();
    const copy = await call('moStart', { council: 'Northbridge District Council' });
    expect({
      id: copy.pack['id'],
      council: copy.pack['council'],
      pendingMatters: (copy.pack['pendingMatters'] as unknown[]).length,
      problems: copy.problems,
      origin: copy.origin,
      lastPublished: copy.lastPublished,
      unpublishedChanges: copy.unpublishedChanges,
    }).toEqual({
      id: 'northbridge-district-council',
      council: 'Northbridge District Council',
      pendingMatters: EXAMPLE_PACK.pendingMatters!.length,
      problems: [],
      origin: { kind: 'starter', fileName: null },
      lastPublished: null,
      unpublishedChanges: false,
    });
  });

  test('refuses a pack id that is not one, saying why', async () => {
    const { call } = moApp();
    expect(await refusalOf(call('moStart', { council: 'Northbridge District Council', id: 'Northbridge DC' }))).toEqual({
      code: 'invalid-request',
      message: '“Northbridge DC” cannot be the pack id: Use lower-case letters, digits and hyphens, for example "cambridgeshire-cc".',
    });
  });

  test('opens a plain pack file as it is', async () => {
    const { call } = moApp();
    const copy = await call('moOpenPack', { fileName: 'northbridge.json', contentBase64: toBase64(GOOD_PACK_TEXT) });
    expect({ pack: copy.pack, origin: copy.origin, problems: copy.problems }).toEqual({
      pack: JSON.parse(GOOD_PACK_TEXT),
      origin: { kind: 'file', fileName: 'northbridge.json' },
      problems: [],
    });
  });

  test('opens a signed .postcheck-pack by reading its payload', async () => {
    const { call } = moApp();
    const pack = JSON.parse(GOOD_PACK_TEXT) as Pack;
    const copy = await call('moOpenPack', { fileName: 'northbridge-dc.postcheck-pack', contentBase64: toBase64(signedPack(pack, testKey())) });
    expect([copy.pack['id'], copy.pack['version'], copy.problems]).toEqual(['northbridge-dc', 3, []]);
  });

  test('opens an invalid pack with every problem at its JSON path, as `pack validate` reports them', async () => {
    const { call } = moApp();
    const text = JSON.stringify(
      edited(JSON.parse(GOOD_PACK_TEXT) as Pack, (pack) => {
        (pack['pendingMatters'] as Pack[])[0]!['decisionDate'] = '2027-02-30';
        pack['elections'] = [{ name: 'District council elections 2027', start: '2027-05-07', pollingDay: '2027-05-06' }];
        pack['councl'] = 'typo';
      }),
    );
    const copy = await call('moOpenPack', { fileName: 'draft.json', contentBase64: toBase64(text) });
    const expected = loadPack(text);
    expect(expected.ok).toBe(false);
    expect(copy.problems).toEqual(expected.ok ? [] : expected.errors);
    expect(copy.problems.map((problem) => problem.path).sort()).toEqual(['', 'elections[0].start', 'pendingMatters[0].decisionDate']);
  });

  test('refuses a file that is not a pack, in one clear sentence', async () => {
    const { call } = moApp();
    expect(await refusalOf(call('moOpenPack', { fileName: 'minutes.docx', contentBase64: toBase64('PK\u0003\u0004 not json') }))).toEqual({
      code: 'invalid-request',
      message: '“minutes.docx” is not a rule pack: it is not readable JSON. Open the pack’s .json file or its signed .postcheck-pack file.',
    });
    expect((await refusalOf(call('moOpenPack', { fileName: 'list.json', contentBase64: toBase64('[1, 2]') }))).message).toBe('“list.json” is not a rule pack: a pack is one JSON object in { }.');
  });

  test('will not replace a working copy with unpublished changes unless told to, and then keeps it aside', async () => {
    const dir = tempDir();
    const { call } = moApp(dir);
    const first = await call('moStart', { council: 'Northbridge District Council' });
    await call('moSave', { pack: edited(first.pack, (pack) => (pack['council'] = 'Northbridge DC')) });
    const refused = await refusalOf(call('moStart', { council: 'Southbridge Borough Council' }));
    const replaced = await call('moStart', { council: 'Southbridge Borough Council', replace: true });
    expect({
      refused: refused.code,
      now: replaced.pack['council'],
      keptAside: readdirSync(dir).filter((name) => name.startsWith('mo-working-copy.replaced-')).length,
    }).toEqual({ refused: 'not-allowed', now: 'Southbridge Borough Council', keptAside: 1 });
  });
});

describe('autosave', () => {
  test('every save is kept, sealed on disk, and there the next time the app starts', async () => {
    const dir = tempDir();
    const { call } = moApp(dir);
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const saved = await call('moSave', { pack: edited(start.pack, (pack) => (pack['pendingMatters'] as unknown[]).push(TANNERS_LANE)) });
    const again = await moApp(dir).call('moGetState');
    expect({
      saved: [saved.problems, saved.unpublishedChanges],
      reopened: (again.workingCopy?.pack['pendingMatters'] as Pack[]).map((matter) => matter['ref']),
      sealed: !readFileSync(join(dir, 'mo-working-copy.json'), 'utf8').includes('Tanners Lane'),
    }).toEqual({ saved: [[], true], reopened: ['24/01234/FUL', 'LIC/25/0042', '25/01234/FUL'], sealed: true });
  });

  test('a save answers the validation problems next to their fields', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const saved = await call('moSave', { pack: edited(start.pack, (pack) => ((pack['pendingMatters'] as Pack[])[1]!['ref'] = '24/01234/FUL')) });
    expect(saved.problems).toEqual([{ path: 'pendingMatters[1].ref', message: 'Reference 24/01234/FUL is listed twice (also at pendingMatters[0]): keep one.' }]);
  });

  test('going back to the pack as opened means no unpublished changes', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    await call('moSave', { pack: edited(start.pack, (pack) => (pack['council'] = 'Changed')) });
    // Same rules with the keys in another order and defaults written out.
    const reordered = Object.fromEntries(Object.entries(start.pack).reverse());
    expect((await call('moSave', { pack: { ...reordered, logos: [] } })).unpublishedChanges).toBe(false);
  });

  test('a damaged working copy is moved aside, kept byte for byte and reported; nothing else is lost', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mo-working-copy.json'), 'PCE1.broken');
    const { call } = moApp(dir);
    const state = await call('moGetState');
    const kept = readdirSync(dir).filter((name) => name.startsWith('mo-working-copy.corrupt-'));
    expect({
      workingCopy: state.workingCopy,
      notices: state.notices.map((notice) => notice.replace(dir, '<data>')),
      kept: kept.map((name) => readFileSync(join(dir, name), 'utf8')),
    }).toEqual({
      workingCopy: null,
      notices: [
        `Your working copy of the council’s rules could not be read. The damaged file was kept as <data>/${kept[0]}. Open your last published pack or draft file to carry on.`,
      ],
      kept: ['PCE1.broken'],
    });
    // The mode still works.
    expect((await call('moStart', { council: 'Northbridge District Council' })).problems).toEqual([]);
  });

  test('a save with no working copy is refused', async () => {
    const { call } = moApp();
    expect(await refusalOf(call('moSave', { pack: { id: 'x' } }))).toEqual({ code: 'not-found', message: 'There is no pack being edited: open a pack file or start a new one first.' });
  });
});

describe('try it', () => {
  test('shows what a councillor would see with the working pack', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const post = 'I will be voting against the Tanners Lane houses, end of.';
    const before = await call('moTryPost', { text: post });
    await call('moSave', { pack: edited(start.pack, (pack) => (pack['pendingMatters'] as unknown[]).push(TANNERS_LANE)) });
    const after = await call('moTryPost', { text: post });
    const seen = (findings: typeof before.findings) => findings.map(({ category, severity, excerpt, message }) => ({ category, severity, excerpt, message }));
    expect({ before: seen(before.findings), after: seen(after.findings) }).toEqual({
      before: [{ category: 'predetermination', severity: 'warn', excerpt: 'will be voting against', message: 'This reads as if you have already made up your mind on the houses, which is due to be decided.' }],
      after: [
        {
          category: 'predetermination',
          severity: 'block',
          excerpt: 'will be voting against',
          message: 'This reads as if you have already made up your mind on Land east of Tanners Lane: 45 dwellings (25/01234/FUL), which is due to be decided.',
        },
      ],
    });
  });

  test('compiles the pack once per content, not once per post', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const spy = vi.mocked(checkerModule.createChecker);
    spy.mockClear();
    await call('moTryPost', { text: 'Gritters are out tonight.' });
    await call('moTryPost', { text: 'Bins are collected on Tuesday.' });
    await call('moSave', { pack: edited(start.pack, (pack) => (pack['council'] = 'Northbridge DC')) });
    await call('moTryPost', { text: 'Gritters are out tonight.' });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  test('is refused while the pack has problems, naming the first', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    await call('moSave', { pack: edited(start.pack, (pack) => (pack['expires'] = '2026-13-01')) });
    expect(await refusalOf(call('moTryPost', { text: 'Hello' }))).toEqual({
      code: 'pack-refused',
      message: 'Fix the 1 problem in the pack before trying it (the first is expires: 2026-13-01 is not a real date).',
    });
  });

  test('runs the pack’s tests with a pass/fail summary and the failures', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const passing = await call('moRunTests');
    await call('moSave', {
      pack: edited(start.pack, (pack) => {
        const rule = (pack['customRules'] as Pack[])[0]!;
        (rule['examples'] as Pack)['flag'] = ['Herons are lovely.'];
      }),
    });
    const failing = await call('moRunTests');
    expect({ passing: [passing.passed, passing.failed], failing: [failing.passed, failing.failed], failures: failing.results.flatMap((result) => result.failures) }).toEqual({
      passing: [3, 0],
      failing: [2, 1],
      failures: [{ kind: 'flag', text: 'Herons are lovely.', problem: 'Should be flagged but was not.' }],
    });
  });
});

describe('stale matters', () => {
  test('lists the matters decided more than 14 days ago and removes them on request', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const old = { ref: '26/00100/FUL', title: 'Old Mill, Castle Lane: conversion', kind: 'planning', decisionDate: '2026-10-01', keywords: [] };
    await call('moSave', { pack: edited(start.pack, (pack) => (pack['pendingMatters'] as unknown[]).push(old)) });
    const listed = await call('moStaleMatters', {});
    const after = await call('moRemoveStaleMatters', {});
    expect({
      listed,
      remaining: (after.pack['pendingMatters'] as Pack[]).map((matter) => matter['ref']),
    }).toEqual({
      listed: { days: 14, today: '2026-11-20', matters: [{ index: 2, ref: '26/00100/FUL', title: 'Old Mill, Castle Lane: conversion', kind: 'planning', decisionDate: '2026-10-01', daysAgo: 50 }] },
      remaining: ['24/01234/FUL', 'LIC/25/0042'],
    });
  });
});

describe('importing the planning register', () => {
  const CSV = [
    'Application Number,Site Address,Proposal,Committee Date',
    '24/01234/FUL,Land north of Mill Road,120 dwellings,03/12/2026',
    '25/00999/OUT,"Land east of Station Road, Exampleton",Up to 45 homes,2027-01-14',
    '25/01000/FUL,The Old Forge,Change of use,31/02/2027',
  ].join('\n');

  test('merges the register’s applications, keeps other names and other kinds, and reports bad rows by line', async () => {
    const { call } = moApp();
    await call('moStart', { council: 'Northbridge District Council' });
    const result = await call('moImportPlanning', { fileName: 'register.csv', contentBase64: toBase64(CSV) });
    const matters = result.workingCopy.pack['pendingMatters'] as Pack[];
    expect({
      imported: result.imported,
      problems: result.problems,
      fatal: result.fatal,
      changes: result.changes,
      refs: matters.map((matter) => [matter['ref'], matter['keywords']]),
      problemsInPack: result.workingCopy.problems,
    }).toEqual({
      imported: 2,
      problems: [{ line: 4, message: '25/01000/FUL: "31/02/2027" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY.' }],
      fatal: null,
      changes: [
        'added pending application 25/00999/OUT Land east of Station Road, Exampleton',
        'pending application 24/01234/FUL Land north of Mill Road: site set to "Land north of Mill Road"',
      ],
      refs: [
        ['LIC/25/0042', ['Anchor licence']],
        ['24/01234/FUL', ['Mill Road flats']],
        ['25/00999/OUT', []],
      ],
      problemsInPack: [],
    });
  });

  test('a file without the needed columns changes nothing and says what is missing', async () => {
    const { call } = moApp();
    const start = await call('moStart', { council: 'Northbridge District Council' });
    const result = await call('moImportPlanning', { fileName: 'wrong.csv', contentBase64: toBase64('Name,Phone\nJo,0123\n') });
    expect({ fatal: result.fatal, same: result.workingCopy.pack }).toEqual({
      fatal: {
        line: 1,
        message:
          'the heading row needs a reference column (Reference, Ref, Application Number or Case Reference) and a site address or description column (Address, Location, Site, Proposal or Description).',
      },
      same: start.pack,
    });
  });
});
