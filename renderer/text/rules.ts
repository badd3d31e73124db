/** Wording of the Rules section of Settings, the trust question and the rules badge. */
export const RULES_TEXT = {
  installedHeading: 'Rules',
  council: 'Council',
  packId: 'Pack',
  version: 'Version',
  issued: 'Issued',
  expires: 'Expires',
  noExpiry: 'Does not expire',
  notRecorded: 'Not recorded',
  fingerprint: 'Signing key fingerprint',
  bundledActive: "The bundled Members' Code is active.",
  bundledHint: 'When your Monitoring Officer publishes your council’s own rules, you can install them here from a file or subscribe to them.',
  councilActive: (council: string) => `Your council's rules (${council}) are active, on top of the Members' Code.`,
  expired: 'Your rules are out of date: ask your Monitoring Officer for the current pack.',
  problemHeading: 'The last change to your rules did not work',
  problemKept: 'Your current rules are still in use.',

  subscriptionHeading: 'Updates',
  subscriptionNone: 'You are not subscribed to your council’s rules, so they are only updated when you install a file.',
  subscriptionLocation: 'Updates from',
  lastChecked: 'Last checked',
  neverChecked: 'Not yet',
  lastResult: 'Result',
  checkNow: 'Check now',
  checking: 'Checking…',

  fileHeading: 'Install a rule pack from a file',
  fileLabel: 'Rule pack file',
  fileHint: 'Your Monitoring Officer sends this as a file ending .postcheck-pack. You can also drag the file onto this section.',
  dropHere: 'Drop the rule pack file here to install it',
  fileTooBig: 'The file is over 5 MB, so it cannot be a rule pack. Check you chose the file your Monitoring Officer sent.',
  fileUnreadable: (name: string) => `The file ${name} could not be read. Try choosing it again.`,
  installing: (name: string) => `Installing ${name}…`,
  installed: (council: string, version: number) => `Installed ${council} rules, version ${version}.`,

  subscribeHeading: 'Subscribe to your council’s rules',
  subscribeLabel: 'Web address or shared drive path',
  subscribeHint: 'For example https://www.example.gov.uk/rules.postcheck-pack or \\\\council-share\\members\\rules.postcheck-pack. The app checks it when it starts and every 6 hours.',
  subscribe: 'Subscribe',
  subscribeEmpty: 'Enter the web address or shared drive path your Monitoring Officer gave you',
  subscribeNotHttps: 'Enter a web address that starts with https://, or a path on your council’s shared drive',
  subscribed: 'Subscribed. What the app found is shown under Updates.',

  changeHeading: 'What changed in the last update',
  historyHeading: 'Versions installed on this computer',
  historyNone: 'No council rule packs have been installed yet.',
  historyCaption: 'Rule packs installed on this computer, newest first',
  historyVersion: 'Version',
  historyCouncil: 'Council',
  historyInstalled: 'Installed',
  historyHash: 'Content fingerprint',

  trustHeading: 'Check this rule pack with your Monitoring Officer',
  trustIntro: (council: string) =>
    `This is the first rule pack from ${council} on this computer. Before you trust it, ask your Monitoring Officer to read out the key fingerprint and check it matches the one below.`,
  trustNewKeyIntro: (council: string) =>
    `Your rules from ${council} are now signed with a different key. Monitoring Officers change keys when one is lost or replaced, but a forged pack would look the same. Ask your Monitoring Officer to read out the new key fingerprint and check it matches the one below before you trust it.`,
  trustCouncil: 'Council',
  trustContact: 'Monitoring Officer',
  trustNoContact: 'The pack does not name a contact. Use the contact details you already have for your Monitoring Officer.',
  trustPack: 'Pack',
  trustPackValue: (id: string, version: number) => `${id}, version ${version}`,
  trustFingerprint: 'Key fingerprint',
  trustFingerprintHint: 'Shown in groups of 4 to make it easier to read out.',
  trustAccept: 'I have confirmed this key — trust it',
  trustReject: 'Don’t trust it',
  trustLater: 'Decide later',
  waiting: (council: string, version: number) => `A rule pack from ${council} (version ${version}) is waiting for you to confirm its signing key with your Monitoring Officer.`,
  reviewKey: 'Check the key',
  trustLaterHint: 'Until you trust this key, your current rules stay in use.',
  trusted: (council: string) => `You trust the key for ${council}. Its rules are now in use.`,
  rejected: 'You did not trust this key, so the rule pack was not installed.',

  badgeOutOfDate: 'Your rules are out of date: ask your Monitoring Officer',
  badgeCheckFailed: 'Your rules could not be checked for updates',
};

/** A fingerprint in groups of 4 characters, to read aloud and compare. */
export function groupFingerprint(fingerprint: string): string {
  const plain = fingerprint.replace(/^[A-Za-z0-9]+:/, '').replace(/[^0-9A-Za-z+/=]/g, '');
  return (plain.match(/.{1,4}/g) ?? [fingerprint]).join(' ');
}
