import { describe, expect, test } from 'vitest';
import { importPlanningCsv, parseCsv, planningDate } from '../../../src/pack/planning-csv.js';

describe('parseCsv', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = 'a,b\r\n"x, y","say ""no"""\n"two\nlines",z\n\n';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "no"'] },
        { line: 3, fields: ['two\nlines', 'z'] },
      ],
      problems: [],
    });
  });

  test('reports a stray quote and an unclosed quote with their lines', () => {
    expect(parseCsv('a,b\nx"y,z\n"open,w\n').problems.map((problem) => problem.line)).toEqual([2, 3]);
  });
});

describe('planningDate', () => {
  test('reads ISO and UK dates and refuses impossible ones', () => {
    expect(['2027-03-10', '10/03/2027', '1/3/2027', '31/02/2027', '03-10-2027', 'next week'].map(planningDate)).toEqual(['2027-03-10', '2027-03-10', '2027-03-01', null, null, null]);
  });
});

describe('importPlanningCsv', () => {
  test('builds pending matters from the usual column names', () => {
    const csv = 'Reference,Site Address,Description,Committee,Decision Date\n25/01234/FUL,Land east of Station Road,"Erection of 45 dwellings, access and open space",Planning Committee,13/05/2027\n';
    expect(importPlanningCsv(csv)).toEqual({
      matters: [
        {
          ref: '25/01234/FUL',
          title: 'Land east of Station Road: Erection of 45 dwellings, access and open space',
          kind: 'planning',
          site: 'Land east of Station Road',
          committee: 'Planning Committee',
          decisionDate: '2027-05-13',
          keywords: [],
        },
      ],
      problems: [],
      fatal: null,
      columns: { ref: 'Reference', site: 'Site Address', description: 'Description', committee: 'Committee', date: 'Decision Date' },
    });
  });

  test('maps alternative headings in any order and ignores other columns', () => {
    const csv = 'Ward,Proposal,Application Number,Location,Target Date\nMill,Change of use to cafe,25/00077/COU,12 High Street,2027-06-01\n';
    expect(importPlanningCsv(csv).matters).toEqual([
      { ref: '25/00077/COU', title: '12 High Street: Change of use to cafe', kind: 'planning', site: '12 High Street', decisionDate: '2027-06-01', keywords: [] },
    ]);
  });

  test('reports each malformed row with its line number and keeps the good ones', () => {
    const csv = [
      'Case Reference,Address,Proposal,Committee Date',
      '25/00001/FUL,1 Mill Lane,Two-storey extension,2027-04-01',
      ',2 Mill Lane,Porch,2027-04-01',
      '25/00003/FUL,3 Mill Lane,Garage,31/02/2027',
      '25/00004/FUL,4 Mill Lane,Loft conversion, with dormer,2027-04-01',
      '25/00001/FUL,1 Mill Lane,Two-storey extension,2027-04-01',
      '25/00006/FUL,"6 Mill Lane",Shed,',
    ].join('\n');
    const result = importPlanningCsv(csv);
    expect([result.matters.map((matter) => matter.ref), result.problems]).toEqual([
      ['25/00001/FUL', '25/00006/FUL'],
      [
        { line: 3, message: 'this row has no reference.' },
        { line: 4, message: '25/00003/FUL: "31/02/2027" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY.' },
        { line: 5, message: 'this row has 5 fields but the heading row has 4: check for a comma that should be inside quotes.' },
        { line: 6, message: '25/00001/FUL is already on line 2.' },
      ],
    ]);
  });

  test('refuses a file without a reference column', () => {
    expect(importPlanningCsv('Address,Proposal\n1 Mill Lane,Porch\n').fatal).toEqual({
      line: 1,
      message: 'the heading row needs a reference column (Reference, Ref, Application Number or Case Reference).',
    });
  });
});
