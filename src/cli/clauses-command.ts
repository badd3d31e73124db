import { CHECKS } from '../checks/index.js';
import { CLAUSES, SOURCE_TITLES, type Clause, type ClauseSource } from '../checks/clauses.js';
import type { Category } from '../engine/finding.js';
import { defaultPack } from '../pack/default-pack.js';
import { parseOptions, takePositionals } from './args.js';
import { CLAUSES_HELP } from './help.js';
import { writeOut, type CliIo } from './io.js';

export interface ClauseCoverage {
  readonly id: string;
  readonly source: ClauseSource;
  readonly sourceTitle: string;
  readonly section: string;
  readonly bullet?: string;
  readonly text: string;
  readonly checks: ReadonlyArray<{ id: Category; title: string }>;
  readonly checklist: ReadonlyArray<{ id: string; text: string }>;
  readonly howCovered?: string;
}

/** Every clause, the Members' Code first (in its own order), then the house rules the checks cite. */
export function clauseCoverage(): ClauseCoverage[] {
  const checklist = new Map(defaultPack().checklist.map((item) => [item.id, item.text]));
  const all = Object.entries(CLAUSES as Record<string, Clause>).map(([id, clause]): ClauseCoverage => ({
    id,
    source: clause.source,
    sourceTitle: SOURCE_TITLES[clause.source],
    section: clause.section,
    ...(clause.bullet !== undefined ? { bullet: clause.bullet } : {}),
    text: clause.text,
    checks: clause.checks.map((category) => ({ id: category, title: CHECKS[category].meta.title })),
    checklist: clause.checklist.map((item) => ({ id: item, text: checklist.get(item) ?? item })),
    ...(clause.howCovered !== undefined ? { howCovered: clause.howCovered } : {}),
  }));
  return [...all.filter((clause) => clause.source === 'members-code'), ...all.filter((clause) => clause.source !== 'members-code')];
}

/** Wraps words to `width` columns, each line indented. */
export function wrap(text: string, indent: string, width = 100, firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

function formatCoverage(clauses: readonly ClauseCoverage[]): string {
  const out: string[] = [];
  let source = '';
  let section = '';
  for (const clause of clauses) {
    if (clause.sourceTitle !== source) {
      source = clause.sourceTitle;
      section = '';
      out.push(`${out.length > 0 ? '\n' : ''}${source}\n${'='.repeat(source.length)}\n`);
    }
    if (clause.section !== section) {
      section = clause.section;
      if (section !== source) out.push(`${section}\n`);
    }
    const label = clause.bullet ? `${clause.bullet}. ` : '- ';
    const lines = [wrap(clause.text, '      ', 100, `  ${label.padEnd(4)}`)];
    lines.push(
      clause.checks.length > 0
        ? wrap(`Checked by: ${clause.checks.map((check) => `${check.id} (${check.title})`).join('; ')}`, '        ', 100, '      ')
        : '      Checked by: no text check',
    );
    if (clause.checklist.length > 0) lines.push(wrap(`Checklist: ${clause.checklist.map((item) => `“${item.text}”`).join(' ')}`, '        ', 100, '      '));
    if (clause.howCovered) lines.push(wrap(`How: ${clause.howCovered}`, '        ', 100, '      '));
    out.push(`${lines.join('\n')}\n`);
  }
  return out.join('\n');
}

/** `post-check clauses`: what the tool checks, clause by clause. */
export async function clausesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'post-check clauses');
  if (values.help) {
    await writeOut(io.stdout, CLAUSES_HELP);
    return 0;
  }
  takePositionals(positionals, 0, 'post-check clauses');
  const clauses = clauseCoverage();
  await writeOut(io.stdout, values.json ? `${JSON.stringify({ clauses }, null, 2)}\n` : formatCoverage(clauses));
  return 0;
}
