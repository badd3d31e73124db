import { z } from 'zod';
import { Attachment, Profile } from '../checks/types.js';
import { Capacity, Finding, PlatformId } from '../engine/finding.js';
import { RulePack } from '../pack/schema.js';
import type { MethodName } from './methods.js';

/**
 * Every IPC channel in one table: method → zod schemas for its request and response. The
 * renderer is untrusted: main validates each request before doing anything and each
 * response before sending it (to catch its own bugs and strip extra fields).
 */

const Id = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
const Instant = z.iso.datetime({ offset: true });
const MAX_TEXT = 100_000;

export const ErrorCode = z.enum(['invalid-request', 'not-found', 'blocked', 'incomplete-checklist', 'storage', 'not-allowed', 'pack-refused', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const BridgeError = z.strictObject({ code: ErrorCode, message: z.string() });
export type BridgeError = z.infer<typeof BridgeError>;

export function Result<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.strictObject({ ok: z.literal(true), value }), z.strictObject({ ok: z.literal(false), error: BridgeError })]);
}

/** The councillor, from first-run setup; `Profile` is what the engine needs of it. */
export const CouncillorProfile = Profile.extend({
  name: z.string().min(1).max(200),
  council: z.string().min(1).max(200),
  usualCapacity: Capacity.default('councillor'),
});
export type CouncillorProfile = z.infer<typeof CouncillorProfile>;

const Theme = z.enum(['system', 'light', 'dark']);
const DefaultPlatforms = z.array(PlatformId).min(1).max(9);

export const Settings = z.strictObject({
  theme: Theme.default('system'),
  defaultPlatforms: DefaultPlatforms.default(['x']),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some settings: only the keys given are changed (no defaults filled in). */
export const SettingsChange = z.strictObject({
  theme: Theme.optional(),
  defaultPlatforms: DefaultPlatforms.optional(),
});
export type SettingsChange = z.infer<typeof SettingsChange>;

export const ActivePack = z.strictObject({
  /** The council's pack on top of the Members' Code; null when only the bundled default is active. */
  councilPack: RulePack.nullable(),
  id: z.string(),
  version: z.number().int(),
  council: z.string(),
  expires: z.iso.date().nullable(),
  /** SHA-256 of the installed pack's bytes, when one is installed. */
  hash: z.string().nullable(),
});
export type ActivePack = z.infer<typeof ActivePack>;

export const DraftStatus = z.enum(['draft', 'checked', 'copied']);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** What the councillor decided about one finding before copying. */
export const Decision = z.strictObject({
  /** `ruleId|messageId|excerpt`: stable while the words stay the same. */
  findingKey: z.string().min(1).max(2_000),
  kind: z.enum(['override', 'not-a-problem', 'acknowledged']),
  reason: z.string().max(2_000).optional(),
});
export type Decision = z.infer<typeof Decision>;

export const ChecklistAnswer = z.strictObject({ id: z.string().min(1).max(100), text: z.string().max(500), answer: z.boolean() });

/** The audit record written at copy time. */
export const CopyRecord = z.strictObject({
  auditId: Id,
  copiedAt: Instant,
  platform: PlatformId,
  capacity: Capacity,
  postAt: Instant.nullable(),
  text: z.string().max(MAX_TEXT),
  pack: z.strictObject({ id: z.string(), version: z.number().int(), hash: z.string().nullable() }),
  findings: z.array(Finding),
  decisions: z.array(Decision),
  checklist: z.array(ChecklistAnswer),
});
export type CopyRecord = z.infer<typeof CopyRecord>;

export const Draft = z.strictObject({
  id: Id,
  createdAt: Instant,
  updatedAt: Instant,
  text: z.string().max(MAX_TEXT),
  platforms: z.array(PlatformId).min(1).max(9),
  capacity: Capacity,
  postAt: Instant.nullable(),
  attachments: z.array(Attachment).max(20).default([]),
  status: DraftStatus,
  /** Decisions kept with the draft between sessions ("not a problem here" and its reason). */
  decisions: z.array(Decision).max(500).default([]),
  copies: z.array(CopyRecord).default([]),
});
export type Draft = z.infer<typeof Draft>;

export const DraftSummary = z.strictObject({
  id: Id,
  firstLine: z.string(),
  platforms: z.array(PlatformId),
  capacity: Capacity,
  status: DraftStatus,
  updatedAt: Instant,
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const AppState = z.strictObject({
  profile: CouncillorProfile.nullable(),
  settings: Settings,
  pack: ActivePack,
  /** The draft open when the app last closed, to reopen where they left off. */
  lastDraftId: Id.nullable(),
  /** Things the councillor must be told at start, e.g. a damaged file that was moved aside. */
  notices: z.array(z.string()),
  /** The folder the app keeps its files in, shown in Settings so the councillor knows where their data is. */
  dataDir: z.string().max(4_096).optional(),
});
export type AppState = z.infer<typeof AppState>;

export const DraftSaveRequest = z.strictObject({
  id: Id.optional(),
  text: z.string().max(MAX_TEXT),
  platforms: z.array(PlatformId).min(1).max(9),
  capacity: Capacity,
  postAt: Instant.nullable(),
  decisions: z.array(Decision).max(500).optional(),
});
export const DraftSaved = z.strictObject({ id: Id, updatedAt: Instant, status: DraftStatus });

export const HistoryQuery = z.strictObject({
  text: z.string().max(200).optional(),
  status: DraftStatus.optional(),
  platform: PlatformId.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export const HistoryPage = z.strictObject({ items: z.array(DraftSummary), total: z.number().int().nonnegative() });

export const CopyRequest = z.strictObject({
  draftId: Id,
  text: z.string().max(MAX_TEXT),
  platform: PlatformId,
  capacity: Capacity,
  postAt: Instant.nullable(),
  decisions: z.array(Decision).max(500),
  checklist: z.array(ChecklistAnswer).max(50),
});
export const CopyReceipt = z.strictObject({ record: CopyRecord });

export const IdRequest = z.strictObject({ id: Id });
export const OpenPlatformRequest = z.strictObject({ platform: PlatformId, text: z.string().max(MAX_TEXT) });
export const ExportRequest = z.strictObject({ format: z.enum(['json', 'csv']), id: Id.optional() });
export const ExportFile = z.strictObject({ fileName: z.string(), mimeType: z.string(), content: z.string() });
const Empty = z.strictObject({});

/** Where a council pack comes from: a file the councillor chose or dropped, or a subscription. */
export const PackSource = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    fileName: z.string().min(1).max(500),
    /** The file's bytes, base64: the window never sees paths. At most 5 MB of pack. */
    contentBase64: z.string().max(7_000_000),
  }),
  z.strictObject({
    kind: z.literal('subscription'),
    /** An https URL, or a file path on the council's shared drive. */
    location: z.string().min(1).max(2_000),
  }),
]);
export type PackSource = z.infer<typeof PackSource>;

/** A pack signed by a key not yet trusted for its pack id: shown to the councillor to confirm with their Monitoring Officer. */
export const PendingTrust = z.strictObject({
  packId: z.string(),
  council: z.string(),
  version: z.number().int(),
  contact: z.strictObject({ name: z.string(), role: z.string().optional(), email: z.string().optional(), phone: z.string().optional() }).nullable(),
  /** The signing key's fingerprint, to read out and compare. */
  fingerprint: z.string(),
});
export type PendingTrust = z.infer<typeof PendingTrust>;

export const PackVersionRecord = z.strictObject({
  id: z.string(),
  version: z.number().int(),
  council: z.string(),
  hash: z.string(),
  installedAt: Instant,
});

export const PackStatus = z.strictObject({
  active: ActivePack,
  /** Fingerprint of the key that signed the active pack; null for the bundled default. */
  signerFingerprint: z.string().nullable(),
  subscription: z
    .strictObject({ location: z.string(), lastChecked: Instant.nullable(), lastResult: z.string().nullable() })
    .nullable(),
  /** True when the active pack is past its expires date ("your rules are out of date"). */
  isExpired: z.boolean(),
  /** Earlier versions installed, newest first: which version checked which draft stays known. */
  history: z.array(PackVersionRecord),
  pendingTrust: PendingTrust.nullable(),
  /** What changed with the last install, in words. */
  lastChange: z.array(z.string()),
  /** The last refusal or failure, in one sentence; the active pack kept working. */
  problem: z.string().nullable(),
});
export type PackStatus = z.infer<typeof PackStatus>;

export const TrustDecision = z.strictObject({ fingerprint: z.string().min(8).max(200), accept: z.boolean() });

export const CHANNELS = {
  getAppState: { request: Empty, response: Result(AppState) },
  saveProfile: { request: CouncillorProfile, response: Result(CouncillorProfile) },
  saveSettings: { request: SettingsChange, response: Result(Settings) },
  saveDraft: { request: DraftSaveRequest, response: Result(DraftSaved) },
  getDraft: { request: IdRequest, response: Result(Draft) },
  listDrafts: { request: HistoryQuery, response: Result(HistoryPage) },
  deleteDraft: { request: IdRequest, response: Result(IdRequest) },
  undoDelete: { request: IdRequest, response: Result(Draft) },
  duplicateDraft: { request: IdRequest, response: Result(Draft) },
  copyChecked: { request: CopyRequest, response: Result(CopyReceipt) },
  openPlatform: { request: OpenPlatformRequest, response: Result(z.strictObject({ url: z.string() })) },
  /** The council's pack is already trusted, but this version is signed by a different key. */
  replacesKey: z.boolean().default(false),
  exportHistory: { request: ExportRequest, response: Result(ExportFile) },
  getPackStatus: { request: Empty, response: Result(PackStatus) },
  installPack: { request: PackSource, response: Result(PackStatus) },
  confirmPackTrust: { request: TrustDecision, response: Result(PackStatus) },
  checkPackNow: { request: Empty, response: Result(PackStatus) },
} as const satisfies Record<MethodName, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof CHANNELS;

/** What the renderer sees as `window.postCheck`. */
export type Bridge = {
  [M in MethodName]: (request: z.input<Channels[M]['request']>) => Promise<z.output<Channels[M]['response']>>;
};

/** The key a decision is stored under for a finding. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'messageId' | 'excerpt' | 'attachment'>): string {
  const image = finding.attachment ? `|image ${finding.attachment.index}` : '';
  return `${finding.ruleId}|${finding.messageId}|${finding.excerpt}${image}`;
}
