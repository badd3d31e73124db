/**
 * Everything the main process says to the councillor, in one place: notices shown at start and
 * the messages of refusals. Plain English, UK spelling, second person.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11" → "November 2026". */
export function monthName(yearMonth: string): string {
  const [year, month] = yearMonth.split('-');
  return `${MONTHS[Number(month) - 1] ?? yearMonth} ${year}`;
}

function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

function list(all: readonly string[]): string {
  const items = [...new Set(all)];
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const NOTICES = {
  draftsDamaged: (yearMonth: string, keptAs: string) =>
    `Your drafts from ${monthName(yearMonth)} could not be read. The damaged file was kept as ${keptAs}. Everything else is safe.`,
  draftsUnreadable: (yearMonth: string, path: string) =>
    `Your drafts from ${monthName(yearMonth)} could not be read, and the file could not be moved aside. It was left untouched at ${path}. Everything else is safe.`,
  draftsMissing: (yearMonth: string, count: number) =>
    `${count === 1 ? 'A draft' : `${count} drafts`} from ${monthName(yearMonth)} could not be found: the file that held ${count === 1 ? 'it' : 'them'} is missing. Everything else is safe.`,
  settingsDamaged: (keptAs: string) =>
    `Your profile and settings could not be read. The damaged file was kept as ${keptAs}. Please check your profile in Settings. Your drafts are safe.`,
  indexDamaged: (keptAs: string) =>
    `The list of your drafts could not be read, so it was rebuilt from the drafts themselves. The damaged file was kept as ${keptAs}. No drafts were lost.`,
  packsDamaged: (keptAs: string) =>
    `Your council’s rule pack could not be read. The damaged file was kept as ${keptAs}. The Members’ Code is checking your posts until the pack is installed again.`,
  packUnusable: (id: string, version: number) =>
    `Your council’s rule pack (${id}, version ${version}) could not be used. The Members’ Code is checking your posts until it is installed again.`,
  keyUnusable: (keptAs: string) =>
    `The key that protects your saved work could not be read, so a new one was made. The old key file was kept as ${keptAs}. Any file it protected is kept beside the new ones.`,
  notSaved: (what: string, path: string) =>
    `Your ${what} could not be read and the file could not be moved aside, so changes will not be kept after you close the app. The file was left untouched at ${path}.`,
} as const;

/** Shown in a dialog when the app cannot start. */
export const STARTUP = {
  failedTitle: 'Councillor Post Check could not start',
  lockedTitle: 'Your saved work is locked',
  locked:
    'Councillor Post Check could not unlock your saved drafts because your computer’s password store is not available right now. Nothing has been changed. Sign in to your computer again (or unlock its keyring) and reopen the app.',
} as const;

export const REFUSALS = {
  draftNotFound: 'That draft could not be found. It may have been deleted.',
  undoUnavailable: 'That draft can no longer be restored. Only the most recent deletion can be undone, and only until you close the app.',
  datesReversed: 'The “from” date is after the “to” date. Swap them round and search again.',
  saveFailed: (reason: string) => `Your work could not be saved (${reason}). Nothing has been lost from the window: try again, and check there is free disk space.`,
  blocked: (excerpts: readonly string[]) => {
    const one = new Set(excerpts).size === 1;
    return `Before copying, fix ${one ? 'this' : 'these'} or override ${one ? 'it' : 'them'} with a written reason: ${list(excerpts.map((excerpt) => quote(excerpt)))}.`;
  },
  unresolved: (excerpts: readonly string[]) =>
    `Before copying, mark ${new Set(excerpts).size === 1 ? 'this' : 'these'} as checked, or as not a problem here with a reason: ${list(excerpts.map((excerpt) => quote(excerpt)))}.`,
  unanswered: (questions: readonly string[]) =>
    `Before copying, answer yes to ${questions.length === 1 ? 'this question' : 'these questions'}: ${list(questions.map((question) => quote(question, 90)))}.`,
  notAllowedUrl: 'That page is not on the list of platform pages the app may open.',
  openFailed: (reason: string) => `The platform’s page could not be opened (${reason}). Your text is still on the clipboard.`,
  clipboardFailed: (reason: string) => `The record was saved but the text could not be put on the clipboard (${reason}). Try copying again.`,
  unknownMethod: (channel: string) => `The app has no method called “${channel}”.`,
  invalidRequest: (method: string, problems: string) => `The ${method} request was not valid: ${problems}.`,
  internal: 'Something went wrong inside the app. Nothing you wrote has been lost; please try again.',
  untrustedSender: 'This request did not come from the app’s own window, so it was refused.',
} as const;

/** Why a picture was not attached, or what happened to one. One sentence each where possible. */
export const IMAGE_MESSAGES = {
  tooMany: (max: number) => `This post already has ${max} pictures, the most X and Bluesky take on one post. Remove one to add another.`,
  tooBig: (megabytes: string, limit: string) => `This picture is ${megabytes} MB, but the largest picture accepted is ${limit} MB, so it was not attached.`,
  alreadyAttached: (name: string) => `${quote(name)} is already attached to this post.`,
  badPreview: 'The picture’s preview could not be made, so it was not attached. Try attaching it again.',
  notInDraft: 'That picture is no longer attached to this draft.',
  missing: (name: string) => `The saved copy of ${quote(name)} could not be found. Your draft and its words are safe: remove the picture and attach it again.`,
  damaged: (name: string, keptAs: string | null) =>
    `The saved copy of ${quote(name)} is damaged${keptAs ? `, so it was kept aside as ${keptAs}` : ''}. Your draft and its words are safe: remove the picture and attach it again.`,
  noLocation: (name: string) => `${quote(name)} does not carry a location, so there is nothing to remove.`,
  saveUnavailable: 'Saving a copy of a picture is not available here.',
  saveFailed: (reason: string) => `The copy could not be saved (${reason}). Try another folder.`,
  /** The label of a picture in a refusal ("picture 2, leaflet.jpg"). */
  label: (index: number, name: string | undefined) => `picture ${index + 1}${name ? `, ${name}` : ''}`,
} as const;

/** Why a rule pack was not installed (one sentence each), and what a subscription check found. */
export const PACK_MESSAGES = {
  tooBig: (megabytes: string) => `The pack is ${megabytes} MB, but the largest pack accepted is 5 MB, so it was not installed.`,
  notSigned: (reason: string) => `This was not installed because ${reason.replace(/\.$/, '')}.`,
  notJson: 'This file is not a signed rule pack (it is not readable JSON), so it was not installed.',
  truncated: 'The pack was cut short before it all arrived, so it was not installed: try again later.',
  invalid: (where: string, message: string) => `The pack has a mistake${where ? ` at ${where}` : ''} (${message.replace(/\.$/, '')}), so it was not installed: ask your Monitoring Officer.`,
  badSignature: 'The pack’s signature does not match its contents, so it may have been changed and was not installed.',
  unknownKey: (fingerprint: string, packId: string) =>
    `The pack is signed with a key (${fingerprint}) that you have not trusted for ${packId}, so it was not installed: ask your Monitoring Officer.`,
  newKey: (fingerprint: string, packId: string) =>
    `The pack is signed with a key (${fingerprint}) that you have not trusted for ${packId}, so it was not installed: if your Monitoring Officer has changed their key, check the new one with them before you trust it.`,
  noSigningKey: (fingerprint: string) =>
    `The pack does not include the public key it was signed with (${fingerprint}), so it cannot be checked and was not installed.`,
  notNewer: (packId: string, version: number, installed: number) =>
    `Version ${version} of ${packId} is not newer than the installed version ${installed}, so it was not installed.`,
  otherPack: (found: string, expected: string) =>
    `This subscription now serves a different pack (${found} instead of ${expected}), so it was not installed.`,
  notHttps: 'A pack can only be downloaded over a secure https address, so it was not downloaded.',
  unreachable: (host: string) => `The pack server ${host} could not be reached, so your current rules are still in use: try again later.`,
  serverError: (host: string, status: number) => `The pack server ${host} answered with an error (${status}), so your current rules are still in use: try again later.`,
  unreadableFile: (location: string) => `The pack file ${location} could not be read, so your current rules are still in use.`,
  noPending: 'There is no pack waiting for you to trust, so nothing was changed.',
  wrongFingerprint: 'That fingerprint does not match the pack waiting to be trusted, so nothing was changed.',
  noSubscription: 'You have not subscribed to a rule pack, so there is nothing to check.',
  upToDate: 'Your rules are up to date.',
  installed: (version: number) => `Version ${version} was installed.`,
  awaitingTrust: 'A new pack is waiting for you to confirm its key with your Monitoring Officer.',
  declined: 'You did not trust the pack’s key, so it was not installed.',
} as const;
