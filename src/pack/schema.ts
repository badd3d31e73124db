import { z } from 'zod';
import { Capacity, Category, PlatformId, Severity } from '../engine/finding.js';

/**
 * The rule pack: the single source of truth for its shape. The JSON Schema in
 * rule-pack.schema.json is generated from this file (`npm run gen:schema`).
 * Every object a Monitoring Officer writes is strict, so a misspelt key is an error.
 */

const IsoDate = z.iso.date().meta({ description: 'A date as YYYY-MM-DD.', examples: ['2027-05-06'] });

export const PackId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens, for example "cambridgeshire-cc".')
  .max(64)
  .meta({ title: 'Pack id', description: 'A short name for the council\'s pack that never changes between versions.', examples: ['cambridgeshire-cc'] });

export const Contact = z
  .strictObject({
    name: z.string().min(1).meta({ title: 'Name', examples: ['Jo Bloggs'] }),
    role: z.string().min(1).optional().meta({ title: 'Role', examples: ['Monitoring Officer'] }),
    email: z.email().optional().meta({ title: 'Email' }),
    phone: z.string().min(5).optional().meta({ title: 'Phone' }),
  })
  .meta({ title: 'Monitoring Officer contact', description: 'Who councillors should ask about these rules.' });

export const ChangelogEntry = z.strictObject({
  version: z.number().int().positive(),
  date: IsoDate.optional(),
  changes: z.string().min(1).meta({ description: 'What changed, in a sentence or two.' }),
});

export const Election = z
  .strictObject({
    name: z.string().min(1).meta({ title: 'Name', examples: ['County council elections 2027'] }),
    start: IsoDate.meta({ title: 'Start of the pre-election period', description: 'Usually the date the notice of election is published.' }),
    pollingDay: IsoDate.meta({ title: 'Polling day' }),
  })
  .meta({ title: 'Election', description: 'A pre-election period: from the notice of election to the end of polling day.' });

export const MatterKind = z.enum(['planning', 'licensing', 'committee', 'other']);
export type MatterKind = z.infer<typeof MatterKind>;

export const PendingMatter = z
  .strictObject({
    ref: z.string().min(1).optional().meta({ title: 'Reference', examples: ['24/01234/FUL'] }),
    title: z.string().min(3).meta({ title: 'Title', description: 'How the matter is usually described: site and proposal.', examples: ['Land north of Mill Road: 120 dwellings'] }),
    kind: MatterKind.default('planning').meta({ title: 'Kind' }),
    site: z.string().min(3).optional().meta({ title: 'Site', examples: ['Land north of Mill Road'] }),
    committee: z.string().min(1).optional().meta({ title: 'Deciding committee', examples: ['Planning Committee'] }),
    decisionDate: IsoDate.optional().meta({ title: 'Decision date' }),
    keywords: z.array(z.string().min(3)).default([]).meta({ title: 'Other names', description: 'Other names people use for it, such as "Mill Road flats".' }),
  })
  .meta({ title: 'Pending matter', description: 'An application or item due for decision: statements of a closed mind about it are flagged.' });
export type PendingMatter = z.infer<typeof PendingMatter>;

export const ConfidentialMatter = z
  .strictObject({
    name: z.string().min(1).meta({ title: 'Name', examples: ['Guildhall car park disposal'] }),
    keywords: z.array(z.string().min(3)).min(1).meta({ title: 'Keywords or code names', examples: [['Project Falcon']] }),
    until: IsoDate.optional().meta({ title: 'Confidential until', description: 'After this date the matter is no longer flagged.' }),
  })
  .meta({ title: 'Confidential matter' });
export type ConfidentialMatter = z.infer<typeof ConfidentialMatter>;

export const PublicContact = z
  .strictObject({
    label: z.string().min(1).meta({ examples: ['Customer service centre'] }),
    phone: z.string().min(3).optional(),
    email: z.email().optional(),
    address: z.string().min(5).optional(),
  })
  .meta({ title: 'Public contact', description: 'A council phone number, email or address that is fine to publish.' });
export type PublicContact = z.infer<typeof PublicContact>;

export const CouncilAccount = z
  .strictObject({
    platform: PlatformId.optional(),
    handle: z.string().regex(/^@?[A-Za-z0-9_.]{1,50}(@[A-Za-z0-9.-]+)?$/, 'Write the handle as it appears, for example "@CambsCC".'),
  })
  .meta({ title: 'Council social media account', description: 'Tagging these into political posts is flagged.' });

export const Logo = z
  .strictObject({
    name: z.string().min(1),
    fingerprints: z.array(z.string().regex(/^[0-9a-f]{16,64}$/)).min(1),
  })
  .meta({ title: 'Logo', description: 'Fingerprints of a council logo or crest (added by `post-check pack add-logo`).' });

export const RuleSetting = z
  .strictObject({
    enabled: z.boolean().optional(),
    severity: Severity.optional(),
    reason: z.string().min(1).optional().meta({ description: 'Why the council changed this rule (kept in the record).' }),
  })
  .meta({ title: 'Rule setting' });
export type RuleSetting = z.infer<typeof RuleSetting>;

export const VocabularyChange = z
  .strictObject({
    add: z.array(z.string().min(1)).default([]),
    remove: z.array(z.string().min(1)).default([]),
  })
  .meta({
    title: 'Word list change',
    description:
      'Phrases to add to or remove from a built-in word list. Words are matched whole and case-insensitively; "refus*" matches words starting "refus"; "vote|voting" matches either; "(thrown out|refused)" chooses between groups of words and "(very )?" makes words optional; "_" matches any one word.',
  });

const Examples = z
  .strictObject({
    flag: z.array(z.string().min(1)).min(1).meta({ description: 'Posts this rule must flag.' }),
    pass: z.array(z.string().min(1)).min(1).meta({ description: 'Posts this rule must not flag.' }),
  })
  .meta({ title: 'Examples', description: 'Run by `post-check pack test`.' });

const CustomRuleBase = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens.').meta({ title: 'Rule name' }),
  category: Category,
  severity: Severity.default('warn'),
  message: z.string().min(5).max(200).meta({ description: 'Plain English, second person: what the councillor should know.' }),
  clause: z.string().min(5).meta({ description: 'The part of the Code this enforces, quoted.' }),
  suggestion: z.string().min(1).optional(),
  examples: Examples,
};

export const CustomRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phrase'), ...CustomRuleBase, phrases: z.array(z.string().min(1)).min(1) }).meta({ title: 'Phrase rule' }),
  z.strictObject({ kind: z.literal('regex'), ...CustomRuleBase, pattern: z.string().min(1).max(500), flags: z.string().regex(/^[iu]*$/).default('iu') }).meta({ title: 'Pattern rule' }),
  z.strictObject({ kind: z.literal('substitution'), ...CustomRuleBase, swap: z.record(z.string().min(1), z.string()).meta({ description: 'Phrase → the wording to use instead.' }) }).meta({ title: 'Substitution rule' }),
]);
export type CustomRule = z.infer<typeof CustomRule>;

export const ChecklistItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(5).meta({ examples: ['I have declared any interest in the matter I am posting about.'] }),
});

export const PackExample = z
  .strictObject({
    text: z.string().min(1),
    labels: z.array(Category).default([]).meta({ description: 'The categories this post should be flagged for; empty means it should pass.' }),
    capacity: Capacity.optional(),
    platform: PlatformId.optional(),
    at: z.union([IsoDate, z.iso.datetime({ offset: true })]).optional(),
  })
  .meta({ title: 'Example post' });

export const RulePack = z
  .strictObject({
    $schema: z.string().optional(),
    id: PackId,
    version: z.number().int().positive().meta({ description: 'Goes up by at least one with every published change.' }),
    council: z.string().min(2).meta({ title: 'Council', examples: ['Cambridgeshire County Council'] }),
    issued: IsoDate.optional(),
    expires: IsoDate.optional().meta({ description: 'After this date councillors are told their rules are out of date.' }),
    contact: Contact.optional(),
    nextSigningKeys: z
      .array(z.string().regex(/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/, 'Give a public key in PEM form, from -----BEGIN PUBLIC KEY----- to -----END PUBLIC KEY-----.'))
      .max(4)
      .optional()
      .meta({
        description:
          'Ed25519 public keys (PEM) that may sign later versions of this pack, for key rotation. Once a councillor trusts this pack, packs signed by any of these keys are accepted too. Include the current signing key so a first install can be checked.',
      }),
    changelog: z.array(ChangelogEntry).default([]),
    elections: z.array(Election).default([]),
    pendingMatters: z.array(PendingMatter).default([]),
    confidentialMatters: z.array(ConfidentialMatter).default([]),
    publicContacts: z.array(PublicContact).default([]),
    councilAccounts: z.array(CouncilAccount).default([]),
    logos: z.array(Logo).default([]),
    rules: z.record(z.string(), RuleSetting).default({}).meta({ description: 'Per-rule changes, keyed by rule id (a category id for the built-in checks).' }),
    vocabulary: z.record(z.string().regex(/^[a-z-]+\/[a-z-]+$/), VocabularyChange).default({}).meta({ description: 'Changes to the built-in word lists, keyed "category/list".' }),
    customRules: z.array(CustomRule).default([]),
    checklist: z.array(ChecklistItem).default([]),
    examples: z.array(PackExample).default([]),
  })
  .meta({ title: 'Councillor Post Check rule pack' });
export type RulePack = z.infer<typeof RulePack>;
export type RulePackInput = z.input<typeof RulePack>;
