import { describe, expect, test } from 'vitest';
import { csvCell, exportFile, toCsv } from '../../../main/services/export-service.js';
import type { Draft } from '../../../src/bridge/contract.js';
import { draftRequest, makeApp } from '../helpers/app.js';
import { makeDraft } from '../helpers/seed-history.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

/** Reads CSV the way RFC 4180 says, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

describe('CSV cells', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+44 1632 960123', "'+44 1632 960123"],
    ['-5+3', "'-5+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['', ''],
  ])('%j becomes %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('numbers are written as they are', () => {
    expect([csvCell(3), csvCell(-1), csvCell(null)]).toEqual(['3', '-1', '']);
  });
});

describe('export', () => {
  const copied: Draft = makeDraft({
    id: 'draft-000001',
    createdAt: '2026-11-20T10:00:00.000Z',
    text: '=1+1, "quoted"\nsecond line',
    status: 'copied',
    copies: [
      {
        auditId: 'audit-000001',
        copiedAt: '2026-11-20T10:05:00.000Z',
        platform: 'x',
        capacity: 'councillor',
        postAt: null,
        text: '=1+1, "quoted"\nsecond line',
        pack: { id: 'members-code', version: 1, hash: null },
        findings: [],
        decisions: [{ findingKey: 'abuse|insult|idiot', kind: 'not-a-problem', reason: 'Quoting a resident, with consent.' }],
        checklist: [{ id: 'facts-checked', text: 'I have checked the facts and I am confident they are accurate.', answer: true }],
      },
    ],
  });
  const plain: Draft = makeDraft({ id: 'draft-000002', createdAt: '2026-11-21T10:00:00.000Z', text: 'Just a draft' });

  test('CSV has one row per copy (or per draft never copied) that a spreadsheet reads back intact', () => {
    const csv = toCsv([copied, plain]);
    expect({ bom: csv.startsWith('\uFEFF'), rows: parseCsv(csv.slice(1)) }).toEqual({
      bom: true,
      rows: [
        ['Draft', 'Created', 'Last changed', 'Status', 'Platforms', 'Capacity', 'Posting time', 'Text', 'Copied at', 'Copied for', 'Audit record', 'Rule pack', 'Pack version', 'Pack hash', 'Findings', 'Decisions', 'Checklist'],
        [
          'draft-000001', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', 'copied', 'x', 'councillor', '',
          '\'=1+1, "quoted"\nsecond line', '2026-11-20T10:05:00.000Z', 'x', 'audit-000001', 'members-code', '1', '', '',
          'Not a problem here: abuse|insult|idiot – Quoting a resident, with consent.',
          'Yes: I have checked the facts and I am confident they are accurate.',
        ],
        ['draft-000002', '2026-11-21T10:00:00.000Z', '2026-11-21T10:00:00.000Z', 'draft', 'x', 'councillor', '', 'Just a draft', '', '', '', '', '', '', '', '', ''],
      ],
    });
  });

  test('JSON holds every draft whole', () => {
    const file = exportFile([copied, plain], 'json', { exportedAt: '2026-11-23T09:00:00.000Z', single: false });
    expect({ ...file, content: JSON.parse(file.content) }).toEqual({
      fileName: 'post-check-history-2026-11-23.json',
      mimeType: 'application/json',
      content: { format: 'councillor-post-check/history', version: 1, exportedAt: '2026-11-23T09:00:00.000Z', drafts: [copied, plain] },
    });
  });

  test('exports one draft or the whole history through the app', () => {
    const { services, clock } = makeApp(tempDir());
    const first = services.history.save(draftRequest({ text: 'first' }));
    clock.advance(60_000);
    services.history.save(draftRequest({ text: 'second' }));
    const one = services.methods.exportHistory({ format: 'csv', id: first.id }) as { fileName: string; content: string };
    const all = services.methods.exportHistory({ format: 'json' }) as { fileName: string; content: string };
    expect({
      one: [one.fileName, parseCsv(one.content.slice(1)).length],
      all: [all.fileName, JSON.parse(all.content).drafts.map((draft: Draft) => draft.text)],
    }).toEqual({ one: [`post-check-draft-2026-11-20-${first.id}.csv`, 2], all: ['post-check-history-2026-11-20.json', ['second', 'first']] });
    expect(() => services.methods.exportHistory({ format: 'json', id: 'no-such-draft' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
