import { z } from 'zod';
import { Attachment, LogoMatch, Profile } from '../checks/types.js';
import { Capacity, Finding, PlatformId } from '../engine/finding.js';
import { MAX_IMAGE_BYTES } from '../image/index.js';
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

export const ErrorCode = z.enum(['invalid-request', 'not-found', 'blocked', 'incomplete-checklist', 'storage', 'not-allowed', 'pack-refused', 'image-refused', 'internal']);
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

/** The most pictures a draft may carry: what X and Bluesky take on one post. */
export const MAX_ATTACHMENTS = 4;

/** An attached image's id: the SHA-256 (hex) of its bytes as stored. */
export const ImageId = z.string().regex(/^[0-9a-f]{64}$/);

/** Asked before copying whenever a picture is attached; main refuses to copy until it is answered yes. */
export const IMAGE_CHECKLIST_ITEM = { id: 'pictures-permission', text: 'Every picture is my own, or I have permission to use it.' } as const;

/** What the audit record keeps of each picture copied with the post. */
export const CopiedImage = z.strictObject({
  index: z.number().int().nonnegative(),
  name: z.string().max(500).optional(),
  /** SHA-256 of the picture's bytes as attached. */
  hash: ImageId,
  altText: z.string().max(2000).optional(),
  /** Whether the picture still carries a location, and whether one was removed. */
  hasLocation: z.boolean(),
  locationRemoved: z.boolean(),
  logoMatches: z.array(LogoMatch),
});
export type CopiedImage = z.infer<typeof CopiedImage>;

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
  /** The pictures attached when the post was copied. */
  attachments: z.array(CopiedImage).max(20).optional(),
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

/** A picture as the list of drafts shows it. */
export const PictureSummary = z.strictObject({ name: z.string().max(500).optional(), altText: z.string().max(2000).optional(), thumbnail: z.string().max(100_000).optional() });
export type PictureSummary = z.infer<typeof PictureSummary>;

export const DraftSummary = z.strictObject({
  id: Id,
  firstLine: z.string(),
  platforms: z.array(PlatformId),
  capacity: Capacity,
  status: DraftStatus,
  updatedAt: Instant,
  /** The draft's pictures, when it has any. */
  pictures: z.array(PictureSummary).max(20).optional(),
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

/** What the window may change of an attached picture: its description and the logos found in it. */
export const ImageEdit = z.strictObject({
  id: ImageId,
  altText: z.string().max(2000).optional(),
  logoMatches: z.array(LogoMatch).max(20).optional(),
  /** The rule pack the logo matches were found with. */
  scannedFor: z.string().max(200).optional(),
});
export type ImageEdit = z.infer<typeof ImageEdit>;

export const DraftSaveRequest = z.strictObject({
  id: Id.optional(),
  text: z.string().max(MAX_TEXT),
  platforms: z.array(PlatformId).min(1).max(9),
  capacity: Capacity,
  postAt: Instant.nullable(),
  decisions: z.array(Decision).max(500).optional(),
  /** Changes to the draft's pictures (matched by id; a picture not in the draft is left alone). */
  images: z.array(ImageEdit).max(MAX_ATTACHMENTS).optional(),
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
  /** The council's pack is already trusted, but this version is signed by a different key. */
  replacesKey: z.boolean().default(false),
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

/** A small preview made by the window: a JPEG, PNG or WebP data: URL. */
const Thumbnail = z
  .string()
  .max(100_000)
  .regex(/^data:image\/(?:jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/);

/** A picture to attach: the file's bytes (base64: the window never sees paths) and the window's preview and logo scan. */
export const AttachImageRequest = z.strictObject({
  draftId: Id,
  /** The file's name, as the councillor knows it. */
  name: z.string().min(1).max(500),
  /** A little over the largest picture accepted, so main can say how big a picture that is too big is. */
  dataBase64: z.base64().max(Math.ceil((MAX_IMAGE_BYTES + 1_048_576) / 3) * 4),
  thumbnail: Thumbnail,
  altText: z.string().max(2000).optional(),
  logoMatches: z.array(LogoMatch).max(20).default([]),
  scannedFor: z.string().max(200).optional(),
});

export const ImageRequest = z.strictObject({ draftId: Id, id: ImageId });

/** The draft's pictures after a change, with the draft's new status. */
export const ImagesChanged = z.strictObject({ attachments: z.array(Attachment), status: DraftStatus, updatedAt: Instant });

export const ImageData = z.strictObject({ id: ImageId, mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']), dataBase64: z.string() });

/** A picture saved to a file the councillor chose (only its name comes back); `saved` is false when they cancelled. */
export const ImageCopySaved = z.strictObject({ saved: z.boolean(), fileName: z.string().nullable() });

/*
 * Monitoring Officer mode ("I publish rules for my council"). The Monitoring Officer edits a
 * working copy of the council's pack, kept sealed in the data folder; main validates, tries,
 * tests, signs and publishes it with the same code as `post-check pack`. The private signing key
 * never crosses the bridge; paths to write come from main's own dialogs, except that the
 * window is told the chosen publish folder and file names so it can show them.
 *
 *   moGetState {}                    → MoState: the working copy (null before one is started),
 *                                      the signing key (null before one exists), whether keys
 *                                      can be kept protected, and notices (a damaged working
 *                                      copy moved aside, …).
 *   moStart { council, id?, replace? } → MoWorkingCopy: a new working copy from the starter pack
 *                                      (`post-check pack init`'s, with the council's name and id).
 *   moOpenPack { fileName, contentBase64, replace? } → MoWorkingCopy: from a plain pack JSON
 *                                      file or a signed .postcheck-pack (its payload is read; the
 *                                      signature is not checked). An invalid pack opens too, with
 *                                      its problems. Both moStart and moOpenPack refuse with
 *                                      'not-allowed' when the current working copy has unpublished
 *                                      changes, unless `replace` is true (the old copy is then
 *                                      kept aside in the data folder, not deleted).
 *   moSave { pack }                  → MoSaved: autosave of the pack as edited (call it debounced,
 *                                      ~500 ms after typing stops). Answers the validation problems,
 *                                      the same plain-English messages as `pack validate`, each
 *                                      with its JSON path ("pendingMatters[3].decisionDate"; "" for
 *                                      the whole pack) to show next to the field.
 *   moTryPost { text, capacity?, platform?, at?, profile? } → MoTryResult: the findings a
 *                                      councillor would see with the working pack (on top of the
 *                                      Members' Code). `at` defaults to now. Refused
 *                                      ('pack-refused') while the pack has problems.
 *   moRunTests {}                    → MoTestSummary: the pack's custom-rule examples and example
 *                                      posts, as `pack test` runs them. Refused while invalid.
 *   moStaleMatters { days? }         → MoStaleList: pending matters whose decision date is more
 *                                      than `days` (default 14) days before today.
 *   moRemoveStaleMatters { days? }   → MoWorkingCopy without those matters.
 *   moImportPlanning { fileName, contentBase64 } → MoPlanningImport: a planning register CSV
 *                                      merged into pendingMatters like `pack import-planning
 *                                      --into` (planning matters become the register's, keeping
 *                                      their other names; other kinds are kept). Rows that cannot
 *                                      be used come back with their line numbers; a file that
 *                                      cannot be read at all changes nothing (`fatal`).
 *   moCreateKey {}                   → MoKey: makes the Ed25519 signing key, kept encrypted by the
 *                                      operating system. Refused when one exists.
 *   moExportKey {}                   → MoFileSaved: asks where (save dialog) and writes the private
 *                                      key backup there (mode 0600). `saved` false when cancelled.
 *                                      Show the backup warning first (see MoKey).
 *   moImportKey {}                   → MoKey: asks for a backup file (open dialog) and makes it
 *                                      the signing key; the key it replaces is kept aside.
 *   moChoosePublishFolder { clear? } → MoWorkingCopy: asks for the subscription folder (a shared
 *                                      drive or a web server's upload folder), or forgets it.
 *   moPublishPreview {}              → MoPublishPreview: whether it can be published and why not,
 *                                      the version it would get, what changed since the last
 *                                      published version (in words), the signing fingerprint.
 *   moPublish { changes, toFile, toFolder } → MoPublished: bumps the version, sets the issue date,
 *                                      adds the changelog line `changes`, names the signing key in
 *                                      nextSigningKeys, signs, and writes `<pack id>.postcheck-pack`
 *                                      to a file chosen in a save dialog (toFile) and/or the publish
 *                                      folder (toFolder). Refused ('pack-refused') while the pack
 *                                      has problems or its tests fail; makes the key on first use.
 *   moSaveDraftFile {}               → MoFileSaved: the pack as edited (unsigned, maybe invalid) to
 *                                      a file chosen in a save dialog.
 *
 * The notice-of-election date suggestion needs no bridge: src/pack/election-dates.ts
 * (`suggestNoticeDate`) is platform-free, for the window to import.
 */

/** The largest pack as edited that is saved (the largest pack accepted is 5 MB). */
const MAX_EDITED_PACK_CHARS = 5 * 1024 * 1024;

/** The pack as the Monitoring Officer is editing it: any JSON object (it may not be valid yet). */
export const EditablePack = z
  .record(z.string(), z.json())
  .refine((pack) => JSON.stringify(pack).length <= MAX_EDITED_PACK_CHARS, 'The pack is over 5 MB.');
export type EditablePack = z.infer<typeof EditablePack>;

/** A validation problem, as `post-check pack validate` reports it. */
export const MoProblem = z.strictObject({
  /** JSON path into the pack ("pendingMatters[3].decisionDate"), or "" for the whole pack. */
  path: z.string(),
  message: z.string(),
});
export type MoProblem = z.infer<typeof MoProblem>;

export const MoWorkingCopy = z.strictObject({
  pack: EditablePack,
  problems: z.array(MoProblem),
  /** Where it came from: the starter pack, or a file (its name as chosen). */
  origin: z.strictObject({ kind: z.enum(['starter', 'file']), fileName: z.string().nullable() }),
  /** The version last published from this working copy, or null before the first. */
  lastPublished: z.strictObject({ version: z.number().int(), issued: z.iso.date().nullable(), publishedAt: Instant, fingerprint: z.string() }).nullable(),
  /** The subscription folder packs are published to, or null. */
  publishFolder: z.string().nullable(),
  /** True when the pack as edited differs from the last published version (or, before one, from what was opened). */
  unpublishedChanges: z.boolean(),
  updatedAt: Instant,
});
export type MoWorkingCopy = z.infer<typeof MoWorkingCopy>;

export const MoKey = z.strictObject({
  /** The key id, as the councillor's trust dialog shows it: read it out to councillors. */
  fingerprint: z.string(),
  publicPem: z.string(),
  createdAt: Instant.nullable(),
  /** When a backup was last exported (null: never). Losing an unbacked-up key means every councillor must confirm a new one. */
  backedUpAt: Instant.nullable(),
});
export type MoKey = z.infer<typeof MoKey>;

export const MoState = z.strictObject({
  workingCopy: MoWorkingCopy.nullable(),
  key: MoKey.nullable(),
  /** 'available': keys can be kept encrypted by the operating system; 'unavailable': they cannot (publishing is refused); 'locked': a key exists but cannot be unlocked now (import a backup, or unlock the computer's keyring). */
  keyStore: z.enum(['available', 'unavailable', 'locked']),
  notices: z.array(z.string()),
});
export type MoState = z.infer<typeof MoState>;

export const MoStartRequest = z.strictObject({
  council: z.string().trim().min(2).max(200),
  /** The pack id; made from the council's name when left out. */
  id: z.string().max(64).optional(),
  replace: z.boolean().optional(),
});
export const MoOpenRequest = z.strictObject({
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64, as for installPack. */
  contentBase64: z.string().max(7_000_000),
  replace: z.boolean().optional(),
});
export const MoSaveRequest = z.strictObject({ pack: EditablePack });
export const MoSaved = z.strictObject({ updatedAt: Instant, problems: z.array(MoProblem), unpublishedChanges: z.boolean() });

export const MoTryRequest = z.strictObject({
  text: z.string().max(MAX_TEXT),
  capacity: Capacity.default('councillor'),
  platform: PlatformId.default('x'),
  /** When it would be posted; now when left out. */
  at: Instant.nullable().optional(),
  profile: Profile.optional(),
});
export const MoTryResult = z.strictObject({ findings: z.array(Finding) });

export const MoTestResult = z.strictObject({
  /** "rule Project names" or "example 2: “…”". */
  name: z.string(),
  count: z.number().int().nonnegative(),
  failures: z.array(z.strictObject({ kind: z.enum(['flag', 'pass', 'duplicate', 'unknown-message']), text: z.string(), problem: z.string() })),
});
export const MoTestSummary = z.strictObject({ passed: z.number().int().nonnegative(), failed: z.number().int().nonnegative(), results: z.array(MoTestResult) });

export const MoStaleRequest = z.strictObject({ days: z.number().int().min(0).max(3650).default(14) });
export const MoStaleList = z.strictObject({
  days: z.number().int(),
  /** Today's date in the UK, the date the ages are counted to. */
  today: z.iso.date(),
  matters: z.array(
    z.strictObject({ index: z.number().int().nonnegative(), ref: z.string().nullable(), title: z.string(), kind: z.string(), decisionDate: z.iso.date(), daysAgo: z.number().int() }),
  ),
});
export const MoPlanningRequest = z.strictObject({ fileName: z.string().min(1).max(500), contentBase64: z.string().max(7_000_000) });
export const MoCsvProblem = z.strictObject({ line: z.number().int().nonnegative(), message: z.string() });
export const MoPlanningImport = z.strictObject({
  /** Applications read from the file. */
  imported: z.number().int().nonnegative(),
  /** Rows skipped, each with its line number and why. */
  problems: z.array(MoCsvProblem),
  /** Why nothing could be read (nothing was changed), or null. */
  fatal: MoCsvProblem.nullable(),
  /** Which heading was used for each column found ("ref" → "Application Number"). */
  columns: z.record(z.string(), z.string()),
  /** What changed in the pending matters, in words. */
  changes: z.array(z.string()),
  workingCopy: MoWorkingCopy,
});
export const MoFolderRequest = z.strictObject({ clear: z.boolean().optional() });
export const MoFileSaved = z.strictObject({ saved: z.boolean(), path: z.string().nullable() });

export const MoPublishPreview = z.strictObject({
  ready: z.boolean(),
  /** Why it cannot be published yet, one sentence each. */
  reasons: z.array(z.string()),
  /** The version it would be published as. */
  version: z.number().int(),
  /** The version the diff is against (the last published, or the file opened), or null for a new pack. */
  baselineVersion: z.number().int().nullable(),
  diff: z.array(z.string()),
  /** The key it would be signed with; null when one will be made on publishing. */
  fingerprint: z.string().nullable(),
  publishFolder: z.string().nullable(),
  /** Things to know before publishing that do not stop it (a new signing key councillors must confirm), one sentence each. */
  warnings: z.array(z.string()),
});
export const MoPublishRequest = z
  .strictObject({
    /** The changelog line for this version. */
    changes: z.string().trim().min(1).max(1_000),
    toFile: z.boolean(),
    toFolder: z.boolean(),
  })
  .refine((request) => request.toFile || request.toFolder, 'Choose a file, the publish folder, or both.');
export const MoPublished = z.strictObject({
  /** False when the save dialog was cancelled and nothing else was asked for: nothing changed. */
  published: z.boolean(),
  version: z.number().int(),
  issued: z.iso.date(),
  fingerprint: z.string(),
  diff: z.array(z.string()),
  /** The signed file written where the Monitoring Officer chose, and the one written in the publish folder. */
  file: z.string().nullable(),
  folderFile: z.string().nullable(),
  /** A place that could not be written (the other one was), one sentence each. */
  warnings: z.array(z.string()),
  workingCopy: MoWorkingCopy,
});

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
  exportHistory: { request: ExportRequest, response: Result(ExportFile) },
  getPackStatus: { request: Empty, response: Result(PackStatus) },
  installPack: { request: PackSource, response: Result(PackStatus) },
  confirmPackTrust: { request: TrustDecision, response: Result(PackStatus) },
  checkPackNow: { request: Empty, response: Result(PackStatus) },
  attachImage: { request: AttachImageRequest, response: Result(ImagesChanged) },
  readImage: { request: ImageRequest, response: Result(ImageData) },
  removeImage: { request: ImageRequest, response: Result(ImagesChanged) },
  removeImageLocation: { request: ImageRequest, response: Result(ImagesChanged) },
  saveImageCopy: { request: ImageRequest, response: Result(ImageCopySaved) },
  moGetState: { request: Empty, response: Result(MoState) },
  moStart: { request: MoStartRequest, response: Result(MoWorkingCopy) },
  moOpenPack: { request: MoOpenRequest, response: Result(MoWorkingCopy) },
  moSave: { request: MoSaveRequest, response: Result(MoSaved) },
  moTryPost: { request: MoTryRequest, response: Result(MoTryResult) },
  moRunTests: { request: Empty, response: Result(MoTestSummary) },
  moStaleMatters: { request: MoStaleRequest, response: Result(MoStaleList) },
  moRemoveStaleMatters: { request: MoStaleRequest, response: Result(MoWorkingCopy) },
  moImportPlanning: { request: MoPlanningRequest, response: Result(MoPlanningImport) },
  moCreateKey: { request: Empty, response: Result(MoKey) },
  moExportKey: { request: Empty, response: Result(MoFileSaved) },
  moImportKey: { request: Empty, response: Result(MoKey) },
  moChoosePublishFolder: { request: MoFolderRequest, response: Result(MoWorkingCopy) },
  moPublishPreview: { request: Empty, response: Result(MoPublishPreview) },
  moPublish: { request: MoPublishRequest, response: Result(MoPublished) },
  moSaveDraftFile: { request: Empty, response: Result(MoFileSaved) },
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
