import type { Finding, Severity } from '../../src/engine/finding.js';

/** A finding as the window holds it: with the key its decisions are stored under. */
export interface KeyedFinding extends Finding {
  readonly key: string;
}

/** Most severe first; within a severity, in reading order. */
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { block: 0, warn: 1, advise: 2 };

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER[severity];
}

/** The order findings are listed beside the editor: most severe first, then as they appear. */
export function listOrder<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

export interface SeverityCounts {
  readonly block: number;
  readonly warn: number;
  readonly advise: number;
  /** Findings the councillor has marked "not a problem here". */
  readonly settled: number;
}

/** Counts the findings still open by severity; ones marked "not a problem here" count apart. */
export function countOpen(findings: readonly KeyedFinding[], settledKeys: ReadonlySet<string>): SeverityCounts {
  const counts = { block: 0, warn: 0, advise: 0, settled: 0 };
  for (const finding of findings) {
    if (settledKeys.has(finding.key)) counts.settled++;
    else counts[finding.severity]++;
  }
  return counts;
}

/** A stretch of the draft drawn with one underline style (or none). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** The most severe finding covering this stretch, or null for plain text. */
  readonly severity: Severity | null;
  /** The keys of every finding covering this stretch. */
  readonly keys: readonly string[];
}

/**
 * Splits the draft into stretches for the highlight layer. Where findings overlap, the
 * stretch takes the most severe one's style and remembers all of them.
 */
export function highlightSegments(length: number, findings: readonly KeyedFinding[]): Segment[] {
  const spans = findings
    .map((finding) => ({ start: Math.max(0, Math.min(finding.start, length)), end: Math.max(0, Math.min(finding.end, length)), finding }))
    .filter((span) => span.end > span.start);
  const cuts = new Set<number>([0, length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const covering = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.finding);
    const severity = covering.reduce<Severity | null>((best, finding) => (best === null || severityRank(finding.severity) < severityRank(best) ? finding.severity : best), null);
    const keys = covering.map((finding) => finding.key);
    const previous = segments[segments.length - 1];
    if (previous && previous.severity === severity && sameKeys(previous.keys, keys)) segments[segments.length - 1] = { ...previous, end };
    else segments.push({ start, end, severity, keys });
  }
  return segments;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** The next (or previous) finding from `current`, wrapping round; null when there are none. */
export function stepFinding(count: number, current: number | null, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null || current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** The key of the most severe finding under the caret, or null. */
export function findingAtCaret(ordered: readonly KeyedFinding[], caret: number): string | null {
  const found = ordered.find((finding) => finding.start <= caret && caret <= finding.end && finding.end > finding.start);
  return found ? found.key : null;
}

/**
 * The draft with a finding's replacement applied, and where the new words are; null when the
 * words have changed since the check, so the replacement no longer fits.
 */
export function applyReplacement(text: string, finding: Pick<Finding, 'start' | 'end' | 'excerpt' | 'replacement'>): { text: string; start: number; end: number } | null {
  if (finding.replacement === undefined || text.slice(finding.start, finding.end) !== finding.excerpt) return null;
  return {
    text: text.slice(0, finding.start) + finding.replacement + text.slice(finding.end),
    start: finding.start,
    end: finding.start + finding.replacement.length,
  };
}

/** Splits a formatted clause ("Members' Code…, Practices to Avoid, bullet 3: “…”") into where it is and its words. */
export function splitClause(clause: string): { where: string; words: string } {
  const at = clause.indexOf(': “');
  if (at < 0) return { where: clause, words: '' };
  return { where: clause.slice(0, at), words: clause.slice(at + 2).replace(/^“|”$/g, '') };
}
