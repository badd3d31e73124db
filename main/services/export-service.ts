import type { Draft, ExportFile } from '../../src/bridge/contract.js';
import type { z } from 'zod';

/**
 * Exports one draft's record or the whole history, as JSON (everything, for the record) or CSV
 * (one row per copy, or one row for a draft never copied; for a spreadsheet). CSV cells are
 * quoted as RFC 4180 says, and a cell that a spreadsheet would run as a formula is prefixed
 * with an apostrophe so it is shown as text.
 */

export const EXPORT_FORMAT = 'councillor-post-check/history';
export const EXPORT_VERSION = 1;

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One CSV cell: neutralised if it would start a formula, quoted when it must be. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && (FORMULA_START.test(text) || FORMULA_START.test(text.trimStart()))) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

export const CSV_HEADINGS = [
  'Draft',
  'Created',
  'Last changed',
  'Status',
  'Platforms',
  'Capacity',
  'Posting time',
  'Text',
  'Copied at',
  'Copied for',
  'Audit record',
  'Rule pack',
  'Pack version',
  'Pack hash',
  'Findings',
  'Decisions',
  'Checklist',
] as const;

const SEVERITY_WORDS = { block: 'Fix before posting', warn: 'Check this', advise: 'Tip' } as const;
const DECISION_WORDS = { override: 'Overridden', 'not-a-problem': 'Not a problem here', acknowledged: 'Checked' } as const;

function draftRows(draft: Draft): Array<Array<string | number | null>> {
  const common = [draft.id, draft.createdAt, draft.updatedAt, draft.status, draft.platforms.join(' '), draft.capacity, draft.postAt];
  if (draft.copies.length === 0) return [[...common, draft.text, null, null, null, null, null, null, null, null, null]];
  return draft.copies.map((copy) => [
    ...common,
    copy.text,
    copy.copiedAt,
    copy.platform,
    copy.auditId,
    copy.pack.id,
    copy.pack.version,
    copy.pack.hash,
    copy.findings.map((finding) => `${SEVERITY_WORDS[finding.severity]}: “${finding.excerpt}” – ${finding.message}`).join('\n'),
    copy.decisions.map((decision) => `${DECISION_WORDS[decision.kind]}: ${decision.findingKey}${decision.reason ? ` – ${decision.reason}` : ''}`).join('\n'),
    copy.checklist.map((answer) => `${answer.answer ? 'Yes' : 'No'}: ${answer.text}`).join('\n'),
  ]);
}

/** CSV text with a byte-order mark (so spreadsheet programs read it as UTF-8) and CRLF line ends. */
export function toCsv(drafts: readonly Draft[]): string {
  const lines = [csvRow(CSV_HEADINGS), ...drafts.flatMap(draftRows).map(csvRow)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(drafts: readonly Draft[], exportedAt: string): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, drafts }, null, 2)}\n`;
}

export function exportFile(drafts: readonly Draft[], format: 'json' | 'csv', options: { exportedAt: string; single: boolean }): z.output<typeof ExportFile> {
  const day = options.exportedAt.slice(0, 10);
  const stem = options.single && drafts[0] ? `post-check-draft-${day}-${drafts[0].id}` : `post-check-history-${day}`;
  return format === 'json'
    ? { fileName: `${stem}.json`, mimeType: 'application/json', content: toJson(drafts, options.exportedAt) }
    : { fileName: `${stem}.csv`, mimeType: 'text/csv', content: toCsv(drafts) };
}
