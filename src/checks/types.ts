import { z } from 'zod';
import { Capacity, Category, PlatformId, Severity } from '../engine/finding.js';
import type { Finding } from '../engine/finding.js';
import type { PhraseHit } from '../engine/phrase-matcher.js';
import type { PreparedText, Span } from '../engine/prepare-draft.js';
import type { CompiledPack, PackTag } from '../pack/compile-pack.js';
import type { Clause } from './clauses.js';

/** The councillor's own details, from first-run setup. */
export const Profile = z.strictObject({
  name: z.string().max(200).optional(),
  council: z.string().max(200).optional(),
  ward: z.string().max(200).optional(),
  /** Committees they sit on, such as "Planning Committee". */
  committees: z.array(z.string().max(200)).max(50).default([]),
  /** Their own public phone numbers, emails and office addresses: fine to publish. */
  contacts: z.array(z.string().max(300)).max(50).default([]),
});
export type Profile = z.infer<typeof Profile>;

export const LogoMatch = z.strictObject({
  logo: z.string(),
  /** Where in the image, as fractions of its width and height. */
  box: z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
  /** How closely it matched, 0–1 (1 is identical). */
  score: z.number().min(0).max(1).optional(),
});

/** What the engine knows of an attached image (the pixels stay with the app). */
export const Attachment = z.strictObject({
  kind: z.literal('image'),
  name: z.string().max(500).optional(),
  altText: z.string().max(2000).optional(),
  hasLocation: z.boolean().optional(),
  logoMatches: z.array(LogoMatch).default([]),
  /** SHA-256 of the image's bytes as the app stores them (hex): where the app keeps it. */
  id: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']).optional(),
  /** Size in pixels, and of the file in bytes. */
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  bytes: z.number().int().nonnegative().optional(),
  /** A small preview, as a data: URL. */
  thumbnail: z.string().max(100_000).optional(),
  /** True once the location was taken out of the image's metadata. */
  locationRemoved: z.boolean().optional(),
  /** The rule pack `logoMatches` were looked for with (its hash, or id@version). */
  scannedFor: z.string().max(200).optional(),
});
export type Attachment = z.infer<typeof Attachment>;

/** What the caller says about a draft. Every field has a safe default. */
export const CheckOptions = z.strictObject({
  capacity: Capacity.default('councillor'),
  platform: PlatformId.default('x'),
  /** When it will be posted: an ISO date-time with offset, or a date. Null when not known. */
  at: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable().default(null),
  /** Overrides the pack's election dates: true when the posting date is in a pre-election period. */
  preElection: z.boolean().optional(),
  profile: Profile.default({ committees: [], contacts: [] }),
  attachments: z.array(Attachment).max(20).default([]),
});
export type CheckOptions = z.infer<typeof CheckOptions>;
export type CheckOptionsInput = z.input<typeof CheckOptions>;

export interface ElectionPeriod {
  readonly name: string;
  readonly start: string;
  readonly pollingDay: string;
}

/** What a check sees of the world. No clock, no I/O: everything comes in here. */
export interface CheckContext extends CheckOptions {
  readonly pack: CompiledPack;
  /** The pre-election period the posting time falls in, if any. */
  readonly election: ElectionPeriod | null;
  /** Local (UK) hour of the posting time, 0–23, when a time is known. */
  readonly localHour: number | null;
}

/** A prepared draft plus the pack's phrase hits, grouped by list ("predetermination/closed-mind"). */
export interface Draft extends PreparedText {
  hits(key: string): ReadonlyArray<PhraseHit<PackTag>>;
}

export interface RawFinding<MessageId extends string = string, SuggestionId extends string = string> extends Span {
  readonly messageId: MessageId;
  readonly data?: Readonly<Record<string, string>>;
  /** Overrides the check's default severity for this finding (a pack setting still wins). */
  readonly severity?: Severity;
  readonly suggestionId?: SuggestionId;
  /** Text that can replace the span word for word (the app's "Apply"). */
  readonly replacement?: string;
  /** The clause this finding enforces, when it is not the check's main one. */
  readonly clause?: Clause;
  /** The attached image the finding is about (its index in `attachments`), and where in it. */
  readonly attachment?: Finding['attachment'];
}

export const ExampleCase = z.strictObject({
  text: z.string().min(1),
  messageId: z.string().optional(),
  /** The words the finding must cover. */
  excerpt: z.string().optional(),
  options: CheckOptions.partial().optional(),
});
export type ExampleCase = z.input<typeof ExampleCase>;

export const CheckMeta = z.strictObject({
  id: Category,
  title: z.string().min(3).max(60),
  clause: z.custom<Clause>((value) => typeof value === 'object' && value !== null && 'text' in value),
  defaultSeverity: Severity,
  messages: z.record(z.string().regex(/^[a-z][A-Za-z]+$/), z.string().regex(/^[A-Z].*\.$/s).max(140)),
  suggestions: z.record(z.string().regex(/^[a-z][A-Za-z]+$/), z.string().min(3).max(200)).default({}),
  /** Word lists the check reads from the pack, with what each is for. */
  vocabulary: z.record(z.string().regex(/^[a-z-]+$/), z.string().min(5)).default({}),
  examples: z.strictObject({
    flag: z.array(z.union([z.string().min(1), ExampleCase])).min(2),
    pass: z.array(z.union([z.string().min(1), ExampleCase])).min(2),
  }),
});

export interface CheckMetaOf<MessageId extends string, SuggestionId extends string> {
  readonly id: Category;
  readonly title: string;
  readonly clause: Clause;
  readonly defaultSeverity: Severity;
  readonly messages: Readonly<Record<MessageId, string>>;
  readonly suggestions?: Readonly<Partial<Record<SuggestionId, string>>>;
  readonly vocabulary?: Readonly<Record<string, string>>;
  readonly examples: {
    readonly flag: ReadonlyArray<string | ExampleCase>;
    readonly pass: ReadonlyArray<string | ExampleCase>;
  };
}

export interface CheckModule<MessageId extends string = string, SuggestionId extends string = string> {
  readonly meta: CheckMetaOf<MessageId, SuggestionId>;
  /** The rule id findings carry: the category id for built-in checks, `<pack>/<name>` for a pack's own. */
  readonly ruleId?: string;
  check(draft: Draft, context: CheckContext): ReadonlyArray<RawFinding<MessageId, SuggestionId>>;
}
