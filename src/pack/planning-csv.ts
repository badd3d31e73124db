import type { PendingMatter } from './schema.js';

/**
 * Reads a CSV export of a planning register into pending matters. Columns are found by their
 * heading, whatever the order, with the common alternative names. Every row that cannot be used
 * is reported with its line number; none is dropped silently.
 */

export type PlanningColumn = 'ref' | 'site' | 'description' | 'committee' | 'date';

/** Accepted headings for each column (compared in lower case, ignoring punctuation), best first. */
export const PLANNING_COLUMNS: Record<PlanningColumn, readonly string[]> = {
  ref: ['reference', 'ref', 'application number', 'application no', 'application reference', 'application ref', 'case reference', 'case ref', 'case number', 'planning reference'],
  site: ['site address', 'address', 'location', 'site', 'site location'],
  description: ['description', 'proposal', 'development', 'development description'],
  committee: ['committee', 'committee name', 'decision level'],
  date: ['committee date', 'decision date', 'target date', 'target decision date', 'determination date', 'date'],
};

export interface CsvRecord {
  /** The line the record starts on, counting from 1. */
  readonly line: number;
  readonly fields: string[];
}

export interface CsvProblem {
  /** 0 for a problem with the whole file. */
  readonly line: number;
  readonly message: string;
}

/** Splits CSV text into records: commas, "quoted, fields", "" for a quote, line breaks inside quotes. */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const source = text.replace(/^\uFEFF/, '');
  let line = 1;
  let start = 1;
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let broken: string | null = null;
  const endRecord = (): void => {
    fields.push(field);
    if (broken) problems.push({ line: start, message: broken });
    else if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: start, fields });
    fields = [];
    field = '';
    broken = null;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') broken ??= 'there is text straight after a closing quote: put the whole field in quotes.';
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"') {
      if (field.trim() === '') {
        quoted = true;
        field = '';
      } else {
        broken ??= 'a field has a quote mark in the middle: put the whole field in quotes and double the quote ("").';
      }
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += char;
    }
  }
  if (quoted) problems.push({ line: start, message: 'a quoted field is never closed: the rest of the file was read as part of it.' });
  else if (field !== '' || fields.length > 0) endRecord();
  return { records, problems };
}

function heading(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2027-03-10" or "10/03/2027" (UK order) → "2027-03-10"; null when it is not a real date. */
export function planningDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year || !month || !day || !isRealDate(Number(year), Number(month), Number(day))) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface PlanningImport {
  readonly matters: PendingMatter[];
  readonly problems: CsvProblem[];
  /** Why nothing could be read at all (an empty file, or a heading row without the needed columns). */
  readonly fatal: CsvProblem | null;
  /** Which heading was used for each column found. */
  readonly columns: Partial<Record<PlanningColumn, string>>;
}

function findColumns(header: readonly string[]): Partial<Record<PlanningColumn, number>> {
  const names = header.map(heading);
  const found: Partial<Record<PlanningColumn, number>> = {};
  for (const [column, aliases] of Object.entries(PLANNING_COLUMNS) as Array<[PlanningColumn, readonly string[]]>) {
    for (const alias of aliases) {
      const index = names.indexOf(alias);
      if (index >= 0 && !Object.values(found).includes(index)) {
        found[column] = index;
        break;
      }
    }
  }
  return found;
}

/** Builds pending matters from a planning register export. */
export function importPlanningCsv(text: string): PlanningImport {
  const { records, problems } = parseCsv(text);
  const [header, ...rows] = records;
  if (!header) return { matters: [], problems, fatal: { line: 0, message: 'the file is empty: it needs a heading row and one row per application.' }, columns: {} };
  const at = findColumns(header.fields);
  const columns = Object.fromEntries(Object.entries(at).map(([column, index]) => [column, header.fields[index]!.trim()])) as Partial<Record<PlanningColumn, string>>;
  if (at.ref === undefined || (at.site === undefined && at.description === undefined)) {
    const missing = [at.ref === undefined ? 'a reference column (Reference, Ref, Application Number or Case Reference)' : null, at.site === undefined && at.description === undefined ? 'a site address or description column (Address, Location, Site, Proposal or Description)' : null].filter(Boolean);
    return { matters: [], problems, fatal: { line: header.line, message: `the heading row needs ${missing.join(' and ')}.` }, columns };
  }
  const matters: PendingMatter[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const report = (message: string): void => {
      problems.push({ line: row.line, message });
    };
    if (row.fields.length !== header.fields.length) {
      report(`this row has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'} but the heading row has ${header.fields.length}: check for a comma that should be inside quotes.`);
      continue;
    }
    const cell = (index: number | undefined): string => (index === undefined ? '' : row.fields[index]!.replace(/\s+/g, ' ').trim());
    const ref = cell(at.ref);
    const site = cell(at.site);
    const description = cell(at.description);
    const committee = cell(at.committee);
    const dateText = cell(at.date);
    if (!ref) {
      report('this row has no reference.');
      continue;
    }
    const key = ref.toUpperCase().replace(/\s+/g, '');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(`${ref} is already on line ${earlier}.`);
      continue;
    }
    const title = site && description ? `${site}: ${description}` : site || description;
    if (title.length < 3) {
      report(`${ref} has no site address or description.`);
      continue;
    }
    const decisionDate = dateText ? planningDate(dateText) : null;
    if (dateText && !decisionDate) {
      report(`${ref}: "${dateText}" is not a date: write it as YYYY-MM-DD or DD/MM/YYYY.`);
      continue;
    }
    seen.set(key, row.line);
    matters.push({
      ref,
      title,
      kind: 'planning',
      ...(site.length >= 3 ? { site } : {}),
      ...(committee ? { committee } : {}),
      ...(decisionDate ? { decisionDate } : {}),
      keywords: [],
    });
  }
  problems.sort((a, b) => a.line - b.line);
  return { matters, problems, fatal: null, columns };
}
