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
