import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { compilePhrases, type PhraseMatcher } from '../engine/phrase-matcher.js';
import type { RuleSetting, RulePack, PendingMatter, ConfidentialMatter } from './schema.js';
import { compileCustomRules } from '../checks/custom-rules.js';
import type { CheckModule } from '../checks/types.js';

/**
 * A pack made ready for checking: done once per pack, never per keystroke. Every word list,
 * every pending matter's names and every confidential code name go into one phrase matcher.
 */

export interface PackTag {
  /** "category/list" for word lists; "pack/pending-matter", "pack/confidential-matter" or "custom/<rule id>". */
  readonly key: string;
  /** Index into pendingMatters, confidentialMatters or a custom rule's phrases. */
  readonly index: number;
}

export interface CompiledPack {
  readonly pack: RulePack;
  readonly matcher: PhraseMatcher<PackTag>;
  readonly vocabulary: ReadonlyMap<string, readonly string[]>;
  readonly pendingMatters: readonly PendingMatter[];
  readonly confidentialMatters: readonly ConfidentialMatter[];
  /** Public phone numbers as national digits ("03450455200"). */
  readonly publicPhones: ReadonlySet<string>;
  /** Public email addresses, lower case. */
  readonly publicEmails: ReadonlySet<string>;
  /** Public addresses, normalised to lower-case words. */
  readonly publicAddresses: readonly string[];
  /** Council social media handles, lower case without "@". */
  readonly councilHandles: ReadonlySet<string>;
  readonly customChecks: readonly CheckModule[];
  ruleSetting(ruleId: string): RuleSetting;
}

const GENERIC_SITE_WORDS = /^(?:(?:land|site|sites|plot|plots|former|the|part|rear|units?|parcel|field|fields|area|premises|garage|garages|buildings?)\s+)*(?:(?:to the\s+)?(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|adjacent|adj\.?|behind|opposite|off|at|of|to|on|r\/o|land|and)\s+)*/i;
const GENERIC_NAME = /^(?:\d+\s*)?(?:new\s+)?(?:dwellings?|homes?|houses?|flats?|units?|apartments?|extension|application|development|scheme|proposal|planning|premises licence|licence|change of use|erection of.*|demolition.*|outline.*|full.*|variation.*|the|a)$/i;

/** Names by which people refer to a matter: reference, title, site, keywords, and the site named in the title. */
export function matterNames(matter: PendingMatter): string[] {
  const names = new Set<string>();
  const add = (name: string | undefined): void => {
    const trimmed = name?.trim().replace(/\s+/g, ' ');
    if (!trimmed || trimmed.length < 3 || GENERIC_NAME.test(trimmed)) return;
    names.add(trimmed);
  };
  add(matter.ref);
  add(matter.title);
  add(matter.site);
  for (const keyword of matter.keywords) add(keyword);
  for (const part of [matter.title, matter.site ?? ''].flatMap((text) => text.split(/[:;,()–—]| - /))) {
    const trimmed = part.trim();
    add(trimmed);
    const core = trimmed.replace(GENERIC_SITE_WORDS, '').trim();
    // A core like "Mill Road" or "Greenfields" names the site; "120 dwellings" does not.
    if (core !== trimmed && (core.split(' ').length >= 2 || /^\p{Lu}\p{L}{4,}/u.test(core))) add(core);
  }
  return [...names];
}

function phoneDigits(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value, 'GB');
  if (parsed?.isPossible()) return parsed.formatNational().replace(/\D/g, '');
  const digits = value.replace(/\D/g, '');
  return digits.length >= 3 ? digits : null;
}

export function normaliseAddress(address: string): string {
  return address.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function compilePack(pack: RulePack): CompiledPack {
  const entries: Array<{ phrase: string; tag: PackTag }> = [];
  const vocabulary = new Map<string, string[]>();
  for (const [key, change] of Object.entries(pack.vocabulary)) {
    const removed = new Set(change.remove.map((phrase) => phrase.toLowerCase()));
    const phrases = [...new Set(change.add)].filter((phrase) => !removed.has(phrase.toLowerCase()));
    vocabulary.set(key, phrases);
    for (const phrase of phrases) entries.push({ phrase, tag: { key, index: 0 } });
  }
  pack.pendingMatters.forEach((matter, index) => {
    for (const name of matterNames(matter)) entries.push({ phrase: name, tag: { key: 'pack/pending-matter', index } });
  });
  const confidentialMatters = pack.confidentialMatters;
  confidentialMatters.forEach((matter, index) => {
    for (const keyword of [matter.name, ...matter.keywords]) entries.push({ phrase: keyword, tag: { key: 'pack/confidential-matter', index } });
  });
  const customChecks = compileCustomRules(pack, entries);
  const matcher = compilePhrases(entries);

  const publicPhones = new Set<string>();
  const publicEmails = new Set<string>();
  const publicAddresses: string[] = [];
  for (const contact of pack.publicContacts) {
    const digits = contact.phone ? phoneDigits(contact.phone) : null;
    if (digits) publicPhones.add(digits);
    if (contact.email) publicEmails.add(contact.email.toLowerCase());
    if (contact.address) publicAddresses.push(normaliseAddress(contact.address));
  }
  const councilHandles = new Set(pack.councilAccounts.map((account) => account.handle.replace(/^@/, '').toLowerCase()));
  return {
    pack,
    matcher,
    vocabulary,
    pendingMatters: pack.pendingMatters,
    confidentialMatters,
    publicPhones,
    publicEmails,
    publicAddresses,
    councilHandles,
    customChecks,
    ruleSetting: (ruleId) => pack.rules[ruleId] ?? {},
  };
}

export { phoneDigits };
