/**
 * What the main process says to the Monitoring Officer: refusals and notices of Monitoring
 * Officer mode. Plain English, UK spelling, second person.
 */

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function problemAt(path: string, message: string): string {
  return `${path ? `${path}: ` : ''}${message.replace(/\.$/, '')}`;
}

export const MO_NOTICES = {
  workingCopyDamaged: (keptAs: string) =>
    `Your working copy of the council’s rules could not be read. The damaged file was kept as ${keptAs}. Open your last published pack or draft file to carry on.`,
  workingCopyNotSaved: (path: string) =>
    `Your working copy of the council’s rules could not be read and the file could not be moved aside, so changes will not be kept after you close the app. The file was left untouched at ${path}.`,
} as const;

export const MO_MESSAGES = {
  noWorkingCopy: 'There is no pack being edited: open a pack file or start a new one first.',
  wouldReplace:
    'The pack you are editing has changes that are not published. Publish them or save a draft first, or confirm that you want to replace it (it will be kept in the app’s data folder).',
  badId: (id: string, reason: string) => `“${id}” cannot be the pack id: ${reason.replace(/\.$/, '')}.`,
  badCouncilName: (council: string) => `A pack id cannot be made from “${council}”: give one, using lower-case letters, digits and hyphens.`,
  notBase64: (fileName: string) => `“${fileName}” could not be read: the file did not arrive whole. Try opening it again.`,
  tooBig: (fileName: string) => `“${fileName}” is over 5 MB, the largest pack accepted, so it was not opened.`,
  notText: (fileName: string) => `“${fileName}” is not a text file, so it cannot be a rule pack.`,
  notJson: (fileName: string) => `“${fileName}” is not a rule pack: it is not readable JSON. Open the pack’s .json file or its signed .postcheck-pack file.`,
  notAnObject: (fileName: string) => `“${fileName}” is not a rule pack: a pack is one JSON object in { }.`,
  badEnvelope: (fileName: string, reason: string) => `“${fileName}” cannot be opened because ${reason.replace(/\.$/, '')}.`,
  csvNotText: (fileName: string) => `“${fileName}” is not a text CSV file: save it from your spreadsheet as “CSV UTF-8” and try again.`,
  matterProblems: (paths: readonly string[]) =>
    `The planning register was not imported because some pending matters have problems to fix first (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''}).`,
  notMatterList: 'The planning register was not imported because “pendingMatters” is not a list: fix it first.',
  invalidForTrying: (n: number, path: string, message: string) =>
    `Fix the ${count(n, 'problem')} in the pack before trying it (the first is ${problemAt(path, message)}).`,
  notAFolder: (path: string) => `${path} is not a folder you can publish to.`,
  noFolder: 'Choose the folder to publish to first (the council’s shared drive or the web server’s upload folder).',
  publishInvalid: (n: number, path: string, message: string) =>
    `The pack cannot be published until its ${count(n, 'problem')} ${n === 1 ? 'is' : 'are'} fixed (the first is ${problemAt(path, message)}). You can save it as a draft meanwhile.`,
  publishTestsFail: (failed: number, total: number, first: string) =>
    `The pack cannot be published because ${failed} of its ${count(total, 'test')} ${failed === 1 ? 'fails' : 'fail'} (the first is ${first}). Fix the rule or its examples, then try again.`,
  tooManyKeys: 'The pack already names 4 signing keys, the most allowed: remove one from “nextSigningKeys” so the key you sign with can be named.',
  signedBadly: 'The pack could not be signed: the signature did not check out. Nothing was published; try again.',
  newKey: (fingerprint: string | null, previous: string, version: number) =>
    `This version will be signed with ${fingerprint ? `key ${fingerprint}` : 'a new key'}, not ${previous}, which signed version ${version}: councillors’ apps will not accept it until they have confirmed the new key with you. If you have the old key’s backup, import it instead.`,
  writeFailed: (path: string, reason: string) => `${path} could not be written (${reason}).`,
  nothingWritten: (reasons: readonly string[]) => `Nothing was published: ${reasons.map((reason) => reason.replace(/\.$/, '')).join('; ')}. Your working copy is unchanged.`,
  keyUnavailable:
    'Your computer offers no protected place to keep a signing key, so the app cannot make or keep one. Use the command-line tools (post-check pack keygen and sign) instead.',
  keyLocked:
    'Your signing key could not be unlocked. Sign in to your computer again (or unlock its keyring) and try again, or import your key from its backup.',
  keyExists: 'You already have a signing key. Making another would mean every councillor has to confirm it with you again.',
  noKey: 'You have no signing key yet: one is made when you first publish, or you can import one from a backup.',
  keyIsPublic: (path: string) => `${path} is a public key: import the private key backup (the file that says PRIVATE KEY).`,
  notAKey: (path: string) => `${path} is not an Ed25519 private key backup, so it was not imported.`,
  keyUnreadable: (path: string) => `${path} could not be read, so no key was imported.`,
  saveFailed: (reason: string) => `Your working copy could not be saved (${reason}). Nothing has been lost from the window: try again, and check there is free disk space.`,
} as const;

/** Said with the key backup (in the save dialog), and by the window before it is made. */
export const KEY_BACKUP_WARNING =
  'Keep this file somewhere safe and private. If the key is lost, every councillor must confirm a new key with you; anyone who has this file can sign rules for your council.';

/** The dialogs of Monitoring Officer mode (shown by main/index.ts). */
export const MO_DIALOGS = {
  'signed-pack': { title: 'Save the signed rule pack', filterName: 'Signed rule pack', extension: 'postcheck-pack' },
  draft: { title: 'Save a draft of the rule pack', filterName: 'Rule pack (JSON)', extension: 'json' },
  'key-backup': { title: 'Back up your signing key', filterName: 'Private key', extension: 'pem' },
  importKey: { title: 'Import your signing key from its backup', filterName: 'Private key', extensions: ['pem', 'key'] },
  folder: { title: 'Choose the folder to publish your rules to', button: 'Publish here' },
  close: {
    message: 'You have changes to your council’s rules that are not published.',
    detail: 'They are saved on this computer, and you can publish them next time. Councillors will not see them until you do.',
    buttons: ['Publish later', 'Stay'],
  },
} as const;
