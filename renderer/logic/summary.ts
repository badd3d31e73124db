import { SUMMARY } from '../text/findings.js';
import type { SeverityCounts } from './findings.js';

/**
 * The calm one-line summary above the findings: "2 things to fix before posting · 1 to check",
 * or "Nothing to fix. Read it once more before you post."
 */
export function summaryLine(counts: SeverityCounts, hasText: boolean): string {
  if (!hasText) return SUMMARY.empty;
  const parts: string[] = [];
  if (counts.block > 0) parts.push(SUMMARY.toFix(counts.block));
  if (counts.warn > 0) parts.push(SUMMARY.toCheck(counts.warn));
  if (parts.length === 0 && counts.advise === 0 && counts.settled === 0) return SUMMARY.nothing;
  if (parts.length === 0) parts.push(SUMMARY.nothingToFix);
  if (counts.advise > 0) parts.push(SUMMARY.tips(counts.advise));
  if (counts.settled > 0) parts.push(SUMMARY.settled(counts.settled));
  return parts.join(SUMMARY.separator);
}
