import { PLANNING_COLUMNS, planningDate } from '../../src/pack/planning-csv.js';
import type { JsonObject } from './mo-pack.js';

/**
 * Rows copied from a spreadsheet and pasted into the pending matters: tab-separated, one
 * matter a line. With a heading row the columns are found by name (the planning register's
 * names or the table's own); without one they are taken in the table's order: reference,
 * site or title, kind, committee, decision date, other names. Every row that cannot be used
 * is reported by its line number; nothing is dropped silently.
 */

export type PasteColumn = 'ref' | 'title' | 'site' | 'description' | 'kind' | 'committee' | 'date' | 'keywords';

/** The table's column order, used when the rows have no heading row. */
export const PASTE_ORDER: readonly PasteColumn[] = ['ref', 'title', 'kind', 'committee', 'date', 'keywords'];

const HEADINGS: Readonly<Record<PasteColumn, readonly string[]>> = {
  ref: PLANNING_COLUMNS.ref,
  title: ['site or title', 'title', 'matter', 'name'],
  site: PLANNING_COLUMNS.site,
  description: PLANNING_COLUMNS.description,
  kind: ['kind', 'type'],
  committee: PLANNING_COLUMNS.committee,
  date: PLANNING_COLUMNS.date,
  keywords: ['other names', 'keywords', 'also known as'],
};

const KINDS = ['planning', 'licensing', 'committee', 'other'] as const;

export type PasteProblem =
  | { readonly line: number; readonly kind: 'no-title'; readonly ref: string }
  | { readonly line: number; readonly kind: 'bad-kind'; readonly value: string }
  | { readonly line: number; readonly kind: 'bad-date'; readonly value: string }
  | { readonly line: number; readonly kind: 'short-name'; readonly value: string }
  | { readonly line: number; readonly kind: 'duplicate'; readonly ref: string; readonly where: 'table' | number }
  | { readonly line: number; readonly kind: 'no-columns' };

export interface PasteResult {
  readonly matters: JsonObject[];
  readonly problems: PasteProblem[];
  /** True when the first line was read as a heading row. */
  readonly hasHeadings: boolean;
}

function heading(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The columns named by a heading row, or null when the line is not one. */
function columnsOf(cells: readonly string[]): Array<PasteColumn | null> | null {
  const names = cells.map(heading);
  const found = names.map((name) => (Object.entries(HEADINGS) as Array<[PasteColumn, readonly string[]]>).find(([, aliases]) => aliases.includes(name))?.[0] ?? null);
  return found.some((column) => column === 'ref' || column === 'title' || column === 'site' || column === 'description') ? found : null;
}

const refKey = (ref: string): string => ref.toUpperCase().replace(/\s+/g, '');

/** Reads pasted rows; `existingRefs` are the references already in the table. */
export function parsePastedMatters(pasted: string, existingRefs: readonly string[] = []): PasteResult {
  const lines = pasted.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows = lines.map((line, index) => ({ line: index + 1, cells: line.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim()) })).filter((row) => row.cells.some((cell) => cell !== ''));
  const first = rows[0];
  const named = first ? columnsOf(first.cells) : null;
  const columns: ReadonlyArray<PasteColumn | null> = named ?? PASTE_ORDER;
  const body = named ? rows.slice(1) : rows;
  const table = new Set(existingRefs.map(refKey));
  const seen = new Map<string, number>();
  const matters: JsonObject[] = [];
  const problems: PasteProblem[] = [];

  for (const { line, cells } of body) {
    if (!named && cells.length === 1) {
      problems.push({ line, kind: 'no-columns' });
      continue;
    }
    const cell = (column: PasteColumn): string => {
      const at = columns.indexOf(column);
      return at >= 0 ? (cells[at] ?? '') : '';
    };
    const ref = cell('ref');
    const site = cell('site');
    const description = cell('description');
    const title = cell('title') || (site && description ? `${site}: ${description}` : site || description);
    if (title.length < 3) {
      problems.push({ line, kind: 'no-title', ref });
      continue;
    }
    const kindText = cell('kind').toLowerCase();
    const kind = kindText === '' ? 'planning' : KINDS.find((known) => known === kindText);
    if (!kind) {
      problems.push({ line, kind: 'bad-kind', value: cell('kind') });
      continue;
    }
    const dateText = cell('date');
    const decisionDate = dateText ? planningDate(dateText) : null;
    if (dateText && !decisionDate) {
      problems.push({ line, kind: 'bad-date', value: dateText });
      continue;
    }
    const keywords = cell('keywords')
      .split(/[;,]/)
      .map((word) => word.trim())
      .filter((word) => word !== '');
    const short = keywords.find((word) => word.length < 3);
    if (short !== undefined) {
      problems.push({ line, kind: 'short-name', value: short });
      continue;
    }
    if (ref) {
      const key = refKey(ref);
      const earlier = seen.get(key);
      if (table.has(key) || earlier !== undefined) {
        problems.push({ line, kind: 'duplicate', ref, where: earlier ?? 'table' });
        continue;
      }
      seen.set(key, line);
    }
    const committee = cell('committee');
    matters.push({
      ...(ref ? { ref } : {}),
      title,
      kind,
      ...(site.length >= 3 && site !== title ? { site } : {}),
      ...(committee ? { committee } : {}),
      ...(decisionDate ? { decisionDate } : {}),
      keywords,
    });
  }
  return { matters, problems, hasHeadings: named !== null };
}
