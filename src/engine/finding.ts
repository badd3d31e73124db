import { z } from 'zod';

/** How much a finding matters: `block` must be fixed or overridden, `warn` acknowledged, `advise` is a tip. */
export const Severity = z.enum(['block', 'warn', 'advise']);
export type Severity = z.infer<typeof Severity>;

/** The twelve categories of design.md §3; the ids are shared by engine, CLI, eval sets and UI. */
export const Category = z.enum([
  'predetermination',
  'confidential',
  'personal-data',
  'council-branding',
  'election-period',
  'abuse',
  'defamation',
  'financial-interest',
  'references',
  'copyright',
  'haste',
  'safety',
]);
export type Category = z.infer<typeof Category>;

/** The hat the councillor is wearing for this post. */
export const Capacity = z.enum(['personal', 'councillor', 'campaign']);
export type Capacity = z.infer<typeof Capacity>;

export const PlatformId = z.enum([
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'bluesky',
  'threads',
  'nextdoor',
  'mastodon',
  'whatsapp',
]);
export type PlatformId = z.infer<typeof PlatformId>;

export const Finding = z.strictObject({
  ruleId: z.string(),
  category: Category,
  severity: Severity,
  messageId: z.string(),
  message: z.string(),
  clause: z.string(),
  /** UTF-16 offsets into the draft as typed. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  excerpt: z.string(),
  suggestion: z.string().optional(),
  /** When the suggestion can replace the excerpt word for word. */
  replacement: z.string().optional(),
  /** When the finding is about an attached image rather than the text: which one, and where in it. */
  attachment: z
    .strictObject({
      index: z.number().int().nonnegative(),
      /** Where in the image, as fractions of its width and height. */
      box: z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
    })
    .optional(),
});
export type Finding = z.infer<typeof Finding>;

const SEVERITY_RANK: Record<Severity, number> = { block: 0, warn: 1, advise: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/** Sort by position, then most severe first, then by category for a stable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareSeverity(a.severity, b.severity) ||
    a.category.localeCompare(b.category) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Counts as "flagged" in the sense of design.md: warn or block; advise never counts. */
export function isFlagging(finding: Pick<Finding, 'severity'>): boolean {
  return finding.severity !== 'advise';
}
