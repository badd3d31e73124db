import type { Finding, Severity } from '../engine/finding.js';

/** How each severity is named to a councillor. */
export const SEVERITY_WORDS: Record<Severity, string> = {
  block: 'Fix before posting',
  warn: 'Check this',
  advise: 'Tip',
};

/** 1-based line and column of a UTF-16 offset, counting characters as a person sees them. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

function quoteExcerpt(excerpt: string): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return `“${chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : flat}”`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 things to fix before posting, 1 to check." or "Nothing to fix. Read it once more before you post." */
export function summaryLine(findings: readonly Finding[]): string {
  const count = (severity: Severity): number => findings.filter((finding) => finding.severity === severity).length;
  const [block, warn, advise] = [count('block'), count('warn'), count('advise')];
  const tips = advise > 0 ? plural(advise, 'tip', 'tips') : '';
  if (block === 0 && warn === 0) {
    return tips ? `Nothing to fix (${tips} above). Read it once more before you post.` : 'Nothing to fix. Read it once more before you post.';
  }
  const parts: string[] = [];
  if (block > 0) parts.push(`${plural(block, 'thing', 'things')} to fix before posting`);
  if (warn > 0) parts.push(block > 0 ? `${warn} to check` : `Nothing to fix, ${plural(warn, 'thing', 'things')} to check`);
  if (tips) parts.push(tips);
  return `${parts.join(', ')}.`;
}

/** One block per finding, in the order given, for a person reading a terminal. */
export function formatFindings(text: string, findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const { line, column } = positionOf(text, finding.start);
      const lines = [
        `${line}:${column}  ${SEVERITY_WORDS[finding.severity]}  [${finding.ruleId}]`,
        `    ${quoteExcerpt(finding.excerpt)}`,
        `    ${finding.message}`,
        `    Rule: ${finding.clause}`,
      ];
      if (finding.suggestion) lines.push(`    Try: ${finding.suggestion}`);
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}
