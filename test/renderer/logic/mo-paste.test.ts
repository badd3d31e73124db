import { describe, expect, test } from 'vitest';
import { parsePastedMatters } from '../../../renderer/logic/mo-paste.js';

const row = (...cells: string[]): string => cells.join('\t');

describe('rows pasted from a spreadsheet', () => {
  test('takes the table’s column order when there is no heading row, with UK dates and other names', () => {
    const pasted = [row('25/00601/FUL', 'Land at Mill Lane: 12 homes', 'Planning', 'Planning Committee', '14/01/2027', 'Mill Lane homes; the Mill Lane scheme'), row('LIC/25/9', 'The Anchor', 'licensing', '', '', '')].join('\r\n');
    expect(parsePastedMatters(pasted)).toEqual({
      matters: [
        { ref: '25/00601/FUL', title: 'Land at Mill Lane: 12 homes', kind: 'planning', committee: 'Planning Committee', decisionDate: '2027-01-14', keywords: ['Mill Lane homes', 'the Mill Lane scheme'] },
        { ref: 'LIC/25/9', title: 'The Anchor', kind: 'licensing', keywords: [] },
      ],
      problems: [],
      hasHeadings: false,
    });
  });

  test('finds the columns by their headings, as the planning register names them', () => {
    const pasted = [row('Proposal', 'Application Number', 'Site Address', 'Committee Date'), row('40 homes', '25/00700/FUL', 'Land west of Station Road', '2027-02-10')].join('\n');
    expect(parsePastedMatters(pasted)).toEqual({
      matters: [{ ref: '25/00700/FUL', title: 'Land west of Station Road: 40 homes', kind: 'planning', site: 'Land west of Station Road', decisionDate: '2027-02-10', keywords: [] }],
      problems: [],
      hasHeadings: true,
    });
  });

  test('reports every row it cannot use by its line, and keeps the rest', () => {
    const pasted = [
      row('25/1/FUL', 'Old mill', 'appeal'),
      row('25/2/FUL', 'x'),
      row('25/3/FUL', 'New school', '', '', '31/02/2027'),
      row('25/4/FUL', 'Bus depot', '', '', '', 'ok, no'),
      row('24/01234/FUL', 'Mill Road'),
      '',
      row('25/5/FUL', 'Library'),
      row('25/5/FUL', 'Library again'),
      'just one cell',
    ].join('\n');
    const result = parsePastedMatters(pasted, ['24/01234/ful']);
    expect([result.matters.map((matter) => matter['ref']), result.problems]).toEqual([
      ['25/5/FUL'],
      [
        { line: 1, kind: 'bad-kind', value: 'appeal' },
        { line: 2, kind: 'no-title', ref: '25/2/FUL' },
        { line: 3, kind: 'bad-date', value: '31/02/2027' },
        { line: 4, kind: 'short-name', value: 'ok' },
        { line: 5, kind: 'duplicate', ref: '24/01234/FUL', where: 'table' },
        { line: 8, kind: 'duplicate', ref: '25/5/FUL', where: 7 },
        { line: 9, kind: 'no-columns' },
      ],
    ]);
  });
});
