import type { CheckContext, Draft } from '../checks/types.js';
import type { Severity } from './finding.js';
import {
  findDates, findEmails, findHouseNumbers, findNhsNumbers, findNiNumbers, findPhoneNumbers, findPostcodes, findStreetAddresses, findStreetNames,
  findVehicleRegistrations, nationalDigits, type AddressMatch, type EmailMatch, type PhoneMatch,
} from './identifiers.js';
import { findPeople, type PersonRef } from './people.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { Span, Token } from './prepare-draft.js';
import { cover, tokenAt } from './text-helpers.js';

/**
 * Finds other people's personal details in a draft and judges each one by its context: whose
 * number or address it is (a resident's, an organisation's, the councillor's own), whether an
 * address is a venue or an election imprint, and whether a named resident is linked to their
 * health, benefits, school or case. Reads the `personal-data/…` word lists.
 */

export type DetailKind =
  | 'privatePhone' | 'unverifiedPhone' | 'privateEmail' | 'unverifiedEmail' | 'homeAddress' | 'address' | 'postcode'
  | 'niNumber' | 'nhsNumber' | 'dateOfBirth' | 'vehicle' | 'residentDetails' | 'identifiableDetails' | 'residentCase' | 'citingResident';

export interface PersonalDetail extends Span {
  readonly kind: DetailKind;
  readonly severity: Severity;
  /** The resident the detail is about, as typed, when one is named. */
  readonly person?: string;
}

type Hits = ReadonlyArray<PhraseHit<unknown>>;
interface Scope {
  readonly draft: Draft;
  readonly context: CheckContext;
  readonly lists: (name: string) => Hits;
  readonly residents: readonly PersonRef[];
  /** Street names and house addresses in the draft. */
  readonly streets: readonly Span[];
  /** Sensitive details tied to a person ("her housing benefit", "has severe autism"), and events in someone's life. */
  readonly attached: Hits;
  /** Events in someone's life ("evicted", "had a fall"): tied to a person named in the same sentence. */
  readonly events: Hits;
}

const FAMILY_NAME = /^\p{Lu}\p{Ll}+[^s]s$/u;
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;
/** ", 87," or " (87)" or ", aged 87" straight after a first name. */
const NAME_WITH_AGE = /^(?:,\s*(?:aged\s+)?(?:[1-9]|[1-9]\d|10\d)\s*,|\s*\((?:[1-9]|[1-9]\d|10\d)\))/;
const RESIDENT_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);
/** After a name, these mark a public office holder: "Daniel Zeichner MP". */
const OFFICE_SUFFIXES = new Set(['mp', 'mps', 'msp', 'mep', 'ms', 'am', 'mla', 'mpp', 'kc', 'qc', 'pcc']);
const ORGANISATION_DOMAIN = /(?:^|\.)(?:gov\.uk|nhs\.uk|nhs\.net|police\.uk|parliament\.uk|sch\.uk|ac\.uk|mod\.uk|gov\.wales|gov\.scot|llyw\.cymru)$/;
const ROLE_MAILBOX = /^(?:info|enquir(?:y|ies)|contact|hello|admin|office|bookings?|reception|clerk|council|cllr|councillor|mayor|team|support|help|press|media|news|secretary|chair|membership|members|events?|general|sales|accounts|feedback|complaints|customer\.?services?|noreply|no-reply|democratic\.?services|elections|parish|friends|volunteers?)(?:[._-]|$)/;
const WEBMAIL = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|btopenworld|sky|virginmedia|ntlworld|talktalk|tiscali|protonmail|proton|gmx|mail|example)\.(?:com|co\.uk|net|me|org|uk)$/;

const listOf = (draft: Draft) => (name: string): Hits => draft.hits(`personal-data/${name}`);

function firstTokenOf(draft: Draft, span: Span): number {
  return Math.min(tokenAt(draft, span.start), draft.tokens.length - 1);
}

function sentenceAt(draft: Draft, offset: number): number {
  return draft.tokens[firstTokenOf(draft, { start: offset, end: offset })]?.sentence ?? 0;
}

/** The last hit of `hits` ending at most `window` words before the span, in the same sentence. */
function hitBefore(draft: Draft, hits: Hits, span: Span, window: number): PhraseHit<unknown> | undefined {
  const first = firstTokenOf(draft, span);
  const sentence = draft.tokens[first]?.sentence;
  let found: PhraseHit<unknown> | undefined;
  for (const hit of hits) {
    if (hit.endToken > first + 1 || hit.endToken < first - window || hit.start >= span.start || draft.tokens[hit.firstToken]?.sentence !== sentence) continue;
    if (!found || hit.endToken > found.endToken) found = hit;
  }
  return found;
}

function isAfterHit(draft: Draft, hits: Hits, span: Span, window: number): boolean {
  return hitBefore(draft, hits, span, window) !== undefined;
}

/** Whose a contact detail is, by the nearer of "call me on" and "his number is" before it. */
function ownerCue(scope: Scope, span: Span): 'own' | 'person' | null {
  const own = hitBefore(scope.draft, scope.lists('own-contact'), span, 6);
  const person = hitBefore(scope.draft, scope.lists('person-contact'), span, 8);
  if (own && (!person || own.endToken > person.endToken)) return 'own';
  return person || isTiedToPerson(scope, span, 8) ? 'person' : null;
}

function isInSentenceOf(draft: Draft, hits: Hits, span: Span): boolean {
  const sentence = sentenceAt(draft, span.start);
  return hits.some((hit) => draft.tokens[hit.firstToken]?.sentence === sentence);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function isResident(draft: Draft, ref: PersonRef, notNames: readonly Span[], profileName: string): boolean {
  const { tokens } = draft;
  if (ref.kind === 'titled') return RESIDENT_TITLES.has(tokens[ref.firstToken]?.text ?? '');
  // "the Hendersons" is a family; "the Meadows Centre" is a place.
  if (ref.kind === 'family') return !(tokens[ref.endToken]?.isCapitalised && tokens[ref.endToken]?.sentence === tokens[ref.firstToken]?.sentence);
  // A full name is two words or more: "Resident's" or "Mary's" alone is not one.
  if (ref.kind !== 'full-name' || tokens[ref.firstToken]?.start === tokens[ref.endToken - 1]?.start) return false;
  // "the Red Lion", "Daniel Zeichner MP", "Mon-Fri".
  if (tokens[ref.firstToken - 1]?.text === 'the' || OFFICE_SUFFIXES.has(tokens[ref.endToken]?.text ?? '') || ref.name.includes('-')) return false;
  if (profileName && profileName.includes(ref.name.toLowerCase())) return false;
  return !notNames.some((hit) => overlaps(hit, ref));
}

/** A person's own detail: "his number is …", "the tenant at …", "Mrs Jean Atkins at …". */
function isTiedToPerson(scope: Scope, span: Span, window: number): boolean {
  const { draft, lists, residents } = scope;
  if (isAfterHit(draft, lists('person-contact'), span, window)) return true;
  const first = firstTokenOf(draft, span);
  const sentence = draft.tokens[first]?.sentence;
  return residents.some((ref) => ref.endToken <= first && ref.endToken >= first - window && draft.tokens[ref.firstToken]?.sentence === sentence);
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);
const DIALLING = new Set(['call', 'ring', 'text', 'phone', 'contact', 'message', 'whatsapp']);

/** "she wants a lift", "ring Jean on …": a sign that a number with no other cue is a person's. */
function isPersonal(draft: Draft, span: Span): boolean {
  const first = firstTokenOf(draft, span);
  const sentence = draft.tokens[first]?.sentence;
  const named = (at: number): boolean => DIALLING.has(draft.tokens[at - 1]?.text ?? '') && !!draft.tokens[at]?.isCapitalised && draft.tokens[at]?.sentence === sentence;
  return named(first - 2) || named(first - 1) || draft.tokens.some((token) => token.sentence === sentence && PRONOUNS.has(token.text));
}

function phoneDetail(scope: Scope, phone: PhoneMatch, own: readonly string[]): PersonalDetail | null {
  const { draft, lists } = scope;
  if (scope.context.pack.publicPhones.has(phone.digits) || own.includes(phone.digits)) return null;
  if (phone.kind !== 'mobile' && phone.kind !== 'geographic') return null;
  const owner = ownerCue(scope, phone);
  if (owner === 'person') return { ...phone, kind: 'privatePhone', severity: 'block' };
  if (owner === 'own') return null;
  const isOrganisation = isAfterHit(draft, lists('organisation-line'), phone, 10) || isInSentenceOf(draft, lists('event'), phone);
  if (phone.kind === 'mobile') return { ...phone, kind: isOrganisation ? 'unverifiedPhone' : 'privatePhone', severity: isOrganisation ? 'warn' : 'block' };
  if (isOrganisation) return null;
  return { ...phone, kind: 'unverifiedPhone', severity: isPersonal(draft, phone) ? 'warn' : 'advise' };
}

/** Capitalised words of the draft outside the address: "Raj" and "Patel" make raj.patel@… a resident's. */
function namesSomeoneElse(draft: Draft, email: EmailMatch, profileName: string): boolean {
  const parts = email.local.split(/[^a-z]+/).filter((part) => part.length >= 3 && !profileName.includes(part));
  return draft.tokens.some((token) => token.isCapitalised && (token.end <= email.start || token.start >= email.end) && parts.includes(token.text));
}

function emailDetail(scope: Scope, email: EmailMatch, profileName: string): PersonalDetail | null {
  const { draft, context, lists } = scope;
  if (context.pack.publicEmails.has(email.address) || context.profile.contacts.some((contact) => contact.toLowerCase().includes(email.address))) return null;
  if (ORGANISATION_DOMAIN.test(email.domain) || ROLE_MAILBOX.test(email.local)) return null;
  const owner = namesSomeoneElse(draft, email, profileName) ? 'person' : ownerCue(scope, email);
  if (owner === 'own') return null;
  if (owner === 'person' || WEBMAIL.test(email.domain)) return { ...email, kind: 'privateEmail', severity: 'block' };
  return isInSentenceOf(draft, lists('organisation-line'), email) ? null : { ...email, kind: 'unverifiedEmail', severity: 'warn' };
}

const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Whether an address or postcode is fine to publish where it stands: public, a venue, an imprint, or the councillor's own. */
function isPublicPlace(scope: Scope, span: Span, numberStart: number): boolean {
  const { draft, context, lists } = scope;
  const written = normalise(draft.text.slice(numberStart, span.end));
  const squeezed = written.replace(/ /g, '');
  if (context.pack.publicAddresses.some((address) => address.includes(written) || address.replace(/ /g, '').includes(squeezed))) return true;
  if (lists('public-places').some((hit) => overlaps(hit, span))) return true;
  if (lists('imprint').some((hit) => hit.end <= span.start && span.start - hit.end < 250)) return true;
  const fromNumber = { start: numberStart, end: span.end };
  if (isAfterHit(draft, lists('own-contact'), fromNumber, 6)) return true;
  if (isAfterHit(draft, lists('person-contact'), span, 8)) return false;
  if (isAfterHit(draft, lists('venue'), fromNumber, 8)) return true;
  return !isTiedToPerson(scope, span, 6) && isInSentenceOf(draft, lists('event'), span);
}

function placeDetails(scope: Scope, addresses: readonly AddressMatch[]): PersonalDetail[] {
  const { draft } = scope;
  const details: PersonalDetail[] = [];
  const postcodes = findPostcodes(draft.text);
  const used: Span[] = [];
  const sensitive = scope.attached.length > 0;
  for (const address of addresses) {
    // "14 Willow Close, CB4 1AA" is one address.
    const postcode = postcodes.find((code) => code.start >= address.end && code.start - address.end <= 40 && !/[.!?;]/.test(draft.text.slice(address.end, code.start)));
    if (postcode) used.push(postcode);
    const span = { start: address.start, end: postcode?.end ?? address.end };
    if (isPublicPlace(scope, span, address.numberStart)) continue;
    // "2-6 Station Road" spans several buildings: a site, not a home.
    if (/\d\s?-\s?\d/.test(draft.text.slice(address.numberStart, address.end)) && !isTiedToPerson(scope, address, 6)) continue;
    const isPersonal = sensitive || isTiedToPerson(scope, address, 6);
    details.push({ ...span, kind: isPersonal ? 'homeAddress' : 'address', severity: isPersonal ? 'block' : 'warn' });
  }
  // "the family at number 12", "the chap who lives at no. 7": a home, even without its street.
  for (const number of findHouseNumbers(draft.text)) {
    if (addresses.some((address) => overlaps(address, number)) || !isAfterHit(draft, [...scope.lists('household'), ...scope.lists('person-contact')], number, 3)) continue;
    const sentence = sentenceAt(draft, number.start);
    const isSensitive = scope.attached.some((hit) => draft.tokens[hit.firstToken]?.sentence === sentence);
    details.push({ ...number, kind: isSensitive ? 'homeAddress' : 'address', severity: isSensitive ? 'block' : 'warn' });
  }
  for (const postcode of postcodes) {
    if (used.includes(postcode) || isPublicPlace(scope, postcode, postcode.start)) continue;
    details.push({ ...postcode, kind: 'postcode', severity: isTiedToPerson(scope, postcode, 6) ? 'block' : 'warn' });
  }
  return details;
}

function isNearHit(hits: Hits, span: Span, distance: number): boolean {
  return hits.some((hit) => Math.abs(hit.start - span.start) <= distance);
}

function identifierDetails(scope: Scope, phones: readonly PhoneMatch[]): PersonalDetail[] {
  const { draft, lists } = scope;
  const details: PersonalDetail[] = [];
  for (const ni of findNiNumbers(draft.text)) {
    if (ni.isIssuedPrefix || isNearHit(lists('ni-keywords'), ni, 300)) details.push({ ...ni, kind: 'niNumber', severity: 'block' });
  }
  for (const nhs of findNhsNumbers(draft.text)) {
    if (phones.some((phone) => overlaps(phone, nhs))) continue;
    if (isNearHit(lists('nhs-keywords'), nhs, 300)) details.push({ ...nhs, kind: 'nhsNumber', severity: 'block' });
    else if (nhs.isGrouped) details.push({ ...nhs, kind: 'nhsNumber', severity: 'warn' });
  }
  for (const date of findDates(draft.text)) {
    const keyword = lists('dob-keywords').find((hit) => hit.end <= date.start && firstTokenOf(draft, date) - hit.endToken <= 3);
    if (!keyword) continue;
    const isBorn = /^born/i.test(keyword.phrase);
    if (!isBorn || (date.year !== null && date.year >= 1900)) details.push({ start: keyword.start, end: date.end, kind: 'dateOfBirth', severity: 'block' });
  }
  const vehicleWords = lists('vehicle-keywords');
  for (const plate of findVehicleRegistrations(draft.text)) {
    const first = firstTokenOf(draft, plate);
    if (vehicleWords.some((hit) => Math.abs(hit.firstToken - first) <= 8)) details.push({ ...plate, kind: 'vehicle', severity: 'block' });
    else if (plate.isPlateLike) details.push({ ...plate, kind: 'vehicle', severity: 'warn' });
  }
  return details;
}

function residentDetails(scope: Scope): PersonalDetail[] {
  const { draft, lists, residents, attached, events } = scope;
  const details: PersonalDetail[] = [];
  for (const ref of residents) {
    const sameSentence = (hit: PhraseHit<unknown>): boolean => draft.tokens[hit.firstToken]?.sentence === draft.tokens[ref.firstToken]?.sentence;
    const detail = attached.find((hit) => Math.abs(hit.firstToken - ref.firstToken) <= 40 && (!events.includes(hit) || sameSentence(hit)));
    if (detail) {
      const sentence = draft.tokens[detail.firstToken]?.sentence;
      const related = attached.filter((hit) => draft.tokens[hit.firstToken]?.sentence === sentence);
      const end = Math.max(...related.map((hit) => hit.end));
      details.push({ start: detail.start, end, kind: 'residentDetails', severity: 'block', person: ref.name });
      continue;
    }
    const sentence = draft.tokens[ref.firstToken]?.sentence;
    const inSentence = (hit: PhraseHit<unknown>): boolean => draft.tokens[hit.firstToken]?.sentence === sentence;
    const complaint = lists('case-details').find(inSentence);
    if (complaint) details.push({ ...cover(ref, complaint), kind: 'residentCase', severity: 'warn', person: ref.name });
    else if (lists('citing-resident').some(inSentence)) details.push({ start: ref.start, end: ref.end, kind: 'citingResident', severity: 'advise', person: ref.name });
  }
  return details;
}

/** People findPeople leaves out: a family named last in its sentence ("… the Hendersons?"), a first name with an age ("Edna, 87,"). */
function morePeople(draft: Draft): PersonRef[] {
  const { tokens, text } = draft;
  const found: PersonRef[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1] as Token;
    const name = tokens[i] as Token;
    const next = tokens[i + 1];
    if (before.text === 'the' && name.isCapitalised && FAMILY_NAME.test(name.typed) && before.sentence === name.sentence && !(next && next.sentence === name.sentence)) {
      found.push({ kind: 'family', name: text.slice(before.start, name.end), start: before.start, end: name.end, firstToken: i - 1, endToken: i + 1 });
    }
    if (before.isCapitalised && FIRST_NAME.test(before.typed) && !before.censored && NAME_WITH_AGE.test(text.slice(before.end, (next ?? name).end + 1))) {
      found.push({ kind: 'full-name', name: before.typed, start: before.start, end: before.end, firstToken: i - 1, endToken: i });
    }
  }
  return found;
}

/** "a family on Ferry Lane whose son has autism": a household that the street and the details identify together. */
function householdDetails(scope: Scope): PersonalDetail[] {
  const { draft, lists, attached, streets } = scope;
  const households = lists('household');
  const sentenceOf = (span: Span): number => sentenceAt(draft, span.start);
  for (const detail of attached) {
    const sentence = sentenceOf(detail);
    const street = streets.find((span) => sentenceOf(span) === sentence);
    const household = households.find((hit) => sentenceOf(hit) === sentence);
    if (street && household) return [{ ...cover(household, street, detail), kind: 'identifiableDetails', severity: 'warn' }];
  }
  return [];
}

export function findPersonalDetails(draft: Draft, context: CheckContext): PersonalDetail[] {
  const lists = listOf(draft);
  const profileName = (context.profile.name ?? '').toLowerCase();
  const addresses = findStreetAddresses(draft.text);
  const streetNames = findStreetNames(draft.text);
  // "Victoria Rd", "Universal Credit", "Friends of Jesus Green" are not people.
  const notNames: Span[] = [...lists('not-names'), ...lists('sensitive-details'), ...streetNames];
  const residents = [...findPeople(draft).filter((ref) => isResident(draft, ref, notNames, profileName)), ...morePeople(draft).filter((ref) => !notNames.some((hit) => overlaps(hit, ref)))];
  const cues = lists('attached-to-person');
  const events = lists('person-events');
  // "the Alzheimer's Society", "Cancer Research", "the Food Bank Trust": a condition that names an organisation.
  const organisationAt = new Set(lists('not-names').map((hit) => hit.firstToken));
  const namesOrganisation = (hit: PhraseHit<unknown>): boolean => organisationAt.has(hit.endToken) || (draft.tokens[hit.endToken]?.text === "'s" && organisationAt.has(hit.endToken + 1));
  const attached = [
    ...lists('sensitive-details').filter((hit) => !namesOrganisation(hit) &&
      cues.some((cue) => cue.firstToken <= hit.firstToken && cue.firstToken >= hit.firstToken - 2 && draft.tokens[cue.firstToken]?.sentence === draft.tokens[hit.firstToken]?.sentence)),
    ...events,
  ];
  const scope: Scope = { draft, context, lists, residents, attached, events, streets: [...streetNames, ...addresses] };
  const phones = findPhoneNumbers(draft.text);
  const ownPhones = phones.length > 0 ? context.profile.contacts.map(nationalDigits).filter((digits): digits is string => digits !== null) : [];
  return [
    ...phones.map((phone) => phoneDetail(scope, phone, ownPhones)),
    ...findEmails(draft.text).map((email) => emailDetail(scope, email, profileName)),
    ...placeDetails(scope, addresses),
    ...identifierDetails(scope, phones),
    ...residentDetails(scope),
    ...(residents.length === 0 ? householdDetails(scope) : []),
  ].filter((detail): detail is PersonalDetail => detail !== null);
}
