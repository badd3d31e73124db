import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblems, loadPack, MAX_PACK_BYTES } from '../../../src/pack/load-pack.js';
import { DEFAULT_PACK_INPUT } from '../../../src/pack/default-pack.js';
import { EXAMPLE_PACK } from '../../../src/pack/example-pack.js';
import { makeHugePack } from '../../fixtures/packs/huge-pack.js';

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/packs/${name}`, import.meta.url));
}

describe('loadPack', () => {
  test('loads a good council pack and fills in defaults', () => {
    const result = loadPack(fixture('good.json'));
    expect(result.ok && { id: result.pack.id, matters: result.pack.pendingMatters.length, kind: result.pack.pendingMatters[3]?.kind, logos: result.pack.logos }).toEqual({
      id: 'northbridge-dc',
      matters: 4,
      kind: 'committee',
      logos: [],
    });
  });

  test('loads the worked example that pack init starts from', () => {
    expect(loadPack(JSON.stringify(EXAMPLE_PACK)).ok).toBe(true);
  });

  test('reports every schema problem with its path, including misspelt keys', () => {
    const result = loadPack(fixture('bad.json'));
    expect(result.ok ? [] : formatProblems(result.errors)).toEqual([
      'id: Use lower-case letters, digits and hyphens, for example "cambridgeshire-cc".',
      'version: Must be more than 0.',
      'issued: Write the date as YYYY-MM-DD, for example 2027-05-06.',
      'pendingMatters[0]: Unknown field "decisonDate": check the spelling, or remove it.',
      'elections[0].start: The pre-election period starts (2027-05-06) after polling day (2027-03-24): swap or correct the dates.',
      'customRules[0].pattern: This pattern is refused because it repeats a group that already repeats or has alternatives, which can freeze checking (for example "(a+)+").',
    ]);
  });

  test('reports problems that span fields once the shape is right', () => {
    const result = loadPack(fixture('bad-semantic.json'));
    expect(result.ok ? [] : result.errors.map((problem) => problem.path)).toEqual([
      'expires',
      'elections[0].start',
      'pendingMatters[1].ref',
      'vocabulary.abuse/made-up-list',
      'customRules[0].pattern',
    ]);
  });

  test('refuses dates that do not exist', () => {
    const result = loadPack(JSON.stringify({ ...EXAMPLE_PACK, issued: '2027-02-30' }));
    expect(result.ok ? [] : result.errors.map((problem) => problem.path)).toEqual(['issued']);
  });

  test('loads a large pack: 2,000 pending matters and 500 phrase rules', () => {
    const result = loadPack(JSON.stringify(makeHugePack()));
    expect(result.ok && [result.pack.pendingMatters.length, result.pack.customRules.length]).toEqual([2000, 500]);
  });

  test('refuses a pack over the size limit without parsing it', () => {
    const result = loadPack(' '.repeat(MAX_PACK_BYTES + 1));
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'The pack is 5.0 MB; the largest accepted is 5 MB.' }] });
  });

  test.each([
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /^The pack is not a text file/],
    ['not JSON', Buffer.from('id = "x"'), /^The pack is not valid JSON: /],
    ['not an object', Buffer.from('[]'), /^The pack must be one JSON object in \{ \}; this file holds a list\.$/],
  ])('reports a file that is %s as one problem for the whole file', (_, bytes, message) => {
    const result = loadPack(bytes);
    expect(result.ok ? null : result.errors).toEqual([{ path: '', message: expect.stringMatching(message) }]);
  });

  test('accepts a byte-order mark', () => {
    expect(loadPack(`\uFEFF${JSON.stringify(EXAMPLE_PACK)}`).ok).toBe(true);
  });
});

describe('phrases with word groups', () => {
  test('refuses a phrase that stands for more phrases than the matcher takes', () => {
    const phrase = '(a|b|c|d|e) (f|g|h|i|j) (k|l|m|n|o)';
    const result = loadPack(JSON.stringify({ ...EXAMPLE_PACK, vocabulary: { 'abuse/insults': { add: [phrase] } } }));
    expect(result.ok ? [] : formatProblems(result.errors)).toEqual([
      'vocabulary.abuse/insults.add[0]: This phrase stands for 125 phrases; the most is 64. Use "a|b" for one-word choices or split it.',
    ]);
  });

  test('the bundled Members’ Code pack keeps within the limit', () => {
    expect(loadPack(JSON.stringify(DEFAULT_PACK_INPUT)).ok).toBe(true);
  });
});

describe('a pack with problems of every kind', () => {
  test('reports shape problems and cross-field problems together, each with its path', () => {
    const pack = {
      ...EXAMPLE_PACK,
      colour: 'red',
      elections: [{ name: 'County 2027', start: '2027-05-10', pollingDay: '2027-05-06' }],
      pendingMatters: [{ ref: 'A/1', title: 'Mill Road site' }, { ref: 'a/1', title: 'Another site' }, { title: 'x', kind: 'plannin' }],
    };
    const result = loadPack(JSON.stringify(pack));
    expect(result.ok ? [] : result.errors.map((problem) => problem.path)).toEqual([
      'pendingMatters[2].title',
      'pendingMatters[2].kind',
      '',
      'elections[0].start',
      'pendingMatters[1].ref',
    ]);
  });
});
